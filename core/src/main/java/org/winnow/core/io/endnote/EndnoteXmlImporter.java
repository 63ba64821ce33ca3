package org.winnow.core.io.endnote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.Field;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportLimits;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;

/**
 * EndNote XML ({@code <xml><records><record>}), as EndNote, Zotero, Mendeley and Bookends export
 * it. Every element with text is kept as a raw field under its path inside the record
 * ("titles/title", "contributors/authors/author"), attributes as "path@name". Text split into
 * {@code <style>} runs is joined. Parsed with StAX with DTDs and external entities off, so a file
 * cannot make the parser read other files or expand entity bombs.
 */
public final class EndnoteXmlImporter implements CitationImporter {
  private static final String RECORD = "record";
  private static final String STYLE = "style";
  private static final Pattern ISSN =
      Pattern.compile("(?<![\\dXx-])\\d{4}-?\\d{3}[\\dXx](?![\\dXx-])");
  private static final Pattern PMID = Pattern.compile("\\d{1,8}");

  /** EndNote files PubMed's PMCID in "Custom 2" (Bookends in a user field): taken by its shape. */
  private static final Pattern PMCID_FIELD = Pattern.compile("(custom|user)\\d+");

  private static final Pattern PMCID = Pattern.compile("PMC\\d+");

  /** EndNote separates several values in one field by line breaks. */
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

  @Override
  public String id() {
    return "endnote-xml";
  }

  @Override
  public String label() {
    return "EndNote XML (EndNote, Zotero, Mendeley)";
  }

  @Override
  public List<String> extensions() {
    return List.of("xml");
  }

  @Override
  public int detect(String sample) {
    boolean records = sample.contains("<records>") || sample.contains("<records ");
    boolean record = sample.contains("<record>") || sample.contains("<record ");
    if (records && record && (sample.contains("<ref-type") || sample.contains("<titles>"))) {
      return 95;
    }
    return records && record ? 60 : 0;
  }

  @Override
  public List<RecordDraft> read(ImportText input) throws ImportException {
    List<RecordDraft> out = new ArrayList<>();
    stream(input, out::add);
    return out;
  }

  /** Streams records as StAX reads them, so a large export is held one record at a time. */
  @Override
  public void stream(ImportText input, DraftSink sink) throws ImportException {
    new Walk(input, sink).records();
  }

  /** One pass over the document; holds the record being built and the open elements inside it. */
  private static final class Walk {
    private final ImportText input;
    private final DraftSink sink;
    // the last record read, passed on when the next one is complete or the document ends: a
    // document cut after it still gets its warning
    private RecordDraft last;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Node> open = new ArrayDeque<>();
    private EndnoteRecord current;
    private int recordDepth;

    Walk(ImportText input, DraftSink sink) {
      this.input = input;
      this.sink = sink;
    }

