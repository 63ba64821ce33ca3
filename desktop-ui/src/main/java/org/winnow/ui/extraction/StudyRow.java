package org.winnow.ui.extraction;

import java.util.List;
import org.winnow.core.project.IncludedStudy;
import org.winnow.core.project.StudyService.StudyReport;

/**
 * One included study in the list: its reports, and per form who has extracted and where it stands.
 *
 * @param forms per form, one line: "tidier: Ana Lima, Ben Okafor · pending, 2 open"
 * @param open the open disagreements over every form (extractions that differ, no consensus yet)
 */
public record StudyRow(
    IncludedStudy study, List<StudyReport> reports, List<String> forms, int open) {

  public StudyRow {
    reports = List.copyOf(reports);
    forms = List.copyOf(forms);
  }

  public String code() {
    return study.code();
  }

  @Override
  public String toString() {
    return study.code() + "  " + study.label();
  }
}
