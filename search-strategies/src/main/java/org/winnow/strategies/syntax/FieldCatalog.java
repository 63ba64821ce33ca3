package org.winnow.strategies.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.winnow.strategies.ast.Field;

/**
 * One dialect's field codes and what each searches. The first code listed for a set of fields is
 * the one written when translating into the dialect; later ones are accepted synonyms.
 */
public final class FieldCatalog {
  /** A code and the fields it searches. */
  public record Entry(String code, Set<Field> fields) {}

  private final Map<String, Entry> byCode = new LinkedHashMap<>();
  private final List<Entry> preferred = new ArrayList<>();

  public FieldCatalog add(String code, Field... fields) {
    Entry e = new Entry(code, Collections.unmodifiableSet(EnumSet.copyOf(List.of(fields))));
    String key = key(code);
    if (!byCode.containsKey(key)) {
      byCode.put(key, e);
    }
    if (preferred.stream().noneMatch(p -> p.fields().equals(e.fields()))) {
      preferred.add(e);
    }
    return this;
  }

  /** Accepted when reading, never written. */
  public FieldCatalog alias(String code, Field... fields) {
    byCode.putIfAbsent(
        key(code), new Entry(code, Collections.unmodifiableSet(EnumSet.copyOf(List.of(fields)))));
    return this;
  }

  private static String key(String code) {
    return code.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public Optional<Set<Field>> fields(String code) {
    Entry e = byCode.get(key(code));
    return e == null ? Optional.empty() : Optional.of(e.fields());
  }

  /** The code searching exactly these fields, if the dialect has one. */
  public Optional<String> exact(Set<Field> fields) {
    return preferred.stream().filter(e -> e.fields().equals(fields)).map(Entry::code).findFirst();
  }

  /**
   * Codes whose fields together are exactly the given ones, biggest first; empty when no such set
   * of codes exists.
   */
  public List<String> cover(Set<Field> fields) {
    Optional<String> one = exact(fields);
    if (one.isPresent()) {
      return List.of(one.get());
    }
    Set<Field> left = EnumSet.noneOf(Field.class);
    left.addAll(fields);
    List<String> codes = new ArrayList<>();
    List<Entry> candidates = new ArrayList<>(preferred);
    candidates.sort((a, b) -> b.fields().size() - a.fields().size());
    for (Entry e : candidates) {
      if (fields.containsAll(e.fields()) && !Collections.disjoint(left, e.fields())) {
        codes.add(e.code());
        left.removeAll(e.fields());
      }
    }
    return left.isEmpty() ? codes : List.of();
  }

  /** Codes standing in for a set of fields no codes cover exactly, and what they do search. */
  public record Approximation(List<String> codes, Set<Field> fields) {}

  /**
   * The closest stand-in for fields no codes cover exactly: the codes covering as many of them as
   * possible and nothing else, or one code sharing most of them, whichever overlaps better
   * (Jaccard); null when no code shares a field.
   */
  public Approximation approximate(Set<Field> fields) {
    Set<Field> coverable = EnumSet.noneOf(Field.class);
    for (Entry e : preferred) {
      if (fields.containsAll(e.fields())) {
        coverable.addAll(e.fields());
      }
    }
    Approximation subset =
        coverable.isEmpty() ? null : new Approximation(cover(coverable), coverable);
    Optional<Entry> single = nearest(fields);
    if (single.isEmpty()) {
      return subset;
    }
    Approximation one = new Approximation(List.of(single.get().code()), single.get().fields());
    if (subset == null) {
      return one;
    }
    return jaccard(subset.fields(), fields) > jaccard(one.fields(), fields) ? subset : one;
  }

  private static double jaccard(Set<Field> a, Set<Field> b) {
    Set<Field> common = EnumSet.noneOf(Field.class);
    common.addAll(a);
    common.retainAll(b);
    Set<Field> union = EnumSet.noneOf(Field.class);
    union.addAll(a);
    union.addAll(b);
    return union.isEmpty() ? 0 : (double) common.size() / union.size();
  }

  /**
   * The code closest to the given fields (most fields in common, then fewest extra), for an
   * approximate translation; empty when no code shares a field.
   */
  public Optional<Entry> nearest(Set<Field> fields) {
    Entry best = null;
    double bestScore = 0;
    for (Entry e : preferred) {
      double score = jaccard(e.fields(), fields);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
