package org.winnow.core.stats.report;

import java.io.IOException;
import java.nio.file.Path;
import org.winnow.core.io.AtomicFiles;

/** A table of results that can be written as CSV, Markdown or HTML. */
@FunctionalInterface
public interface TextTable {
  String render(TableFormat format);

  /** Writes the table beside the target and moves it into place: a failure leaves no half file. */
  default void write(TableFormat format, Path target) throws IOException {
    String text = render(format);
    AtomicFiles.writeText(
        target,
        w -> {
          w.write(text);
          return null;
        });
  }

  /** The effect-direction table as {@link EffectDirectionTable} writes it (shaded in HTML). */
  static TextTable of(org.winnow.core.stats.direction.EffectDirectionSynthesis s) {
    return format ->
        switch (format) {
          case CSV -> EffectDirectionTable.csv(s);
          case MARKDOWN -> EffectDirectionTable.markdown(s);
          case HTML -> EffectDirectionTable.html(s);
        };
  }
}
