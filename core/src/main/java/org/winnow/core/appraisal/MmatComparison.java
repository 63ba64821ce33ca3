package org.winnow.core.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Independent MMAT appraisals of one study side by side: the category (and a mixed-methods study's
 * quantitative component), then every item either appraiser answered. Items disagree when the
 * answers differ; comments are shown, not compared.
 *
 * @param appraisers in the order of each row's values
 */
public record MmatComparison(List<String> appraisers, List<Row> rows) {

  public MmatComparison {
    appraisers = List.copyOf(appraisers);
    rows = List.copyOf(rows);
  }

  /**
   * One item compared.
   *
   * @param item "category", "quantitativeComponent", "S1" or a criterion code
   * @param values each appraiser's answer (label), null when they gave none
   * @param comments each appraiser's comment, null when none
   */
  public record Row(
      String item, String question, List<String> values, List<String> comments, boolean agree) {}

  public List<Row> disagreements() {
    return rows.stream().filter(r -> !r.agree()).toList();
  }

  public boolean agrees() {
    return rows.stream().allMatch(Row::agree);
  }

  public static MmatComparison of(Map<String, MmatAppraisal> byName) {
    if (byName.size() < 2) {
      throw new IllegalArgumentException("a comparison needs two appraisals or more");
    }
    List<String> names = new ArrayList<>(byName.keySet());
    List<MmatAppraisal> all = names.stream().map(byName::get).toList();
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(
            "category",
            "Category of study design",
            all.stream().map(a -> a.category() == null ? null : a.category().label()).toList(),
            null));
    boolean anyMixed = all.stream().anyMatch(a -> a.category() == MmatCategory.MIXED_METHODS);
    if (anyMixed) {
      rows.add(
          row(
              "quantitativeComponent",
              "Quantitative component of the mixed-methods study",
              all.stream()
                  .map(
                      a ->
                          a.quantitativeComponent() == null
                              ? null
                              : a.quantitativeComponent().label())
                  .toList(),
              null));
    }
    Map<MmatCriterion, Boolean> items = new LinkedHashMap<>();
    for (MmatCriterion c : MmatCriterion.values()) {
      for (MmatAppraisal a : all) {
        boolean covered =
            c.isScreening() || a.components().values().stream().anyMatch(l -> l.contains(c));
        if (a.answers().containsKey(c) || (covered && a.screeningConcerns().isEmpty())) {
          items.put(c, true);
        }
      }
    }
    for (MmatCriterion c : items.keySet()) {
      rows.add(
          row(
              c.code(),
              c.question(),
              all.stream().map(a -> a.answer(c).map(x -> x.rating().label()).orElse(null)).toList(),
              all.stream()
                  .map(a -> a.answer(c).map(CriterionAnswer::comment).orElse(null))
                  .toList()));
    }
    return new MmatComparison(names, rows);
  }

  private static Row row(String item, String question, List<String> values, List<String> comments) {
    List<String> v = new ArrayList<>(values);
    boolean agree = v.stream().allMatch(x -> Objects.equals(x, v.get(0)));
    List<String> c = comments == null ? new ArrayList<>() : new ArrayList<>(comments);
    while (c.size() < v.size()) {
      c.add(null);
    }
    return new Row(
        item,
        question,
        java.util.Collections.unmodifiableList(v),
        java.util.Collections.unmodifiableList(c),
        agree);
  }
}
