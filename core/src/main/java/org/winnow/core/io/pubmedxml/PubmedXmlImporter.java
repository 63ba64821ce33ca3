package org.winnow.core.io.pubmedxml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;

/**
 * PubMed XML as PubMed and E-utilities write it: {@code <PubmedArticleSet>} holding {@code
 * <PubmedArticle>} (journal articles) and {@code <PubmedBookArticle>} (books and chapters). The
 * file is read with StAX with DTDs and external entities off, so the DOCTYPE of real files is
 * skipped without any network access ({@link PubmedXmlReader}). Every element's text is also kept
 * raw under its path below the article ("MedlineCitation/Article/ArticleTitle"), and every
 * attribute under the element's path plus "/@name".
 */
public final class PubmedXmlImporter implements CitationImporter {
  /** Detection confidence: PubMed's own article elements. */
  private static final int PUBMED_ELEMENTS = 95;

  /** Detection confidence: a MEDLINE citation element without PubMed's wrappers. */
  private static final int MEDLINE_CITATION = 85;

  /** PubMed marks abstracts without sections this way; the label carries nothing. */
  private static final String NO_LABEL = "UNLABELLED";

  @Override
  public String id() {
    return "pubmed-xml";
  }

  @Override
  public String label() {
    return "PubMed XML";
  }

  @Override
  public List<String> extensions() {
    return List.of("xml");
  }

  @Override
  public int detect(String sample) {
    if (sample.contains("<PubmedArticleSet")
        || sample.contains("<PubmedArticle>")
        || sample.contains("<PubmedArticle ")
        || sample.contains("<PubmedBookArticle")) {
      return PUBMED_ELEMENTS;
    }
    return sample.contains("<MedlineCitation") ? MEDLINE_CITATION : 0;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<RecordDraft> out = new ArrayList<>();
    stream(input, out::add);
    return out;
  }

  /** Streams one article at a time as StAX reads it. */
  @Override
  public void stream(ImportText input, DraftSink sink) throws ImportException {
    try (PubmedXmlReader reader = new PubmedXmlReader(input)) {
      XmlNode article;
      while ((article = reader.next()) != null) {
        RecordDraft d = record(article);
        if (!d.rawFields().isEmpty()) {
          sink.accept(d); // an empty <PubmedArticle/> holds no record
        }
      }
      if (!reader.sawArticle()) {
        throw input.error(
            reader.rootLine(),
            reader.rootName(),
            "no <PubmedArticle> or <PubmedBookArticle> element: not PubMed XML");
      }
    }
  }

  private static RecordDraft record(XmlNode article) {
    RecordDraft d = new RecordDraft(article.line());
    flatten(article, "", d);
    if (article.name().equals("PubmedBookArticle")) {
      book(article, d);
    } else {
      journalArticle(article, d);
    }
    return d;
  }

  /**
   * Raw fields: each textual element under its path, each attribute under path + "/@name", in
   * document order. Walked with an explicit stack, not recursion (see {@link XmlNode#text()}).
   */
  private static void flatten(XmlNode article, String prefix, RecordDraft d) {
    record Level(Iterator<XmlNode> children, String prefix) {}
    Deque<Level> stack = new ArrayDeque<>();
    stack.push(new Level(article.children().iterator(), prefix));
    while (!stack.isEmpty()) {
      Level level = stack.peek();
      if (!level.children().hasNext()) {
        stack.pop();
        continue;
      }
      XmlNode child = level.children().next();
      String path = level.prefix() + child.name();
      child.attributes().forEach((k, v) -> d.raw(path + "/@" + k, v));
      if (child.isTextual()) {
        String text = child.text().strip();
        if (!text.isEmpty()) {
          d.raw(path, text);
        }
      } else {
        stack.push(new Level(child.children().iterator(), path + "/"));
      }
    }
  }

