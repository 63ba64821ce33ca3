package org.winnow.strategies.lucene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.winnow.strategies.ast.Field;

/**
 * The index a strategy runs against: which Lucene fields hold each searched field, how text was
 * analysed, and the cap on truncation expansion. The project's index fills it (this module does not
 * know its field names).
 *
 * @param analyzer analyses query words as the index analysed the text
 * @param textFields analysed text fields per searched field (title: [title])
 * @param defaultFields fields searched when a term names none
 * @param headingField the field of subject-heading descriptors
 * @param keywordFields fields holding one lower-cased identifier (DOI, PMID)
 * @param yearField the integer-point field of publication years
 * @param recordIdField the stored field listing the IDs of a document's records
 * @param maxExpansions most index terms one truncated word may expand to inside a phrase or
 *     proximity
 */
public record IndexSchema(
    Analyzer analyzer,
    Map<Field, List<String>> textFields,
    List<String> defaultFields,
    String headingField,
    Map<Field, String> keywordFields,
    String yearField,
    String recordIdField,
    int maxExpansions) {

  /** Enough for any real truncation in a review-sized index; more means the stem is too short. */
  public static final int DEFAULT_MAX_EXPANSIONS = 1024;

  public IndexSchema {
    Objects.requireNonNull(analyzer);
    Map<Field, List<String>> text = new EnumMap<>(Field.class);
    text.putAll(textFields);
    textFields = Collections.unmodifiableMap(text);
    defaultFields = List.copyOf(defaultFields);
    Map<Field, String> keyword = new EnumMap<>(Field.class);
    keyword.putAll(keywordFields);
    keywordFields = Collections.unmodifiableMap(keyword);
    if (maxExpansions < 1) {
      throw new IllegalArgumentException("maxExpansions must be positive");
    }
  }

  public static Builder builder(Analyzer analyzer) {
    return new Builder(analyzer);
  }

  /** The index fields of a searched field; empty when the index does not hold it. */
  public List<String> fieldsOf(Field field) {
    return textFields.getOrDefault(field, List.of());
  }

  /** Builds a schema field by field. */
  public static final class Builder {
    private final Analyzer analyzer;
    private final Map<Field, List<String>> text = new EnumMap<>(Field.class);
    private final Map<Field, String> keyword = new EnumMap<>(Field.class);
    private List<String> defaults = List.of();
    private String heading;
    private String year;
    private String recordIds;
    private int maxExpansions = DEFAULT_MAX_EXPANSIONS;

    private Builder(Analyzer analyzer) {
      this.analyzer = analyzer;
    }

    public Builder text(Field field, String... indexFields) {
      text.computeIfAbsent(field, f -> new ArrayList<>()).addAll(List.of(indexFields));
      return this;
    }

    public Builder keyword(Field field, String indexField) {
      keyword.put(field, indexField);
      return this;
    }

    public Builder defaults(String... indexFields) {
      defaults = List.of(indexFields);
      return this;
    }

    public Builder headings(String indexField) {
      heading = indexField;
      return this;
    }

    public Builder years(String indexField) {
      year = indexField;
      return this;
    }

    public Builder recordIds(String storedField) {
      recordIds = storedField;
      return this;
    }

    public Builder maxExpansions(int max) {
      maxExpansions = max;
      return this;
    }

    public IndexSchema build() {
      Map<Field, List<String>> copy = new EnumMap<>(Field.class);
      text.forEach((k, v) -> copy.put(k, List.copyOf(v)));
      return new IndexSchema(
          analyzer, copy, defaults, heading, keyword, year, recordIds, maxExpansions);
    }
  }
}
