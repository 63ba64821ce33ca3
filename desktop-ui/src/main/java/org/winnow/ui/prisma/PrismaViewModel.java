package org.winnow.ui.prisma;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.winnow.core.prisma.PrismaBox;
import org.winnow.core.prisma.PrismaChecks;
import org.winnow.core.prisma.PrismaCounts;
import org.winnow.core.prisma.PrismaDiagram;
import org.winnow.core.prisma.PrismaIdentity;
import org.winnow.core.prisma.PrismaViolation;
import org.winnow.core.project.PrismaExport;
import org.winnow.core.project.PrismaField;
import org.winnow.core.project.PrismaService;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.render.FigureExporter;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Images;

/**
 * The PRISMA 2020 diagram of the open review, drawn live from the stored data: the picture (the
 * core's one drawing, rendered as an image and scaled), the consistency checks, the items behind a
 * clicked box or a rule, the fields only a person can know, and the exports.
 */
public final class PrismaViewModel {
  /** The screen image's resolution: crisp up to twice the natural size, then scaled. */
  static final int SCREEN_DPI = 192;

  static final double MIN_ZOOM = 0.25;
  static final double MAX_ZOOM = 4;
  static final double ZOOM_STEP = 1.25;

  /** Where a rule of the diagram stands for the current counts. */
  public enum CheckStatus {
    HOLDS,
    BROKEN,
    NOT_APPLICABLE
  }

  /**
   * One arithmetic rule of the diagram.
   *
   * @param message for a broken rule the numbers that disagree, else the rule in field names
   * @param fields the fields the rule reads, result first
   */
  public record CheckRow(String id, CheckStatus status, String message, List<String> fields) {}

  /**
   * One item behind a box or a rule.
   *
   * @param group the database, register or exclusion reason the item counts under ("" if none)
   * @param recordIds the IDs the files gave the item's records, joined by "|"
   */
  public record ItemRow(String field, String group, String recordIds) {}

  /** A field only a person can know, as the form edits it ("" = not given). */
  public record ManualRow(String field, String label, StringProperty value) {}

  /** What one load computed, off the UI thread. */
  record Snapshot(
      Map<String, PrismaField> fields,
      PrismaCounts counts,
      PrismaDiagram diagram,
      List<CheckRow> checks,
      Image image) {}

  /** The manual fields in the form's order, with their labels. */
  static final List<String[]> MANUAL_FIELDS =
      List.of(
          new String[] {"excluded_automatic", "Records marked ineligible by automation tools"},
          new String[] {"excluded_other", "Records removed for other reasons"},
          new String[] {"previous_studies", "Studies included in the previous version"},
          new String[] {"previous_reports", "Reports of studies in the previous version"},
          new String[] {"total_studies_ma", "Studies included in the meta-analysis"},
          new String[] {"total_reports_ma", "Reports included in the meta-analysis"});

  private final AppContext context;
  private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
  private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
  private final ObjectProperty<PrismaDiagram> diagram = new SimpleObjectProperty<>();
  private final ObjectProperty<PrismaBox> selectedBox = new SimpleObjectProperty<>();
  private final StringProperty selectionTitle = new SimpleStringProperty("");
  private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
  private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
  private final ObservableList<ManualRow> manual = FXCollections.observableArrayList();
  private final StringProperty checkSummary = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final DoubleProperty zoom = new SimpleDoubleProperty(1);
  private final BooleanProperty fit = new SimpleBooleanProperty(true);

  public PrismaViewModel(AppContext context) {
    this.context = context;
    for (String[] f : MANUAL_FIELDS) {
      manual.add(new ManualRow(f[0], f[1], new SimpleStringProperty("")));
    }
  }

  // ------------------------------------------------------------------ loading

