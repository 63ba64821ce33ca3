package org.winnow.core.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.winnow.core.model.PreScreeningExclusion;
import org.winnow.core.prisma.AwaitingStage;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.prisma.PrismaTally;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.ExclusionDao;
import org.winnow.core.storage.PrismaDao;
import org.winnow.core.storage.ScreeningDao;

/**
 * Derives every PRISMA 2020 count from stored data, with the items behind each, plus the fields
 * only a person can know (entered by hand, marked manual). Items still awaiting a decision or in
 * conflict are reported separately ({@link #AWAITING_FIELDS}), never folded into a box.
 */
public final class PrismaService {
  /** Fields that can only be entered by hand. */
  public static final Set<String> MANUAL_ONLY =
      Set.of(
          "excluded_automatic",
          "excluded_other",
          "previous_studies",
          "previous_reports",
          "total_studies_ma",
          "total_reports_ma");

  /** Counts kept outside the diagram's boxes. */
  public static final List<String> AWAITING_FIELDS =
      List.of(
          "screening_awaiting", "screening_conflicts", "fulltext_awaiting", "fulltext_conflicts");

  /**
   * Diagram keys whose items live under other names here: a breakdown under its total's field, an
   * awaiting step under the counts it was built from (see {@link #toCounts}).
   */
  private static final Map<String, List<String>> DIAGRAM_KEYS =
      Map.of(
          "database_specific_results", List.of("database_results"),
          "register_specific_results", List.of("register_results"),
          "records_awaiting_screening", List.of("screening_awaiting", "screening_conflicts"),
          "dbr_awaiting_assessment", List.of("dbr_awaiting"),
          "other_awaiting_assessment", List.of("other_awaiting"));

  private final ReviewProject project;

  PrismaService(ReviewProject project) {
    this.project = project;
  }

  /** Sets (or with null clears) a manual field. Derived fields cannot be overridden. */
  public void setManual(String field, String value, String actor) throws ProjectException {
    if (!MANUAL_ONLY.contains(field)) {
      throw new ProjectException(
          field
              + " is derived from the data; manual fields are "
              + new java.util.TreeSet<>(MANUAL_ONLY));
    }
    if (value != null) {
      for (PreScreeningExclusion.Kind kind : PreScreeningExclusion.Kind.values()) {
        long recorded =
            project.database().read(ExclusionDao::current).values().stream()
                .filter(e -> e.kind() == kind)
                .count();
        if (kind.prismaField().equals(field) && recorded > 0) {
          throw new ProjectException(
              field
                  + " is derived from the "
                  + recorded
                  + " record(s) removed with 'winnow exclude'; add the others the same way"
                  + " instead of a number");
        }
      }
    }
    if (value != null && !value.strip().matches("\\d+")) {
      throw new ProjectException(field + " takes a whole number, not '" + value + "'");
    }
    project
        .database()
        .inTransaction(
            c -> {
              PrismaDao.setManual(c, field, value == null ? null : value.strip(), actor);
              AuditDao.log(c, actor, "prisma-manual", "prisma", null, field + " = " + value);
              return null;
            });
  }

  /**
   * The fields of {@link #counts()} whose items stand behind a key of the diagram or of {@link
   * #counts()} itself (a clicked box names PRISMA2020 fields and awaiting keys), so a view or the
   * command line can list them.
   */
  public static List<String> sourcesOf(String key) {
    return DIAGRAM_KEYS.getOrDefault(key, List.of(key));
  }

  /** Every field in PRISMA2020 template order, then the awaiting counts. */
  public Map<String, PrismaField> counts() {
    return counts(project.screening().outcomesNow());
  }

