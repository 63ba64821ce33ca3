package org.winnow.core.project;

import java.util.Collection;
import java.util.function.IntPredicate;
import org.apache.lucene.search.IndexSearcher;
import org.winnow.core.index.CitationAnalyzer;
import org.winnow.core.index.IndexFields;
import org.winnow.strategies.ast.Field;
import org.winnow.strategies.ast.Strategy;
import org.winnow.strategies.lucene.IndexSchema;
import org.winnow.strategies.lucene.StrategyRun;
import org.winnow.strategies.lucene.StrategyRunner;
import org.winnow.strategies.report.TranslationReport;

/**
 * A database search strategy run against the project's citations: hits per line and the seed
 * records found. One place that knows how the strategy fields map onto the project index, for the
 * command line and the window alike.
 */
public final class StrategySearch {
  /** Long OR lines over several default fields pass Lucene's default of 1024 clauses. */
  private static final int MAX_CLAUSES = 65_536;

  private final ReviewProject project;

  StrategySearch(ReviewProject project) {
    this.project = project;
  }

  /** The project index's fields, as the strategy module needs them. */
  public static IndexSchema schema() {
    return IndexSchema.builder(new CitationAnalyzer())
        .text(Field.TITLE, IndexFields.TITLE)
        .text(Field.ABSTRACT, IndexFields.ABSTRACT)
        .text(Field.AUTHOR_KEYWORDS, IndexFields.KEYWORDS)
        .text(Field.SUBJECT_HEADING_WORD, IndexFields.MESH)
        .text(Field.PUBLICATION_TYPE, IndexFields.PUBLICATION_TYPE)
        .text(Field.LANGUAGE, IndexFields.LANGUAGE)
        .text(Field.AUTHOR, IndexFields.AUTHORS)
        .text(Field.JOURNAL, IndexFields.JOURNAL)
        .text(
            Field.ALL_FIELDS,
            IndexFields.TITLE,
            IndexFields.ABSTRACT,
            IndexFields.AUTHORS,
            IndexFields.JOURNAL,
            IndexFields.KEYWORDS,
            IndexFields.MESH,
            IndexFields.PUBLICATION_TYPE,
            IndexFields.LANGUAGE)
        .keyword(Field.DOI, IndexFields.DOI)
        .keyword(Field.ACCESSION_NUMBER, IndexFields.PMID)
        .defaults(IndexFields.DEFAULT_SEARCH)
        .headings(IndexFields.MESH)
        .years(IndexFields.YEAR)
        .recordIds(IndexFields.RECORD_IDS)
        .build();
  }

  /**
   * Runs every line of the strategy against the project index (rebuilt first when stale); every
   * step that is not exact against the index is added to the report.
   *
   * @param seeds record IDs known to be relevant, as the files gave them
   */
  public StrategyRun run(Strategy strategy, Collection<String> seeds, TranslationReport report) {
    return run(strategy, seeds, report, line -> false);
  }

  /**
   * As {@link #run(Strategy, Collection, TranslationReport)}, also keeping the record IDs that the
   * listed lines retrieve ({@link StrategyRun#recordsOf}).
   *
   * @param listed the line numbers whose records are kept
   */
  public StrategyRun run(
      Strategy strategy, Collection<String> seeds, TranslationReport report, IntPredicate listed) {
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), MAX_CLAUSES));
    return project
        .index()
        .withSearcher(
            searcher ->
                new StrategyRunner(searcher, schema()).run(strategy, seeds, report, listed));
  }
}
