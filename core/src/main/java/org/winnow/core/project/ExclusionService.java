package org.winnow.core.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.io.ImportException;
import org.winnow.core.model.PreScreeningExclusion;
import org.winnow.core.model.Stage;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.ExclusionDao;
import org.winnow.core.storage.ScreeningDao;

/**
 * Records removed before screening, as PRISMA 2020 counts them: marked ineligible by automation
 * tools ({@code excluded_automatic}) or removed for other reasons ({@code excluded_other}). Each
 * removal names the records, who removed them and why; it is appended (an undo is a new row) and
 * audited. Removed citations leave title-abstract screening, and PRISMA derives both counts from
 * them, so {@code records_screened} = identified − duplicates − removed holds.
 */
public final class ExclusionService {
  private final ReviewProject project;

  ExclusionService(ReviewProject project) {
    this.project = project;
  }

  /** What one call did: the citations it removed (or put back), by the record IDs given. */
  public record Change(
      PreScreeningExclusion.Kind kind,
      boolean undo,
      String reason,
      String by,
      List<String> recordIds,
      int citations) {

    public Change {
      recordIds = List.copyOf(recordIds);
    }
  }

  /**
   * Removes the citations of these records before screening (or with {@code undo} puts them back;
   * {@code kind} may then be null). All or nothing: one bad ID changes nothing.
   */
  public Change exclude(
      List<String> recordIds,
      PreScreeningExclusion.Kind kind,
      String reason,
      boolean undo,
      String by)
      throws ProjectException {
    Map<Long, String> citations = new LinkedHashMap<>();
    ScreeningService screening = project.screening();
    for (String id : recordIds) {
      citations.putIfAbsent(screening.citationOf(id), id);
    }
    return apply(citations, kind, reason, undo, by, List.copyOf(recordIds));
  }

  /**
   * As above for the record IDs in a file, one per line (blank lines, lines starting with "#" and a
   * first line "record_id" are skipped). A bad line names the file and line and changes nothing.
   */
  public Change excludeFromFile(
      Path file, PreScreeningExclusion.Kind kind, String reason, boolean undo, String by)
      throws ImportException, ProjectException {
    String name = file.getFileName().toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ImportException(name, 0, null, "cannot read: " + e.getMessage());
    }
    Map<Long, String> citations = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>();
    ScreeningService screening = project.screening();
    for (int i = 0; i < lines.size(); i++) {
      String id = lines.get(i).strip();
      if (id.isEmpty() || id.startsWith("#") || (i == 0 && id.equalsIgnoreCase("record_id"))) {
        continue;
      }
      try {
        citations.putIfAbsent(screening.citationOf(id), id);
      } catch (ProjectException e) {
        throw new ImportException(name, i + 1, "record_id", e.getMessage());
      }
      ids.add(id);
    }
    if (ids.isEmpty()) {
      throw new ImportException(name, 0, "record_id", "no record IDs in the file");
    }
    return apply(citations, kind, reason, undo, by, ids);
  }

  private Change apply(
      Map<Long, String> citations,
      PreScreeningExclusion.Kind kind,
      String reason,
      boolean undo,
      String by,
      List<String> ids)
      throws ProjectException {
    if (citations.isEmpty()) {
      throw new ProjectException("name the records to exclude");
    }
    if (!undo && kind == null) {
      throw new ProjectException("say why they go: automatic (automation tools) or other");
    }
    if (reason == null || reason.isBlank()) {
      throw new ProjectException("a removal before screening needs a reason (--reason TEXT)");
    }
    String why = reason.strip();
    return project
        .database()
        .inTransaction(
            ProjectException.class,
            c -> {
              Map<Long, PreScreeningExclusion> current = ExclusionDao.current(c);
              Map<Long, Boolean> databases = ScreeningDao.citationsFromDatabasesOrRegisters(c);
              Map<Long, ?> decided = ScreeningDao.latestDecisions(c, Stage.TITLE_ABSTRACT);
              Map<Long, ?> resolved = ScreeningDao.resolutions(c, Stage.TITLE_ABSTRACT);
              PreScreeningExclusion.Kind last = kind;
              for (Map.Entry<Long, String> e : citations.entrySet()) {
                long citation = e.getKey();
                String id = e.getValue();
                PreScreeningExclusion now = current.get(citation);
                if (undo) {
                  if (now == null) {
                    throw new ProjectException(
                        "record " + id + " was not removed before screening: nothing to undo");
                  }
                  ExclusionDao.add(c, citation, now.kind(), true, why, by);
                  AuditDao.log(
                      c,
                      by,
                      "exclude-undo",
                      "citation",
                      citation,
                      now.kind().cliName() + ": " + why);
                  last = now.kind();
                  continue;
                }
                if (now != null) {
                  throw new ProjectException(
                      "record "
                          + id
                          + " is already removed before screening ("
                          + now.kind().cliName()
                          + ", by "
                          + now.by()
                          + ")");
                }
                if (!databases.getOrDefault(citation, false)) {
                  throw new ProjectException(
                      "record "
                          + id
                          + " was found only by other methods: PRISMA removes records before"
                          + " screening only from databases and registers");
                }
                if (decided.containsKey(citation) || resolved.containsKey(citation)) {
                  throw new ProjectException(
                      "record "
                          + id
                          + " has title-abstract decisions: it was screened, so it is not removed"
                          + " before screening");
                }
                ExclusionDao.add(c, citation, kind, false, why, by);
                AuditDao.log(c, by, "exclude-" + kind.cliName(), "citation", citation, why);
              }
              return new Change(last, undo, why, by, ids, citations.size());
            });
  }

  /** The citations removed before screening now, oldest removal first. */
  public List<PreScreeningExclusion> current() {
    return new ArrayList<>(project.database().read(ExclusionDao::current).values());
  }
}
