package org.winnow.core.prisma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.winnow.core.prisma.PrismaExamples.tally;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PrismaCountsTest {
  @Test
  void fieldsAreTheTemplatesNamesInItsOrder() {
    assertEquals(
        List.of(
            "previous_studies",
            "previous_reports",
            "database_results",
            "database_specific_results",
            "register_results",
            "register_specific_results",
            "website_results",
            "organisation_results",
            "citations_results",
            "duplicates",
            "excluded_automatic",
            "excluded_other",
            "records_screened",
            "records_excluded",
            "dbr_sought_reports",
            "dbr_notretrieved_reports",
            "other_sought_reports",
            "other_notretrieved_reports",
            "dbr_assessed",
            "dbr_excluded",
            "other_assessed",
            "other_excluded",
            "new_studies",
            "new_reports",
            "total_studies",
            "total_reports",
            "total_studies_ma",
            "total_reports_ma"),
        Arrays.stream(PrismaField.values()).map(PrismaField::key).toList());
    assertEquals(
        List.of(
            PrismaField.DATABASE_SPECIFIC_RESULTS,
            PrismaField.REGISTER_SPECIFIC_RESULTS,
            PrismaField.DBR_EXCLUDED,
            PrismaField.OTHER_EXCLUDED),
        Arrays.stream(PrismaField.values()).filter(PrismaField::isBreakdown).toList());
  }

  @Test
  void valuesCarryTheirProvenance() {
    PrismaCounts c = PrismaExamples.update();
    assertEquals(OptionalLong.of(42), c.value(PrismaField.PREVIOUS_STUDIES));
    assertEquals(Optional.of(Provenance.MANUAL), c.provenance(PrismaField.PREVIOUS_STUDIES));
    assertEquals(Optional.of(Provenance.DERIVED), c.provenance(PrismaField.DBR_EXCLUDED));
    assertEquals(88, c.n(PrismaField.DBR_EXCLUDED), "a breakdown's value is its total");
    assertEquals(OptionalLong.empty(), c.value(PrismaField.WEBSITE_RESULTS));
    assertEquals(0, c.n(PrismaField.WEBSITE_RESULTS));
    assertEquals(Optional.empty(), c.provenance(PrismaField.WEBSITE_RESULTS));
  }

  @Test
  void aCountIsNeverNegativeAndAFieldTakesItsKind() {
    var b = PrismaCounts.builder();
    assertThrows(IllegalArgumentException.class, () -> b.derived(PrismaField.DUPLICATES, -1));
    assertThrows(IllegalArgumentException.class, () -> b.derived(PrismaField.DBR_EXCLUDED, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> b.derived(PrismaField.DUPLICATES, List.of(tally("x", 1))));
    assertThrows(IllegalArgumentException.class, () -> tally(" ", 1));
    assertThrows(IllegalArgumentException.class, () -> tally("Wrong population", -2));
  }

  @Test
  void aLabelIsOneLineOfText() {
    assertEquals("Wrong population", tally("  Wrong\n\tpopulation ", 1).label());
  }

  @Test
  void aReasonIsListedOnce() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PrismaBreakdown.derived(
                    List.of(tally("Wrong population", 2), tally("wrong population ", 1))));
    assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
  }

  @Test
  void theLayoutFollowsTheFieldsPresent() {
    assertEquals(PrismaVariant.NEW_WITH_OTHER_METHODS, PrismaExamples.newReview().variant());
    assertEquals(PrismaVariant.UPDATED_DATABASES_REGISTERS, PrismaExamples.update().variant());
    assertEquals(PrismaVariant.UPDATED_WITH_OTHER_METHODS, PrismaExamples.everything().variant());
    PrismaCounts dbOnly =
        PrismaExamples.newReview().toBuilder()
            .remove(PrismaField.WEBSITE_RESULTS)
            .remove(PrismaField.ORGANISATION_RESULTS)
            .remove(PrismaField.CITATIONS_RESULTS)
            .remove(PrismaField.OTHER_SOUGHT_REPORTS)
            .remove(PrismaField.OTHER_NOTRETRIEVED_REPORTS)
            .remove(PrismaField.OTHER_ASSESSED)
            .remove(PrismaField.OTHER_EXCLUDED)
            .build();
    assertEquals(PrismaVariant.NEW_DATABASES_REGISTERS, dbOnly.variant());
    assertFalse(dbOnly.variant().hasOtherMethods());
    // Reports of other methods still awaiting retrieval need the column too.
    assertEquals(
        PrismaVariant.NEW_WITH_OTHER_METHODS,
        dbOnly.toBuilder().awaiting(AwaitingStage.OTHER_RETRIEVAL, 1).build().variant());
  }

  @Test
  void awaitingCountsStayOutOfTheFields() {
    PrismaCounts c = PrismaExamples.everything();
    assertTrue(c.hasAwaiting());
    assertEquals(3, c.awaiting(AwaitingStage.RECORDS_SCREENING).orElseThrow().n());
    assertFalse(PrismaExamples.newReview().hasAwaiting());
    assertFalse(
        PrismaExamples.newReview().toBuilder()
            .awaiting(AwaitingStage.DBR_ASSESSMENT, 0)
            .build()
            .hasAwaiting());
  }

  @Test
  void countsAreValuesEqualByContent() {
    assertEquals(PrismaExamples.everything(), PrismaExamples.everything().toBuilder().build());
    assertThrows(
        UnsupportedOperationException.class,
        () -> PrismaExamples.update().counts().remove(PrismaField.DUPLICATES));
  }
}
