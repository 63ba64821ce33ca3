package org.winnow.core.appraisal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One MMAT 2018 appraisal of one study: the screening answers, the category, and the criteria of
 * that category (for a mixed-methods study also the qualitative criteria and those of one
 * quantitative category). No overall score: the MMAT 2018 user guide discourages one.
 *
 * @param category null only when screening stopped the appraisal before a category was chosen
 * @param quantitativeComponent for a mixed-methods study, the category its quantitative part is
 *     appraised with (randomized, non-randomized or descriptive); else null
 * @param answers item → answer, in item order
 */
public record MmatAppraisal(
    MmatCategory category,
    MmatCategory quantitativeComponent,
    Map<MmatCriterion, CriterionAnswer> answers,
    String note) {

  /** The tool's id in storage and exports. */
  public static final String TOOL = "mmat-2018";

  public MmatAppraisal {
    answers = Collections.unmodifiableMap(new EnumMap<>(answers));
  }

  public Optional<CriterionAnswer> answer(MmatCriterion c) {
    return Optional.ofNullable(answers.get(c));
  }

  /** The screening questions not answered Yes (No or Can't tell). */
  public List<MmatCriterion> screeningConcerns() {
    List<MmatCriterion> out = new ArrayList<>();
    for (MmatCriterion s : List.of(MmatCriterion.S1, MmatCriterion.S2)) {
      CriterionAnswer a = answers.get(s);
      if (a != null && a.rating() != MmatRating.YES) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The screening rule of MMAT 2018: when a screening question is answered No or Can't tell,
   * further appraisal may not be feasible or appropriate. Empty when both are Yes.
   */
  public Optional<String> screeningWarning() {
    List<MmatCriterion> concerns = screeningConcerns();
    if (concerns.isEmpty()) {
      return Optional.empty();
    }
    List<String> said = new ArrayList<>();
    for (MmatCriterion s : concerns) {
      said.add(s.code() + " answered " + answers.get(s).rating().label());
    }
    return Optional.of(
        String.join(", ", said) + ": further appraisal may not be feasible or appropriate");
  }

  /**
   * The criteria this appraisal covers, by component (category, then for mixed methods 1.x and the
   * quantitative one).
   */
  public Map<MmatCategory, List<MmatCriterion>> components() {
    return components(category, quantitativeComponent);
  }

  public static Map<MmatCategory, List<MmatCriterion>> components(
      MmatCategory category, MmatCategory quantitative) {
    Map<MmatCategory, List<MmatCriterion>> out = new LinkedHashMap<>();
    if (category == null) {
      return out;
    }
    out.put(category, category.criteria());
    if (category == MmatCategory.MIXED_METHODS) {
      out.put(MmatCategory.QUALITATIVE, MmatCategory.QUALITATIVE.criteria());
      if (quantitative != null) {
        out.put(quantitative, quantitative.criteria());
      }
    }
    return out;
  }

  /**
   * How many criteria of each component were answered Yes, out of five. For description only: this
   * is not a quality score, and the MMAT 2018 user guide advises against summing criteria into one.
   */
  public Map<MmatCategory, Integer> criteriaMet() {
    Map<MmatCategory, Integer> out = new LinkedHashMap<>();
    components()
        .forEach(
            (component, criteria) ->
                out.put(
                    component,
                    (int)
                        criteria.stream()
                            .filter(
                                c -> answer(c).map(a -> a.rating() == MmatRating.YES).orElse(false))
                            .count()));
    return out;
  }
}
