package org.winnow.core.io.pubmedxml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
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
    // an explicit stack rather than recursion: depth is bounded by ImportLimits, but a walk that
    // cannot overflow the call stack needs no such argument
    Deque<Iterator<Object>> stack = new ArrayDeque<>();
    stack.push(content.iterator());
    while (!stack.isEmpty()) {
      Iterator<Object> it = stack.peek();
      if (!it.hasNext()) {
        stack.pop();
        continue;
      }
      Object o = it.next();
      if (o instanceof XmlNode n) {
        stack.push(n.content.iterator());
      } else {
        out.append((String) o);
      }
    }
    return out.toString();
  }

  /** True when everything below this element is text or inline markup. */
  boolean isTextual() {
    Deque<XmlNode> todo = new ArrayDeque<>(children());
    while (!todo.isEmpty()) {
      XmlNode n = todo.pop();
      if (!isInline(n.name)) {
        return false;
      }
      todo.addAll(n.children());
    }
    return true;
  }

  private static boolean isInline(String name) {
    int colon = name.indexOf(':');
    return colon >= 0 || INLINE.contains(name);
  }
}
