package org.winnow.core.stats.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.winnow.core.io.csv.CsvExporter;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.Direction;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Estimate;
import org.winnow.core.stats.effect.Magnitude;
import org.winnow.core.stats.effect.Reported;

/**
 * The columns Winnow adds to a batch file and the CSV it writes: the input's own columns first,
 * unchanged (a column of the same name as an added one is replaced), then the added ones.
 */
public final class EffectSizeOutput {
  /** Added columns, in order; docs/effect-sizes.md defines each. */
  public static final List<String> ADDED =
      List.of(
          "d",
          "g",
          "yi",
          "vi",
          "sei",
          "ci_lb",
          "ci_ub",
          "measure",
          "method",
          "magnitude",
          "direction",
          "d_vi",
          "j",
          "n",
          "notes");

  /** Cells that are a plain number are written as they are; anything else is guarded. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");

  private EffectSizeOutput() {}

  /** The added fields of one outcome: numbers (n an Integer), text as String, null when unknown. */
  public static Map<String, Object> fields(OutcomeRecord outcome, EffectSize e) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("d", value(e.d()));
    f.put("g", value(e.g()));
    f.put("yi", value(e.yi()));
    f.put("vi", e.yi() == null ? null : e.yi().variance());
    f.put("sei", e.yi() == null ? null : e.yi().se());
    f.put("ci_lb", e.yi() == null ? null : e.yi().lower());
    f.put("ci_ub", e.yi() == null ? null : e.yi().upper());
    f.put("measure", e.measure() == null ? null : e.measure().id());
    f.put("method", e.conversion().id());
    Magnitude m = e.magnitude();
    f.put("magnitude", m == null ? null : m.id());
    Direction direction = direction(outcome, e);
    f.put("direction", direction == null ? null : direction.id());
    f.put("d_vi", e.d() == null ? null : e.d().variance());
    f.put("j", e.j());
    f.put("n", e.n());
    f.put("notes", e.notes().isEmpty() ? null : String.join("; ", e.notes()));
    return f;
  }

  /** Sign relative to the desirable direction (no significance), or what the study reported. */
  public static Direction direction(OutcomeRecord outcome, EffectSize e) {
    if (outcome.reported() instanceof Reported.DirectionOnly only) {
      return Direction.of(only.favours());
    }
    if (!e.computed() || outcome.desirable() == null) {
      return null;
    }
    return Direction.of(e.yi().value(), outcome.desirable());
  }

  public static void write(OutcomeTable table, Writer out) throws IOException {
    List<Integer> kept = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      String name = table.header().get(i);
      if (!ADDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        kept.add(i);
        header.add(name);
      }
    }
    header.addAll(ADDED);
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
    printer.printRecord(header.stream().map(CsvExporter::guard).toList());
    for (OutcomeTable.Row row : table.rows()) {
      List<String> cells = new ArrayList<>();
      for (int i : kept) {
        cells.add(guard(i < row.cells().size() ? row.cells().get(i) : ""));
      }
      OutcomeRecord o = row.outcome();
      for (Object v : fields(o, o.effectSize()).values()) {
        cells.add(format(v));
      }
      printer.printRecord(cells);
    }
    printer.flush();
  }

  private static Double value(Estimate e) {
    return e == null ? null : e.value();
  }

  private static String format(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Integer n) {
      return n.toString();
    }
    if (v instanceof Double x) {
      return x == Math.rint(x) && Math.abs(x) < 1e15
          ? Long.toString((long) (double) x)
          : x.toString();
    }
    return CsvExporter.guard(v.toString());
  }

  private static String guard(String cell) {
    return PLAIN_NUMBER.matcher(cell.strip()).matches() ? cell : CsvExporter.guard(cell);
  }
}
