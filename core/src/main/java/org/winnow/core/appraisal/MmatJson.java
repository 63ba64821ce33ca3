package org.winnow.core.appraisal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.json.LocatedJson;
import org.winnow.core.io.json.Problems;

/**
 * An MMAT 2018 appraisal as JSON ({@link #FORMAT}), the same shape in an answers file, in the
 * database and in exports:
 *
 * <pre>{"screening": {"S1": "yes", "S2": {"answer": "can't tell", "comment": "..."}},
 *  "category": "mixed-methods", "quantitativeComponent": "non-randomized",
 *  "criteria": {"5.1": "yes", "1.1": {"answer": "no", "comment": "..."}, ...},
 *  "note": "..."}</pre>
 *
 * Every problem is found in one pass and named by line and item.
 */
public final class MmatJson {
  public static final String FORMAT = "winnow-mmat-2018/1";

  private static final Set<String> ENTRIES =
      Set.of("format", "screening", "category", "quantitativeComponent", "criteria", "note");

  private MmatJson() {}

  public static MmatAppraisal read(String file, String text) throws ImportException {
    LocatedJson doc = LocatedJson.parse(file, text);
    JsonNode root = doc.root();
    if (!root.isObject()) {
      throw doc.error("", null, "expected a JSON object with \"screening\" and \"criteria\"");
    }
    Problems problems = new Problems();
    JsonNode format = root.get("format");
    if (format != null && !format.asText().equals(FORMAT)) {
      problems.add(
          "/format", "format", "expected \"" + FORMAT + "\", got \"" + format.asText() + "\"");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!ENTRIES.contains(name)) {
        problems.add(
            "/" + LocatedJson.segment(name),
            name,
            "unknown entry; an MMAT appraisal has screening, category, quantitativeComponent,"
                + " criteria and note");
      }
    }
    Map<MmatCriterion, CriterionAnswer> answers = new EnumMap<>(MmatCriterion.class);
    Set<MmatCriterion> given = java.util.EnumSet.noneOf(MmatCriterion.class);
    items(root.path("screening"), "/screening", true, answers, given, problems);
    items(root.path("criteria"), "/criteria", false, answers, given, problems);
    for (MmatCriterion s : List.of(MmatCriterion.S1, MmatCriterion.S2)) {
      if (!given.contains(s)) {
        problems.add(
            "/screening",
            "screening." + s.code(),
            "screening question "
                + s.code()
                + " ("
                + s.question()
                + ") needs Yes, No or Can't tell");
      }
    }
    boolean screened =
        answers.containsKey(MmatCriterion.S1)
            && answers.containsKey(MmatCriterion.S2)
            && answers.get(MmatCriterion.S1).rating() == MmatRating.YES
            && answers.get(MmatCriterion.S2).rating() == MmatRating.YES;
    MmatCategory category = category(root, "category", problems);
    MmatCategory quantitative = category(root, "quantitativeComponent", problems);
    if (category == null && screened && !root.hasNonNull("category")) {
      problems.add(
          "/category",
          "category",
          "give the category: qualitative, randomized, non-randomized, descriptive or"
              + " mixed-methods");
    }
    if (category == MmatCategory.MIXED_METHODS) {
      if (quantitative == null && !root.hasNonNull("quantitativeComponent")) {
        problems.add(
            "/quantitativeComponent",
            "quantitativeComponent",
            "a mixed-methods study is also appraised on its quantitative component: give"
                + " randomized, non-randomized or descriptive");
      } else if (quantitative != null && !quantitative.isQuantitative()) {
        problems.add(
            "/quantitativeComponent",
            "quantitativeComponent",
            "the quantitative component is randomized, non-randomized or descriptive, not "
                + quantitative.id());
      }
    } else if (category != null && root.hasNonNull("quantitativeComponent")) {
      problems.add(
          "/quantitativeComponent",
          "quantitativeComponent",
          "only mixed-methods studies have a quantitative component");
    }
    Map<MmatCategory, List<MmatCriterion>> components =
        MmatAppraisal.components(category, quantitative);
    List<MmatCriterion> expected = components.values().stream().flatMap(List::stream).toList();
    for (MmatCriterion c : answers.keySet()) {
      if (!c.isScreening() && category != null && !expected.contains(c)) {
        problems.add(
            "/criteria/" + LocatedJson.segment(c.code()),
            "criteria." + c.code(),
            c.code()
                + " is a criterion of "
                + c.category().label().toLowerCase(java.util.Locale.ROOT)
                + " studies; this study is appraised on "
                + String.join(
                    ", ", components.keySet().stream().map(k -> k.number() + ".x").toList()));
      }
      if (!c.isScreening() && category == null && !root.hasNonNull("category")) {
        problems.add(
            "/criteria/" + LocatedJson.segment(c.code()),
            "criteria." + c.code(),
            "criteria need the category they belong to: give \"category\"");
      }
    }
    if (screened) {
      List<String> missing = new ArrayList<>();
      for (MmatCriterion c : expected) {
        if (!given.contains(c)) {
          missing.add(c.code());
        }
      }
      if (!missing.isEmpty()) {
        problems.add(
            "/criteria",
            "criteria",
            "no answer to "
                + String.join(", ", missing)
                + " (every criterion of the study's components is answered Yes, No or Can't tell)");
      }
    }
    JsonNode note = root.get("note");
    problems.throwIfAny(doc);
    return new MmatAppraisal(
        category, quantitative, answers, note == null || note.isNull() ? null : note.asText());
  }

  private static MmatCategory category(JsonNode root, String entry, Problems problems) {
    JsonNode n = root.get(entry);
    if (n == null || n.isNull()) {
      return null;
    }
    try {
      return MmatCategory.parse(n.asText());
    } catch (IllegalArgumentException e) {
      problems.add("/" + entry, entry, e.getMessage());
      return null;
    }
  }

  private static void items(
      JsonNode node,
      String at,
      boolean screening,
      Map<MmatCriterion, CriterionAnswer> answers,
      Set<MmatCriterion> given,
      Problems problems) {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    String entry = at.substring(1);
    if (!node.isObject()) {
      problems.add(
          at, entry, "expected an object: {\"" + (screening ? "S1" : "1.1") + "\": \"yes\", ...}");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String itemAt = at + "/" + LocatedJson.segment(e.getKey());
      String name = entry + "." + e.getKey();
      var criterion = MmatCriterion.byCode(e.getKey());
      if (criterion.isEmpty()) {
        problems.add(
            itemAt,
            name,
            "'"
                + e.getKey()
                + "' is not an MMAT 2018 item ("
                + (screening ? "S1 or S2" : "1.1 to 5.5")
                + ")");
        continue;
      }
      if (criterion.get().isScreening() != screening) {
        problems.add(
            itemAt,
            name,
            screening
                ? e.getKey() + " is a criterion: it goes in \"criteria\""
                : e.getKey() + " is a screening question: it goes in \"screening\"");
        continue;
      }
      given.add(criterion.get());
      try {
        answers.put(criterion.get(), answer(e.getValue()));
      } catch (IllegalArgumentException ex) {
        problems.add(itemAt, name, ex.getMessage());
      }
    }
  }

  private static CriterionAnswer answer(JsonNode n) {
    if (n.isTextual()) {
      return new CriterionAnswer(MmatRating.parse(n.asText()), null);
    }
    if (n.isObject()) {
      for (Iterator<String> names = n.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("answer") && !name.equals("comment")) {
          throw new IllegalArgumentException(
              "unknown entry '" + name + "': an item has \"answer\" and \"comment\"");
        }
      }
      JsonNode a = n.get("answer");
      if (a == null || !a.isTextual()) {
        throw new IllegalArgumentException("needs \"answer\": Yes, No or Can't tell");
      }
      JsonNode c = n.get("comment");
      if (c != null && !c.isNull() && !c.isTextual()) {
        throw new IllegalArgumentException("a comment is text");
      }
      String comment = c == null || c.isNull() || c.asText().isBlank() ? null : c.asText().strip();
      return new CriterionAnswer(MmatRating.parse(a.asText()), comment);
    }
    throw new IllegalArgumentException(
        "expected Yes, No or Can't tell, or {\"answer\": ..., \"comment\": ...}");
  }

  /** The appraisal as JSON (always the long form of an item: answer and comment). */
  public static ObjectNode write(MmatAppraisal a) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("format", FORMAT);
    ObjectNode screening = o.putObject("screening");
    ObjectNode criteria = JsonNodeFactory.instance.objectNode();
    a.answers()
        .forEach(
            (c, answer) -> {
              ObjectNode item = (c.isScreening() ? screening : criteria).putObject(c.code());
              item.put("answer", answer.rating().label());
              if (answer.comment() != null) {
                item.put("comment", answer.comment());
              }
            });
    if (a.category() != null) {
      o.put("category", a.category().id());
    }
    if (a.quantitativeComponent() != null) {
      o.put("quantitativeComponent", a.quantitativeComponent().id());
    }
    o.set("criteria", criteria);
    if (a.note() != null) {
      o.put("note", a.note());
    }
    return o;
  }
}
