package org.winnow.core.render;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one typeface of every figure: DejaVu Sans where installed (it has the ▲ ▼ ◄► glyphs of
 * effect-direction plots and embeds into PDFs as real text), else the platform's sans serif.
 */
public final class Fonts {
  public static final String FAMILY = "DejaVu Sans";

  /** Where font files to embed in PDFs are looked for. */
  static final List<Path> FONT_DIRS =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu"),
          Path.of("/usr/share/fonts/TTF"),
          Path.of("/usr/share/fonts/dejavu"),
          Path.of("/Library/Fonts"),
          Path.of(System.getProperty("user.home"), ".fonts"));

  private static final boolean INSTALLED =
      Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
          .contains(FAMILY);

  private Fonts() {}

  public static Font plain(float size) {
    return font(Font.PLAIN, size);
  }

  public static Font bold(float size) {
    return font(Font.BOLD, size);
  }

  private static Font font(int style, float size) {
    return new Font(INSTALLED ? FAMILY : Font.SANS_SERIF, style, 1).deriveFont(size);
  }

  /** DejaVu Sans font files found on this machine, for embedding. */
  static List<Path> files() {
    return FONT_DIRS.stream()
        .filter(Files::isDirectory)
        .flatMap(Fonts::list)
        .filter(p -> p.getFileName().toString().matches("DejaVuSans(-Bold)?\\.ttf"))
        .toList();
  }

  private static Stream<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList().stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }
}
