package org.winnow.core.project;

import java.util.List;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.agreement.AlphaResult;
import org.winnow.core.screening.agreement.KappaResult;

/**
 * Agreement at one stage, on each reviewer's first independent decision (see {@link
 * org.winnow.core.screening.IndependentDecisions}): Cohen's kappa for every reviewer pair that
 * shares items (with the table behind it) and Krippendorff's alpha across all reviewers, plus the
 * revisions made after unblinding, which outcomes follow but agreement does not.
 */
public record AgreementReport(
    Stage stage,
    List<String> categories,
    List<PairKappa> pairs,
    AlphaResult alpha,
    List<Revision> revisions) {

  public AgreementReport {
    categories = List.copyOf(categories);
    pairs = List.copyOf(pairs);
    revisions = List.copyOf(revisions);
  }

  /**
   * A reviewer whose latest decision differs from their independent one.
   *
   * @param conflictAtFirst whether the independent decisions on the item disagreed (a conflict that
   *     the revision made disappear)
   */
  public record Revision(
      long itemId,
      List<String> recordIds,
      String reviewer,
      DecisionValue independent,
      DecisionValue latest,
      boolean conflictAtFirst) {

    public Revision {
      recordIds = List.copyOf(recordIds);
    }
  }

  /** Kappa of one pair of reviewers over the items both decided. */
  public record PairKappa(String reviewerA, String reviewerB, KappaResult kappa) {}
}
