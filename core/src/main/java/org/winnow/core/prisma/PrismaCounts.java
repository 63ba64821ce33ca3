package org.winnow.core.prisma;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The numbers of a PRISMA 2020 flow diagram, by the PRISMA2020 R package field names, each marked
 * as derived from the data or entered by hand, plus the items still awaiting a decision (kept out
 * of every box).
 *
 * <p>A field that is absent was not applicable: no register searched, no previous version of the
 * review. Presence decides the {@link #variant() layout}: any field of the other-methods column
 * adds that column, any previous-studies field makes it an update. Absent fields of a drawn column
 * are shown as 0.
 *
 * <p>Definitions the checks rely on: {@code records_screened} counts every record that entered
 * title/abstract screening, including those awaiting a decision; one record passed at
 * title/abstract becomes one report sought; {@code dbr_assessed} and {@code other_assessed} include
 * reports still awaiting an eligibility decision.
 */
public record PrismaCounts(
    Map<PrismaField, PrismaCount> counts,
    Map<PrismaField, PrismaBreakdown> breakdowns,
    Map<AwaitingStage, PrismaCount> awaitingCounts) {

  public PrismaCounts {
    counts = frozen(counts, PrismaField.class);
    breakdowns = frozen(breakdowns, PrismaField.class);
    awaitingCounts = frozen(awaitingCounts, AwaitingStage.class);
    counts.keySet().stream()
        .filter(PrismaField::isBreakdown)
        .findFirst()
        .ifPresent(
            f -> {
              throw new IllegalArgumentException(f.key() + " takes labelled lines, not one count");
            });
    breakdowns.keySet().stream()
        .filter(f -> !f.isBreakdown())
        .findFirst()
        .ifPresent(
            f -> {
              throw new IllegalArgumentException(f.key() + " takes one count, not labelled lines");
            });
  }

  private static <K extends Enum<K>, V> Map<K, V> frozen(Map<K, V> map, Class<K> type) {
    EnumMap<K, V> copy = new EnumMap<>(type);
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    return Collections.unmodifiableMap(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.counts.putAll(counts);
    b.breakdowns.putAll(breakdowns);
    b.awaiting.putAll(awaitingCounts);
    return b;
  }

  public boolean has(PrismaField field) {
    return counts.containsKey(field) || breakdowns.containsKey(field);
  }

  public Optional<PrismaCount> count(PrismaField field) {
    return Optional.ofNullable(counts.get(field));
  }

  public Optional<PrismaBreakdown> breakdown(PrismaField field) {
    return Optional.ofNullable(breakdowns.get(field));
  }

  /** A count's value or a breakdown's total; empty when the field is absent. */
  public OptionalLong value(PrismaField field) {
    PrismaCount c = counts.get(field);
    if (c != null) {
      return OptionalLong.of(c.n());
    }
    PrismaBreakdown b = breakdowns.get(field);
    return b == null ? OptionalLong.empty() : OptionalLong.of(b.total());
  }

  /** The value, 0 when absent (what the diagram shows in a drawn column). */
  public long n(PrismaField field) {
    return value(field).orElse(0);
  }

  public Optional<Provenance> provenance(PrismaField field) {
    return count(field)
        .map(PrismaCount::provenance)
        .or(() -> breakdown(field).map(PrismaBreakdown::provenance));
  }

  public Optional<PrismaCount> awaiting(AwaitingStage stage) {
    return Optional.ofNullable(awaitingCounts.get(stage));
  }

  /** True when any item anywhere still waits for a decision. */
  public boolean hasAwaiting() {
    return awaitingCounts.values().stream().anyMatch(c -> c.n() > 0);
  }

  /** True when any field of the group was given. */
  public boolean uses(PrismaField.Group group) {
    return PrismaField.inGroup(group).stream().anyMatch(this::has);
  }

  /** Which of the four templates applies, from the fields present. */
  public PrismaVariant variant() {
    boolean other =
        uses(PrismaField.Group.OTHER_METHODS)
            || awaitingCounts.keySet().stream().anyMatch(AwaitingStage::isOtherMethods);
    return PrismaVariant.of(uses(PrismaField.Group.PREVIOUS), other);
  }

  /** Collects values; later calls for the same field replace earlier ones. */
  public static final class Builder {
    private final Map<PrismaField, PrismaCount> counts = new EnumMap<>(PrismaField.class);
    private final Map<PrismaField, PrismaBreakdown> breakdowns = new EnumMap<>(PrismaField.class);
    private final Map<AwaitingStage, PrismaCount> awaiting = new EnumMap<>(AwaitingStage.class);

    private Builder() {}

    public Builder derived(PrismaField field, long n) {
      return set(field, PrismaCount.derived(n));
    }

    public Builder manual(PrismaField field, long n) {
      return set(field, PrismaCount.manual(n));
    }

    public Builder derived(PrismaField field, List<PrismaTally> tallies) {
      return set(field, PrismaBreakdown.derived(tallies));
    }

    public Builder manual(PrismaField field, List<PrismaTally> tallies) {
      return set(field, PrismaBreakdown.manual(tallies));
    }

    public Builder set(PrismaField field, PrismaCount count) {
      if (field.isBreakdown()) {
        throw new IllegalArgumentException(field.key() + " takes labelled lines, not one count");
      }
      counts.put(field, count);
      return this;
    }

    public Builder set(PrismaField field, PrismaBreakdown breakdown) {
      if (!field.isBreakdown()) {
        throw new IllegalArgumentException(field.key() + " takes one count, not labelled lines");
      }
      breakdowns.put(field, breakdown);
      return this;
    }

    /** Items awaiting a decision at a step (derived from the data). */
    public Builder awaiting(AwaitingStage stage, long n) {
      return awaiting(stage, PrismaCount.derived(n));
    }

    public Builder awaiting(AwaitingStage stage, PrismaCount count) {
      awaiting.put(stage, count);
      return this;
    }

    /** Makes a field absent again (not applicable). */
    public Builder remove(PrismaField field) {
      counts.remove(field);
      breakdowns.remove(field);
      return this;
    }

    public PrismaCounts build() {
      return new PrismaCounts(counts, breakdowns, awaiting);
    }
  }
}
