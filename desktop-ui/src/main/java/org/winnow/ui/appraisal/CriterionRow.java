package org.winnow.ui.appraisal;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.winnow.core.appraisal.CriterionAnswer;
import org.winnow.core.appraisal.MmatCategory;
import org.winnow.core.appraisal.MmatCriterion;
import org.winnow.core.appraisal.MmatRating;

/**
 * One MMAT item in the appraisal form: its answer (null until given) and the appraiser's comment.
 * The component says under which heading it is shown (null for the screening questions).
 */
public final class CriterionRow {
  private final MmatCriterion criterion;
  private final ObjectProperty<MmatCategory> component = new SimpleObjectProperty<>();
  private final ObjectProperty<MmatRating> rating = new SimpleObjectProperty<>();
  private final StringProperty comment = new SimpleStringProperty("");

  CriterionRow(MmatCriterion criterion) {
    this.criterion = criterion;
  }

  public MmatCriterion criterion() {
    return criterion;
  }

  public ObjectProperty<MmatCategory> componentProperty() {
    return component;
  }

  public ObjectProperty<MmatRating> ratingProperty() {
    return rating;
  }

  public StringProperty commentProperty() {
    return comment;
  }

  /** The answer as stored, or null when the item is not answered yet. */
  CriterionAnswer answer() {
    if (rating.get() == null) {
      return null;
    }
    String c = comment.get() == null ? "" : comment.get().strip();
    return new CriterionAnswer(rating.get(), c.isEmpty() ? null : c);
  }

  void set(CriterionAnswer a) {
    rating.set(a == null ? null : a.rating());
    comment.set(a == null || a.comment() == null ? "" : a.comment());
  }
}
