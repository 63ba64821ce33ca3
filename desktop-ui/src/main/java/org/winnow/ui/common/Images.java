package org.winnow.ui.common;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Java2D images (figures, PDF pages) shown in JavaFX. */
public final class Images {
  private Images() {}

  public static WritableImage toFx(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    WritableImage out = new WritableImage(w, h);
    out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return out;
  }
}
