package org.winnow.core.extraction;

import java.util.List;
import org.winnow.core.model.Contribution;

/**
 * One stored set of answers: an extractor's own, or the consensus the team agreed.
 *
 * @param studyId the study row's id
 * @param by the extractor, or who decided the consensus
 * @param basedOn for a consensus, the extractions it settles
 * @param origin how it came in: "cli", "file:NAME", "upgrade:FORM@VERSION"
 */
public record Extraction(
    long id,
    long studyId,
    FormTemplate template,
    String by,
    boolean consensus,
    FormAnswers answers,
    List<Long> basedOn,
    String note,
    String origin,
    String createdAt)
    implements Contribution {

  public Extraction {
    basedOn = List.copyOf(basedOn);
  }
}
