package org.winnow.strategies.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tree as plain maps and lists, for JSON output (the module itself has no JSON library). */
public final class TreeMaps {
  private TreeMaps() {}

  public static List<Map<String, Object>> of(Strategy strategy) {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (SearchLine l : strategy.lines()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", l.number());
      if (l.label() != null) {
        m.put("label", l.label());
      }
      m.put("query", of(l.query()));
      lines.add(m);
    }
    return lines;
  }

  public static Map<String, Object> of(Node node) {
    return node.accept(
        new NodeVisitor<>() {
          private Map<String, Object> node(String type, Node n) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type);
            if (n.span() != Span.NONE) {
              m.put("at", n.span().line() + ":" + n.span().column());
            }
            return m;
          }

          private List<Object> all(List<Node> nodes) {
            List<Object> out = new ArrayList<>();
            nodes.forEach(n -> out.add(n.accept(this)));
            return out;
          }

          @Override
          public Map<String, Object> text(Text n) {
            Map<String, Object> m = node(n.isPhrase() ? "phrase" : "term", n);
            m.put("text", n.words().stream().map(Word::toString).toList());
            if (n.quoted()) {
              m.put("quoted", true);
            }
            return m;
          }

          @Override
          public Map<String, Object> bool(Bool n) {
            Map<String, Object> m = node(n.op().name().toLowerCase(java.util.Locale.ROOT), n);
            m.put("operands", all(n.operands()));
            return m;
          }

          @Override
          public Map<String, Object> near(Near n) {
            Map<String, Object> m = node("near", n);
            m.put("maxGap", n.maxGap());
            m.put("ordered", n.ordered());
            m.put("operands", all(n.operands()));
            return m;
          }

          @Override
          public Map<String, Object> fielded(Fielded n) {
            Map<String, Object> m = node("fields", n);
            m.put("fields", n.fields().stream().map(Enum::name).toList());
            m.put("query", n.inner().accept(this));
            return m;
          }

          @Override
          public Map<String, Object> heading(Heading n) {
            Map<String, Object> m = node("heading", n);
            m.put("name", n.name());
            m.put("explode", n.explode());
            m.put("major", n.major());
            if (!n.subheadings().isEmpty()) {
              m.put("subheadings", n.subheadings());
            }
            return m;
          }

          @Override
          public Map<String, Object> lineRef(LineRef n) {
            Map<String, Object> m = node("line", n);
            m.put("number", n.number());
            return m;
          }

          @Override
          public Map<String, Object> limit(Limit n) {
            Map<String, Object> m = node("limit", n);
            m.put("query", n.target().accept(this));
            m.put("to", n.restrictions().stream().map(Object::toString).toList());
            return m;
          }

          @Override
          public Map<String, Object> dateRange(DateRange n) {
            Map<String, Object> m = node("dates", n);
            m.put("field", n.field().name());
            m.put("from", n.from());
            m.put("to", n.to());
            return m;
          }
        });
  }
}
