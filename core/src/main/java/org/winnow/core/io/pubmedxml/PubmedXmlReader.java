package org.winnow.core.io.pubmedxml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportLimits;
import org.winnow.core.io.ImportText;

/**
 * Streams a PubMed XML file and hands out one article at a time as a small {@link XmlNode} tree.
 * DTDs and external entities are off: the DOCTYPE of real PubMed files is skipped, never fetched,
 * and an entity that points at a file or URL is never resolved (XXE). Errors name the line from the
 * parser's location and the element path being read.
 */
final class PubmedXmlReader implements AutoCloseable {
  private static final Set<String> ARTICLES = Set.of("PubmedArticle", "PubmedBookArticle");

  private final ImportText input;
  private final XMLStreamReader xml;
  private final java.io.Reader text;

  /** Elements open outside any article, for error messages. */
  private final Deque<String> outer = new ArrayDeque<>();

  /** Elements open inside the current article, innermost first. */
  private final Deque<XmlNode> open = new ArrayDeque<>();

  private boolean sawArticle;
  private String rootName;
  private int rootLine;

  PubmedXmlReader(ImportText input) throws ImportException {
    this.input = input;
    try {
      this.text = input.reader();
    } catch (java.io.IOException e) {
      throw input.error(0, null, "cannot read: " + e.getMessage());
    }
    try {
      this.xml = factory().createXMLStreamReader(text);
    } catch (XMLStreamException | RuntimeException e) {
      close();
      throw input.error(0, null, "cannot read as XML: " + message(e));
    }
  }

  /** Closes the file being read. */
  @Override
  public void close() {
    try {
      text.close();
    } catch (java.io.IOException e) {
      // read to its end or failed already: nothing more to report
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    // belt and braces: should any parser still ask for an external resource, it gets nothing
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
    return f;
  }

  boolean sawArticle() {
    return sawArticle;
  }

  /** The name of the document's root element, or null before any element. */
  String rootName() {
    return rootName;
  }

  int rootLine() {
    return rootLine;
  }

  /** The next article, or null at the end of the file. */
  XmlNode next() throws ImportException {
    try {
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> start();
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.peek().addText(xml.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlNode done = end();
            if (done != null) {
              return done;
            }
          }
          default -> {
            // comments, processing instructions, the DOCTYPE: nothing to keep
          }
        }
      }
      if (!open.isEmpty()) {
        throw input.error(
            open.peekLast().line(),
            path(),
            "the file ends inside <" + open.peek().name() + ">: it is cut short");
      }
      return null;
    } catch (XMLStreamException | RuntimeException e) {
      Location at = e instanceof XMLStreamException x ? x.getLocation() : null;
      if (at == null) {
        at = safeLocation();
      }
      int line = at == null ? 0 : Math.max(0, at.getLineNumber());
      throw input.error(line, path(), "not well-formed XML: " + message(e));
    }
  }

  private void start() throws ImportException {
    String name = xml.getLocalName();
    int line = xml.getLocation().getLineNumber();
    if (outer.size() + open.size() >= ImportLimits.STANDARD.maxXmlDepth()) {
      throw ImportLimits.STANDARD.tooDeep(input, line, name);
    }
    if (rootName == null) {
      rootName = name;
      rootLine = line;
    }
    if (open.isEmpty() && !ARTICLES.contains(name)) {
      outer.push(name);
      return;
    }
    XmlNode node = new XmlNode(name, line);
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      node.attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
    if (!open.isEmpty()) {
      open.peek().add(node);
    } else {
      sawArticle = true;
    }
    open.push(node);
  }

  /** Closes the innermost element; returns the article when it was the one closed. */
  private XmlNode end() {
    if (open.isEmpty()) {
      if (!outer.isEmpty()) {
        outer.pop();
      }
      return null;
    }
    XmlNode node = open.pop();
    return open.isEmpty() ? node : null;
  }

  /** "PubmedArticleSet/PubmedArticle/MedlineCitation": where the reader is, for errors. */
  private String path() {
    StringBuilder s = new StringBuilder();
    for (Iterator<String> it = outer.descendingIterator(); it.hasNext(); ) {
      s.append(s.length() == 0 ? "" : "/").append(it.next());
    }
    for (Iterator<XmlNode> it = open.descendingIterator(); it.hasNext(); ) {
      s.append(s.length() == 0 ? "" : "/").append(it.next().name());
    }
    return s.length() == 0 ? null : s.toString();
  }

  private Location safeLocation() {
    try {
      return xml.getLocation();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The parser's message without its "ParseError at [row,col]" preamble. */
  private static String message(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
  }
}
