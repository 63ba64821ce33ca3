package org.winnow.ui.cli;

import java.io.PrintWriter;
import org.winnow.core.project.Progress;

/** Progress lines on stderr, one per phase, so scripts can keep stdout clean. */
final class StderrProgress implements Progress {
  private final PrintWriter err;
  private String lastPhase;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void report(String phase, long done, long total) {
    if (!phase.equals(lastPhase)) {
      err.println(phase + "…");
      err.flush();
      lastPhase = phase;
    }
  }
}
