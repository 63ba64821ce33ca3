package org.winnow.ui.cli;

import org.winnow.core.model.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --stage} option: title-abstract or full-text. */
final class StageOption {
  /** Every name {@code Stage.parse} accepts, for the help of each --stage option. */
  static final String NAMES =
      "title-abstract (also ta, tiab, title-and-abstract, abstract) or full-text (also ft,"
          + " fulltext)";

  @Option(
      names = "--stage",
      required = true,
      paramLabel = "STAGE",
      converter = Converter.class,
      description = NAMES + ".")
  Stage stage;

  static final class Converter implements CommandLine.ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
      try {
        return Stage.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
