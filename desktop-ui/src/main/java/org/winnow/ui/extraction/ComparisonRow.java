package org.winnow.ui.extraction;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.winnow.core.extraction.ExtractionComparison.FieldComparison;

/**
 * One field of the side-by-side comparison, and whose value the consensus takes (the index of an
 * extractor; 0 unless the team chose another).
 */
public final class ComparisonRow {
  private final FieldComparison field;
  private final IntegerProperty chosen = new SimpleIntegerProperty();

  ComparisonRow(FieldComparison field) {
    this.field = field;
  }

  public FieldComparison field() {
    return field;
  }

  public boolean differs() {
    return !field.agree();
  }

  /** What one extractor gave, as people read it ("6 months"), "—" for nothing, "(no entry)". */
  public String value(int extractor) {
    if (!field.present().get(extractor)) {
      return "(no such entry)";
    }
    String v = field.values().get(extractor);
    return v == null ? "—" : v;
  }

  public IntegerProperty chosenProperty() {
    return chosen;
  }
}
