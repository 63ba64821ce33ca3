package org.winnow.ui.common;

import javafx.application.HostServices;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Opens web links (DOIs) in the system browser. The application puts its {@link HostServices} in
 * the scene's properties; where there is none (tests, a headless scene) the link is copied to the
 * clipboard instead, so a click is never lost.
 */
public final class Links {
  private Links() {}

  /** Returns true when the browser was asked to open the link, false when it was copied. */
  public static boolean open(Node from, String url) {
    Scene scene = from.getScene();
    Object host = scene == null ? null : scene.getProperties().get(HostServices.class);
    if (host instanceof HostServices services) {
      services.showDocument(url);
      return true;
    }
    ClipboardContent content = new ClipboardContent();
    content.putString(url);
    Clipboard.getSystemClipboard().setContent(content);
    return false;
  }
}