  /** As above from outcomes already derived (a view showing progress beside the counts). */
  public Map<String, PrismaField> counts(ScreeningOutcomes outcomes) {
    Map<Long, ItemOutcome> ta = outcomes.titleAbstract();
    Map<Long, Long> reports = outcomes.reports();
    Map<Long, ItemOutcome> ft = outcomes.fullText();
    Identification identification =
        project
            .derivedOutcomes()
            .keptUntilAudited(
                Identification.class, c -> Identification.of(PrismaDao.sourcedRecords(c)));
    Map<String, String> manual = project.database().read(PrismaDao::manual);
    List<ScreeningDao.ReportRow> reportRows = project.database().read(ScreeningDao::reports);
    Map<Long, ScreeningDao.ReportRow> reportById = new LinkedHashMap<>();
    reportRows.forEach(r -> reportById.put(r.id(), r));
    Map<Long, List<String>> idsOfCitation = identification.idsOfCitation();
    Map<Long, Boolean> dbrCitation = identification.dbrCitation();

    Map<String, PrismaField> out = new LinkedHashMap<>();
    put(out, manualField("previous_studies", manual));
    put(out, manualField("previous_reports", manual));
    identification.fields().forEach(f -> put(out, f));
    Map<Long, PreScreeningExclusion> removed = project.database().read(ExclusionDao::current);
    for (PreScreeningExclusion.Kind kind : PreScreeningExclusion.Kind.values()) {
      put(out, removedBeforeScreening(kind, removed, manual, idsOfCitation));
    }

    put(out, items("records_screened", ta.keySet(), idsOfCitation));
    put(out, items("records_excluded", status(ta, ItemStatus.EXCLUDED), idsOfCitation));

    Map<Long, Long> citationOfReport = reports;
    List<Long> dbrReports = new ArrayList<>();
    List<Long> otherReports = new ArrayList<>();
    citationOfReport.forEach(
        (report, citation) ->
            (dbrCitation.getOrDefault(citation, false) ? dbrReports : otherReports).add(report));
    List<String> reasonOrder =
        project.database().read(ScreeningDao::allReasonLabels); // retired ones keep their place
    reportColumn(
        out, "dbr", dbrReports, ft, reportById, citationOfReport, idsOfCitation, reasonOrder);
    reportColumn(
        out, "other", otherReports, ft, reportById, citationOfReport, idsOfCitation, reasonOrder);

    List<Long> included = status(ft, ItemStatus.INCLUDED);
    List<String> reportItems =
        included.stream()
            .map(r -> String.join("|", idsOfCitation.get(citationOfReport.get(r))))
            .toList();
    Map<String, List<String>> byStudy = new TreeMap<>();
    for (long r : included) {
      Long study = reportById.get(r).studyId();
      String key = study == null ? "report:" + r : "study:" + study;
      byStudy
          .computeIfAbsent(key, k -> new ArrayList<>())
          .add(String.join("|", idsOfCitation.get(citationOfReport.get(r))));
    }
    List<String> studyItems = byStudy.values().stream().map(l -> String.join(" + ", l)).toList();
    put(out, new PrismaField("new_studies", studyItems.size(), List.of(), studyItems, false));
    put(out, new PrismaField("new_reports", reportItems.size(), List.of(), reportItems, false));
    long previousStudies = out.get("previous_studies").value();
    long previousReports = out.get("previous_reports").value();
    put(
        out,
        new PrismaField(
            "total_studies", previousStudies + studyItems.size(), List.of(), studyItems, false));
    put(
        out,
        new PrismaField(
            "total_reports", previousReports + reportItems.size(), List.of(), reportItems, false));
    put(out, manualField("total_studies_ma", manual));
    put(out, manualField("total_reports_ma", manual));

    put(out, items("screening_awaiting", status(ta, ItemStatus.AWAITING), idsOfCitation));
    put(out, items("screening_conflicts", status(ta, ItemStatus.CONFLICT), idsOfCitation));
    Map<Long, List<String>> idsOfReport = new LinkedHashMap<>();
    citationOfReport.forEach((r, c) -> idsOfReport.put(r, idsOfCitation.get(c)));
    put(out, items("fulltext_awaiting", status(ft, ItemStatus.AWAITING), idsOfReport));
    put(out, items("fulltext_conflicts", status(ft, ItemStatus.CONFLICT), idsOfReport));
    return out;
  }

