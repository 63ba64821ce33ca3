package org.winnow.core.extraction;

import java.util.List;

/**
 * An included study as outputs name it.
 *
 * @param id the study ID the command line accepts ("S3")
 * @param label first author and year, or what the team called it
 * @param recordIds the IDs the import files gave the records of its reports
 */
public record StudyRef(String id, String label, List<String> recordIds) {
  public StudyRef {
    recordIds = List.copyOf(recordIds);
  }
}
