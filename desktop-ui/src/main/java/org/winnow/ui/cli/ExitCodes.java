package org.winnow.ui.cli;

/** Exit codes of every sub-command (DESIGN.md section 4). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int USAGE = 2;
  public static final int BAD_INPUT = 3;

  private ExitCodes() {}
}
