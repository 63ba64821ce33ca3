package org.winnow.ui.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file beside its target first and moves it into place: a failure leaves no half file. */
final class AtomicFile {
  private AtomicFile() {}

  /** What writes the content. */
  @FunctionalInterface
  interface Content<T> {
    T write(Writer w) throws IOException;
  }

  static <T> T write(Path target, Content<T> content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".winnow-out", ".tmp");
    T result;
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      result = content.write(w);
    } catch (RuntimeException | IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return result;
  }
}
