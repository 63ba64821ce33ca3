package org.winnow.core.prisma;

import java.util.List;
import java.util.Optional;

/**
 * The rows of the PRISMA2020 R package's data template ({@code inst/extdata/PRISMA.csv}, package
 * version 1.1.4, MIT licence, Neal R Haddaway and contributors), so that the CSV export loads into
 * the R package and its Shiny app with the template's own texts. {@code PrismaTemplateTest}
 * compares these rows with the file itself.
 */
public final class PrismaTemplate {
  /** The template's columns, in order. */
  public static final List<String> COLUMNS =
      List.of("data", "node", "box", "description", "boxtext", "tooltips", "url", "n");

  /** The template's placeholder in {@code n}: 0 for counts, "Reason1, xxx; ..." for breakdowns. */
  public record Row(
      String data,
      String node,
      String box,
      String description,
      String boxtext,
      String tooltips,
      String url,
      String placeholder) {

    /** The data field of this row; empty for title and phase-label rows. */
    public Optional<PrismaField> field() {
      return PrismaField.byKey(data);
    }

    /** The row's cells with {@code n} replaced. */
    public List<String> cells(String n) {
      return List.of(data, node, box, description, boxtext, tooltips, url, n);
    }
  }

  public static final List<Row> ROWS =
      List.of(
          new Row(
              "NA",
              "node4",
              "prevstud",
              "Grey title box; Previous studies",
              "Previous studies",
              "Grey title box; Previous studies",
              "prevstud.html",
              "0"),
          new Row(
              "previous_studies",
              "node5",
              "box1",
              "Studies included in previous version of review",
              "Studies included in previous version of review",
              "Studies included in previous version of review",
              "previous_studies.html",
              "0"),
          new Row(
              "previous_reports",
              "NA",
              "box1",
              "Reports of studies included in previous version of review",
              "Reports of studies included in previous version of review",
              "NA",
              "previous_reports.html",
              "0"),
          new Row(
              "NA",
              "node6",
              "newstud",
              "Yellow title box; Identification of new studies via databases and registers",
              "Identification of new studies via databases and registers",
              "Yellow title box; Identification of new studies via databases and registers",
              "newstud.html",
              "0"),
          new Row(
              "database_results",
              "node7",
              "box2",
              "Records identified from: Databases",
              "Databases",
              "Records identified from: Databases and Registers",
              "database_results.html",
              "0"),
          new Row(
              "database_specific_results",
              "NA",
              "box2",
              "Records identified from: specific databases",
              "Specific Databases",
              "NA",
              "database_results.html",
              "Database 1, xxx; Database 2, xxx; Database 3, xxx"),
          new Row(
              "register_results",
              "NA",
              "box2",
              "Records identified from: Registers",
              "Registers",
              "NA",
              "NA",
              "0"),
          new Row(
              "register_specific_results",
              "NA",
              "box2",
              "Records identified from: specific registers",
              "Specific Registers",
              "NA",
              "database_results.html",
              "Register 1, xxx; Register 2, xxx; Register 3, xxx"),
          new Row(
              "NA",
              "node16",
              "othstud",
              "Grey title box; Identification of new studies via other methods",
              "Identification of new studies via other methods",
              "Grey title box; Identification of new studies via other methods",
              "othstud.html",
              "0"),
          new Row(
              "website_results",
              "node17",
              "box11",
              "Records identified from: Websites",
              "Websites",
              "Records identified from: Websites, Organisations and Citation Searching",
              "website_results.html",
              "0"),
          new Row(
              "organisation_results",
              "",
              "box11",
              "Records identified from: Organisations",
              "Organisations",
              "NA",
              "NA",
              "0"),
          new Row(
              "citations_results",
              "NA",
              "box11",
              "Records identified from: Citation searching",
              "Citation searching",
              "NA",
              "NA",
              "0"),
          new Row(
              "duplicates",
              "node8",
              "box3",
              "Duplicate records",
              "Duplicate records",
              "Duplicate records",
              "duplicates.html",
              "0"),
          new Row(
              "excluded_automatic",
              "NA",
              "box3",
              "Records marked as ineligible by automation tools",
              "Records marked as ineligible by automation tools",
              "NA",
              "NA",
              "0"),
          new Row(
              "excluded_other",
              "NA",
              "box3",
              "Records removed for other reasons",
              "Records removed for other reasons",
              "NA",
              "NA",
              "0"),
          new Row(
              "records_screened",
              "node9",
              "box4",
              "Records screened (databases and registers)",
              "Records screened",
              "Records screened (databases and registers)",
              "records_screened.html",
              "0"),
          new Row(
              "records_excluded",
              "node10",
              "box5",
              "Records excluded (databases and registers)",
              "Records excluded",
              "Records excluded (databases and registers)",
              "records_excluded.html",
              "0"),
          new Row(
              "dbr_sought_reports",
              "node11",
              "box6",
              "Reports sought for retrieval (databases and registers)",
              "Reports sought for retrieval",
              "Reports sought for retrieval (databases and registers)",
              "dbr_sought_reports.html",
              "0"),
          new Row(
              "dbr_notretrieved_reports",
              "node12",
              "box7",
              "Reports not retrieved (databases and registers)",
              "Reports not retrieved",
              "Reports not retrieved (databases and registers)",
              "dbr_notretrieved_reports.html",
              "0"),
          new Row(
              "other_sought_reports",
              "node18",
              "box12",
              "Reports sought for retrieval (other)",
              "Reports sought for retrieval",
              "Reports sought for retrieval (other)",
              "other_sought_reports.html",
              "0"),
          new Row(
              "other_notretrieved_reports",
              "node19",
              "box13",
              "Reports not retrieved (other)",
              "Reports not retrieved",
              "Reports not retrieved (other)",
              "other_notretrieved_reports.html",
              "0"),
          new Row(
              "dbr_assessed",
              "node13",
              "box8",
              "Reports assessed for eligibility (databases and registers)",
              "Reports assessed for eligibility",
              "Reports assessed for eligibility (databases and registers)",
              "dbr_assessed.html",
              "0"),
          new Row(
              "dbr_excluded",
              "node14",
              "box9",
              "Reports excluded (databases and registers): [separate reasons and numbers using ; e.g. Reason1, xxx; Reason2, xxx; Reason3, xxx]",
              "Reports excluded",
              "Reports excluded (databases and registers)",
              "dbrexcludedrecords.html",
              "Reason1, xxx; Reason2, xxx; Reason3, xxx"),
          new Row(
              "other_assessed",
              "node20",
              "box14",
              "Reports assessed for eligibility (other)",
              "Reports assessed for eligibility",
              "Reports assessed for eligibility (other)",
              "other_assessed.html",
              "0"),
          new Row(
              "other_excluded",
              "node21",
              "box15",
              "Reports excluded (other): [separate reasons and numbers using ; e.g. Reason1, xxx; Reason2, xxx; Reason3, xxx]",
              "Reports excluded",
              "Reports excluded (other)",
              "other_excluded.html",
              "Reason1, xxx; Reason2, xxx; Reason3, xxx"),
          new Row(
              "new_studies",
              "node15",
              "box10",
              "New studies included in review",
              "New studies included in review",
              "New studies included in review",
              "new_studies.html",
              "0"),
          new Row(
              "new_reports",
              "NA",
              "box10",
              "Reports of new included studies",
              "Reports of new included studies",
              "NA",
              "NA",
              "0"),
          new Row(
              "total_studies",
              "node22",
              "box16",
              "Total studies included in review",
              "Total studies included in review",
              "Total studies included in review",
              "total_studies.html",
              "0"),
          new Row(
              "total_reports",
              "NA",
              "box16",
              "Reports of total included studies",
              "Reports of total included studies",
              "NA",
              "NA",
              "0"),
          new Row(
              "identification",
              "node1",
              "identification",
              "Blue identification box",
              "Identification",
              "Blue identification box",
              "identification.html",
              "0"),
          new Row(
              "screening",
              "node2",
              "screening",
              "Blue screening box",
              "Screening",
              "Blue screening box",
              "screening.html",
              "0"),
          new Row(
              "included",
              "node3",
              "included",
              "Blue included box",
              "Included",
              "Blue included box",
              "included.html",
              "0"),
          new Row(
              "total_studies_ma",
              "node23",
              "box17",
              "Total studies included in meta-analysis",
              "Total studies included in meta-analysis",
              "Total studies included in meta-analysis",
              "total_studies_meta_analysis.html",
              "0"),
          new Row(
              "total_reports_ma",
              "NA",
              "box17",
              "Reports of total included studies in meta-analysis",
              "Reports of total included studies in meta-analysis",
              "NA",
              "NA",
              "0"));

  private PrismaTemplate() {}

  /** The row of a data field (every field has exactly one). */
  public static Row row(PrismaField field) {
    return ROWS.stream()
        .filter(r -> r.data().equals(field.key()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no template row for " + field.key()));
  }
}
