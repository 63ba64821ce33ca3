package org.winnow.ui.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.winnow.ui.cli.WinnowCli;

/** The one launcher: a sub-command runs headless; no arguments opens the desktop window. */
public final class Main {
  private Main() {}

  /** Log4j's own logger, for the libraries that log through Log4j's API. */
  static final String LOG4J_FACTORY = "log4j2.loggerContextFactory";

  public static void main(String[] args) {
    // Apache POI (the review pack's DOCX) logs through Log4j's API; without a provider Log4j
    // complains on stderr, which the command line keeps for progress and errors. Its simple
    // logger prints errors only.
    if (System.getProperty(LOG4J_FACTORY) == null) {
      System.setProperty(
          LOG4J_FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    if (args.length == 0 || (args.length == 1 && args[0].equals("--demo"))) {
      if (!hasDisplay()) {
        System.err.println(
            "winnow: no display found (DISPLAY is not set), so the window cannot open. The headless"
                + " verbs work anywhere: 'winnow --help' lists them.");
        System.exit(2);
      }
      try {
        javafx.application.Application.launch(WinnowApp.class, args);
      } catch (UnsupportedOperationException | IllegalStateException e) {
        System.err.println(
            "winnow: the window could not open ("
                + e.getMessage()
                + "). On Linux JavaFX needs GTK 3 (Debian/Ubuntu: apt install libgtk-3-0; the .deb package brings it). The"
                + " headless verbs work anywhere: 'winnow --help' lists them.");
        System.exit(1);
      }
      return;
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(WinnowCli.run(out, err, args));
  }

  /** JavaFX needs a display on Linux; macOS and Windows always have one. */
  static boolean hasDisplay() {
    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
    if (!os.contains("linux") && !os.contains("bsd")) {
      return true;
    }
    String display = System.getenv("DISPLAY");
    String wayland = System.getenv("WAYLAND_DISPLAY");
    return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
  }
}
