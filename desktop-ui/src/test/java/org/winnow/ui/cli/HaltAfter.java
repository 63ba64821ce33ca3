package org.winnow.ui.cli;

import java.io.PrintWriter;

/**
 * Runs one command line, then kills its own JVM at once (no shutdown hooks, no closing of the
 * project): what a crash or a killed process does right after a call returned.
 */
public final class HaltAfter {
  private HaltAfter() {}

  public static void main(String[] args) {
    int code =
        WinnowCli.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    System.out.flush();
    Runtime.getRuntime().halt(code == 0 ? 137 : 100 + code);
  }
}
