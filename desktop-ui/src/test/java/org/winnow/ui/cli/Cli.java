package org.winnow.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process and captures what it printed. */
record Cli(int exitCode, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WinnowCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  JsonNode json() {
    try {
      return Output.JSON.readTree(out);
    } catch (Exception e) {
      throw new AssertionError("stdout is not one JSON document: " + out + "\nstderr: " + err, e);
    }
  }
}
