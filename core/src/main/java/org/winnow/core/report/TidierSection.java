package org.winnow.core.report;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.extraction.BuiltInTemplates;
import org.winnow.core.extraction.FormAnswers;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * The TIDieR description of every intervention: one row per intervention block of the consensus (or
 * agreed) TIDieR form, its twelve items as columns, where each item is reported beside it.
 */
public final class TidierSection implements PackSection {
  public static final String ID = "tidier";
  public static final String TITLE = "Interventions (TIDieR)";
  static final String INTERVENTIONS = "interventions";

  @Override
  public ReportSection build(ReviewProject project) throws ProjectException {
    SettledForms forms = SettledForms.of(project, BuiltInTemplates.TIDIER);
    List<String> notes = forms.open();
    if (forms.settled().isEmpty()) {
      return ReportSection.missing(ID, TITLE, "No consensus extraction yet.", notes);
    }
    FormColumns columns = FormColumns.of(forms.settled(), INTERVENTIONS);
    List<String> header = new ArrayList<>(List.of("Study"));
    header.addAll(columns.header());
    List<List<String>> rows = new ArrayList<>();
    for (FormResult r : forms.settled()) {
      for (FormAnswers.Instance i : r.finalAnswers().instances(INTERVENTIONS)) {
        List<String> row = new ArrayList<>(List.of(SettledForms.name(r.study())));
        row.addAll(columns.cells(i));
        rows.add(row);
      }
    }
    PackTable table =
        new PackTable(
            ID,
            TITLE,
            header,
            rows,
            List.of(
                "Template for Intervention Description and Replication (TIDieR, Hoffmann et al."
                    + " 2014), one row per intervention, from the consensus (or agreed)"
                    + " extraction. NR: not reported; [where reported: …] locates the item in"
                    + " the study's reports."));
    return new ReportSection(ID, TITLE, List.of(), List.of(table), notes, null);
  }
}
