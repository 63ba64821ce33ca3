package org.winnow.core.io;

/**
 * How large and how deep an imported file may be. Real exports stay far below every limit; a
 * damaged or hostile file that goes beyond one is refused with an {@link ImportException} naming
 * where, instead of running the JVM out of stack, memory or time. Each threshold is named here
 * once; docs/formats.md lists them.
 *
 * @param maxXmlDepth deepest element nesting an XML file may have (real PubMed and EndNote XML nest
 *     fewer than 15 levels)
 * @param maxFieldChars longest value one field may have, continuation lines included (the longest
 *     real abstracts have some 30,000 characters)
 * @param maxAuthors most authors one record may list (the largest real author lists, in particle
 *     physics, have some 5,000 names)
 * @param maxFileBytes largest file an import reads; large on purpose, so that exports of several GB
 *     stay possible when imports stream
 * @param maxTextChars most characters of a file held in memory at once: the formats that are read
 *     whole (BibTeX, see docs/formats.md) refuse a longer file; every other format streams, so its
 *     files are bounded by {@code maxFileBytes} only
 */
public record ImportLimits(
    int maxXmlDepth, int maxFieldChars, int maxAuthors, long maxFileBytes, long maxTextChars) {

  /** The limits every import uses. */
  public static final ImportLimits STANDARD =
      new ImportLimits(256, 1_000_000, 20_000, 4L * 1024 * 1024 * 1024, 256L * 1024 * 1024);

  /** These limits with another bound on the text held in memory. */
  public ImportLimits withMaxTextChars(long chars) {
    return new ImportLimits(maxXmlDepth, maxFieldChars, maxAuthors, maxFileBytes, chars);
  }

  /**
   * Checks one parsed record against the field and author limits.
   *
   * @throws ImportException naming the record's line and the field that is too large
   */
  public void check(ImportText input, RecordDraft draft) throws ImportException {
    for (org.winnow.core.model.RawField f : draft.rawFields()) {
      if (f.value() != null && f.value().length() > maxFieldChars) {
        throw tooLong(input, draft.line(), f.tag(), f.value().length());
      }
    }
    for (Field field : Field.values()) {
      for (String v : draft.values(field)) {
        if (v.length() > maxFieldChars) {
          throw tooLong(
              input, draft.line(), field.name().toLowerCase(java.util.Locale.ROOT), v.length());
        }
      }
    }
    int authors = draft.values(Field.AUTHOR).size();
    if (authors > maxAuthors) {
      throw input.error(
          draft.line(),
          "author",
          "the record lists "
              + authors
              + " authors; at most "
              + maxAuthors
              + " are read: the file is damaged or not a citation export");
    }
  }

  private ImportException tooLong(ImportText input, int line, String field, int length) {
    return input.error(
        line,
        field,
        "value of "
            + length
            + " characters is longer than the limit of "
            + maxFieldChars
            + ": the file is damaged or not in this format");
  }

  /** The error for XML nested deeper than {@link #maxXmlDepth}. */
  public ImportException tooDeep(ImportText input, int line, String element) {
    return input.error(
        line,
        element,
        "XML elements nested more than "
            + maxXmlDepth
            + " deep: the file is damaged or not a citation export");
  }
}
