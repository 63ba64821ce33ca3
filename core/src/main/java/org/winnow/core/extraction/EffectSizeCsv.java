package org.winnow.core.extraction;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;

/**
 * The final outcome data of every study as the effect-size batch file ({@code winnow effect-size
 * --input}): one row per study, outcome, time point and comparison, with metafor's column names.
 * Group 1 is the intervention arm, group 2 the control arm. A comparison is what the outcome-data
 * form lists under "comparisons"; where it lists none for an outcome and time point, the arm
 * entered with role intervention is compared with the arm entered with role control (when there is
 * exactly one of each). The arms' roles give a comparison of their own beside the reported ones, so
 * a reported comparison of other arms does not hide it; {@code comparison_source} says which a row
 * is. Every comparison that cannot be written is returned with why. docs/extraction.md gives the
 * mapping.
 */
public final class EffectSizeCsv {
  public static final List<String> COLUMNS =
      List.of(
          "study",
          "study_id",
          "outcome",
          "time_point",
          "domain",
          "desirable",
          "intervention",
          "control",
          "n1i",
          "m1i",
          "sd1i",
          "n2i",
          "m2i",
          "sd2i",
          "ai",
          "bi",
          "ci",
          "di",
          "ti",
          "fi",
          "pi",
          "favours",
          "ori",
          "ori_lb",
          "ori_ub",
          "ri",
          "ni",
          "status",
          "note",
          "comparison_source");

  private EffectSizeCsv() {}

