package org.winnow.core.io.bibtex;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.winnow.core.io.CitationExporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/** Writes UTF-8 BibTeX (as biber and JabRef read it); keys are the files' own IDs when usable. */
public final class BibtexExporter implements CitationExporter {
  @Override
  public String id() {
    return "bibtex";
  }

  @Override
  public String label() {
    return "BibTeX";
  }

  @Override
  public String extension() {
    return "bib";
  }

  @Override
  public void write(List<Record> records, Writer out) throws IOException {
    Set<String> used = new HashSet<>();
    for (Record r : records) {
      Bibliographic f = r.fields();
      out.write("@" + entryType(f.type()) + "{" + uniqueKey(r, used) + ",\n");
      field(out, "title", f.title());
      written(
          out,
          "author",
          f.authors().stream().map(BibtexExporter::name).collect(Collectors.joining(" and ")));
      field(out, "year", f.year() == null ? null : f.year().toString());
      field(out, "journal", f.journal());
      field(out, "shortjournal", f.journalAbbrev());
      field(out, "volume", f.volume());
      field(out, "number", f.issue());
      field(out, "pages", f.pages() == null ? null : f.pages().replace("–", "--"));
      field(out, "doi", f.doi());
      field(out, "pmid", f.pmid());
      field(out, "pmcid", f.pmcid());
      field(out, "issn", f.issn());
      field(out, "isbn", f.isbn());
      field(out, "keywords", String.join("; ", f.keywords()));
      field(out, "mesh", String.join("; ", f.mesh()));
      field(out, "language", f.language());
      field(out, "url", f.url());
      field(out, "publisher", f.publisher());
      field(out, "abstract", f.abstractText());
      out.write("}\n\n");
    }
  }

  /** An organisation (no given names) in braces, so that BibTeX does not split it into names. */
  private static String name(Author a) {
    return a.given().isEmpty()
        ? "{" + escape(a.family()) + "}"
        : escape(a.family()) + ", " + escape(a.given());
  }

  /** The BibTeX entry type written for a record's type (any file's vocabulary). */
  public static String entryType(String type) {
    if (type == null) {
      return "article";
    }
    String t = type.toLowerCase(Locale.ROOT);
    if (t.matches(
        "article|book|inbook|incollection|inproceedings|misc|phdthesis|mastersthesis|techreport")) {
      return t;
    }
    if (t.equals("chap") || t.contains("chapter")) {
      return "incollection";
    }
    if (t.equals("book") || t.contains("book")) {
      return "book";
    }
    if (t.equals("conf")
        || t.equals("cpaper")
        || t.contains("conference")
        || t.contains("proceedings")) {
      return "inproceedings";
    }
    if (t.equals("thes") || t.contains("thesis")) {
      return "phdthesis";
    }
    if (t.equals("rprt") || t.contains("report")) {
      return "techreport";
    }
    return "article";
  }

  private static String uniqueKey(Record r, Set<String> used) {
    String base =
        r.fileRecordId() != null ? r.fileRecordId().replaceAll("[^A-Za-z0-9_:.\\-]", "") : "";
    if (base.isEmpty()) {
      Bibliographic f = r.fields();
      String family = f.authors().isEmpty() ? "anon" : f.authors().get(0).family();
      base =
          Normalizer.normalize(family, Normalizer.Form.NFD)
                  .replaceAll("[^A-Za-z]", "")
                  .toLowerCase(Locale.ROOT)
              + (f.year() == null ? "" : f.year());
      if (base.isEmpty()) {
        base = "record" + r.id();
      }
    }
    String key = base;
    for (int i = 2; !used.add(key); i++) {
      key = base + "-" + i;
    }
    return key;
  }

  private static void field(Writer out, String name, String value) throws IOException {
    written(out, name, value == null ? null : escape(value));
  }

  /** A field whose value is already BibTeX (escaped, braces meant as braces). */
  private static void written(Writer out, String name, String value) throws IOException {
    if (value == null || value.isBlank()) {
      return;
    }
    out.write("  " + name + " = {" + value + "},\n");
  }

  /** Braces are balanced by escaping stray ones; TeX specials that break parsing are escaped. */
  static String escape(String value) {
    StringBuilder s = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '{', '}', '%', '&', '#' -> s.append('\\').append(c);
        case '\\' -> s.append("\\textbackslash{}");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
