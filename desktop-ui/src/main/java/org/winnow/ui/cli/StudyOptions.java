package org.winnow.ui.cli;

import picocli.CommandLine.Option;

/** The options of the verbs that describe one included study: which, and whose answers. */
final class StudyOptions {
  @Option(
      names = "--study",
      paramLabel = "ID",
      description = "A study ID (S3) or any record ID of one of its reports.")
  String study;

  @Option(
      names = "--consensus",
      description = "The consensus (decided by --by) rather than --by's own answers.")
  boolean consensus;

  /** The study, which this action needs. */
  String study() throws BadInputException {
    return need(study, "--study");
  }

  /** --from names whose answers become the consensus, so it goes with --consensus only. */
  void checkFrom(String from) throws BadInputException {
    if (from != null && !consensus) {
      throw new BadInputException(
          "--from takes someone's answers as the consensus: add --consensus");
    }
  }

  static String need(String value, String option) throws BadInputException {
    if (value == null || value.isBlank()) {
      throw new BadInputException("this needs " + option);
    }
    return value;
  }
}