  /**
   * What an export wrote: the rows, and every comparison it could not write, with why.
   *
   * @param rows how many rows were written
   * @param skipped the comparisons left out, in study order
   */
  public record Written(int rows, List<Skipped> skipped) {
    public Written {
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * A comparison the export could not write.
   *
   * @param studyId the study's id
   * @param study the study's label
   * @param outcome the outcome as entered
   * @param timePoint the time point as entered
   * @param reason why no row was written, in words
   */
  public record Skipped(
      String studyId, String study, String outcome, String timePoint, String reason) {}

  /** What a row's comparison came from: the comparisons section, or the arms' roles. */
  static final String REPORTED = "reported";

  static final String ARM_ROLES = "arm-roles";

  /** Writes the rows of every result of the outcome-data form that has final answers. */
  public static Written write(List<FormResult> results, Writer out) throws IOException {
    CSVPrinter p = ExtractionExport.printer(out, COLUMNS);
    int rows = 0;
    List<Skipped> skipped = new ArrayList<>();
    for (FormResult r : results) {
      if (!r.template().id().equals(BuiltInTemplates.OUTCOME_DATA) || !r.status().hasFinal()) {
        continue;
      }
      for (List<String> row : rows(r, skipped)) {
        ExtractionExport.print(p, row);
        rows++;
      }
    }
    p.flush();
    return new Written(rows, skipped);
  }

  /**
   * One study's rows as cells in {@link #COLUMNS} order; what cannot be written is added to {@code
   * skipped}. The project's synthesis reads these rows, so the file and the project agree.
   */
  public static List<List<String>> rows(FormResult r, List<Skipped> skipped) {
    FormAnswers a = r.finalAnswers();
    Map<String, FormAnswers.Instance> outcomes = new LinkedHashMap<>();
    for (FormAnswers.Instance o : a.instances("outcomes")) {
      outcomes.put(key(text(o, "outcome")), o);
    }
    Map<String, FormAnswers.Instance> arms = new LinkedHashMap<>();
    Map<String, List<FormAnswers.Instance>> armsAt = new LinkedHashMap<>();
    for (FormAnswers.Instance arm : a.instances("arm_results")) {
      String at = key(text(arm, "outcome"), text(arm, "time_point"));
      arms.put(key(text(arm, "outcome"), text(arm, "time_point"), text(arm, "arm")), arm);
      armsAt.computeIfAbsent(at, k -> new ArrayList<>()).add(arm);
    }
    List<Comparison> comparisons = new ArrayList<>();
    List<String> compared = new ArrayList<>();
    for (FormAnswers.Instance c : a.instances("comparisons")) {
      Comparison reported =
          new Comparison(
              text(c, "outcome"),
              text(c, "time_point"),
              text(c, "intervention_arm"),
              text(c, "control_arm"),
              c,
              REPORTED,
              "");
      comparisons.add(reported);
      compared.add(reported.key());
    }
    armsAt.forEach(
        (at, list) -> {
          FormAnswers.Instance first = list.get(0);
          List<FormAnswers.Instance> intervention = withRole(list, "intervention");
          List<FormAnswers.Instance> control = withRole(list, "control");
          boolean reportedHere = compared.stream().anyMatch(k -> k.startsWith(at + "\u0000"));
          String why = null;
          if (intervention.size() == 1 && control.size() == 1) {
            FormAnswers.Instance i = intervention.get(0);
            Comparison byRoles =
                new Comparison(
                    text(i, "outcome"),
                    text(i, "time_point"),
                    text(i, "arm"),
                    text(control.get(0), "arm"),
                    null,
                    ARM_ROLES,
                    "arms compared by their roles");
            if (compared.contains(byRoles.key())) {
              why =
                  "the arms' roles give the same arms as the reported comparison, written once"
                      + " as that row";
            } else {
              comparisons.add(byRoles);
            }
          } else if (!intervention.isEmpty() || !control.isEmpty()) {
            why =
                intervention.size()
                    + " arm"
                    + (intervention.size() == 1 ? "" : "s")
                    + " with role intervention and "
                    + control.size()
                    + " with role control: the roles compare exactly one of each; enter the"
                    + " comparison under comparisons";
          } else if (!reportedHere) {
            why =
                "no comparison entered and no arm has the role intervention or control: enter the"
                    + " comparison, or the arms' roles";
          }
          if (why != null) {
            skipped.add(
                new Skipped(
                    r.study().id(),
                    r.study().label(),
                    text(first, "outcome"),
                    text(first, "time_point"),
                    why));
          }
        });
    for (FormAnswers.Instance o : a.instances("outcomes")) {
      String name = key(text(o, "outcome"));
      boolean hasResults =
          a.instances("arm_results").stream().anyMatch(x -> key(text(x, "outcome")).equals(name))
              || comparisons.stream().anyMatch(c -> key(c.outcome()).equals(name));
      if (!hasResults) {
        skipped.add(
            new Skipped(
                r.study().id(),
                r.study().label(),
                text(o, "outcome"),
                "",
                "no results entered for this outcome: enter its arm results or a comparison"));
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (Comparison c : comparisons) {
      FormAnswers.Instance outcome = outcomes.get(key(c.outcome()));
      FormAnswers.Instance arm1 = arms.get(key(c.outcome(), c.timePoint(), c.intervention()));
      FormAnswers.Instance arm2 = arms.get(key(c.outcome(), c.timePoint(), c.control()));
      List<String> notes = new ArrayList<>();
      if (!c.note().isEmpty()) {
        notes.add(c.note());
      }
      List<String> row = new ArrayList<>();
      row.add(r.study().label());
      row.add(r.study().id());
      row.add(c.outcome());
      row.add(c.timePoint());
      row.add(outcome == null ? "" : text(outcome, "domain"));
      row.add(outcome == null ? "" : text(outcome, "desirable"));
      row.add(c.intervention());
      row.add(c.control());
      Arm g1 = arm(arm1, c.intervention(), notes);
      Arm g2 = arm(arm2, c.control(), notes);
      row.addAll(List.of(g1.n(), g1.mean(), g1.sd(), g2.n(), g2.mean(), g2.sd()));
      // metafor's 2x2 order: ai, bi (group 1 events, non-events), ci, di (group 2)
      row.addAll(List.of(g1.events(), g1.nonEvents(), g2.events(), g2.nonEvents()));
      FormAnswers.Instance s = c.statistics();
      for (String f :
          List.of("t", "f", "p", "favours", "odds_ratio", "or_lower", "or_upper", "r", "n_total")) {
        row.add(s == null ? "" : text(s, f));
      }
      row.add(r.status().id());
      row.add(String.join("; ", notes));
      row.add(c.source());
      out.add(row);
    }
    return out;
  }

  /** Rows (from {@link #rows}) as CSV text under the header, as {@link #write} writes them. */
  public static String csv(List<List<String>> rows) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      CSVPrinter p = ExtractionExport.printer(out, COLUMNS);
      for (List<String> row : rows) {
        ExtractionExport.print(p, row);
      }
      p.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The column of a row's cell, by its name in {@link #COLUMNS}. */
  public static String cell(List<String> row, String column) {
    int i = COLUMNS.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + column);
    }
    return row.get(i);
  }

  /**
   * A comparison to write: its arms, the statistics reported for it (null when derived from the
   * arms' roles), and where it came from ({@link #REPORTED} or {@link #ARM_ROLES}).
   */
  private record Comparison(
      String outcome,
      String timePoint,
      String intervention,
      String control,
      FormAnswers.Instance statistics,
      String source,
      String note) {
    /** Outcome, time point and arms, regardless of case and spacing. */
    String key() {
      return EffectSizeCsv.key(outcome, timePoint, intervention, control);
    }
  }

  /** One arm's cells: n, mean, SD, events and non-events (empty when not given). */
  private record Arm(String n, String mean, String sd, String events, String nonEvents) {}

  private static Arm arm(FormAnswers.Instance arm, String name, List<String> notes) {
    if (arm == null) {
      notes.add("no results entered for arm '" + name + "'");
      return new Arm("", "", "", "", "");
    }
    String n = text(arm, "n");
    String total = text(arm, "total").isEmpty() ? n : text(arm, "total");
    String events = text(arm, "events");
    String nonEvents = "";
    if (!events.isEmpty() && !total.isEmpty()) {
      long e = Long.parseLong(events);
      long t = Long.parseLong(total);
      if (e > t) {
        notes.add("arm '" + name + "' has more events (" + e + ") than participants (" + t + ")");
      } else {
        nonEvents = Long.toString(t - e);
      }
    }
    return new Arm(n.isEmpty() ? total : n, text(arm, "mean"), text(arm, "sd"), events, nonEvents);
  }

  private static List<FormAnswers.Instance> withRole(List<FormAnswers.Instance> arms, String role) {
    return arms.stream().filter(a -> text(a, "role").equals(role)).toList();
  }

  /**
   * A field's answer as a cell: empty when unanswered or not reported; a number keeps its unit (a
   * time point of 6 months is not one of 6 weeks).
   */
  private static String text(FormAnswers.Instance instance, String field) {
    Optional<FieldValue> v = instance.value(field);
    if (v.isEmpty() || v.get() instanceof FieldValue.NotReported) {
      return "";
    }
    return v.get().display();
  }

  /** Names match across sections regardless of case and spacing. */
  private static String key(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      out.add(p.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
    }
    return String.join("\u0000", out);
  }
}