  private static void journalArticle(XmlNode root, RecordDraft d) {
    XmlNode citation = root.find("MedlineCitation");
    XmlNode data = root.find("PubmedData");
    if (citation == null) {
      return;
    }
    String pmid = pmid(citation);
    d.add(Field.PMID, pmid).fileRecordId(pmid);
    XmlNode article = citation.find("Article");
    if (article != null) {
      String title = article.text("ArticleTitle");
      d.add(Field.TITLE, title != null ? title : article.text("VernacularTitle"));
      abstractText(article, d);
      authors(article.findAll("AuthorList"), d);
      XmlNode journal = article.find("Journal");
      if (journal != null) {
        XmlNode issue = journal.find("JournalIssue");
        d.add(Field.DATE, issue == null ? null : date(issue.find("PubDate")));
        d.add(Field.JOURNAL, journal.text("Title"));
        d.add(Field.JOURNAL_ABBREV, journal.text("ISOAbbreviation"));
        d.add(Field.VOLUME, issue == null ? null : issue.text("Volume"));
        d.add(Field.ISSUE, issue == null ? null : issue.text("Issue"));
        journal.findAll("ISSN").forEach(n -> d.add(Field.ISSN, n.text()));
      }
      article.findAll("ArticleDate").forEach(n -> d.add(Field.DATE, date(n)));
      pages(article, d);
      if (!d.has(Field.PAGES) && !aheadOfPrint(data)) {
        // e-only articles: the pii is the article number PubMed cites in place of pages
        article.findAll("ELocationID").stream()
            .filter(n -> "pii".equals(n.attribute("EIdType")))
            .findFirst()
            .ifPresent(n -> d.add(Field.PAGES, n.text()));
      }
      article.findAll("ELocationID").stream()
          .filter(n -> "doi".equals(n.attribute("EIdType")))
          .forEach(n -> d.add(Field.DOI, n.text()));
      article.findAll("Language").forEach(n -> d.add(Field.LANGUAGE, n.text()));
      article
          .findAll("PublicationTypeList", "PublicationType")
          .forEach(n -> d.add(Field.TYPE, n.text()));
    }
    d.add(Field.JOURNAL_ABBREV, citation.text("MedlineJournalInfo", "MedlineTA"));
    d.add(Field.ISSN, citation.text("MedlineJournalInfo", "ISSNLinking"));
    subjects(citation, d);
    if (data != null) {
      articleIds(data.findAll("ArticleIdList", "ArticleId"), d);
    }
  }

  private static void book(XmlNode root, RecordDraft d) {
    XmlNode document = root.find("BookDocument");
    if (document == null) {
      return;
    }
    String pmid = pmid(document);
    d.add(Field.PMID, pmid).fileRecordId(pmid);
    XmlNode book = document.find("Book");
    String chapter = document.text("ArticleTitle");
    String bookTitle = book == null ? null : book.text("BookTitle");
    d.add(Field.TITLE, chapter != null ? chapter : bookTitle);
    if (chapter != null) {
      d.add(Field.JOURNAL, bookTitle); // the book a chapter is in
    }
    abstractText(document, d);
    authors(document.findAll("AuthorList"), d);
    if (book != null) {
      if (!d.has(Field.AUTHOR)) {
        authors(book.findAll("AuthorList"), d); // a whole book: its authors are the book's
      }
      d.add(Field.DATE, date(book.find("PubDate")));
      d.add(Field.PUBLISHER, book.text("Publisher", "PublisherName"));
      d.add(Field.VOLUME, book.text("Volume"));
      book.findAll("Isbn").forEach(n -> d.add(Field.ISBN, n.text()));
      book.findAll("ELocationID").stream()
          .filter(n -> "doi".equals(n.attribute("EIdType")))
          .forEach(n -> d.add(Field.DOI, n.text()));
    }
    document.findAll("ELocationID").stream()
        .filter(n -> "doi".equals(n.attribute("EIdType")))
        .forEach(n -> d.add(Field.DOI, n.text()));
    pages(document, d);
    document.findAll("Language").forEach(n -> d.add(Field.LANGUAGE, n.text()));
    document.findAll("PublicationType").forEach(n -> d.add(Field.TYPE, n.text()));
    subjects(document, d);
    articleIds(document.findAll("ArticleIdList", "ArticleId"), d);
    XmlNode data = root.find("PubmedBookData");
    if (data != null) {
      articleIds(data.findAll("ArticleIdList", "ArticleId"), d);
    }
  }