  /** Recounts everything and redraws (after screening, an import, a manual field). */
  public void refresh() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    context
        .tasks()
        .run(
            "Drawing the PRISMA diagram",
            (progress, cancel) -> load(p),
            this::show,
            e -> error.set("The diagram could not be drawn: " + e.getMessage()));
  }

  static Snapshot load(ReviewProject p) {
    Map<String, PrismaField> fields = p.prisma().counts();
    PrismaCounts counts = p.prisma().toCounts(fields);
    PrismaDiagram diagram = new PrismaDiagram(counts);
    Image image = Images.toFx(FigureExporter.image(diagram, SCREEN_DPI));
    return new Snapshot(fields, counts, diagram, checks(counts), image);
  }

  /** Every rule, in diagram order: broken ones with their numbers, the others as they stand. */
  static List<CheckRow> checks(PrismaCounts counts) {
    Map<String, PrismaViolation> broken = new java.util.HashMap<>();
    PrismaChecks.check(counts).forEach(v -> broken.put(v.check(), v));
    List<CheckRow> rows = new ArrayList<>();
    for (PrismaIdentity rule : PrismaChecks.RULES) {
      List<String> fields = new ArrayList<>();
      fields.add(rule.result().key());
      rule.terms().forEach(t -> fields.add(t.quantity().key()));
      PrismaViolation v = broken.get(rule.id());
      CheckStatus s =
          v != null
              ? CheckStatus.BROKEN
              : applies(rule, counts) ? CheckStatus.HOLDS : CheckStatus.NOT_APPLICABLE;
      rows.add(new CheckRow(rule.id(), s, v != null ? v.message() : rule.rule(), fields));
    }
    return rows;
  }

  /** As {@link PrismaIdentity#check}: the result and at least one field among the terms given. */
  private static boolean applies(PrismaIdentity rule, PrismaCounts counts) {
    return rule.result().in(counts).isPresent()
        && rule.terms().stream()
            .anyMatch(
                t -> t.quantity() instanceof org.winnow.core.prisma.PrismaField f && counts.has(f));
  }

  void show(Snapshot s) {
    String selected = selectedBox.get() == null ? null : selectedBox.get().id();
    snapshot.set(s);
    diagram.set(s.diagram());
    image.set(s.image());
    checks.setAll(s.checks());
    long holding = s.checks().stream().filter(c -> c.status() == CheckStatus.HOLDS).count();
    long brokenCount = s.checks().stream().filter(c -> c.status() == CheckStatus.BROKEN).count();
    checkSummary.set(
        brokenCount == 0
            ? "Every number adds up: " + holding + " rules hold, the others do not apply."
            : brokenCount + (brokenCount == 1 ? " rule is" : " rules are") + " broken.");
    for (ManualRow row : manual) {
      PrismaField f = s.fields().get(row.field());
      row.value().set(f != null && f.manual() ? Long.toString(f.value()) : "");
    }
    error.set("");
    // keep the selection across a redraw when its box is still there
    selectedBox.set(null);
    if (selected != null) {
      s.diagram().boxes().stream()
          .filter(b -> b.id().equals(selected))
          .findFirst()
          .ifPresentOrElse(this::selectBox, this::clearSelection);
    }
  }

  // ------------------------------------------------------------------ selection

  /** Selects the box under a point of the diagram (in points, as the figure is drawn). */
  public void select(double x, double y) {
    PrismaDiagram d = diagram.get();
    if (d == null) {
      return;
    }
    d.boxAt(x, y)
        .filter(b -> !b.fieldNames().isEmpty())
        .ifPresentOrElse(this::selectBox, this::clearSelection);
  }

  /** Lists the items behind a box's counts. */
  public void selectBox(PrismaBox box) {
    Snapshot s = snapshot.get();
    if (s == null || box == null) {
      clearSelection();
      return;
    }
    selectedBox.set(box);
    items.setAll(itemsOf(s.fields(), box.fieldNames()));
    selectionTitle.set(count(items.size()) + " behind “" + firstLine(box) + "”");
  }

  /** Lists the items behind the fields a rule reads. */
  public void selectCheck(CheckRow check) {
    Snapshot s = snapshot.get();
    if (s == null || check == null) {
      return;
    }
    selectedBox.set(null);
    items.setAll(itemsOf(s.fields(), check.fields()));
    selectionTitle.set(count(items.size()) + " behind the rule " + check.id());
  }

  public void clearSelection() {
    selectedBox.set(null);
    items.clear();
    selectionTitle.set("");
  }

  static List<ItemRow> itemsOf(Map<String, PrismaField> fields, List<String> keys) {
    List<ItemRow> rows = new ArrayList<>();
    for (String key : keys) {
      for (String source : PrismaService.sourcesOf(key)) {
        PrismaField f = fields.get(source);
        if (f == null) {
          continue;
        }
        if (f.breakdown().isEmpty()) {
          f.items().forEach(id -> rows.add(new ItemRow(source, "", id)));
        } else {
          f.breakdown()
              .forEach(
                  part ->
                      part.items().forEach(id -> rows.add(new ItemRow(source, part.label(), id))));
        }
      }
    }
    return rows.stream().distinct().toList();
  }

  private static String count(int n) {
    return n + (n == 1 ? " item" : " items");
  }

  private static String firstLine(PrismaBox box) {
    String text = box.text().lines().findFirst().orElse(box.id()).replace('\u00A0', ' ');
    return text.replaceAll("\\s*\\(n = [\\d,]+\\)", "").replaceAll(":$", "");
  }

  // ------------------------------------------------------------------ zoom

  public void zoomIn() {
    setZoom(zoom.get() * ZOOM_STEP);
  }

  public void zoomOut() {
    setZoom(zoom.get() / ZOOM_STEP);
  }

  /** Natural size: one point of the diagram is one pixel. */
  public void actualSize() {
    setZoom(1);
  }

  private void setZoom(double z) {
    fit.set(false);
    zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z)));
  }

  /** Scales the diagram to fit a viewport (in pixels), and keeps fitting when it is resized. */
  public void fitTo(double width, double height) {
    PrismaDiagram d = diagram.get();
    if (d == null || width <= 0 || height <= 0) {
      return;
    }
    fit.set(true);
    zoom.set(
        Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.min(width / d.width(), height / d.height()))));
  }

  // ------------------------------------------------------------------ manual fields and exports

  /** Saves the manual fields that the form changed, then redraws. */
  public void saveManual() {
    ReviewProject p = context.session().project();
    Snapshot s = snapshot.get();
    if (p == null || s == null) {
      return;
    }
    List<String[]> changes = new ArrayList<>();
    for (ManualRow row : manual) {
      PrismaField f = s.fields().get(row.field());
      String old = f != null && f.manual() ? Long.toString(f.value()) : "";
      String now = row.value().get() == null ? "" : row.value().get().strip();
      if (!Objects.equals(old, now)) {
        changes.add(new String[] {row.field(), now.isEmpty() ? null : now});
      }
    }
    if (changes.isEmpty()) {
      status.set("No manual field changed.");
      return;
    }
    context
        .tasks()
        .run(
            "Saving manual PRISMA fields",
            (progress, cancel) -> {
              for (String[] c : changes) {
                p.prisma().setManual(c[0], c[1], actor());
              }
              return load(p);
            },
            loaded -> {
              show(loaded);
              status.set(
                  "Saved " + changes.size() + (changes.size() == 1 ? " field." : " fields."));
            },
            e -> error.set(e.getMessage()));
  }

  /** Writes the current counts as a diagram (SVG, PNG at 300 dpi, PDF), CSV or JSON. */
  public void export(PrismaExport format, Path target) {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    context
        .tasks()
        .run(
            "Exporting the PRISMA "
                + (format == PrismaExport.CSV || format == PrismaExport.JSON
                    ? "counts"
                    : "diagram"),
            (progress, cancel) -> {
              format.write(
                  p.prisma().toCounts(p.prisma().counts()), FigureExporter.DEFAULT_DPI, target);
              return target;
            },
            written ->
                status.set("Exported " + format.extension().toUpperCase() + " to " + written),
            e -> error.set("The export failed: " + e.getMessage()));
  }

  private static String actor() {
    return System.getProperty("user.name", "reviewer");
  }

  // ------------------------------------------------------------------ properties

  public ReadOnlyObjectProperty<Image> imageProperty() {
    return image;
  }

  public ReadOnlyObjectProperty<PrismaDiagram> diagramProperty() {
    return diagram;
  }

  public ReadOnlyObjectProperty<PrismaBox> selectedBoxProperty() {
    return selectedBox;
  }

  public ReadOnlyStringProperty selectionTitleProperty() {
    return selectionTitle;
  }

  public ObservableList<CheckRow> checks() {
    return checks;
  }

  public ObservableList<ItemRow> items() {
    return items;
  }

  public ObservableList<ManualRow> manual() {
    return manual;
  }

  public ReadOnlyStringProperty checkSummaryProperty() {
    return checkSummary;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public DoubleProperty zoomProperty() {
    return zoom;
  }

  public BooleanProperty fitProperty() {
    return fit;
  }

  /** The boxes of the diagram that show counts, for choosing one by keyboard. */
  public List<PrismaBox> countBoxes() {
    PrismaDiagram d = diagram.get();
    return d == null
        ? List.of()
        : d.boxes().stream().filter(b -> !b.fieldNames().isEmpty()).toList();
  }
}
