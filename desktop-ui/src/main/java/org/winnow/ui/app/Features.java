package org.winnow.ui.app;

import java.util.List;
import javafx.scene.input.KeyCombination;
import org.winnow.ui.appraisal.AppraisalView;
import org.winnow.ui.appraisal.AppraisalViewModel;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.conflicts.ConflictsView;
import org.winnow.ui.conflicts.ConflictsViewModel;
import org.winnow.ui.dashboard.DashboardView;
import org.winnow.ui.dashboard.DashboardViewModel;
import org.winnow.ui.dedup.DedupView;
import org.winnow.ui.dedup.DedupViewModel;
import org.winnow.ui.extraction.ExtractionView;
import org.winnow.ui.extraction.ExtractionViewModel;
import org.winnow.ui.importing.ImportView;
import org.winnow.ui.importing.ImportViewModel;
import org.winnow.ui.prisma.PrismaView;
import org.winnow.ui.prisma.PrismaViewModel;
import org.winnow.ui.screening.ScreeningView;
import org.winnow.ui.screening.ScreeningViewModel;
import org.winnow.ui.shell.Feature;
import org.winnow.ui.strategies.StrategiesView;
import org.winnow.ui.strategies.StrategiesViewModel;
import org.winnow.ui.synthesis.SynthesisView;
import org.winnow.ui.synthesis.SynthesisViewModel;

/** The navigation: every view of a project, in pipeline order, with its shortcut. */
final class Features {
  private Features() {}

  static List<Feature> all(AppContext context) {
    return List.of(
        new Feature(
            "dashboard",
            "Dashboard",
            KeyCombination.keyCombination("Shortcut+1"),
            true,
            () -> new DashboardView(new DashboardViewModel(context))),
        new Feature(
            "import",
            "Import",
            KeyCombination.keyCombination("Shortcut+2"),
            true,
            () -> new ImportView(new ImportViewModel(context))),
        new Feature(
            "dedup",
            "Deduplication",
            KeyCombination.keyCombination("Shortcut+3"),
            true,
            () -> new DedupView(new DedupViewModel(context))),
        new Feature(
            "screening",
            "Screening",
            KeyCombination.keyCombination("Shortcut+4"),
            true,
            () -> new ScreeningView(new ScreeningViewModel(context))),
        new Feature(
            "conflicts",
            "Conflicts",
            KeyCombination.keyCombination("Shortcut+5"),
            true,
            () -> new ConflictsView(new ConflictsViewModel(context))),
        new Feature(
            "prisma",
            "PRISMA",
            KeyCombination.keyCombination("Shortcut+6"),
            true,
            () -> new PrismaView(new PrismaViewModel(context))),
        new Feature(
            "extraction",
            "Studies & extraction",
            KeyCombination.keyCombination("Shortcut+7"),
            true,
            () -> new ExtractionView(new ExtractionViewModel(context))),
        new Feature(
            "appraisal",
            "Appraisal (MMAT)",
            KeyCombination.keyCombination("Shortcut+8"),
            true,
            () -> new AppraisalView(new AppraisalViewModel(context))),
        new Feature(
            "effects",
            "Synthesis",
            KeyCombination.keyCombination("Shortcut+9"),
            true,
            () -> new SynthesisView(new SynthesisViewModel(context))),
        new Feature(
            "strategies",
            "Search strategies",
            KeyCombination.keyCombination("Shortcut+0"),
            true,
            () -> new StrategiesView(new StrategiesViewModel(context))));
  }
}
