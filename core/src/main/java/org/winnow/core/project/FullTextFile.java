package org.winnow.core.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The file a reviewer attaches as a report's full text, checked before it enters the project: a
 * regular file reached without a symbolic link (a link to a system file must not be copied in),
 * holding a PDF that opens. It is copied once, without following links, and the copy is what is
 * checked and stored, so the file cannot change between the check and the copy.
 */
final class FullTextFile {
  /** Where a PDF says it is one: "%PDF-" within its first bytes, as PDF readers accept it. */
  private static final byte[] MAGIC = {'%', 'P', 'D', 'F', '-'};

  /** How far into the file readers look for the header (PDF 1.7, annex H, note 13). */
  private static final int HEADER_WINDOW = 1024;

  private FullTextFile() {}

  /**
   * Copies {@code source} into {@code folder} under a temporary name and checks that the copy is a
   * PDF; returns the copy, to be moved into place. Nothing is left behind on failure.
   */
  static Path copyChecked(Path source, Path folder) throws ProjectException {
    if (Files.isSymbolicLink(source)) {
      throw new ProjectException(
          source + " is a symbolic link: attach the file itself, not a link to it");
    }
    if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
      throw new ProjectException("no such file " + source);
    }
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      throw new ProjectException(source + " is not a regular file: attach a PDF file");
    }
    Path copy = folder.resolve(".attach-" + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(folder);
      try (InputStream in =
          Files.newInputStream(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
        Files.copy(in, copy);
      }
      check(copy, source);
      return copy;
    } catch (IOException e) {
      deleteQuietly(copy);
      throw new ProjectException("cannot copy " + source + " into the project: " + e.getMessage());
    } catch (ProjectException e) {
      deleteQuietly(copy);
      throw e;
    }
  }

  /** Whether the copy is a PDF that opens; messages name the file the user gave. */
  private static void check(Path copy, Path shown) throws IOException, ProjectException {
    byte[] head = new byte[HEADER_WINDOW];
    int n;
    try (InputStream in = Files.newInputStream(copy)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (indexOf(head, n, MAGIC) < 0) {
      throw new ProjectException(
          shown + " is not a PDF (it does not start with %PDF-): attach the report's PDF");
    }
    try (PDDocument doc = Loader.loadPDF(copy.toFile())) {
      if (doc.getNumberOfPages() == 0) {
        throw new ProjectException(shown + " is not a PDF that can be read: it has no pages");
      }
    } catch (InvalidPasswordException e) {
      // an encrypted PDF is still the report's full text; the reader asks for its password
    } catch (IOException e) {
      throw new ProjectException(
          shown
              + " is not a PDF that can be read ("
              + e.getMessage()
              + "): attach the report's PDF");
    }
  }

  /**
   * Moves the PDF now at {@code current} aside as its next free version (report-12.v1.pdf,
   * report-12.v2.pdf, ...) and returns where it went.
   */
  static Path keepEarlier(Path current) throws IOException {
    String name = current.getFileName().toString();
    String stem = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
    for (int v = 1; ; v++) {
      Path kept = current.resolveSibling(stem + ".v" + v + ".pdf");
      if (!Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
        return Files.move(current, kept, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  private static int indexOf(byte[] data, int length, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a leftover temporary file is harmless: it never becomes an attachment
    }
  }
}
