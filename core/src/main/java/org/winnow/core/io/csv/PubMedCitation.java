package org.winnow.core.io.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Volume, issue, pages and DOI from PubMed's citation string ("Eur J Med Genet. 2020
 * Feb;63(2):103640. doi: ..."), which PubMed's CSV export has instead of separate columns.
 *
 * @param volume null when absent
 * @param issue null when absent
 * @param pages null when absent
 * @param doi null when absent
 */
record PubMedCitation(String volume, String issue, String pages, String doi) {
  /** ";volume(issue):pages" after the date; either volume or issue may be missing. */
  private static final Pattern SOURCE =
      Pattern.compile(";\\s*([^;:()\\s]+)?\\s*(?:\\(([^)]*)\\))?\\s*:\\s*([^.;,\\s]+)");

  private static final Pattern DOI = Pattern.compile("(?i)\\bdoi:\\s*(10\\.\\S+?)\\.?(?:\\s|$)");

  /** Null when the text has no ";volume(issue):pages" part. */
  static PubMedCitation parse(String citation) {
    if (citation == null) {
      return null;
    }
    Matcher doi = DOI.matcher(citation);
    String d = doi.find() ? doi.group(1) : null;
    Matcher m = SOURCE.matcher(citation);
    if (!m.find() || (m.group(1) == null && m.group(2) == null)) {
      return d == null ? null : new PubMedCitation(null, null, null, d);
    }
    return new PubMedCitation(m.group(1), m.group(2), m.group(3), d);
  }
}
