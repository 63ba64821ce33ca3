package org.winnow.core.prisma;

import static org.winnow.core.prisma.PrismaField.CITATIONS_RESULTS;
import static org.winnow.core.prisma.PrismaField.DATABASE_RESULTS;
import static org.winnow.core.prisma.PrismaField.DATABASE_SPECIFIC_RESULTS;
import static org.winnow.core.prisma.PrismaField.DBR_ASSESSED;
import static org.winnow.core.prisma.PrismaField.DBR_EXCLUDED;
import static org.winnow.core.prisma.PrismaField.DBR_NOTRETRIEVED_REPORTS;
import static org.winnow.core.prisma.PrismaField.DBR_SOUGHT_REPORTS;
import static org.winnow.core.prisma.PrismaField.DUPLICATES;
import static org.winnow.core.prisma.PrismaField.EXCLUDED_AUTOMATIC;
import static org.winnow.core.prisma.PrismaField.EXCLUDED_OTHER;
import static org.winnow.core.prisma.PrismaField.NEW_REPORTS;
import static org.winnow.core.prisma.PrismaField.NEW_STUDIES;
import static org.winnow.core.prisma.PrismaField.ORGANISATION_RESULTS;
import static org.winnow.core.prisma.PrismaField.OTHER_ASSESSED;
import static org.winnow.core.prisma.PrismaField.OTHER_EXCLUDED;
import static org.winnow.core.prisma.PrismaField.OTHER_NOTRETRIEVED_REPORTS;
import static org.winnow.core.prisma.PrismaField.OTHER_SOUGHT_REPORTS;
import static org.winnow.core.prisma.PrismaField.PREVIOUS_REPORTS;
import static org.winnow.core.prisma.PrismaField.PREVIOUS_STUDIES;
import static org.winnow.core.prisma.PrismaField.RECORDS_EXCLUDED;
import static org.winnow.core.prisma.PrismaField.RECORDS_SCREENED;
import static org.winnow.core.prisma.PrismaField.REGISTER_RESULTS;
import static org.winnow.core.prisma.PrismaField.REGISTER_SPECIFIC_RESULTS;
import static org.winnow.core.prisma.PrismaField.TOTAL_REPORTS;
import static org.winnow.core.prisma.PrismaField.TOTAL_REPORTS_MA;
import static org.winnow.core.prisma.PrismaField.TOTAL_STUDIES;
import static org.winnow.core.prisma.PrismaField.TOTAL_STUDIES_MA;
import static org.winnow.core.prisma.PrismaField.WEBSITE_RESULTS;

import java.util.List;

/** Realistic, consistent counts for tests and the documentation's example diagrams. */
final class PrismaExamples {
  private PrismaExamples() {}

  static PrismaTally tally(String label, long n) {
    return new PrismaTally(label, n);
  }

  /**
   * A new review: three databases and a register (15,655 records), websites, organisations and
   * citation searching, 197 studies in 204 reports.
   */
  static PrismaCounts newReview() {
    return PrismaCounts.builder()
        .derived(DATABASE_RESULTS, 15_123)
        .derived(
            DATABASE_SPECIFIC_RESULTS,
            List.of(
                tally("MEDLINE (Ovid)", 5_912),
                tally("Embase (Ovid)", 6_480),
                tally("CINAHL (EBSCO)", 2_731)))
        .derived(REGISTER_RESULTS, 532)
        .derived(REGISTER_SPECIFIC_RESULTS, List.of(tally("ClinicalTrials.gov", 532)))
        .derived(DUPLICATES, 5_248)
        .derived(EXCLUDED_AUTOMATIC, 0)
        .derived(EXCLUDED_OTHER, 37)
        .derived(RECORDS_SCREENED, 10_370)
        .derived(RECORDS_EXCLUDED, 9_724)
        .derived(DBR_SOUGHT_REPORTS, 646)
        .derived(DBR_NOTRETRIEVED_REPORTS, 21)
        .derived(DBR_ASSESSED, 625)
        .derived(
            DBR_EXCLUDED,
            List.of(
                tally("Wrong population", 162),
                tally("Wrong intervention", 97),
                tally("Wrong outcomes", 64),
                tally("Wrong study design", 89),
                tally("Conference abstract without usable data", 31)))
        .derived(WEBSITE_RESULTS, 38)
        .derived(ORGANISATION_RESULTS, 12)
        .derived(CITATIONS_RESULTS, 74)
        .derived(OTHER_SOUGHT_REPORTS, 46)
        .derived(OTHER_NOTRETRIEVED_REPORTS, 5)
        .derived(OTHER_ASSESSED, 41)
        .derived(
            OTHER_EXCLUDED,
            List.of(
                tally("Wrong population", 9),
                tally("Wrong study design", 6),
                tally("No full report available", 4)))
        .derived(NEW_STUDIES, 197)
        .derived(NEW_REPORTS, 204)
        .build();
  }

