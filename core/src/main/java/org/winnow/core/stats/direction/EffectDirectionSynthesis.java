package org.winnow.core.stats.direction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.winnow.core.stats.Appraisal;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.Direction;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Reported;

/**
 * Synthesis without meta-analysis by effect direction (SWiM; Boon &amp; Thomson 2021): one
 * direction per study and outcome domain, a sign test per domain.
 *
 * @param domains in order of first appearance
 * @param studies ordered by appraisal (high, moderate, low, none), then input order
 * @param skipped outcomes with no direction (nothing usable reported), with the reason
 */
public record EffectDirectionSynthesis(
    DirectionRule rule,
    List<String> domains,
    List<StudyRow> studies,
    List<SignTest> signTests,
    List<String> skipped) {

  public EffectDirectionSynthesis {
    domains = List.copyOf(domains);
    studies = List.copyOf(studies);
    signTests = List.copyOf(signTests);
    skipped = List.copyOf(skipped);
  }

  /**
   * @throws IllegalArgumentException naming the outcome's source when a domain or the desirable
   *     direction is missing, or a study's rows disagree on its appraisal
   */
  public static EffectDirectionSynthesis of(List<OutcomeRecord> outcomes, DirectionRule rule) {
    Map<String, Map<String, List<OutcomeDirection>>> byStudy = new LinkedHashMap<>();
    Map<String, Appraisal> appraisals = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    LinkedHashSet<String> domains = new LinkedHashSet<>();
    List<String> skipped = new ArrayList<>();
    for (OutcomeRecord o : outcomes) {
      if (o.domain().isBlank()) {
        throw new IllegalArgumentException(
            o.source() + ": field domain: every outcome needs a domain");
      }
      appraise(appraisals, o);
      if (o.reported() == null) {
        skipped.add(o.source() + ": " + o.study() + " / " + o.outcome() + ": " + o.missing());
        continue;
      }
      EffectSize effect = o.reported().effectSize();
      if (effect.n() != null) {
        sizes.merge(o.study(), effect.n(), Math::max);
      }
      OutcomeDirection direction = judge(o, effect);
      if (direction == null) {
        skipped.add(o.source() + ": " + o.study() + " / " + o.outcome() + ": " + effect.notes());
        continue;
      }
      domains.add(o.domain());
      byStudy
          .computeIfAbsent(o.study(), s -> new LinkedHashMap<>())
          .computeIfAbsent(o.domain(), d -> new ArrayList<>())
          .add(direction);
    }
    List<StudyRow> rows = new ArrayList<>();
    byStudy.forEach(
        (study, perDomain) -> {
          Map<String, DomainDirection> cells = new LinkedHashMap<>();
          perDomain.forEach((domain, votes) -> cells.put(domain, vote(study, domain, votes, rule)));
          Integer n = sizes.get(study);
          rows.add(
              new StudyRow(
                  study, n, n == null ? null : SizeBand.of(n), appraisals.get(study), cells));
        });
    rows.sort(
        Comparator.comparing(
            r -> r.appraisal() == null ? Appraisal.values().length : r.appraisal().ordinal()));
    List<SignTest> tests = new ArrayList<>();
    for (String domain : domains) {
      int[] counts = new int[Direction.values().length];
      for (StudyRow r : rows) {
        DomainDirection cell = r.domains().get(domain);
        if (cell != null) {
          counts[cell.direction().ordinal()]++;
        }
      }
      tests.add(
          SignTest.of(
              domain,
              counts[Direction.BENEFIT.ordinal()],
              counts[Direction.HARM.ordinal()],
              counts[Direction.NO_CLEAR.ordinal()]));
    }
    return new EffectDirectionSynthesis(rule, new ArrayList<>(domains), rows, tests, skipped);
  }

  private static void appraise(Map<String, Appraisal> appraisals, OutcomeRecord o) {
    if (o.appraisal() == null) {
      return;
    }
    Appraisal before = appraisals.putIfAbsent(o.study(), o.appraisal());
    if (before != null && before != o.appraisal()) {
      throw new IllegalArgumentException(
          o.source()
              + ": field appraisal: study "
              + o.study()
              + " was appraised "
              + before.id()
              + " on an earlier row, "
              + o.appraisal().id()
              + " here");
    }
  }

  /** One outcome's direction, or null when it has neither an effect nor a reported direction. */
  private static OutcomeDirection judge(OutcomeRecord o, EffectSize effect) {
    if (o.reported() instanceof Reported.DirectionOnly only) {
      Direction d = Direction.of(only.favours());
      return new OutcomeDirection(
          o, effect, d, null, "reported as favouring " + only.favours().id());
    }
    if (!effect.computed()) {
      return null;
    }
    if (o.desirable() == null) {
      throw new IllegalArgumentException(
          o.source()
              + ": field desirable: say whether higher or lower is better to judge the direction of "
              + o.study()
              + " / "
              + o.outcome());
    }
    double y = effect.yi().value();
    Direction d = Direction.of(y, o.desirable());
    String reason =
        String.format(
            Locale.ROOT, "%s = %.3f, %s is better", effect.measure().id(), y, o.desirable().id());
    return new OutcomeDirection(o, effect, d, effect.yi().ciIncludesZero(), reason);
  }

  static DomainDirection vote(
      String study, String domain, List<OutcomeDirection> votes, DirectionRule rule) {
    if (votes.size() == 1) {
      OutcomeDirection only = votes.get(0);
      if (rule.singleOutcomeUsesInterval() && Boolean.TRUE.equals(only.ciIncludesZero())) {
        return new DomainDirection(
            study,
            domain,
            Direction.NO_CLEAR,
            votes,
            "single outcome, 95% CI includes 0 (" + only.reason() + ")");
      }
      return new DomainDirection(
          study, domain, only.direction(), votes, "single outcome (" + only.reason() + ")");
    }
    int n = votes.size();
    for (Direction d : List.of(Direction.BENEFIT, Direction.HARM)) {
      long agree = votes.stream().filter(v -> v.direction() == d).count();
      if (agree * 100 >= (long) DirectionRule.AGREEMENT_PERCENT * n) {
        return new DomainDirection(
            study,
            domain,
            d,
            votes,
            String.format(
                Locale.ROOT,
                "%d of %d outcomes (%.0f%%) %s",
                agree,
                n,
                100.0 * agree / n,
                d.label()));
      }
    }
    return new DomainDirection(
        study,
        domain,
        Direction.NO_CLEAR,
        votes,
        String.format(
            Locale.ROOT,
            "fewer than %d%% of %d outcomes agree: mixed",
            DirectionRule.AGREEMENT_PERCENT,
            n));
  }
}