  /**
   * What identification found, derived from every record's source: the record IDs of each citation,
   * whether it came from a database or register, and the identification boxes with the duplicates.
   * Only imports and merges change it (both audited), so a project keeps it between counts.
   */
  record Identification(
      Map<Long, List<String>> idsOfCitation,
      Map<Long, Boolean> dbrCitation,
      List<PrismaField> fields) {
    /** The identification box each source type counts in, in the template's order of boxes. */
    private static final Map<String, String> FIELD_OF_TYPE =
        Map.of(
            "database", "database_results",
            "register", "register_results",
            "website", "website_results",
            "organisation", "organisation_results",
            "other", "organisation_results",
            "citation-search", "citations_results");

    private static final List<String> FIELDS =
        List.of(
            "database_results",
            "register_results",
            "website_results",
            "organisation_results",
            "citations_results");

    /** From every record in id order, in one pass. */
    static Identification of(List<PrismaDao.SourcedRecord> records) {
      Map<Long, List<String>> idsOfCitation = new LinkedHashMap<>();
      Map<Long, Boolean> dbrCitation = new LinkedHashMap<>();
      // each box's record IDs by source, sources in the order their first record came
      Map<String, Map<String, List<String>>> bySource = new HashMap<>();
      FIELDS.forEach(f -> bySource.put(f, new LinkedHashMap<>()));
      // duplicates: database and register records beyond one per citation of that column
      List<String> duplicateIds = new ArrayList<>();
      Map<Long, Integer> seen = new HashMap<>();
      for (PrismaDao.SourcedRecord r : records) {
        idsOfCitation.computeIfAbsent(r.citationId(), k -> new ArrayList<>()).add(r.displayId());
        boolean dbr = r.sourceType().equals("database") || r.sourceType().equals("register");
        dbrCitation.merge(r.citationId(), dbr, Boolean::logicalOr);
        if (dbr && seen.merge(r.citationId(), 1, Integer::sum) > 1) {
          duplicateIds.add(r.displayId());
        }
        String field = FIELD_OF_TYPE.get(r.sourceType());
        if (field != null) {
          bySource
              .get(field)
              .computeIfAbsent(r.sourceName(), k -> new ArrayList<>())
              .add(r.displayId());
        }
      }
      List<PrismaField> fields = new ArrayList<>();
      for (String field : FIELDS) {
        fields.add(identified(field, bySource.get(field)));
      }
      fields.add(
          new PrismaField(
              "duplicates", duplicateIds.size(), List.of(), List.copyOf(duplicateIds), false));
      return new Identification(
          Collections.unmodifiableMap(idsOfCitation),
          Collections.unmodifiableMap(dbrCitation),
          List.copyOf(fields));
    }
  }

