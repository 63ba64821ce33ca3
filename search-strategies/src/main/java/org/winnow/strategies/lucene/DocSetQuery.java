package org.winnow.strategies.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents an earlier line matched, as a query: a reference to line 3 costs a bit lookup, not
 * a re-run of line 3's terms. Valid only for the reader the set was collected from.
 */
final class DocSetQuery extends Query {
  private final FixedBitSet docs;
  private final int line;

  DocSetQuery(FixedBitSet docs, int line) {
    this.docs = docs;
    this.line = line;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        return new ConstantScoreScorer(this, score(), scoreMode, iterator(context));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  private DocIdSetIterator iterator(LeafReaderContext context) {
    int base = context.docBase;
    int max = context.reader().maxDoc();
    return new DocIdSetIterator() {
      private int doc = -1;

      @Override
      public int docID() {
        return doc;
      }

      @Override
      public int nextDoc() {
        return advance(doc + 1);
      }

      @Override
      public int advance(int target) {
        int global = base + target;
        if (target >= max || global >= docs.length()) {
          return doc = NO_MORE_DOCS;
        }
        int next = docs.nextSetBit(global);
        doc = next == NO_MORE_DOCS || next >= base + max ? NO_MORE_DOCS : next - base;
        return doc;
      }

      @Override
      public long cost() {
        return max;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "#" + line;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && ((DocSetQuery) other).docs == docs;
  }

  @Override
  public int hashCode() {
    return classHash() ^ System.identityHashCode(docs);
  }
}