    void records() throws ImportException {
      XMLStreamReader r = null;
      java.io.Reader text = null;
      try {
        text = input.reader();
        r = secureFactory().createXMLStreamReader(text);
        while (r.hasNext()) {
          int event = r.next();
          switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
              if (path.size() >= ImportLimits.STANDARD.maxXmlDepth()) {
                throw ImportLimits.STANDARD.tooDeep(
                    input, r.getLocation().getLineNumber(), r.getLocalName());
              }
              start(r);
            }
            case XMLStreamConstants.END_ELEMENT -> end();
            case XMLStreamConstants.CHARACTERS,
                XMLStreamConstants.CDATA,
                XMLStreamConstants.SPACE ->
                text(r.getText());
            default -> {
              // DTD, comments and processing instructions carry no record data
            }
          }
        }
      } catch (XMLStreamException e) {
        if (truncatedAfterLastRecord(e)) {
          // a missing final </records></xml> loses nothing, but the file may have been cut short
          last.warn(
              input.warning(
                  input.lineCount(),
                  null,
                  "the file ends after this record without closing </records>: it may be cut"
                      + " short, and records after it lost"));
          sink.accept(last);
          return;
        }
        int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
        throw input.error(line, path.isEmpty() ? null : path.peek(), problem(e));
      } catch (java.io.IOException e) {
        throw input.error(0, null, "cannot read: " + e.getMessage());
      } finally {
        close(r);
        if (text != null) {
          try {
            text.close();
          } catch (java.io.IOException e) {
            // read to its end or failed already: nothing more to report
          }
        }
      }
      if (current != null) {
        throw input.error(current.line(), RECORD, "the file ends inside this record");
      }
      if (last != null) {
        sink.accept(last);
      }
    }

    private void start(XMLStreamReader r) {
      String name = r.getLocalName();
      path.push(name);
      if (current == null) {
        if (RECORD.equals(name)) {
          current = new EndnoteRecord(r.getLocation().getLineNumber());
          recordDepth = path.size();
        }
        return;
      }
      Node parent = open.peek();
      if (STYLE.equals(name) && parent != null) {
        parent.owner().markStyled();
        open.push(Node.style(parent));
        return;
      }
      if (parent != null) {
        parent.owner().hasChildElements = true;
      }
      Node node = Node.element(parent == null ? name : parent.owner().path + "/" + name);
      open.push(node);
      for (int i = 0; i < r.getAttributeCount(); i++) {
        current.attribute(node.path + "@" + r.getAttributeLocalName(i), r.getAttributeValue(i));
      }
    }

    private void end() throws ImportException {
      if (current != null) {
        if (path.size() == recordDepth) {
          if (last != null) {
            sink.accept(last);
          }
          last = current.draft();
          current = null;
          open.clear();
        } else {
          Node node = open.pop();
          if (!node.isStyle()) {
            String text = node.text();
            if (!text.isEmpty() && !(node.hasChildElements && text.isBlank())) {
              current.field(node.path, text);
            }
          }
        }
      }
      path.pop();
    }

    private void text(String text) {
      Node node = open.peek();
      if (current == null || node == null) {
        return;
      }
      if (node.isStyle()) {
        node.owner().styled(text);
      } else {
        node.direct(text);
      }
    }

    private boolean truncatedAfterLastRecord(XMLStreamException e) {
      if (current != null || last == null || e.getLocation() == null) {
        return false;
      }
      return e.getLocation().getLineNumber() >= input.lineCount();
    }

    private static String problem(XMLStreamException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      int cut = message.indexOf("Message: ");
      return "malformed XML: " + (cut >= 0 ? message.substring(cut + 9) : message).strip();
    }

    private static void close(XMLStreamReader r) {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // nothing was opened that needs closing: the source is a string
        }
      }
    }
  }

  /**
   * The JDK's own StAX implementation with DTD support and external entities off: a DOCTYPE is
   * skipped, and a reference to an entity it declared is an error, not an expansion.
   */
  static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** An open element inside a record, or a {@code <style>} run that gives its text to its owner. */
  private static final class Node {
    final String path;
    final Node owner;
    final StringBuilder text = new StringBuilder();
    final StringBuilder pendingSpace = new StringBuilder();
    boolean styled;
    boolean hasChildElements;

    private Node(String path, Node owner) {
      this.path = path;
      this.owner = owner;
    }

    static Node element(String path) {
      return new Node(path, null);
    }

    static Node style(Node parent) {
      return new Node(null, parent.owner());
    }

    boolean isStyle() {
      return owner != null;
    }

    Node owner() {
      return owner == null ? this : owner;
    }

    /**
     * Text directly in the element. White space between {@code <style>} runs is indentation of
     * pretty-printed files and is dropped once the element turns out to be styled.
     */
    void direct(String s) {
      if (s.isBlank()) {
        pendingSpace.append(s);
        return;
      }
      flushSpace();
      text.append(s);
    }

    void markStyled() {
      styled = true;
      pendingSpace.setLength(0);
    }

    void styled(String s) {
      text.append(s);
    }

    private void flushSpace() {
      if (!styled) {
        text.append(pendingSpace);
      }
      pendingSpace.setLength(0);
    }

    String text() {
      if (!styled) {
        flushSpace();
      }
      return text.toString();
    }
  }

  /** Maps one record's paths to fields; the journal is chosen when the record is complete. */
  private static final class EndnoteRecord {
    private final RecordDraft draft;
    private String fullTitle;
    private String secondaryTitle;
    private String altFullTitle;

    EndnoteRecord(int line) {
      draft = new RecordDraft(line);
    }

    int line() {
      return draft.line();
    }

    void attribute(String path, String value) {
      draft.raw(path, value);
      if ("ref-type@name".equals(path)) {
        draft.add(Field.TYPE, value);
      }
    }

    void field(String path, String text) {
      draft.raw(path, text);
      String v = text.strip();
      switch (path) {
        case "rec-number" -> draft.fileRecordId(v);
        case "contributors/authors/author" -> draft.add(Field.AUTHOR, v);
        case "titles/title" -> draft.add(Field.TITLE, v);
        case "titles/secondary-title" -> secondaryTitle = first(secondaryTitle, v);
        case "periodical/full-title" -> fullTitle = first(fullTitle, v);
        case "alt-periodical/full-title" -> altFullTitle = first(altFullTitle, v);
        case "periodical/abbr-1", "alt-periodical/abbr-1" -> draft.add(Field.JOURNAL_ABBREV, v);
        case "pages" -> draft.add(Field.PAGES, v);
        case "volume" -> draft.add(Field.VOLUME, v);
        case "number", "issue" -> draft.add(Field.ISSUE, v);
        case "dates/year" -> draft.add(Field.YEAR, v);
        case "dates/pub-dates/date" -> draft.add(Field.DATE, v);
        case "electronic-resource-num" -> draft.add(Field.DOI, v);
        case "keywords/keyword" -> lines(v).forEach(k -> draft.add(Field.KEYWORD, k));
        case "abstract" -> draft.add(Field.ABSTRACT, v);
        case "urls/related-urls/url", "urls/web-urls/url" -> draft.add(Field.URL, v);
        case "accession-num" -> {
          if (PMID.matcher(v).matches()) {
            draft.add(Field.PMID, v); // PubMed's accession number; WoS and Embase ones differ
          }
        }
        case "language" -> draft.add(Field.LANGUAGE, v);
        case "isbn" -> lines(v).forEach(this::isbnOrIssn);
        case "publisher" -> draft.add(Field.PUBLISHER, v);
        default -> {
          if (PMCID_FIELD.matcher(path).matches() && PMCID.matcher(v).matches()) {
            draft.add(Field.PMCID, v);
          }
        }
      }
    }

    /** EndNote's one "isbn" field holds the ISSN of journal articles. */
    private void isbnOrIssn(String v) {
      draft.add(ISSN.matcher(v).find() ? Field.ISSN : Field.ISBN, v);
    }

    RecordDraft draft() {
      String journal = fullTitle != null ? fullTitle : secondaryTitle;
      draft.add(Field.JOURNAL, journal != null ? journal : altFullTitle);
      return draft;
    }

    private static String first(String existing, String v) {
      return existing != null ? existing : v;
    }

    private static List<String> lines(String v) {
      List<String> out = new ArrayList<>();
      for (String part : LINE_BREAKS.split(v)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
      return out;
    }
  }
}
