package org.winnow.core.io.ris;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.winnow.core.io.CitationExporter;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/**
 * Writes RIS as reference managers and screening tools read it. The PMID, which RIS has no tag for,
 * goes to {@code AN} and again as "PMID: n" in {@code N1}, the form EndNote uses.
 */
public final class RisExporter implements CitationExporter {
  @Override
  public String id() {
    return "ris";
  }

  @Override
  public String label() {
    return "RIS";
  }

  @Override
  public String extension() {
    return "ris";
  }

  @Override
  public void write(List<Record> records, Writer out) throws IOException {
    for (Record r : records) {
      Bibliographic f = r.fields();
      tag(out, "TY", risType(f.type()));
      tag(out, "ID", r.fileRecordId());
      tag(out, "TI", f.title());
      for (Author a : f.authors()) {
        tag(out, "AU", a.display());
      }
      tag(out, "PY", f.year() == null ? null : f.year().toString());
      tag(out, "T2", f.journal());
      tag(out, "J2", f.journalAbbrev());
      tag(out, "VL", f.volume());
      tag(out, "IS", f.issue());
      tag(out, "SP", f.startPage());
      tag(out, "EP", f.endPage());
      tag(out, "DO", f.doi());
      tag(out, "AN", f.pmid());
      if (f.pmid() != null) {
        tag(out, "N1", "PMID: " + f.pmid());
      }
      tag(out, "C2", f.pmcid());
      tag(out, "SN", joinIds(f.issn(), f.isbn()));
      for (String k : f.keywords()) {
        tag(out, "KW", k);
      }
      for (String m : f.mesh()) {
        tag(out, "KW", m);
      }
      tag(out, "LA", f.language());
      tag(out, "UR", f.url());
      tag(out, "PB", f.publisher());
      tag(out, "AB", f.abstractText());
      out.write("ER  - \r\n\r\n");
    }
  }

  private static String joinIds(String issn, String isbn) {
    if (issn == null) {
      return isbn;
    }
    return isbn == null ? issn : issn + "; " + isbn;
  }

  /** RIS needs a TY; the file's own type is kept when it already is a RIS type. */
  public static String risType(String type) {
    if (type != null && type.matches("[A-Z]{2,6}")) {
      return type;
    }
    if (type == null) {
      return "JOUR";
    }
    String t = type.toLowerCase(java.util.Locale.ROOT);
    if (t.contains("book")
        && (t.contains("chapter") || t.contains("section") || t.contains("incollection"))) {
      return "CHAP";
    }
    if (t.contains("book")) {
      return "BOOK";
    }
    if (t.contains("conference") || t.contains("proceedings") || t.contains("inproceedings")) {
      return "CONF";
    }
    if (t.contains("thesis") || t.contains("dissertation")) {
      return "THES";
    }
    if (t.contains("report")) {
      return "RPRT";
    }
    return "JOUR";
  }

  private static void tag(Writer out, String tag, String value) throws IOException {
    if (value == null || value.isBlank()) {
      return;
    }
    out.write(tag);
    out.write("  - ");
    out.write(value.replace("\r", " ").replace("\n", " "));
    out.write("\r\n");
  }
}
