package org.winnow.core.project;

import java.nio.file.Path;

/**
 * A report's full text as attached.
 *
 * @param file where the project stores it (fulltexts/report-12.pdf)
 * @param originalName the name the file had when it was attached (null for PDFs attached before
 *     Winnow kept it)
 * @param replaced where the PDF it replaced is kept (fulltexts/report-12.v1.pdf); null when it
 *     replaced none
 */
public record FullTextAttachment(Path file, String originalName, Path replaced) {}
