package org.winnow.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.model.RawField;

/**
 * What an importer collects for one record: every raw tag and value in file order, and the values
 * it mapped to normalised {@link Field}s. Normalisation happens in one place, {@link
 * RecordNormaliser}, not in the importers.
 */
public final class RecordDraft {
  private final int line;
  private String fileRecordId;
  private final List<RawField> raw = new ArrayList<>();
  private final Map<Field, List<String>> values = new EnumMap<>(Field.class);
  private final List<ImportWarning> warnings = new ArrayList<>();

  /**
   * @param line 1-based line of the file where this record starts
   */
  public RecordDraft(int line) {
    this.line = line;
  }

  public int line() {
    return line;
  }

  /** The ID the file gave this record (RIS ID, PMID, BibTeX key, CSV ID column). */
  public RecordDraft fileRecordId(String id) {
    this.fileRecordId = id == null || id.isBlank() ? null : id.strip();
    return this;
  }

  public String fileRecordId() {
    return fileRecordId;
  }

  /** Keeps a tag and value exactly as the file had it. */
  public RecordDraft raw(String tag, String value) {
    raw.add(new RawField(tag, value));
    return this;
  }

  /** Adds a value for a normalised field; blank values are ignored. */
  public RecordDraft add(Field field, String value) {
    if (value != null && !value.isBlank()) {
      values.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
    }
    return this;
  }

  /** Sets a field's value, replacing any earlier one; blank clears it. */
  public RecordDraft set(Field field, String value) {
    values.remove(field);
    return add(field, value);
  }

  /** Notes a problem the record was imported despite (e.g. the file ends inside it). */
  public RecordDraft warn(ImportWarning warning) {
    warnings.add(warning);
    return this;
  }

  public List<ImportWarning> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  public List<RawField> rawFields() {
    return Collections.unmodifiableList(raw);
  }

  /** All values given for a field, in order; empty when none. */
  public List<String> values(Field field) {
    return values.getOrDefault(field, List.of());
  }

  /** The first value given for a field, or null. */
  public String first(Field field) {
    List<String> v = values(field);
    return v.isEmpty() ? null : v.get(0);
  }

  public boolean has(Field field) {
    return values.containsKey(field);
  }
}
