package org.winnow.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.winnow.core.io.OutputFileException;
import org.winnow.core.project.PrismaExport;
import org.winnow.core.project.Progress;
import org.winnow.core.render.FigureExporter;
import org.winnow.core.render.FigureFormat;

/**
 * Writes a {@link ReviewPack} into a folder, all or nothing: every file goes into a hidden folder
 * beside the target, which is then moved into place, so a failure leaves the target as it was. An
 * existing folder must be empty, or (with {@code force}) hold an earlier review pack; a folder with
 * other content is never replaced.
 */
public final class PackWriter {
  /** The page holding every section. */
  public static final String HTML = "review-pack.html";

  /** The Word document with the same tables. */
  public static final String DOCX = "review-pack.docx";

  /** The PRISMA2020 template CSV (the R package's and Shiny app's input). */
  public static final String PRISMA_CSV = "prisma.csv";

  /** What kind of file, in the command line's JSON. */
  public enum Kind {
    HTML,
    DOCX,
    CSV,
    SVG,
    PNG;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One file written.
   *
   * @param name its name in the folder
   * @param section the section it belongs to, or null for the page and the document
   */
  public record PackFile(String name, Kind kind, String section) {}

  /** The files written, in the order written, and the folder they are in. */
  public record Written(Path folder, List<PackFile> files) {
    public Written {
      files = List.copyOf(files);
    }
  }

  private PackWriter() {}

  /**
   * Writes the pack into {@code folder}.
   *
   * @param force replace an earlier review pack in the folder
   * @throws OutputFileException naming the folder when it may not be written, or writing failed
   */
  public static Written write(ReviewPack pack, Path folder, boolean force, Progress progress)
      throws IOException {
    Path target = folder.toAbsolutePath().normalize();
    check(target, force);
    Path parent = target.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new OutputFileException(folder, "cannot create the folder " + parent, e);
    }
    Path tmp = parent.resolve("." + target.getFileName() + ".writing-" + UUID.randomUUID());
    List<PackFile> files;
    try {
      Files.createDirectory(tmp);
      files = writeAll(pack, tmp, progress);
      progress.report("moving the pack into place", 1, 1);
      moveIntoPlace(tmp, target, force);
    } catch (OutputFileException | RuntimeException e) {
      // a bug or a cancelled export (thrown by the progress): nothing is left behind either
      deleteTree(tmp);
      throw e;
    } catch (IOException e) {
      deleteTree(tmp);
      throw new OutputFileException(
          folder, "cannot write the review pack to " + folder + ": " + reason(e), e);
    }
    return new Written(target, files);
  }

  private static List<PackFile> writeAll(ReviewPack pack, Path dir, Progress progress)
      throws IOException {
    List<PackFile> files = new ArrayList<>();
    Set<String> names = new HashSet<>(List.of(HTML, DOCX, PRISMA_CSV));
    int steps = pack.figures().size() + pack.tables().size() + 3;
    int done = 0;
    for (ReportSection s : pack.sections()) {
      for (ReportFigure f : s.figures()) {
        progress.report("drawing " + f.title(), done++, steps);
        String base = unique(names, f.id(), ".svg", ".png");
        file(dir, base + ".svg", out -> out.write(svgBytes(f)));
        files.add(new PackFile(base + ".svg", Kind.SVG, s.id()));
        file(dir, base + ".png", out -> FigureExporter.write(f.figure(), FigureFormat.PNG, out));
        files.add(new PackFile(base + ".png", Kind.PNG, s.id()));
      }
      for (PackTable t : s.tables()) {
        progress.report("writing " + t.title(), done++, steps);
        String name = unique(names, t.id(), ".csv") + ".csv";
        text(dir, name, w -> w.write(t.results().csv()));
        files.add(new PackFile(name, Kind.CSV, s.id()));
      }
    }
    progress.report("writing the PRISMA counts", done++, steps);
    file(
        dir,
        PRISMA_CSV,
        out -> PrismaExport.CSV.write(pack.prisma(), FigureExporter.DEFAULT_DPI, out));
    files.add(new PackFile(PRISMA_CSV, Kind.CSV, PrismaSection.ID));
    progress.report("writing the page", done++, steps);
    text(dir, HTML, w -> w.write(HtmlPage.of(pack)));
    files.add(new PackFile(HTML, Kind.HTML, null));
    progress.report("writing the document", done, steps);
    file(dir, DOCX, out -> DocxDocument.write(pack, out));
    files.add(new PackFile(DOCX, Kind.DOCX, null));
    return files;
  }

  private static byte[] svgBytes(ReportFigure f) {
    return FigureExporter.svg(f.figure()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A base name whose files (one per extension) are all new: two tables with the same title still
   * get two files, while a figure and its table may share a name ("effect-direction.svg" and
   * ".csv").
   */
  private static String unique(Set<String> names, String base, String... extensions) {
    String name = base;
    for (int i = 2; taken(names, name, extensions); i++) {
      name = base + "-" + i;
    }
    for (String e : extensions) {
      names.add(name + e);
    }
    return name;
  }

  private static boolean taken(Set<String> names, String base, String... extensions) {
    for (String e : extensions) {
      if (names.contains(base + e)) {
        return true;
      }
    }
    return false;
  }

  @FunctionalInterface
  private interface Bytes {
    void write(OutputStream out) throws IOException;
  }

  @FunctionalInterface
  private interface Text {
    void write(Writer out) throws IOException;
  }

  private static void file(Path dir, String name, Bytes content) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      content.write(out);
    }
  }

  private static void text(Path dir, String name, Text content) throws IOException {
    file(
        dir,
        name,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          content.write(w);
          w.flush();
        });
  }

  /** Refuses a target that is a file, or a folder that is neither empty nor (with force) a pack. */
  private static void check(Path target, boolean force) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputFileException(target, target + " exists and is not a folder");
    }
    if (isEmpty(target)) {
      return;
    }
    if (!force) {
      throw new OutputFileException(
          target,
          target
              + " is not empty: name a new or empty folder, or use --force to replace"
              + " an earlier review pack");
    }
    if (!Files.isRegularFile(target.resolve(HTML))) {
      throw new OutputFileException(
          target,
          target
              + " holds files that are not a review pack (no "
              + HTML
              + "): it is never replaced; name a new or empty folder");
    }
  }

  /**
   * Puts the written folder in the target's place: renames it when the target is absent, else swaps
   * the old folder aside first and deletes it once the new one is in place.
   */
  private static void moveIntoPlace(Path tmp, Path target, boolean force) throws IOException {
    check(target, force); // the folder may have changed while the pack was written
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(tmp, target);
      return;
    }
    Path old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID.randomUUID());
    Files.move(target, old);
    try {
      Files.move(tmp, target);
    } catch (IOException e) {
      Files.move(old, target); // put the earlier one back
      throw e;
    }
    deleteTree(old);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // only a leftover hidden folder: the pack itself is in place or was never moved
    }
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? "an input/output error" : e.getMessage();
  }
}
