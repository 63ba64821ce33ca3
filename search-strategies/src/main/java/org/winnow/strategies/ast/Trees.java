package org.winnow.strategies.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Small passes over whole trees. */
public final class Trees {
  private Trees() {}

  /**
   * The same tree without spans and line labels (how lines were written, not what they search), to
   * compare trees by meaning.
   */
  public static Strategy withoutSpans(Strategy strategy) {
    List<SearchLine> lines = new ArrayList<>();
    for (SearchLine l : strategy.lines()) {
      lines.add(new SearchLine(l.number(), null, withoutSpans(l.query()), Span.NONE));
    }
    return new Strategy(lines);
  }

  public static Node withoutSpans(Node node) {
    return new NodeRewriter() {
      @Override
      public Node text(Text n) {
        return new Text(n.words(), n.quoted(), Span.NONE);
      }

      @Override
      public Node bool(Bool n) {
        return new Bool(n.op(), rewriteAll(n.operands()), Span.NONE);
      }

      @Override
      public Node near(Near n) {
        return new Near(rewriteAll(n.operands()), n.maxGap(), n.ordered(), Span.NONE);
      }

      @Override
      public Node fielded(Fielded n) {
        return new Fielded(n.fields(), rewrite(n.inner()), Span.NONE);
      }

      @Override
      public Node heading(Heading n) {
        return new Heading(n.name(), n.explode(), n.major(), n.subheadings(), Span.NONE);
      }

      @Override
      public Node lineRef(LineRef n) {
        return new LineRef(n.number(), Span.NONE);
      }

      @Override
      public Node limit(Limit n) {
        return new Limit(rewrite(n.target()), n.restrictions(), Span.NONE);
      }

      @Override
      public Node dateRange(DateRange n) {
        return new DateRange(n.field(), n.from(), n.to(), Span.NONE);
      }
    }.rewrite(node);
  }

  /** Every node of a tree, parents before children. */
  public static List<Node> nodes(Node root) {
    List<Node> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node node, List<Node> out) {
    out.add(node);
    if (node instanceof Bool b) {
      b.operands().forEach(o -> collect(o, out));
    } else if (node instanceof Near n) {
      n.operands().forEach(o -> collect(o, out));
    } else if (node instanceof Fielded f) {
      collect(f.inner(), out);
    } else if (node instanceof Limit l) {
      collect(l.target(), out);
    }
  }

  public static boolean contains(Node root, Predicate<Node> test) {
    return nodes(root).stream().anyMatch(test);
  }

  /**
   * Combines operands, flattening nested operands of the same associative operator ({@code (a OR b)
   * OR c} is {@code a OR b OR c}) and a left-nested {@code NOT} ({@code (a NOT b) NOT c}).
   */
  public static Node combine(Bool.Op op, List<Node> operands, Span span) {
    List<Node> flat = new ArrayList<>();
    for (int i = 0; i < operands.size(); i++) {
      Node o = operands.get(i);
      boolean flatten = o instanceof Bool b && b.op() == op && (op != Bool.Op.NOT || i == 0);
      if (flatten) {
        flat.addAll(((Bool) o).operands());
      } else {
        flat.add(o);
      }
    }
    return flat.size() == 1 ? flat.get(0) : new Bool(op, flat, span);
  }

  /**
   * Moves field restrictions down to the terms: {@code (a OR b).ti.} becomes {@code a.ti. OR
   * b.ti.}, the same search, for dialects that tag terms, not groups. An inner field wins over an
   * outer one; headings, references and dates keep no text field.
   */
  public static Node fieldsOnTerms(Node node) {
    return new NodeRewriter() {
      @Override
      public Node fielded(Fielded f) {
        return push(f.fields(), rewrite(f.inner()), f.span());
      }

      private Node push(java.util.Set<Field> fields, Node inner, Span span) {
        if (inner instanceof Bool b) {
          List<Node> out = new ArrayList<>();
          b.operands().forEach(o -> out.add(push(fields, o, span)));
          return new Bool(b.op(), out, b.span());
        }
        if (inner instanceof Near n) {
          List<Node> out = new ArrayList<>();
          n.operands().forEach(o -> out.add(push(fields, o, span)));
          return new Near(out, n.maxGap(), n.ordered(), n.span());
        }
        if (inner instanceof Text t) {
          return new Fielded(fields, t, span);
        }
        return inner; // already fielded, or a heading, reference, date or limit
      }
    }.rewrite(node);
  }
}
