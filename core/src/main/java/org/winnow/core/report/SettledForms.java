package org.winnow.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.extraction.FormResult;
import org.winnow.core.extraction.StudyRef;
import org.winnow.core.model.ConsensusStatus;
import org.winnow.core.project.IncludedStudy;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * One form's final answers as the published tables use them: only a consensus or agreed extraction.
 * Every other included study is named with why it is not in the table yet, as the synthesis does
 * for outcome data.
 *
 * @param settled the studies whose answers are final, in the order of the included studies
 * @param open "S3 Brown 2020: why" for each included study left out
 */
record SettledForms(List<FormResult> settled, List<String> open) {

  static SettledForms of(ReviewProject project, String formId) throws ProjectException {
    Map<String, FormResult> byStudy = new LinkedHashMap<>();
    for (FormResult r : project.extraction().results(formId)) {
      byStudy.put(r.study().id(), r);
    }
    List<FormResult> settled = new ArrayList<>();
    List<String> open = new ArrayList<>();
    for (IncludedStudy s : project.studies().included()) {
      FormResult r = byStudy.get(s.code());
      if (r == null) {
        open.add(name(s.ref()) + ": not extracted yet");
      } else if (r.status() == ConsensusStatus.CONSENSUS || r.status() == ConsensusStatus.AGREED) {
        settled.add(r);
      } else if (r.status() == ConsensusStatus.SINGLE) {
        open.add(name(s.ref()) + ": one extraction so far, awaiting the second or a consensus");
      } else {
        open.add(name(s.ref()) + ": the extractions disagree, awaiting a consensus");
      }
    }
    return new SettledForms(settled, open);
  }

  /** "Jones 2015 (S1)", as every table of the pack names a study. */
  static String name(StudyRef study) {
    return study.label() + " (" + study.id() + ")";
  }
}
