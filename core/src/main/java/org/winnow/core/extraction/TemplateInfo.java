package org.winnow.core.extraction;

/**
 * A template version a project knows.
 *
 * @param origin "built-in", or "import:FILE" for one the team imported
 * @param latest whether it is the newest version of its form (new extractions use it)
 */
public record TemplateInfo(FormTemplate template, String origin, boolean latest) {}