  /**
   * Every field and every awaiting count at once (an update with other methods and a meta-analysis,
   * screening still running), all rules holding.
   */
  static PrismaCounts everything() {
    return newReview().toBuilder()
        .manual(PREVIOUS_STUDIES, 42)
        .manual(PREVIOUS_REPORTS, 51)
        .derived(RECORDS_EXCLUDED, 9_721)
        .awaiting(AwaitingStage.RECORDS_SCREENING, 3)
        .derived(DBR_ASSESSED, 623)
        .awaiting(AwaitingStage.DBR_RETRIEVAL, 2)
        .awaiting(AwaitingStage.DBR_ASSESSMENT, 5)
        .derived(OTHER_ASSESSED, 40)
        .awaiting(AwaitingStage.OTHER_RETRIEVAL, 1)
        .awaiting(AwaitingStage.OTHER_ASSESSMENT, 1)
        // 623 - 443 - 5 + 40 - 19 - 1 = 195 new reports
        .derived(NEW_REPORTS, 195)
        .derived(NEW_STUDIES, 190)
        .derived(TOTAL_STUDIES, 232)
        .derived(TOTAL_REPORTS, 246)
        .manual(TOTAL_STUDIES_MA, 150)
        .manual(TOTAL_REPORTS_MA, 161)
        .build();
  }

  /** An update of a review of 42 studies, searching databases and registers only. */
  static PrismaCounts update() {
    return PrismaCounts.builder()
        .manual(PREVIOUS_STUDIES, 42)
        .manual(PREVIOUS_REPORTS, 51)
        .derived(DATABASE_RESULTS, 3_345)
        .derived(
            DATABASE_SPECIFIC_RESULTS,
            List.of(
                tally("MEDLINE (Ovid)", 1_204),
                tally("Embase (Ovid)", 1_530),
                tally("Cochrane Central Register of Controlled Trials (CENTRAL)", 611)))
        .derived(REGISTER_RESULTS, 129)
        .derived(
            REGISTER_SPECIFIC_RESULTS,
            List.of(
                tally("ClinicalTrials.gov", 88),
                tally("WHO International Clinical Trials Registry Platform", 41)))
        .derived(DUPLICATES, 1_019)
        .derived(EXCLUDED_AUTOMATIC, 410)
        .derived(EXCLUDED_OTHER, 0)
        .derived(RECORDS_SCREENED, 2_045)
        .derived(RECORDS_EXCLUDED, 1_932)
        .derived(DBR_SOUGHT_REPORTS, 113)
        .derived(DBR_NOTRETRIEVED_REPORTS, 4)
        .derived(DBR_ASSESSED, 109)
        .derived(
            DBR_EXCLUDED,
            List.of(
                tally("Wrong population", 31),
                tally("Wrong comparator", 18),
                tally("Not randomised", 27),
                tally("Follow-up shorter than 12 months", 12)))
        .derived(NEW_STUDIES, 17)
        .derived(NEW_REPORTS, 21)
        .derived(TOTAL_STUDIES, 59)
        .derived(TOTAL_REPORTS, 72)
        .build();
  }
}