  private static boolean aheadOfPrint(XmlNode data) {
    return data != null && "aheadofprint".equalsIgnoreCase(data.text("PublicationStatus"));
  }

  /** The citation's own PMID; test files carry several versions, the highest wins. */
  private static String pmid(XmlNode citation) {
    String best = null;
    int bestVersion = Integer.MIN_VALUE;
    for (XmlNode n : citation.children("PMID")) {
      int version = 0;
      try {
        version = Integer.parseInt(String.valueOf(n.attribute("Version")).strip());
      } catch (NumberFormatException e) {
        // no or odd version: counts as 0
      }
      String text = n.text().strip();
      if (!text.isEmpty() && (best == null || version > bestVersion)) {
        best = text;
        bestVersion = version;
      }
    }
    return best;
  }

  /** Every abstract section, its label first: "BACKGROUND: ...". */
  private static void abstractText(XmlNode parent, RecordDraft d) {
    for (XmlNode section : parent.findAll("Abstract", "AbstractText")) {
      String text = section.text().strip();
      String label = section.attribute("Label");
      if (label != null
          && !label.isBlank()
          && !label.equalsIgnoreCase(NO_LABEL)
          && !text.isEmpty()) {
        text = label.strip() + ": " + text;
      }
      d.add(Field.ABSTRACT, text);
    }
  }

  /** Authors of the author lists (not the editor lists), persons and groups. */
  private static void authors(List<XmlNode> lists, RecordDraft d) {
    for (XmlNode list : lists) {
      String type = list.attribute("Type");
      if (type != null && !type.equals("authors")) {
        continue; // "editors"
      }
      for (XmlNode a : list.children("Author")) {
        String group = a.text("CollectiveName");
        String last = a.text("LastName");
        if (last != null) {
          String given = a.text("ForeName") != null ? a.text("ForeName") : a.text("Initials");
          String suffix = a.text("Suffix");
          String name = given == null ? last : last + ", " + given;
          d.add(Field.AUTHOR, suffix == null ? name : name + " " + suffix);
        } else if (group != null) {
          d.add(Field.AUTHOR, "{" + group + "}"); // braces mark an organisation
        }
      }
    }
  }

  /** "2008 Feb 12" from Year/Month/Day, or the free-text MedlineDate ("1999 Spring"). */
  private static String date(XmlNode date) {
    if (date == null) {
      return null;
    }
    String medline = date.text("MedlineDate");
    if (medline != null) {
      return medline;
    }
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {"Year", "Season", "Month", "Day"}) {
      String v = date.text(part);
      if (v != null) {
        parts.add(v);
      }
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static void pages(XmlNode parent, RecordDraft d) {
    XmlNode pagination = parent.find("Pagination");
    if (pagination == null) {
      return;
    }
    String medline = pagination.text("MedlinePgn");
    if (medline != null) {
      d.add(Field.PAGES, medline);
    } else {
      d.add(Field.START_PAGE, pagination.text("StartPage"));
      d.add(Field.END_PAGE, pagination.text("EndPage"));
    }
  }

  private static void subjects(XmlNode citation, RecordDraft d) {
    citation
        .findAll("MeshHeadingList", "MeshHeading", "DescriptorName")
        .forEach(n -> d.add(Field.MESH, n.text().strip()));
    citation.findAll("KeywordList", "Keyword").forEach(n -> d.add(Field.KEYWORD, n.text().strip()));
  }

  private static void articleIds(List<XmlNode> ids, RecordDraft d) {
    for (XmlNode id : ids) {
      String type = id.attribute("IdType");
      if ("doi".equals(type)) {
        d.add(Field.DOI, id.text());
      } else if ("pmc".equals(type)) {
        d.add(Field.PMCID, id.text());
      } else if ("pubmed".equals(type) && !d.has(Field.PMID)) {
        d.add(Field.PMID, id.text()).fileRecordId(id.text());
      }
    }
  }
}
