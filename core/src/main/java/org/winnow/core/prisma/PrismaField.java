package org.winnow.core.prisma;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every data field of the PRISMA2020 R package template (v1.1.4 {@code PRISMA.csv}), by the
 * package's names and in the template's order. A field is a single count or a breakdown (labelled
 * lines: records per database or register, reports excluded per reason).
 */
public enum PrismaField implements PrismaQuantity {
  PREVIOUS_STUDIES(Group.PREVIOUS),
  PREVIOUS_REPORTS(Group.PREVIOUS),
  DATABASE_RESULTS(Group.DATABASES_REGISTERS),
  DATABASE_SPECIFIC_RESULTS(Group.DATABASES_REGISTERS, Kind.BREAKDOWN),
  REGISTER_RESULTS(Group.DATABASES_REGISTERS),
  REGISTER_SPECIFIC_RESULTS(Group.DATABASES_REGISTERS, Kind.BREAKDOWN),
  WEBSITE_RESULTS(Group.OTHER_METHODS),
  ORGANISATION_RESULTS(Group.OTHER_METHODS),
  CITATIONS_RESULTS(Group.OTHER_METHODS),
  DUPLICATES(Group.DATABASES_REGISTERS),
  EXCLUDED_AUTOMATIC(Group.DATABASES_REGISTERS),
  EXCLUDED_OTHER(Group.DATABASES_REGISTERS),
  RECORDS_SCREENED(Group.DATABASES_REGISTERS),
  RECORDS_EXCLUDED(Group.DATABASES_REGISTERS),
  DBR_SOUGHT_REPORTS(Group.DATABASES_REGISTERS),
  DBR_NOTRETRIEVED_REPORTS(Group.DATABASES_REGISTERS),
  OTHER_SOUGHT_REPORTS(Group.OTHER_METHODS),
  OTHER_NOTRETRIEVED_REPORTS(Group.OTHER_METHODS),
  DBR_ASSESSED(Group.DATABASES_REGISTERS),
  DBR_EXCLUDED(Group.DATABASES_REGISTERS, Kind.BREAKDOWN),
  OTHER_ASSESSED(Group.OTHER_METHODS),
  OTHER_EXCLUDED(Group.OTHER_METHODS, Kind.BREAKDOWN),
  NEW_STUDIES(Group.INCLUDED),
  NEW_REPORTS(Group.INCLUDED),
  TOTAL_STUDIES(Group.INCLUDED),
  TOTAL_REPORTS(Group.INCLUDED),
  TOTAL_STUDIES_MA(Group.META_ANALYSIS),
  TOTAL_REPORTS_MA(Group.META_ANALYSIS);

  /** A single number, or labelled lines whose sum is the number. */
  public enum Kind {
    COUNT,
    BREAKDOWN
  }

  /** The part of the diagram a field belongs to; decides which columns are drawn. */
  public enum Group {
    PREVIOUS,
    DATABASES_REGISTERS,
    OTHER_METHODS,
    INCLUDED,
    META_ANALYSIS
  }

  private final Group group;
  private final Kind kind;

  PrismaField(Group group) {
    this(group, Kind.COUNT);
  }

  PrismaField(Group group, Kind kind) {
    this.group = group;
    this.kind = kind;
  }

  /** The PRISMA2020 R package name, e.g. {@code dbr_notretrieved_reports}. */
  @Override
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public Group group() {
    return group;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isBreakdown() {
    return kind == Kind.BREAKDOWN;
  }

  /** A count's value, or a breakdown's total. */
  @Override
  public OptionalLong in(PrismaCounts counts) {
    return counts.value(this);
  }

  public static List<PrismaField> inGroup(Group group) {
    return Arrays.stream(values()).filter(f -> f.group == group).toList();
  }

  public static Optional<PrismaField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
  }
}
