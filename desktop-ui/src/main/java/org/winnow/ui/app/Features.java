package org.winnow.ui.app;

import java.util.List;
import javafx.scene.control.Label;
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
import org.winnow.ui.importing.ImportView;
import org.winnow.ui.importing.ImportViewModel;
import org.winnow.ui.prisma.PrismaView;
import org.winnow.ui.prisma.PrismaViewModel;
import org.winnow.ui.screening.ScreeningView;
import org.winnow.ui.screening.ScreeningViewModel;
import org.winnow.ui.shell.Feature;
import org.winnow.ui.strategies.StrategiesView;
import org.winnow.ui.strategies.StrategiesViewModel;

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
        later("extraction", "Extraction (TIDieR)", "Shortcut+7"),
        new Feature(
            "appraisal",
            "Appraisal (MMAT)",
            KeyCombination.keyCombination("Shortcut+8"),
            true,
            () -> new AppraisalView(new AppraisalViewModel(context))),
        later("effects", "Effect sizes", "Shortcut+9"),
        new Feature(
            "strategies",
            "Search strategies",
            KeyCombination.keyCombination("Shortcut+0"),
            true,
            () -> new StrategiesView(new StrategiesViewModel(context))));
  }

  /**
   * A view that a later release brings: listed, so the navigation is ready for it, but disabled.
   */
  private static Feature later(String id, String title, String shortcut) {
    return new Feature(
        id, title, KeyCombination.keyCombination(shortcut), false, () -> new Label(title));
  }
}
