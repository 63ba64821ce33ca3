package org.winnow.core.report;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.extraction.BuiltInTemplates;
import org.winnow.core.extraction.FormAnswers;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.SectionSpec;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * The characteristics of included studies: one row per study from the consensus (or agreed)
 * study-characteristics form; the once-per-study fields as columns, each repeated section (the
 * arms) as one column listing its entries.
 */
public final class CharacteristicsSection implements PackSection {
  public static final String ID = "characteristics";
  public static final String TITLE = "Characteristics of included studies";
  static final String STUDY_SECTION = "study";

  @Override
  public ReportSection build(ReviewProject project) throws ProjectException {
    SettledForms forms = SettledForms.of(project, BuiltInTemplates.STUDY_CHARACTERISTICS);
    List<String> notes = forms.open();
    if (forms.settled().isEmpty()) {
      return ReportSection.missing(ID, TITLE, "No consensus extraction yet.", notes);
    }
    FormColumns once = FormColumns.of(forms.settled(), STUDY_SECTION);
    List<SectionSpec> repeated = repeatedSections(forms.settled());
    List<String> header = new ArrayList<>(List.of("Study"));
    header.addAll(once.header());
    repeated.forEach(s -> header.add(s.label()));
    List<List<String>> rows = new ArrayList<>();
    for (FormResult r : forms.settled()) {
      List<String> row = new ArrayList<>(List.of(SettledForms.name(r.study())));
      List<FormAnswers.Instance> study = r.finalAnswers().instances(STUDY_SECTION);
      FormAnswers.Instance first =
          study.isEmpty() ? new FormAnswers.Instance(java.util.Map.of()) : study.get(0);
      row.addAll(once.cells(first));
      for (SectionSpec s : repeated) {
        row.add(
            String.join(
                "; ",
                r.finalAnswers().instances(s.id()).stream()
                    .map(i -> FormColumns.summary(s, i))
                    .toList()));
      }
      rows.add(row);
    }
    List<String> tableNotes = new ArrayList<>();
    tableNotes.add(
        "From the consensus (or agreed) study-characteristics extraction. NR: not reported.");
    PackTable table = new PackTable(ID, TITLE, header, rows, tableNotes);
    return new ReportSection(ID, TITLE, List.of(), List.of(table), notes, null);
  }

  private static List<SectionSpec> repeatedSections(List<FormResult> results) {
    List<SectionSpec> out = new ArrayList<>();
    for (FormResult r : results) {
      for (SectionSpec s : r.template().sections()) {
        if (s.repeats() && out.stream().noneMatch(o -> o.id().equals(s.id()))) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
