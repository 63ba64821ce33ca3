package org.winnow.core.project;

import java.util.List;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.agreement.AlphaResult;
import org.winnow.core.screening.agreement.KappaResult;

/**
 * Agreement at one stage: Cohen's kappa for every reviewer pair that shares items (with the table
 * behind it) and Krippendorff's alpha across all reviewers.
 */
public record AgreementReport(
    Stage stage, List<String> categories, List<PairKappa> pairs, AlphaResult alpha) {

  public AgreementReport {
    categories = List.copyOf(categories);
    pairs = List.copyOf(pairs);
  }

  /** Kappa of one pair of reviewers over the items both decided. */
  public record PairKappa(String reviewerA, String reviewerB, KappaResult kappa) {}
}
