package org.winnow.core.prisma;

import static org.winnow.core.prisma.AwaitingStage.DBR_ASSESSMENT;
import static org.winnow.core.prisma.AwaitingStage.DBR_RETRIEVAL;
import static org.winnow.core.prisma.AwaitingStage.OTHER_ASSESSMENT;
import static org.winnow.core.prisma.AwaitingStage.OTHER_RETRIEVAL;
import static org.winnow.core.prisma.AwaitingStage.RECORDS_SCREENING;
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
import static org.winnow.core.prisma.PrismaIdentity.named;

import java.util.List;
import java.util.Optional;

/**
 * Every arithmetic rule of the PRISMA 2020 flow diagram. The equalities follow the arrows: what
 * enters a box minus what leaves it sideways (and what still awaits a decision there) is what goes
 * down to the next box. The "at most" rules hold because a study has at least one report and
 * subsets cannot outgrow their whole.
 */
public final class PrismaChecks {
  /** The rules, in the order of the diagram. */
  public static final List<PrismaIdentity> RULES =
      List.of(
          named("database-breakdown").is(DATABASE_RESULTS).plus(DATABASE_SPECIFIC_RESULTS).build(),
          named("register-breakdown").is(REGISTER_RESULTS).plus(REGISTER_SPECIFIC_RESULTS).build(),
          named("identification-to-screening")
              .is(RECORDS_SCREENED)
              .plus(DATABASE_RESULTS, REGISTER_RESULTS)
              .minus(DUPLICATES, EXCLUDED_AUTOMATIC, EXCLUDED_OTHER)
              .build(),
          named("screening-to-retrieval")
              .is(DBR_SOUGHT_REPORTS)
              .plus(RECORDS_SCREENED)
              .minus(RECORDS_EXCLUDED, RECORDS_SCREENING)
              .build(),
          named("retrieval-to-assessment")
              .is(DBR_ASSESSED)
              .plus(DBR_SOUGHT_REPORTS)
              .minus(DBR_NOTRETRIEVED_REPORTS, DBR_RETRIEVAL)
              .build(),
          named("other-sought-within-identified")
              .isAtMost(OTHER_SOUGHT_REPORTS)
              .plus(WEBSITE_RESULTS, ORGANISATION_RESULTS, CITATIONS_RESULTS)
              .build(),
          named("other-retrieval-to-assessment")
              .is(OTHER_ASSESSED)
              .plus(OTHER_SOUGHT_REPORTS)
              .minus(OTHER_NOTRETRIEVED_REPORTS, OTHER_RETRIEVAL)
              .build(),
          named("assessment-to-inclusion")
              .is(NEW_REPORTS)
              .plus(DBR_ASSESSED)
              .minus(DBR_EXCLUDED, DBR_ASSESSMENT)
              .plus(OTHER_ASSESSED)
              .minus(OTHER_EXCLUDED, OTHER_ASSESSMENT)
              .build(),
          named("new-studies-within-reports").isAtMost(NEW_STUDIES).plus(NEW_REPORTS).build(),
          named("previous-studies-within-reports")
              .isAtMost(PREVIOUS_STUDIES)
              .plus(PREVIOUS_REPORTS)
              .build(),
          named("total-studies").is(TOTAL_STUDIES).plus(PREVIOUS_STUDIES, NEW_STUDIES).build(),
          named("total-reports").is(TOTAL_REPORTS).plus(PREVIOUS_REPORTS, NEW_REPORTS).build(),
          named("meta-analysis-studies-within-total")
              .isAtMost(TOTAL_STUDIES_MA)
              .plus(TOTAL_STUDIES)
              .build(),
          named("meta-analysis-reports-within-total")
              .isAtMost(TOTAL_REPORTS_MA)
              .plus(TOTAL_REPORTS)
              .build(),
          named("meta-analysis-studies-within-reports")
              .isAtMost(TOTAL_STUDIES_MA)
              .plus(TOTAL_REPORTS_MA)
              .build());

  private PrismaChecks() {}

  /** The broken rules, in diagram order; empty when every number adds up. */
  public static List<PrismaViolation> check(PrismaCounts counts) {
    return RULES.stream().map(r -> r.check(counts)).flatMap(Optional::stream).toList();
  }
}
