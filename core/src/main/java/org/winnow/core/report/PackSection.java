package org.winnow.core.report;

import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/** One section of the review pack, built from the project's data. */
@FunctionalInterface
public interface PackSection {
  ReportSection build(ReviewProject project) throws ProjectException;
}
