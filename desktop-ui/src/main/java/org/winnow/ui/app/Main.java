package org.winnow.ui.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.winnow.ui.cli.WinnowCli;

/** The one launcher: a sub-command runs headless; no arguments opens the desktop window. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println(
          "The desktop window is not part of this build yet; use the headless verbs:");
      args = new String[] {"--help"};
    }
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(WinnowCli.run(out, err, args));
  }
}
