package org.winnow.core.stats.csv;

import static org.winnow.core.stats.csv.Column.AI;
import static org.winnow.core.stats.csv.Column.BI;
import static org.winnow.core.stats.csv.Column.CI;
import static org.winnow.core.stats.csv.Column.CI_LB;
import static org.winnow.core.stats.csv.Column.CI_UB;
import static org.winnow.core.stats.csv.Column.D;
import static org.winnow.core.stats.csv.Column.DI;
import static org.winnow.core.stats.csv.Column.FAVOURS;
import static org.winnow.core.stats.csv.Column.FI;
import static org.winnow.core.stats.csv.Column.M1I;
import static org.winnow.core.stats.csv.Column.M2I;
import static org.winnow.core.stats.csv.Column.MC1I;
import static org.winnow.core.stats.csv.Column.MC2I;
import static org.winnow.core.stats.csv.Column.MCI;
import static org.winnow.core.stats.csv.Column.N1I;
import static org.winnow.core.stats.csv.Column.N2I;
import static org.winnow.core.stats.csv.Column.NI;
import static org.winnow.core.stats.csv.Column.ORI;
import static org.winnow.core.stats.csv.Column.ORI_LB;
import static org.winnow.core.stats.csv.Column.ORI_UB;
import static org.winnow.core.stats.csv.Column.PI;
import static org.winnow.core.stats.csv.Column.RI;
import static org.winnow.core.stats.csv.Column.SD1I;
import static org.winnow.core.stats.csv.Column.SD2I;
import static org.winnow.core.stats.csv.Column.SDC1I;
import static org.winnow.core.stats.csv.Column.SDC2I;
import static org.winnow.core.stats.csv.Column.SDCI;
import static org.winnow.core.stats.csv.Column.SEI;
import static org.winnow.core.stats.csv.Column.SIGN;
import static org.winnow.core.stats.csv.Column.TI;
import static org.winnow.core.stats.csv.Column.VI;
import static org.winnow.core.stats.csv.Column.YI;

import java.util.List;
import org.winnow.core.io.ImportException;
import org.winnow.core.stats.Intervals;
import org.winnow.core.stats.effect.Reported;

/**
 * The sets of columns that make a complete report, in the order they are tried: the first set whose
 * cells are all filled in is used, so the most informative data win (means before a t, a t before a
 * p). Sizes (n1i, n2i, ni) are shared by several sets and do not identify one.
 */
enum Shape {
  MEANS("group means", List.of(N1I, M1I, SD1I, N2I, M2I, SD2I)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.GroupMeans(
          c.size(N1I), c.number(M1I), c.number(SD1I), c.size(N2I), c.number(M2I), c.number(SD2I));
    }
  },
  CHANGE_SCORES("change scores", List.of(N1I, MC1I, SDC1I, N2I, MC2I, SDC2I)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.ChangeScores(
          c.size(N1I),
          c.number(MC1I),
          c.number(SDC1I),
          c.size(N2I),
          c.number(MC2I),
          c.number(SDC2I));
    }
  },
  T_TEST("independent-groups t", List.of(TI, N1I, N2I)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.TTest(c.number(TI), c.size(N1I), c.size(N2I));
    }
  },
  F_TEST("F (1 numerator df)", List.of(FI, N1I, N2I, SIGN)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.FTest(c.number(FI), c.sign(), c.size(N1I), c.size(N2I));
    }
  },
  P_VALUE("two-sided p", List.of(PI, N1I, N2I, SIGN)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.PValue(c.number(PI), c.sign(), c.size(N1I), c.size(N2I));
    }
  },
  TWO_BY_TWO("2×2 counts", List.of(AI, BI, CI, DI)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.TwoByTwo(c.number(AI), c.number(BI), c.number(CI), c.number(DI));
    }
  },
  ODDS_RATIO("odds ratio with CI", List.of(ORI, ORI_LB, ORI_UB)) {
    @Override
    Reported build(Cells c) throws ImportException {
      boolean sizes = c.has(N1I) && c.has(N2I);
      return new Reported.OddsRatio(
          c.number(ORI),
          c.number(ORI_LB),
          c.number(ORI_UB),
          sizes ? c.size(N1I) : null,
          sizes ? c.size(N2I) : null);
    }
  },
  PRE_POST("one group pre/post", List.of(NI, M1I, M2I, SD1I, SD2I, RI)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.PrePost(
          c.size(NI), c.number(M1I), c.number(M2I), c.number(SD1I), c.number(SD2I), c.number(RI));
    }
  },
  CORRELATION("correlation", List.of(RI, NI)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.Correlation(c.number(RI), c.size(NI));
    }
  },
  ONE_GROUP_CHANGE("one group change", List.of(MCI, SDCI, NI)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.OneGroupChange(c.size(NI), c.number(MCI), c.number(SDCI));
    }
  },
  PAIRED_T("one group paired t", List.of(TI, NI)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.PairedT(c.number(TI), c.size(NI));
    }
  },
  REPORTED_D("reported d", List.of(D, N1I, N2I)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.ReportedD(c.number(D), c.size(N1I), c.size(N2I));
    }
  },
  GIVEN_VI("yi and vi", List.of(YI, VI)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.Given(c.number(YI), c.number(VI));
    }
  },
  GIVEN_SEI("yi and sei", List.of(YI, SEI)) {
    @Override
    Reported build(Cells c) throws ImportException {
      double se = c.number(SEI);
      return new Reported.Given(c.number(YI), se * se);
    }
  },
  GIVEN_CI("yi and 95% CI", List.of(YI, CI_LB, CI_UB)) {
    @Override
    Reported build(Cells c) throws ImportException {
      double lower = c.number(CI_LB);
      double upper = c.number(CI_UB);
      if (!(lower < upper)) {
        throw c.error(CI_LB, "ci_lb must be below ci_ub");
      }
      double se = (upper - lower) / (2 * Intervals.Z);
      return new Reported.Given(c.number(YI), se * se);
    }
  },
  DIRECTION_ONLY("reported direction", List.of(FAVOURS)) {
    @Override
    Reported build(Cells c) throws ImportException {
      return new Reported.DirectionOnly(c.favours(), c.has(NI) ? c.size(NI) : null);
    }
  };

  /** Columns that several shapes share: their presence alone does not point to a shape. */
  static final List<Column> SHARED = List.of(N1I, N2I, NI, SIGN);

  final String label;
  final List<Column> columns;

  Shape(String label, List<Column> columns) {
    this.label = label;
    this.columns = columns;
  }

  abstract Reported build(Cells c) throws ImportException;
}
