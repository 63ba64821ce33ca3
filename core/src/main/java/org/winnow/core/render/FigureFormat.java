package org.winnow.core.render;

import java.util.Locale;

/** The file formats a figure can be written in. */
public enum FigureFormat {
  SVG("svg"),
  PNG("png"),
  PDF("pdf");

  private final String extension;

  FigureFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public static FigureFormat parse(String s) {
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown figure format '" + s + "' (svg, png or pdf)", e);
    }
  }
}
