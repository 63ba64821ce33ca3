package org.winnow.core.project;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.prisma.PrismaCsv;
import org.winnow.core.prisma.PrismaDiagram;
import org.winnow.core.prisma.PrismaJson;
import org.winnow.core.render.FigureExporter;

/**
 * The files a review's PRISMA counts are written as: the diagram (SVG, PNG, PDF), the PRISMA2020
 * template (CSV) and Winnow's counts document (JSON). One place, so the desktop view and the {@code
 * prisma} verb write the same files.
 */
public enum PrismaExport {
  SVG("svg", false),
  PNG("png", true),
  PDF("pdf", true),
  CSV("csv", false),
  JSON("json", false);

  private final String extension;
  private final boolean binary;

  PrismaExport(String extension, boolean binary) {
    this.extension = extension;
    this.binary = binary;
  }

  public String extension() {
    return extension;
  }

  /** True for formats that are not text (they cannot go to a terminal). */
  public boolean binary() {
    return binary;
  }

  public static PrismaExport parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.extension.equals(t))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown PRISMA format '" + s + "' (" + names() + ")"));
  }

  /** The format a file name's extension names, e.g. "prisma.svg" → SVG. */
  public static PrismaExport ofFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return parse(dot < 0 ? "" : name.substring(dot + 1));
  }

  /** "svg, png, pdf, csv, json" */
  public static String names() {
    return Arrays.stream(values()).map(PrismaExport::extension).collect(Collectors.joining(", "));
  }

  /** Writes the counts in this format; {@code dpi} is the resolution of a PNG. */
  public void write(PrismaCounts counts, int dpi, OutputStream out) throws IOException {
    switch (this) {
      case SVG ->
          out.write(FigureExporter.svg(new PrismaDiagram(counts)).getBytes(StandardCharsets.UTF_8));
      case PNG -> FigureExporter.png(new PrismaDiagram(counts), dpi, out);
      case PDF -> FigureExporter.pdf(new PrismaDiagram(counts), out);
      case CSV -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        PrismaCsv.write(counts, w);
        w.flush();
      }
      case JSON -> out.write(PrismaJson.write(counts).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes a file beside the target and moves it into place: a failure leaves no half file. */
  public void write(PrismaCounts counts, int dpi, Path target) throws IOException {
    AtomicFiles.write(target, out -> write(counts, dpi, out));
  }
}
