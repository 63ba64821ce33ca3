package org.winnow.core.appraisal;

import java.util.List;
import org.winnow.core.model.Contribution;

/**
 * One stored MMAT appraisal: an appraiser's own, or the consensus the team agreed.
 *
 * @param by the appraiser, or who decided the consensus
 * @param basedOn for a consensus, the appraisals it settles
 */
public record Appraisal(
    long id,
    long studyId,
    String by,
    boolean consensus,
    MmatAppraisal mmat,
    List<Long> basedOn,
    String origin,
    String createdAt)
    implements Contribution {

  public Appraisal {
    basedOn = List.copyOf(basedOn);
  }
}
