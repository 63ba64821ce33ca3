package org.winnow.core.report;

import java.util.ArrayList;
import java.util.List;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.SynthesisService;
import org.winnow.core.stats.direction.DirectionRule;
import org.winnow.core.stats.direction.EffectDirectionSynthesis;
import org.winnow.core.stats.plot.EffectDirectionPlot;
import org.winnow.core.stats.report.EffectDirectionTable;

/**
 * The SWiM effect-direction plot and table of all consensus outcome data (the default 70% rule),
 * studies ordered by their MMAT appraisal, with the sign test per domain and every row that could
 * not be placed.
 */
public final class EffectDirectionSection implements PackSection {
  public static final String ID = "effect-direction";
  public static final String TITLE = "Effect direction (SWiM)";

  @Override
  public ReportSection build(ReviewProject project) throws ProjectException {
    SynthesisService.EffectDirection d =
        project
            .synthesis()
            .effectDirection(SynthesisService.Filter.ALL, DirectionRule.SEVENTY_PERCENT);
    EffectDirectionSynthesis s = d.synthesis();
    List<String> notes = new ArrayList<>();
    d.skipped().forEach(x -> notes.add("Not placed: " + Skips.text(x)));
    s.skipped().forEach(x -> notes.add("Not placed: " + x));
    if (s.studies().isEmpty()) {
      return ReportSection.missing(ID, TITLE, "No consensus outcome data yet.", notes);
    }
    List<List<String>> grid = EffectDirectionTable.grid(s);
    List<String> legend = EffectDirectionTable.legend(s);
    PackTable table = new PackTable(ID, TITLE, grid.get(0), grid.subList(1, grid.size()), legend);
    ReportFigure plot =
        new ReportFigure(ID, TITLE + " plot", new EffectDirectionPlot(s), List.of());
    return new ReportSection(ID, TITLE, List.of(plot), List.of(table), notes, null);
  }
}
