package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.winnow.core.project.AgreementReport;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.screening.agreement.AlphaResult;
import org.winnow.core.screening.agreement.KappaResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "agreement",
    description = {
      "Agreement at a stage: Cohen's kappa with 95%% CI, percent agreement and PABAK for "
          + "every reviewer pair (with the table behind it), and Krippendorff's alpha "
          + "(nominal) across reviewers."
    })
final class AgreementCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StageOption stage;

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.openToRead()) {
      AgreementReport r = p.screening().agreement(stage.stage);
      var out = spec.commandLine().getOut();
      if (project.json) {
        Output.json(out, json(r));
        return ExitCodes.OK;
      }
      out.printf(
          "Agreement at %s (categories: %s)%n",
          r.stage().cliName(), String.join(", ", r.categories()));
      for (AgreementReport.PairKappa pk : r.pairs()) {
        KappaResult k = pk.kappa();
        out.printf(
            "  %s × %s: n %d, agreement %.1f%%, kappa %s (95%% CI %s to %s), PABAK %s%n",
            pk.reviewerA(),
            pk.reviewerB(),
            k.n(),
            100 * k.percentAgreement(),
            num(k.kappa()),
            num(k.ciLow()),
            num(k.ciHigh()),
            num(k.pabak()));
        printTable(out, pk.reviewerA(), pk.reviewerB(), r.categories(), k.table());
      }
      AlphaResult a = r.alpha();
      if (!r.revisions().isEmpty()) {
        out.printf(
            "  Revised after unblinding (outcomes follow these; agreement uses the first"
                + " independent decisions):%n");
        for (AgreementReport.Revision rev : r.revisions()) {
          out.printf(
              "      %s: %s %s → %s%s%n",
              String.join(", ", rev.recordIds()),
              rev.reviewer(),
              rev.independent().cliName(),
              rev.latest().cliName(),
              rev.conflictAtFirst() ? " (was a conflict)" : "");
        }
      }
      out.printf(
          "  Krippendorff's alpha (nominal): %s (95%% bootstrap CI %s to %s; %d units, %d values)%n",
          num(a.alpha()), num(a.ciLow()), num(a.ciHigh()), a.units(), a.pairableValues());
    }
    return ExitCodes.OK;
  }

  /**
   * The pair's table with its headers: reviewer A's decisions are the rows, B's the columns, as the
   * corner cell "A \ B" says.
   */
  private static void printTable(
      java.io.PrintWriter out, String a, String b, List<String> categories, long[][] table) {
    String corner = a + " \\ " + b;
    int first = corner.length();
    int width = 8;
    for (String c : categories) {
      first = Math.max(first, c.length());
      width = Math.max(width, c.length() + 2);
    }
    StringBuilder header = new StringBuilder(String.format("      %-" + first + "s", corner));
    for (String c : categories) {
      header.append(String.format("%" + width + "s", c));
    }
    out.println(header);
    for (int i = 0; i < table.length; i++) {
      StringBuilder row =
          new StringBuilder(String.format("      %-" + first + "s", categories.get(i)));
      for (long v : table[i]) {
        row.append(String.format("%" + width + "d", v));
      }
      out.println(row);
    }
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "undefined" : String.format("%.3f", v);
  }

  private static Double value(double v) {
    return Double.isNaN(v) ? null : v;
  }

  static Map<String, Object> json(AgreementReport r) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("stage", r.stage().cliName());
    j.put("categories", r.categories());
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (AgreementReport.PairKappa pk : r.pairs()) {
      KappaResult k = pk.kappa();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("reviewerA", pk.reviewerA());
      m.put("reviewerB", pk.reviewerB());
      m.put("n", k.n());
      m.put("table", k.table());
      m.put("percentAgreement", value(k.percentAgreement()));
      m.put("expectedAgreement", value(k.expectedAgreement()));
      m.put("kappa", value(k.kappa()));
      m.put("standardError", value(k.standardError()));
      m.put("ciLow", value(k.ciLow()));
      m.put("ciHigh", value(k.ciHigh()));
      m.put("pabak", value(k.pabak()));
      m.put("status", k.status().name().toLowerCase());
      pairs.add(m);
    }
    j.put("pairs", pairs);
    AlphaResult a = r.alpha();
    Map<String, Object> alpha = new LinkedHashMap<>();
    alpha.put("alpha", value(a.alpha()));
    alpha.put("ciLow", value(a.ciLow()));
    alpha.put("ciHigh", value(a.ciHigh()));
    alpha.put("units", a.units());
    alpha.put("pairableValues", a.pairableValues());
    alpha.put("valueCounts", a.valueCounts());
    alpha.put("bootstrapSamples", a.bootstrapSamples());
    alpha.put("seed", a.seed());
    alpha.put("status", a.status().name().toLowerCase());
    j.put("alpha", alpha);
    List<Map<String, Object>> revisions = new ArrayList<>();
    for (AgreementReport.Revision rev : r.revisions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("recordIds", rev.recordIds());
      m.put("reviewer", rev.reviewer());
      m.put("independent", rev.independent().cliName());
      m.put("latest", rev.latest().cliName());
      m.put("conflictAtFirst", rev.conflictAtFirst());
      revisions.add(m);
    }
    j.put("revisions", revisions);
    return j;
  }
}
