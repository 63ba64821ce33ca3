package org.winnow.core.stats.pooling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.winnow.core.stats.OutcomeRecord;
import org.winnow.core.stats.effect.Desirable;
import org.winnow.core.stats.effect.EffectSize;
import org.winnow.core.stats.effect.Measure;

/**
 * Which outcomes of a chosen set go into one meta-analysis, which are left out and why, and whether
 * the rest may be pooled at all ({@link Poolability}). One rule for every caller: the batch file,
 * the project and the window choose their outcomes, then pool through here.
 *
 * @param members the outcomes with an effect size, in input order
 * @param excluded the outcomes without one, with why
 * @param warnings what a reader of the pooled estimate should know (a study with several rows,
 *     one-group changes pooled with two-group differences)
 * @param poolability whether the members may be pooled into one estimate
 */
public record PoolSelection(
    List<Member> members, List<LeftOut> excluded, List<String> warnings, Poolability poolability) {

  /**
   * An outcome that is pooled.
   *
   * @param index its position in the list given to {@link #of}
   */
  public record Member(int index, OutcomeRecord outcome, EffectSize effect) {}

  /**
   * An outcome left out of the pooling.
   *
   * @param index its position in the list given to {@link #of}
   */
  public record LeftOut(int index, OutcomeRecord outcome, String reason) {}

  /** One pooled study with its weight, in the order of {@link #members()}. */
  public record Weighted(Member member, double weight) {}

  /** The pooled estimate, the measure it is on and each study's weight. */
  public record Pooled(
      PooledEffect effect, Measure measure, Desirable better, List<Weighted> studies) {
    public Pooled {
      studies = List.copyOf(studies);
    }
  }

  public PoolSelection {
    members = List.copyOf(members);
    excluded = List.copyOf(excluded);
    warnings = List.copyOf(warnings);
  }

  /**
   * Sorts the chosen outcomes into members and left-out ones.
   *
   * @param outcomesChosen whether the reviewer named the outcomes (then several may be pooled)
   */
  public static PoolSelection of(List<OutcomeRecord> outcomes, boolean outcomesChosen) {
    List<Member> members = new ArrayList<>();
    List<LeftOut> excluded = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> labels = new LinkedHashSet<>();
    List<Poolability.Candidate> candidates = new ArrayList<>();
    boolean oneGroup = false;
    boolean twoGroups = false;
    for (int i = 0; i < outcomes.size(); i++) {
      OutcomeRecord o = outcomes.get(i);
      EffectSize e = o.effectSize();
      if (!e.computed()) {
        String why = e.notes().isEmpty() ? "direction only, no effect size" : e.notes().get(0);
        excluded.add(new LeftOut(i, o, why));
        continue;
      }
      candidates.add(new Poolability.Candidate(o.outcome(), e.measure(), o.desirable()));
      if (e.conversion().oneGroup()) {
        oneGroup = true;
      } else if (e.measure() != Measure.GIVEN) {
        twoGroups = true;
      }
      if (!labels.add(o.study())) {
        warnings.add(
            o.source()
                + ": study "
                + o.study()
                + " contributes more than one row: are they independent?");
      }
      members.add(new Member(i, o, e));
    }
    if (oneGroup && twoGroups) {
      warnings.add(
          "one-group standardised mean changes are pooled with two-group differences:"
              + " they are on different metrics");
    }
    return new PoolSelection(
        members, excluded, warnings, Poolability.check(candidates, outcomesChosen));
  }

  /**
   * Pools the members.
   *
   * @throws IllegalStateException when they may not be pooled or there are none: check {@link
   *     #poolability()} and {@link #members()} first
   */
  public Pooled pool(PoolingMethod method) {
    if (!poolability.poolable() || members.isEmpty()) {
      throw new IllegalStateException(members.isEmpty() ? "nothing to pool" : poolability.reason());
    }
    List<StudyEffect> studies = new ArrayList<>();
    Set<Desirable> desirable = new LinkedHashSet<>();
    for (Member m : members) {
      studies.add(
          new StudyEffect(
              m.outcome().study(), m.effect().yi().value(), m.effect().yi().variance()));
      desirable.add(m.outcome().desirable());
    }
    PooledEffect p = MetaAnalysis.pool(studies, method);
    List<Weighted> weighted = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      weighted.add(new Weighted(members.get(i), p.weights().get(i)));
    }
    Desirable better = desirable.size() == 1 ? desirable.iterator().next() : null;
    return new Pooled(p, members.get(0).effect().measure(), better, weighted);
  }
}
