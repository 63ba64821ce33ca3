package org.winnow.core.io.pubmedxml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of a PubMed article, read with its attributes, content and line: a small tree that
 * the mapping can query by path. Only one article is held at a time.
 */
final class XmlNode {
  /**
   * Markup inside text (italics, superscripts, MathML): its text belongs to the enclosing field.
   */
  private static final Set<String> INLINE =
      Set.of("i", "b", "u", "sup", "sub", "em", "strong", "math", "mml", "DispFormula", "br");

  private final String name;
  private final int line;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Object> content = new ArrayList<>(); // XmlNode or String, in document order

  XmlNode(String name, int line) {
    this.name = name;
    this.line = line;
  }

  String name() {
    return name;
  }

  int line() {
    return line;
  }

  void attribute(String key, String value) {
    attributes.put(key, value);
  }

  String attribute(String key) {
    return attributes.get(key);
  }

  Map<String, String> attributes() {
    return attributes;
  }

  void add(XmlNode child) {
    content.add(child);
  }

  void addText(String text) {
    content.add(text);
  }

  List<XmlNode> children() {
    List<XmlNode> out = new ArrayList<>();
    for (Object o : content) {
      if (o instanceof XmlNode n) {
        out.add(n);
      }
    }
    return out;
  }

  /** The children with this name, in order. */
  List<XmlNode> children(String childName) {
    List<XmlNode> out = new ArrayList<>();
    for (XmlNode n : children()) {
      if (n.name.equals(childName)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The first element at this path of child names below this one, or null. */
  XmlNode find(String... path) {
    XmlNode n = this;
    for (String step : path) {
      List<XmlNode> next = n.children(step);
      if (next.isEmpty()) {
        return null;
      }
      n = next.get(0);
    }
    return n;
  }

  /** Every element at this path of child names below this one, in document order. */
  List<XmlNode> findAll(String... path) {
    List<XmlNode> level = List.of(this);
    for (String step : path) {
      List<XmlNode> next = new ArrayList<>();
      for (XmlNode n : level) {
        next.addAll(n.children(step));
      }
      level = next;
    }
    return level;
  }

  /** The text at this path, stripped, or null when the element is missing or empty. */
  String text(String... path) {
    XmlNode n = find(path);
    if (n == null) {
      return null;
    }
    String t = n.text().strip();
    return t.isEmpty() ? null : t;
  }

  /** All text inside this element, inline markup included. */
  String text() {
    StringBuilder out = new StringBuilder();
    collectText(out);
    return out.toString();
  }

  private void collectText(StringBuilder out) {
    for (Object o : content) {
      if (o instanceof XmlNode n) {
        n.collectText(out);
      } else {
        out.append((String) o);
      }
    }
  }

  /** True when everything below this element is text or inline markup. */
  boolean isTextual() {
    for (XmlNode n : children()) {
      if (!isInline(n.name) || !n.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInline(String name) {
    int colon = name.indexOf(':');
    return colon >= 0 || INLINE.contains(name);
  }
}
