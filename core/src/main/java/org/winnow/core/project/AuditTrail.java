package org.winnow.core.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.winnow.core.model.AuditEntry;
import org.winnow.core.model.Record;
import org.winnow.core.model.Stage;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.DedupDao;
import org.winnow.core.storage.RecordDao;

/** Reads the audit trail: every change, who made it and when, for one item or since a date. */
public final class AuditTrail {
  private final ReviewProject project;

  AuditTrail(ReviewProject project) {
    this.project = project;
  }

  /**
   * The changes at or after {@code since} (null: all) concerning {@code item} (null: every item),
   * oldest first. An item is named as the file gave it (RIS ID, PMID, ...) or as {@code #N} for a
   * record; a number also matches any entity with that id (citation, report, batch, study...). A
   * record's changes include those of its citation (merges, title-abstract decisions) and of its
   * import batch.
   */
  public List<AuditEntry> entries(String item, Instant since) {
    return project
        .database()
        .read(
            c -> {
              List<AuditDao.Match> matches = new ArrayList<>();
              if (item != null) {
                String id = item.strip();
                if (id.matches("\\d+")) {
                  matches.add(new AuditDao.Match(null, Long.parseLong(id)));
                }
                for (long recordId : DedupDao.recordsWithId(c, id)) {
                  Record r = RecordDao.byId(c, recordId);
                  matches.add(new AuditDao.Match("record", r.id()));
                  matches.add(new AuditDao.Match("citation", r.citationId()));
                  matches.add(new AuditDao.Match(Stage.TITLE_ABSTRACT.cliName(), r.citationId()));
                  matches.add(new AuditDao.Match("import_batch", r.batchId()));
                }
                if (matches.isEmpty()) {
                  return List.of(); // names nothing in this project
                }
              }
              return AuditDao.entries(c, since, matches);
            });
  }
}
