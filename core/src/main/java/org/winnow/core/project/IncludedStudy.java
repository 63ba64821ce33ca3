package org.winnow.core.project;

import java.util.List;
import org.winnow.core.extraction.StudyRef;

/**
 * A study included at full text: one or more reports (PRISMA 2020 counts both). Its ID is the study
 * row's id written "S" + id: a study row is made for an included report the first time the included
 * studies are listed, and linking reports to one study keeps the existing row.
 *
 * @param recordIds the file IDs of the records of its reports (any of them names the study too)
 */
public record IncludedStudy(long id, String label, List<Long> reportIds, List<String> recordIds) {

  public IncludedStudy {
    reportIds = List.copyOf(reportIds);
    recordIds = List.copyOf(recordIds);
  }

  /** "S3". */
  public String code() {
    return StudyService.PREFIX + id;
  }

  public StudyRef ref() {
    return new StudyRef(code(), label, recordIds);
  }
}
