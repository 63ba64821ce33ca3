package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * A reviewer's screening session as a separate process: {@code winnow screen DIR --stage STAGE
 * --reviewer NAME --decisions FILE} for each file in turn, in this one JVM, stopping at the first
 * failure with its exit code. ConcurrentScreeningTest starts two of these at once.
 *
 * <p>Arguments: DIR STAGE NAME FILE...
 */
public final class ScreenInBatches {
  private ScreenInBatches() {}

  public static void main(String[] args) {
    String dir = args[0];
    String stage = args[1];
    String reviewer = args[2];
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    for (String file : Arrays.copyOfRange(args, 3, args.length)) {
      int code =
          WinnowCli.run(
              out,
              err,
              "screen",
              dir,
              "--stage",
              stage,
              "--reviewer",
              reviewer,
              "--decisions",
              file);
      if (code != 0) {
        err.println("batch " + file + " failed with exit code " + code);
        System.exit(code);
      }
    }
    System.exit(0);
  }
}
