package org.winnow.core.project;

import java.util.List;
import java.util.Set;
import org.winnow.core.model.LedgerEntry;
import org.winnow.core.model.Stage;
import org.winnow.core.storage.DecisionLedgerDao;

/**
 * The stored decision rows as they are, for checks that every write was stored once and that
 * recompute outcomes independently of {@link ScreeningService} (the team load benchmark). What a
 * connection reads is what its login may read: on a team project, open it as a lead or the owner to
 * see every row.
 */
public final class DecisionLedger {
  private final ReviewProject project;

  DecisionLedger(ReviewProject project) {
    this.project = project;
  }

  /** Every decision row of the stage, changed minds included, in id order. */
  public List<LedgerEntry> entries(Stage stage) {
    return project.database().read(c -> DecisionLedgerDao.entries(c, stage));
  }

  /** The items of the stage that hold a resolution. */
  public Set<Long> resolvedItems(Stage stage) {
    return project.database().read(c -> DecisionLedgerDao.resolvedItems(c, stage));
  }

  /** The highest decision id so far: rows above it were stored later. */
  public long lastId() {
    return project.database().read(DecisionLedgerDao::lastId);
  }
}