  /** The reports boxes of one column (dbr_* or other_*). */
  private static void reportColumn(
      Map<String, PrismaField> out,
      String column,
      List<Long> reports,
      Map<Long, ItemOutcome> ft,
      Map<Long, ScreeningDao.ReportRow> reportById,
      Map<Long, Long> citationOfReport,
      Map<Long, List<String>> idsOfCitation,
      List<String> reasonOrder) {
    Map<Long, List<String>> idsOfReport = new LinkedHashMap<>();
    for (long r : reports) {
      idsOfReport.put(r, idsOfCitation.get(citationOfReport.get(r)));
    }
    List<Long> notRetrieved =
        reports.stream()
            .filter(
                r ->
                    reportById.containsKey(
                            r) // a provisional report (see fullTextReports) is sought
                        && "not-retrieved".equals(reportById.get(r).retrieval()))
            .toList();
    Set<Long> leftOut = new HashSet<>(notRetrieved);
    List<Long> assessed = reports.stream().filter(r -> !leftOut.contains(r)).toList();
    List<Long> excluded =
        assessed.stream()
            .filter(r -> ft.containsKey(r) && ft.get(r).status() == ItemStatus.EXCLUDED)
            .toList();
    List<Long> undecided =
        assessed.stream()
            .filter(
                r ->
                    !ft.containsKey(r)
                        || ft.get(r).status() == ItemStatus.AWAITING
                        || ft.get(r).status() == ItemStatus.CONFLICT)
            .toList();
    put(out, items(column + "_sought_reports", reports, idsOfReport));
    put(out, items(column + "_notretrieved_reports", notRetrieved, idsOfReport));
    put(out, items(column + "_assessed", assessed, idsOfReport));
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    for (long r : excluded) {
      ItemOutcome o = ft.get(r);
      String reason = o.reason() == null ? "No reason given" : o.reason().label();
      byReason
          .computeIfAbsent(reason, k -> new ArrayList<>())
          .add(String.join("|", idsOfReport.get(r)));
    }
    List<PrismaField.Part> parts = new ArrayList<>();
    List<String> order = new ArrayList<>(reasonOrder);
    byReason.keySet().stream().filter(r -> !order.contains(r)).sorted().forEach(order::add);
    for (String reason : order) { // the project's order of reasons, as the diagram lists them
      List<String> ids = byReason.get(reason);
      if (ids != null) {
        parts.add(new PrismaField.Part(reason, ids.size(), ids));
      }
    }
    List<String> all = parts.stream().flatMap(p -> p.items().stream()).toList();
    put(out, new PrismaField(column + "_excluded", all.size(), parts, all, false));
    put(out, items(column + "_awaiting", undecided, idsOfReport));
  }

  /**
   * excluded_automatic or excluded_other: derived from the records removed before screening with
   * {@link ExclusionService} (by reason, with the records behind each), else the number entered by
   * hand (kept for reviews that removed records outside Winnow).
   */
  private static PrismaField removedBeforeScreening(
      PreScreeningExclusion.Kind kind,
      Map<Long, PreScreeningExclusion> removed,
      Map<String, String> manual,
      Map<Long, List<String>> idsOfCitation) {
    Map<String, List<String>> byReason = new TreeMap<>();
    for (PreScreeningExclusion e : removed.values()) {
      if (e.kind() == kind) {
        byReason
            .computeIfAbsent(e.reason(), k -> new ArrayList<>())
            .add(String.join("|", idsOfCitation.getOrDefault(e.citationId(), List.of())));
      }
    }
    if (byReason.isEmpty()) {
      return manualField(kind.prismaField(), manual);
    }
    List<PrismaField.Part> parts = new ArrayList<>();
    byReason.forEach((reason, ids) -> parts.add(new PrismaField.Part(reason, ids.size(), ids)));
    List<String> all = byReason.values().stream().flatMap(List::stream).toList();
    return new PrismaField(kind.prismaField(), all.size(), parts, all, false);
  }

  /**
   * What a reader of the counts should know about the numbers entered by hand: one that is not used
   * because the field is now derived from recorded removals, or one that is used but whose records
   * are still counted as screened (so identification-to-screening cannot hold).
   */
  public List<String> notes(Map<String, PrismaField> fields) {
    Map<String, String> manual = project.database().read(PrismaDao::manual);
    List<String> out = new ArrayList<>();
    for (PreScreeningExclusion.Kind kind : PreScreeningExclusion.Kind.values()) {
      String field = kind.prismaField();
      String entered = manual.get(field);
      PrismaField f = fields.get(field);
      if (entered == null || f == null) {
        continue;
      }
      if (!f.manual()) {
        out.add(
            field
                + ": the number entered by hand ("
                + entered
                + ") is not used; the count is derived from the "
                + f.value()
                + " record(s) removed with 'winnow exclude' (clear it with 'winnow prisma DIR --set "
                + field
                + "=')");
      } else if (f.value() > 0) {
        out.add(
            field
                + " = "
                + entered
                + " was entered by hand (manual): those records are still counted in"
                + " records_screened; remove them per record with 'winnow exclude DIR --items FILE --"
                + kind.cliName()
                + " --reason TEXT' so the count is derived and the identities hold");
      }
    }
    return out;
  }

