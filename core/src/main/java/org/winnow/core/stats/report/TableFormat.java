package org.winnow.core.stats.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text formats a table of results is written in: for spreadsheets, documents and the web. */
public enum TableFormat {
  CSV("csv", "CSV"),
  MARKDOWN("md", "Markdown"),
  HTML("html", "HTML");

  private final String extension;
  private final String label;

  TableFormat(String extension, String label) {
    this.extension = extension;
    this.label = label;
  }

  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }

  /** "csv", "md" (or "markdown") and "html" (or "htm"), in any case. */
  public static TableFormat parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    if (t.equals("markdown")) {
      return MARKDOWN;
    }
    if (t.equals("htm")) {
      return HTML;
    }
    return Arrays.stream(values())
        .filter(f -> f.extension.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("unknown table format '" + s + "' (" + names() + ")"));
  }

  /** The format a file name's extension names ("effects.md" is Markdown). */
  public static TableFormat ofFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return parse(dot < 0 ? "" : name.substring(dot + 1));
  }

  /** "csv, md, html" */
  public static String names() {
    return Arrays.stream(values()).map(TableFormat::extension).collect(Collectors.joining(", "));
  }
}
