package org.winnow.core.render;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width (every figure: PRISMA boxes, plot legends), measured with
 * the font's metrics under the same rendering hints as the exporters (fractional metrics), so what
 * fits here fits in SVG, PNG and PDF. Breaks at spaces; a word wider than the line (a long database
 * name, a URL) is broken between characters. No-break spaces keep "(n = 15,655)" whole and are
 * drawn as spaces.
 */
public final class TextWrapper implements AutoCloseable {
  private final Graphics2D g;

  public TextWrapper() {
    g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  public FontMetrics metrics(Font font) {
    return g.getFontMetrics(font);
  }

  /** The drawn width of a line (no-break spaces drawn as spaces). */
  public double width(Font font, String text) {
    return metrics(font).getStringBounds(drawn(text), g).getWidth();
  }

  /** The lines, as they will be drawn, each at most {@code width} wide. */
  public List<String> wrap(Font font, String text, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(drawn(line.toString()));
        line.setLength(0);
      }
      String rest = word;
      while (width(font, rest) > width) {
        int cut = longestFit(font, rest, width);
        lines.add(drawn(rest.substring(0, cut)));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty()) {
      lines.add(drawn(line.toString()));
    }
    return lines;
  }

  /** How many leading characters fit (at least one, so a line always advances). */
  private int longestFit(Font font, String word, double width) {
    int cut = 1;
    while (cut < word.length() && width(font, word.substring(0, cut + 1)) <= width) {
      cut++;
    }
    // Do not split a surrogate pair.
    if (cut < word.length() && Character.isLowSurrogate(word.charAt(cut)) && cut > 1) {
      cut--;
    }
    return cut;
  }

  private static String drawn(String text) {
    return text.replace('\u00A0', ' ');
  }

  @Override
  public void close() {
    g.dispose();
  }
}
