package org.winnow.core.report;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.appraisal.MmatResult;
import org.winnow.core.appraisal.MmatSummaryTable;
import org.winnow.core.project.ReviewProject;

/**
 * The MMAT 2018 appraisal per study and criterion, one table per category as {@link
 * MmatSummaryTable} publishes it: the criteria themselves, no overall score.
 */
public final class MmatSection implements PackSection {
  public static final String ID = "mmat";
  public static final String TITLE = "Methodological quality (MMAT 2018)";

  @Override
  public ReportSection build(ReviewProject project) {
    List<MmatResult> results = project.appraisal().results();
    MmatSummaryTable summary = new MmatSummaryTable(results, false);
    List<String> notes = new ArrayList<>(summary.pending());
    if (results.isEmpty()) {
      return ReportSection.missing(ID, TITLE, "No MMAT appraisal yet.", notes);
    }
    List<PackTable> tables = new ArrayList<>();
    for (MmatSummaryTable.Table t : summary.tables()) {
      List<String> tableNotes = new ArrayList<>(t.legend());
      tables.add(
          new PackTable(
              ID + "-" + FileNames.slug(t.title()), t.title(), t.header(), t.rows(), tableNotes));
    }
    if (tables.isEmpty()) {
      return ReportSection.missing(ID, TITLE, "No consensus appraisal yet.", notes);
    }
    List<String> all = new ArrayList<>(summary.notes());
    all.addAll(notes);
    return new ReportSection(ID, TITLE, List.of(), tables, all, null);
  }
}
