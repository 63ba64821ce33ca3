package org.winnow.ui.dashboard;

import java.util.List;
import org.winnow.core.prisma.PrismaLabels;

/**
 * What the dashboard shows, in numbers and words: taken from a load ({@link #of}), or kept from an
 * earlier session ({@link KeptDashboard}) so that a reopened project shows its dashboard at once.
 * The recall curve, a picture, is kept beside them.
 */
record DashboardFigures(
    long records,
    long citations,
    long openConflicts,
    List<DashboardViewModel.SourceRow> sources,
    List<DashboardViewModel.ProgressRow> progress,
    List<DashboardViewModel.Row> prisma) {

  DashboardFigures {
    sources = List.copyOf(sources);
    progress = List.copyOf(progress);
    prisma = List.copyOf(prisma);
  }

  /** The figures of a load. */
  static DashboardFigures of(DashboardViewModel.Snapshot s) {
    return new DashboardFigures(
        s.summary().records(),
        s.summary().citations(),
        s.conflictsTa() + s.conflictsFt(),
        s.summary().sources().stream()
            .map(
                c ->
                    new DashboardViewModel.SourceRow(
                        c.source().name(), c.source().type().cliName(), c.records()))
            .toList(),
        s.progress().stream()
            .map(
                r ->
                    new DashboardViewModel.ProgressRow(
                        r.stage().cliName(),
                        r.reviewer().name(),
                        r.screened(),
                        r.remaining(),
                        r.conflicts()))
            .toList(),
        s.prisma().values().stream()
            .map(
                f ->
                    new DashboardViewModel.Row(
                        PrismaLabels.of(f.name()), f.value() + (f.manual() ? " (manual)" : "")))
            .toList());
  }

  /** Records merged away as duplicates. */
  long duplicates() {
    return records - citations;
  }
}
