package org.winnow.ui.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.io.AtomicFiles;

/** UTF-8 text written with {@link AtomicFiles}: a failure leaves no half file. */
final class AtomicFile {
  private AtomicFile() {}

  /** What writes the content. */
  @FunctionalInterface
  interface Content<T> {
    T write(Writer w) throws IOException;
  }

  static <T> T write(Path target, Content<T> content) throws IOException {
    List<T> result = new ArrayList<>(1);
    AtomicFiles.write(
        target,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          result.add(content.write(w));
          w.flush();
        });
    return result.get(0);
  }
}
