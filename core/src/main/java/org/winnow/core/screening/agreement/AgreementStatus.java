package org.winnow.core.screening.agreement;

/**
 * Whether an agreement coefficient could be computed, and if not, why. An undefined coefficient is
 * reported as {@code NaN} with one of these reasons, never as an exception: a screening report must
 * still show the counts behind it.
 */
public enum AgreementStatus {
  DEFINED("defined"),
  NO_DATA("no item was rated by two reviewers, so there is nothing to compare"),
  NO_VARIATION(
      "every rating is the same category, so chance agreement is 1 and the coefficient is 0/0");

  private final String reason;

  AgreementStatus(String reason) {
    this.reason = reason;
  }

  /** A sentence for reports explaining the status. */
  public String reason() {
    return reason;
  }

  public boolean isDefined() {
    return this == DEFINED;
  }
}
