package org.winnow.core.project;

import java.util.List;
import org.winnow.core.model.CitationView;
import org.winnow.core.model.Decision;
import org.winnow.core.model.Stage;
import org.winnow.core.screening.ItemStatus;

/**
 * One item as a reviewer sees it. Blinding is enforced here: other reviewers' decisions and the
 * outcome are only filled once every required decision on the item has been made.
 *
 * @param itemId citation id at title-abstract, report id at full text
 * @param own the viewing reviewer's latest decision, or null
 * @param others other reviewers' latest decisions; empty while blinded
 * @param status the outcome; null while blinded
 * @param pdf the attached full text (full-text stage), or null
 */
public record ScreeningItem(
    Stage stage,
    long itemId,
    CitationView citation,
    Decision own,
    List<Decision> others,
    boolean blinded,
    ItemStatus status,
    String pdf) {

  public ScreeningItem {
    others = List.copyOf(others);
  }
}