  /** An identification box: its records by source. */
  private static PrismaField identified(String name, Map<String, List<String>> bySource) {
    List<PrismaField.Part> parts = new ArrayList<>();
    bySource.forEach((source, ids) -> parts.add(new PrismaField.Part(source, ids.size(), ids)));
    List<String> all = bySource.values().stream().flatMap(List::stream).toList();
    return new PrismaField(name, all.size(), parts, all, false);
  }

  private static PrismaField items(
      String name, java.util.Collection<Long> items, Map<Long, List<String>> ids) {
    List<String> list = new ItemIdList(items, ids);
    return new PrismaField(name, list.size(), List.of(), list, false);
  }

  private static PrismaField manualField(String name, Map<String, String> manual) {
    String v = manual.get(name);
    return new PrismaField(
        name, v == null ? 0 : Long.parseLong(v), List.of(), List.of(), v != null);
  }

  private static List<Long> status(Map<Long, ItemOutcome> outcomes, ItemStatus status) {
    return outcomes.values().stream()
        .filter(o -> o.status() == status)
        .map(ItemOutcome::itemId)
        .collect(Collectors.toList());
  }

  private static void put(Map<String, PrismaField> out, PrismaField f) {
    out.put(f.name(), f);
  }

  /**
   * The counts as the diagram, the checks and the PRISMA2020 CSV take them. Fields that do not
   * apply are left out (absent is "not applicable": the other-methods column only when such sources
   * exist, previous studies only for updates, meta-analysis only when entered).
   */
  public PrismaCounts toCounts(Map<String, PrismaField> fields) {
    PrismaCounts.Builder b = PrismaCounts.builder();
    boolean otherMethods =
        fields.get("website_results").value()
                + fields.get("organisation_results").value()
                + fields.get("citations_results").value()
                + fields.get("other_sought_reports").value()
            > 0;
    for (org.winnow.core.prisma.PrismaField f : org.winnow.core.prisma.PrismaField.values()) {
      String key = f.key();
      PrismaField source =
          switch (f) {
            case DATABASE_SPECIFIC_RESULTS -> fields.get("database_results");
            case REGISTER_SPECIFIC_RESULTS -> fields.get("register_results");
            default -> fields.get(key);
          };
      if (source == null) {
        continue;
      }
      boolean manualOnly = MANUAL_ONLY.contains(key);
      if (manualOnly && !source.manual() && !key.startsWith("excluded_")) {
        continue; // not entered: not applicable
      }
      if (f.group() == org.winnow.core.prisma.PrismaField.Group.OTHER_METHODS && !otherMethods) {
        continue;
      }
      if (f.isBreakdown()) {
        List<PrismaTally> tallies =
            source.breakdown().stream().map(p -> new PrismaTally(p.label(), p.value())).toList();
        if (!tallies.isEmpty()) {
          b = source.manual() ? b.manual(f, tallies) : b.derived(f, tallies);
        }
      } else {
        b = source.manual() ? b.manual(f, source.value()) : b.derived(f, source.value());
      }
    }
    b.awaiting(
        AwaitingStage.RECORDS_SCREENING,
        fields.get("screening_awaiting").value() + fields.get("screening_conflicts").value());
    b.awaiting(AwaitingStage.DBR_ASSESSMENT, fields.get("dbr_awaiting").value());
    if (otherMethods) {
      b.awaiting(AwaitingStage.OTHER_ASSESSMENT, fields.get("other_awaiting").value());
    }
    return b.build();
  }

  /**
   * Links reports (by any record ID of each) to one study; returns the study id. See {@link
   * StudyService#link}: an existing study of the reports is kept, so extracted data stay with it.
   */
  public long linkStudy(List<String> recordIds, String label, String actor)
      throws ProjectException {
    return project.studies().link(recordIds, label, actor);
  }
}
