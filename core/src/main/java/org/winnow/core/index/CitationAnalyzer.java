package org.winnow.core.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Words as database search syntax expects them: split at punctuation as PubMed and Ovid split them
 * ({@link DatabaseWordTokenizer}), lower-cased and accent-folded, no stemming (search strategies
 * truncate explicitly, e.g. {@code child$}), no stop words (phrases such as "quality of life" must
 * match). Changing how words are made changes the index: bump {@link CitationIndex#SCHEMA_VERSION}.
 */
public final class CitationAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    DatabaseWordTokenizer tokenizer = new DatabaseWordTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new ASCIIFoldingFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
