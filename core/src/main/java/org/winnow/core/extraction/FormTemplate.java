package org.winnow.core.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * An extraction form: typed fields in sections, some repeating. Identified by id and version: a
 * changed template is a new version, and answers keep the version they were given with.
 *
 * @param format the file format of the template JSON ({@link #FORMAT})
 * @param changes how answers of earlier versions carry over (see {@link TemplateChange})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "id", "version", "title", "description", "sections", "changes"})
public record FormTemplate(
    String format,
    String id,
    int version,
    String title,
    String description,
    List<SectionSpec> sections,
    List<TemplateChange> changes) {

  /** The template file format this Winnow reads and writes. */
  public static final String FORMAT = "winnow-form-template/1";

  public FormTemplate {
    sections = sections == null ? List.of() : List.copyOf(sections);
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  public Optional<SectionSpec> section(String sectionId) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
  }

  /** "tidier@2": how people and the command line name one version. */
  public String ref() {
    return id + "@" + version;
  }

  public int fieldCount() {
    return sections.stream().mapToInt(s -> s.fields().size()).sum();
  }
}
