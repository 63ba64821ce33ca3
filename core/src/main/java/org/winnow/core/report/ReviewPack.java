package org.winnow.core.report;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;

/**
 * Everything a review publishes, built from the project in one pass: the PRISMA counts and the
 * sections in reading order. {@link PackWriter} writes it as files.
 *
 * @param project the project's name, the page's title
 * @param prisma the counts behind the diagram, also written as the PRISMA2020 template CSV
 * @param sections in reading order, empty ones included (they say why)
 */
public record ReviewPack(String project, PrismaCounts prisma, List<ReportSection> sections) {
  /** The sections of every pack, in reading order. */
  public static final List<PackSection> SECTIONS =
      List.of(
          new PrismaSection(),
          new CharacteristicsSection(),
          new TidierSection(),
          new MmatSection(),
          new EffectDirectionSection(),
          new ForestPlotsSection());

  public ReviewPack {
    sections = List.copyOf(sections);
  }

  /** Builds every section from the project's current data. */
  public static ReviewPack of(ReviewProject project, Progress progress) throws ProjectException {
    List<ReportSection> sections = new ArrayList<>();
    for (int i = 0; i < SECTIONS.size(); i++) {
      progress.report("collecting the tables", i, SECTIONS.size());
      sections.add(SECTIONS.get(i).build(project));
    }
    PrismaCounts counts = project.prisma().toCounts(project.prisma().counts());
    return new ReviewPack(project.name(), counts, sections);
  }

  /** Every table of every section, in reading order. */
  public List<PackTable> tables() {
    return sections.stream().flatMap(s -> s.tables().stream()).toList();
  }

  /** Every figure of every section, in reading order. */
  public List<ReportFigure> figures() {
    return sections.stream().flatMap(s -> s.figures().stream()).toList();
  }
}
