package org.winnow.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a view shows as PNG under desktop-ui/target/screenshots/ (DESIGN.md section 6). */
public final class Screenshots {
  private Screenshots() {}

  public static Path folder() {
    return Path.of(System.getProperty("winnow.screenshots", "target/screenshots"));
  }

  /** Snapshots a node on the JavaFX thread and writes {@code name}.png; returns the file. */
  public static Path save(Node node, String name) {
    CompletableFuture<WritableImage> shot = new CompletableFuture<>();
    Runnable take = () -> shot.complete(node.snapshot(null, null));
    if (Platform.isFxApplicationThread()) {
      take.run();
    } else {
      Platform.runLater(take);
    }
    try {
      WritableImage image = shot.get(30, TimeUnit.SECONDS);
      Path file = folder().resolve(name + ".png");
      Files.createDirectories(file.getParent());
      ImageIO.write(toAwt(image), "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot take screenshot " + name, e);
    }
  }

  static BufferedImage toAwt(WritableImage image) {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader r = image.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, r.getArgb(x, y));
      }
    }
    return out;
  }
}
