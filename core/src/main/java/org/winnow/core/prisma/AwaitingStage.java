package org.winnow.core.prisma;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Items still waiting for a decision at one step. They stay inside the count of the step they
 * entered (records screened, reports sought, reports assessed) but in no box after it, and the
 * diagram reports them in a note of their own instead of hiding them in a box.
 */
public enum AwaitingStage implements PrismaQuantity {
  RECORDS_SCREENING(
      "records_awaiting_screening", "Records awaiting a title/abstract decision", false),
  DBR_RETRIEVAL(
      "dbr_awaiting_retrieval", "Reports still being sought (databases and registers)", false),
  DBR_ASSESSMENT(
      "dbr_awaiting_assessment",
      "Reports awaiting an eligibility decision (databases and registers)",
      false),
  OTHER_RETRIEVAL("other_awaiting_retrieval", "Reports still being sought (other methods)", true),
  OTHER_ASSESSMENT(
      "other_awaiting_assessment",
      "Reports awaiting an eligibility decision (other methods)",
      true);

  private final String key;
  private final String label;
  private final boolean otherMethods;

  AwaitingStage(String key, String label, boolean otherMethods) {
    this.key = key;
    this.label = label;
    this.otherMethods = otherMethods;
  }

  @Override
  public String key() {
    return key;
  }

  /** The words in the diagram's note. */
  public String label() {
    return label;
  }

  /** True for the steps of the other-methods column. */
  public boolean isOtherMethods() {
    return otherMethods;
  }

  @Override
  public OptionalLong in(PrismaCounts counts) {
    return counts.awaiting(this).map(c -> OptionalLong.of(c.n())).orElse(OptionalLong.empty());
  }

  public static Optional<AwaitingStage> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }
}
