package org.winnow.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.prisma.PrismaDiagram;
import org.winnow.core.project.PrismaField;
import org.winnow.core.project.ReviewProject;

/**
 * The PRISMA 2020 flow diagram and its counts (PRISMA2020 R package field names), each derived from
 * the stored data or marked as entered by hand. The pack also writes the counts as the PRISMA2020
 * template CSV ({@link org.winnow.core.project.PrismaExport#CSV}).
 */
public final class PrismaSection implements PackSection {
  public static final String ID = "prisma";
  public static final String TITLE = "PRISMA 2020 flow diagram";

  @Override
  public ReportSection build(ReviewProject project) {
    Map<String, PrismaField> fields = project.prisma().counts();
    PrismaCounts counts = project.prisma().toCounts(fields);
    List<List<String>> rows = new ArrayList<>();
    for (PrismaField f : fields.values()) {
      rows.add(List.of(f.name(), "", Long.toString(f.value()), f.manual() ? "entered" : "derived"));
      for (PrismaField.Part part : f.breakdown()) {
        rows.add(List.of(f.name(), part.label(), Long.toString(part.value()), ""));
      }
    }
    List<String> notes = project.prisma().notes(fields);
    PackTable table =
        new PackTable(
            ID + "-counts",
            "PRISMA 2020 counts",
            List.of("Field", "Part", "Count", "Source"),
            rows,
            List.of(
                "Field names as the PRISMA2020 R package; a part is one database, register or"
                    + " exclusion reason of a count. Derived counts come from the stored"
                    + " imports, deduplication and decisions; entered ones were set by hand."));
    ReportFigure diagram = new ReportFigure(ID, TITLE, new PrismaDiagram(counts), List.of());
    return new ReportSection(ID, TITLE, List.of(diagram), List.of(table), notes, null);
  }
}
