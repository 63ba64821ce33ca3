package org.winnow.core.extraction;

import java.util.List;
import org.winnow.core.model.ConsensusStatus;

/**
 * One study's data for one form: every extractor's latest answers and, when there is one, the final
 * version (consensus, agreed, or the only extraction) that tables and effect sizes use.
 *
 * @param template the final answers' template (the latest extraction's while pending)
 * @param decidedBy who decided the consensus, or null
 * @param finalAnswers null while {@link ConsensusStatus#PENDING}
 * @param extractions each extractor's latest extraction, and the consensus last when there is one
 */
public record FormResult(
    StudyRef study,
    FormTemplate template,
    ConsensusStatus status,
    String decidedBy,
    FormAnswers finalAnswers,
    List<Extraction> extractions) {

  public FormResult {
    extractions = List.copyOf(extractions);
  }
}
