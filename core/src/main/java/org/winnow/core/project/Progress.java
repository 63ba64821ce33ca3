package org.winnow.core.project;

/** Reports how far long work has got; the CLI prints it to stderr, the window shows a bar. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (phase, done, total) -> {};

  /**
   * @param total the amount of work, or -1 when unknown
   */
  void report(String phase, long done, long total);
}
