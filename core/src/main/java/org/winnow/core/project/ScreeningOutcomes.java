package org.winnow.core.project;

import java.util.Map;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.ItemOutcome;

/**
 * Every item's outcome at both stages, derived once: what a view showing progress, conflicts and
 * PRISMA counts together reads, instead of deriving the same outcomes once per figure.
 *
 * @param titleAbstract outcome per citation at title-abstract
 * @param reports report id → citation id, for every report at full text
 * @param fullText outcome per report at full text
 * @param firstDecisionAtTitleAbstract item id → the id of its first decision at title-abstract (the
 *     order items were first screened, as the recall curve and the stop check read it)
 * @param firstDecisionAtFullText as above at full text
 */
public record ScreeningOutcomes(
    Map<Long, ItemOutcome> titleAbstract,
    Map<Long, Long> reports,
    Map<Long, ItemOutcome> fullText,
    Map<Long, Long> firstDecisionAtTitleAbstract,
    Map<Long, Long> firstDecisionAtFullText) {

  /** The outcomes of this stage. */
  public Map<Long, ItemOutcome> of(Stage stage) {
    return stage == Stage.FULL_TEXT ? fullText : titleAbstract;
  }

  /** Item id → the id of its first decision at this stage. */
  public Map<Long, Long> firstDecisions(Stage stage) {
    return stage == Stage.FULL_TEXT ? firstDecisionAtFullText : firstDecisionAtTitleAbstract;
  }
}
