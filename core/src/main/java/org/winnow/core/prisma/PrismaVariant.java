package org.winnow.core.prisma;

import java.util.Locale;

/**
 * The four PRISMA 2020 flow diagram templates: new or updated review, with or without the column
 * for other methods (websites, organisations, citation searching).
 */
public enum PrismaVariant {
  NEW_DATABASES_REGISTERS(
      false,
      false,
      "new systematic reviews which included searches of databases and registers only"),
  NEW_WITH_OTHER_METHODS(
      false,
      true,
      "new systematic reviews which included searches of databases, registers and other sources"),
  UPDATED_DATABASES_REGISTERS(
      true,
      false,
      "updated systematic reviews which included searches of databases and registers only"),
  UPDATED_WITH_OTHER_METHODS(
      true,
      true,
      "updated systematic reviews which included searches of databases, registers and other"
          + " sources");

  private final boolean previousStudies;
  private final boolean otherMethods;
  private final String templateFor;

  PrismaVariant(boolean previousStudies, boolean otherMethods, String templateFor) {
    this.previousStudies = previousStudies;
    this.otherMethods = otherMethods;
    this.templateFor = templateFor;
  }

  public static PrismaVariant of(boolean previousStudies, boolean otherMethods) {
    for (PrismaVariant v : values()) {
      if (v.previousStudies == previousStudies && v.otherMethods == otherMethods) {
        return v;
      }
    }
    throw new AssertionError("every combination has a variant");
  }

  /** An update: the diagram has the "Previous studies" column and a total box. */
  public boolean hasPreviousStudies() {
    return previousStudies;
  }

  /** The diagram has the "Identification of new studies via other methods" column. */
  public boolean hasOtherMethods() {
    return otherMethods;
  }

  /**
   * True when the diagram draws the field even if it was not given (as 0): every count of the
   * columns drawn. Breakdowns per database or register and the meta-analysis box appear only when
   * given.
   */
  public boolean drawsWhenAbsent(PrismaField field) {
    return switch (field.group()) {
      case PREVIOUS -> previousStudies;
      case OTHER_METHODS -> otherMethods;
      case DATABASES_REGISTERS ->
          field != PrismaField.DATABASE_SPECIFIC_RESULTS
              && field != PrismaField.REGISTER_SPECIFIC_RESULTS;
      case INCLUDED ->
          previousStudies || field == PrismaField.NEW_STUDIES || field == PrismaField.NEW_REPORTS;
      case META_ANALYSIS -> false;
    };
  }

  /** The official template's title: "PRISMA 2020 flow diagram for ...". */
  public String templateTitle() {
    return "PRISMA 2020 flow diagram for " + templateFor;
  }

  /** The stable name in JSON, e.g. "updated-with-other-methods". */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
