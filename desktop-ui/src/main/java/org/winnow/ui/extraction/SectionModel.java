package org.winnow.ui.extraction;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.extraction.SectionSpec;

/** A section of the form: one entry, or as many as the team adds (one per intervention...). */
public final class SectionModel {
  private final SectionSpec spec;
  private final Runnable changed;
  private final ObservableList<EntryModel> entries = FXCollections.observableArrayList();

  SectionModel(SectionSpec spec, Runnable changed) {
    this.spec = spec;
    this.changed = changed;
    int first = spec.repeats() ? spec.repeat().least() : 1;
    for (int i = 0; i < first; i++) {
      entries.add(new EntryModel(spec, changed));
    }
  }

  public SectionSpec spec() {
    return spec;
  }

  public ObservableList<EntryModel> entries() {
    return entries;
  }

  /** Adds an entry at the end; refused (null) when the section takes no more. */
  public EntryModel add() {
    if (!spec.repeats() || (spec.repeat().max() != null && entries.size() >= spec.repeat().max())) {
      return null;
    }
    EntryModel e = new EntryModel(spec, changed);
    entries.add(e);
    changed.run();
    return e;
  }

  /** Removes an entry; refused (false) below the section's least number of entries. */
  public boolean remove(EntryModel entry) {
    if (!spec.repeats() || entries.size() <= spec.repeat().least()) {
      return false;
    }
    boolean removed = entries.remove(entry);
    if (removed) {
      changed.run();
    }
    return removed;
  }

  /** A fresh entry to fill from stored answers, replacing what is shown. */
  EntryModel entryForLoading() {
    EntryModel e = new EntryModel(spec, changed);
    entries.add(e);
    return e;
  }
}
