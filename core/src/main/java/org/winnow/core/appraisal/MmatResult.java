package org.winnow.core.appraisal;

import java.util.List;
import org.winnow.core.extraction.StudyRef;
import org.winnow.core.model.ConsensusStatus;

/**
 * One study's MMAT appraisals: each appraiser's latest, and the final appraisal (consensus, agreed,
 * or the only one) when there is one.
 *
 * @param decidedBy who decided the consensus, or null
 * @param finalAppraisal null while the appraisals disagree without a consensus
 */
public record MmatResult(
    StudyRef study,
    ConsensusStatus status,
    String decidedBy,
    MmatAppraisal finalAppraisal,
    List<Appraisal> appraisals) {

  public MmatResult {
    appraisals = List.copyOf(appraisals);
  }
}
