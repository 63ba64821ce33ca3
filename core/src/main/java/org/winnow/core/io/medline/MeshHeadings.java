package org.winnow.core.io.medline;

/**
 * MeSH headings as MEDLINE-style exports write them: "Diabetes Mellitus, Type 2/*drug therapy",
 * "*Protein Structure, Secondary", Ovid's "Neoplasms/dt [Drug Therapy]". Winnow stores the
 * descriptor alone ("Diabetes Mellitus, Type 2"): screening, search and deduplication work on
 * descriptors, and the qualifiers and major-topic stars stay in the record's raw tags.
 */
public final class MeshHeadings {
  private MeshHeadings() {}

  /** The descriptor of a heading, without qualifiers and major-topic stars; null when blank. */
  public static String descriptor(String heading) {
    if (heading == null) {
      return null;
    }
    String s = heading.strip();
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    s = s.replace("*", "").strip();
    return s.isEmpty() ? null : s;
  }
}
