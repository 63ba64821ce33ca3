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

  /**
   * The code closest to the given fields (most fields in common, then fewest extra), for an
   * approximate translation; empty when no code shares a field.
   */
  public Optional<Entry> nearest(Set<Field> fields) {
    Entry best = null;
    double bestScore = 0;
    for (Entry e : preferred) {
      Set<Field> common = EnumSet.noneOf(Field.class);
      common.addAll(e.fields());
      common.retainAll(fields);
      Set<Field> union = EnumSet.noneOf(Field.class);
      union.addAll(e.fields());
      union.addAll(fields);
      double score = (double) common.size() / union.size();
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
