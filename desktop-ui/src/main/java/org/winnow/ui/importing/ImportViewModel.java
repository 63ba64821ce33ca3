package org.winnow.ui.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.Source;
import org.winnow.core.model.SourceType;
import org.winnow.core.project.ImportOutcome;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.ProjectActions;
import org.winnow.ui.dedup.DedupViewModel;

/**
 * Importing citation files: the files with the format their content was recognised as, the source
 * and search they came from, and what the import did. An import stores everything or nothing
 * (ImportService); this model shows which.
 */
public final class ImportViewModel {
  /**
   * How much of a file detection reads: the registry looks at this many characters, and a byte
   * never decodes to more than one character.
   */
  static final int DETECTION_BYTES = FormatRegistry.DETECTION_SAMPLE_CHARS;

  /** Where a file stands. */
  public enum FileState {
    READY,
    UNRECOGNISED,
    UNREADABLE,
    FAILED,
    IMPORTED
  }

  /**
   * A file chosen for import.
   *
   * @param format the importer its first bytes were recognised as, or null
   * @param detail what the state is about: the read error, the line of the error, the record count
   */
  public record FileRow(
      Path path, long size, CitationImporter format, FileState state, String detail) {
    public String name() {
      return path.getFileName().toString();
    }

    public String formatLabel() {
      return format == null ? "not recognised" : format.label();
    }

    /** The state in words, for the file list. */
    public String status() {
      return switch (state) {
        case READY -> "ready";
        case UNRECOGNISED -> "choose the format";
        case UNREADABLE -> "cannot read: " + detail;
        case FAILED -> detail;
        case IMPORTED -> detail + " records imported";
      };
    }

    FileRow with(FileState s, String d) {
      return new FileRow(path, size, format, s, d);
    }

    /** Back to how it was recognised, before an import attempt. */
    FileRow reset() {
      return state == FileState.UNREADABLE
          ? this
          : with(format == null ? FileState.UNRECOGNISED : FileState.READY, "");
    }
  }

  /** Where a file is wrong, as ImportException names it. */
  public record FileError(String file, int line, String field, String problem) {
    public String lineText() {
      return line > 0 ? Integer.toString(line) : "";
    }

    public String fieldText() {
      return field == null ? "" : field;
    }
  }

  /** One import attempt: stored (outcome) or refused (failure), with the record count around it. */
  record Attempt(ImportOutcome outcome, Exception failure, long recordsBefore, long recordsAfter) {}

  private final AppContext context;
  private final ProjectActions actions;
  private final FormatRegistry formats = FormatRegistry.standard();
  private final ObservableList<FileRow> files = FXCollections.observableArrayList();
  private final ObservableList<Source> sources = FXCollections.observableArrayList();
  private final ObservableList<FileError> errors = FXCollections.observableArrayList();
  private final StringProperty sourceName = new SimpleStringProperty("");
  private final ObjectProperty<SourceType> sourceType = new SimpleObjectProperty<>();
  private final BooleanProperty sourceKnown = new SimpleBooleanProperty();
  private final ObjectProperty<LocalDate> searchDate = new SimpleObjectProperty<>();
  private final StringProperty strategy = new SimpleStringProperty("");
  private final ObjectProperty<CitationImporter> format = new SimpleObjectProperty<>();
  private final LongProperty records = new SimpleLongProperty();
  private final StringProperty result = new SimpleStringProperty("");
  private final StringProperty refusal = new SimpleStringProperty("");
  private final BooleanProperty forceOffered = new SimpleBooleanProperty();
  private final BooleanProperty dedupOffered = new SimpleBooleanProperty();
  private final StringProperty dedupResult = new SimpleStringProperty("");
  private final StringBinding blocker;

  public ImportViewModel(AppContext context) {
    this.context = context;
    this.actions = new ProjectActions(context, refusal::set);
    sourceName.addListener((obs, old, now) -> matchSource());
    sources.addListener((javafx.collections.ListChangeListener<Source>) c -> matchSource());
    blocker =
        Bindings.createStringBinding(
            this::whyNot,
            files,
            sourceName,
            sourceType,
            format,
            actions.busyProperty(),
            sourceKnown);
  }

  /**
   * Reloads the existing sources and the record count. Not an action: it may run beside one, so a
   * file dropped while it loads is not turned away.
   */
  public void refresh() {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    context
        .tasks()
        .run(
            "Loading sources",
            (progress, cancel) -> p.summary(),
            s -> {
              sources.setAll(s.sources().stream().map(c -> c.source()).toList());
              records.set(s.records());
            },
            e -> refusal.set(e.getMessage()));
  }

  /**
   * Adds files (from the file chooser, a drop or a test) and recognises their format from the first
   * bytes, in the background.
   */
  public void addFiles(List<Path> chosen) {
    List<Path> fresh = new ArrayList<>();
    for (Path p : chosen) {
      Path abs = p.toAbsolutePath().normalize();
      if (Files.isRegularFile(abs)
          && files.stream().noneMatch(f -> f.path().equals(abs))
          && !fresh.contains(abs)) {
        fresh.add(abs);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    files.removeIf(f -> f.state() == FileState.IMPORTED); // a new import starts
    clearOutcome();
    actions.run(
        "Recognising formats",
        (p, progress) -> {
          List<FileRow> rows = new ArrayList<>();
          for (Path file : fresh) {
            rows.add(recognise(file));
            progress.report("recognising formats", rows.size(), fresh.size());
          }
          return rows;
        },
        files::addAll);
  }

  FileRow recognise(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(DETECTION_BYTES);
      Optional<CitationImporter> found =
          formats.detect(TextDecoder.decode(file.getFileName().toString(), head));
      return new FileRow(file, Files.size(file), found.orElse(null), FileState.READY, "").reset();
    } catch (IOException e) {
      return new FileRow(file, 0, null, FileState.UNREADABLE, e.getMessage());
    }
  }

  public void remove(FileRow row) {
    files.remove(row);
  }

  public void clearFiles() {
    files.clear();
    clearOutcome();
  }

  /** Imports the listed files; {@code force} imports files that were imported before again. */
  public void importFiles(boolean force) {
    if (blocker.get() != null) {
      return;
    }
    ImportRequest request =
        new ImportRequest(
            files.stream().map(FileRow::path).toList(),
            sourceName.get().strip(),
            sourceType.get(),
            searchDate.get(),
            strategy.get() == null || strategy.get().isBlank() ? null : strategy.get().strip(),
            format.get() == null ? null : format.get().id(),
            force,
            actions.actor());
    clearOutcome();
    files.replaceAll(FileRow::reset);
    actions.run(
        "Importing " + files.size() + (files.size() == 1 ? " file" : " files"),
        (p, progress) -> attempt(p, request, progress),
        this::show);
  }

  /** Expected refusals are a result, not an error: the view shows them with the count unchanged. */
  static Attempt attempt(ReviewProject p, ImportRequest request, Progress progress) {
    long before = p.summary().records();
    try {
      ImportOutcome outcome = p.imports().importFiles(request, progress);
      return new Attempt(outcome, null, before, p.summary().records());
    } catch (ImportException | ProjectException e) {
      return new Attempt(null, e, before, p.summary().records());
    }
  }

  void show(Attempt a) {
    records.set(a.recordsAfter());
    if (a.failure() == null) {
      ImportOutcome o = a.outcome();
      for (ImportBatch b : o.batches()) {
        markFile(b.fileName(), FileState.IMPORTED, String.format("%,d", b.recordCount()));
      }
      result.set(
          String.format(
                  "Imported %,d records from %d %s into %s. The project now has %,d records (was %,d).",
                  o.recordCount(),
                  o.batches().size(),
                  o.batches().size() == 1 ? "file" : "files",
                  o.source().name(),
                  a.recordsAfter(),
                  a.recordsBefore())
              + warnings(o));
      dedupOffered.set(true);
      refresh();
      return;
    }
    String count =
        a.recordsAfter() == a.recordsBefore()
            ? String.format("the project still has %,d records, as before.", a.recordsAfter())
            : String.format(
                "the project has %,d records (before: %,d).", a.recordsAfter(), a.recordsBefore());
    if (a.failure() instanceof ImportException e) {
      errors.add(new FileError(e.file(), e.line(), e.field(), e.problem()));
      markFile(e.file(), FileState.FAILED, e.line() > 0 ? "error at line " + e.line() : "error");
      refusal.set("Nothing was imported because " + e.file() + " has an error (below): " + count);
    } else {
      String message = a.failure().getMessage();
      // the service names the command-line remedy; here the remedy is the "Import anyway" button
      // (not for the same file given twice, which --force does not change)
      forceOffered.set(message.contains("use --force"));
      refusal.set(
          message.replace("; use --force to import it again", "")
              + ". Nothing was imported: "
              + count);
    }
  }

  /** The import's warnings (records kept although the file may be cut short), as sentences. */
  private static String warnings(ImportOutcome o) {
    StringBuilder s = new StringBuilder();
    for (var w : o.warnings()) {
      s.append(" Warning: ").append(w.message()).append('.');
    }
    return s.toString();
  }

  /** Marks the row of a file named by the service (a file name, or a whole path). */
  private void markFile(String named, FileState state, String detail) {
    for (int i = 0; i < files.size(); i++) {
      FileRow f = files.get(i);
      if (f.name().equals(named) || f.path().toString().equals(named)) {
        files.set(i, f.with(state, detail));
      }
    }
  }

  /** Runs duplicate detection after an import; the review happens in the deduplication view. */
  public void findDuplicates() {
    actions.run(
        "Finding duplicates",
        (p, progress) -> p.dedup().run(actions.actor(), progress),
        s -> {
          dedupOffered.set(false);
          dedupResult.set(DedupViewModel.describe(s) + " Review them in Deduplication.");
        });
  }

  private void clearOutcome() {
    errors.clear();
    result.set("");
    refusal.set("");
    forceOffered.set(false);
    dedupOffered.set(false);
    dedupResult.set("");
  }

  /** A name that is already a source fixes the type: a source keeps one PRISMA type. */
  private void matchSource() {
    String name = sourceName.get() == null ? "" : sourceName.get().strip();
    Optional<Source> known = sources.stream().filter(s -> s.name().equals(name)).findFirst();
    known.ifPresent(s -> sourceType.set(s.type()));
    sourceKnown.set(known.isPresent());
  }

  /** Why Import is not possible yet, in words; null when it is. */
  private String whyNot() {
    if (actions.busyProperty().get()) {
      return "Working…";
    }
    if (files.isEmpty()) {
      return "Choose or drop the files to import.";
    }
    if (files.stream().allMatch(f -> f.state() == FileState.IMPORTED)) {
      return "Imported. Choose or drop the next files.";
    }
    for (FileRow f : files) {
      if (f.state() == FileState.UNREADABLE) {
        return f.name() + ": " + f.status() + "; remove it.";
      }
      if (f.format() == null && format.get() == null) {
        return f.name() + ": format not recognised; choose the format.";
      }
    }
    if (sourceName.get() == null || sourceName.get().isBlank()) {
      return "Name the source the files came from, e.g. MEDLINE (Ovid).";
    }
    if (sourceType.get() == null) {
      return "Choose the source type.";
    }
    return null;
  }

  public ObservableList<FileRow> files() {
    return files;
  }

  public ObservableList<Source> sources() {
    return sources;
  }

  public ObservableList<FileError> errors() {
    return errors;
  }

  /** The formats a user may choose when detection fails. */
  public List<CitationImporter> formats() {
    return formats.importers();
  }

  public StringProperty sourceNameProperty() {
    return sourceName;
  }

  public ObjectProperty<SourceType> sourceTypeProperty() {
    return sourceType;
  }

  /** True when the source name is an existing source: its type is then fixed. */
  public BooleanProperty sourceKnownProperty() {
    return sourceKnown;
  }

  public ObjectProperty<LocalDate> searchDateProperty() {
    return searchDate;
  }

  public StringProperty strategyProperty() {
    return strategy;
  }

  /** The format chosen by hand for every file, or null to use the recognised ones. */
  public ObjectProperty<CitationImporter> formatProperty() {
    return format;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return actions.busyProperty();
  }

  /** How far the running import (or detection) has got; -1 while unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return context.tasks().progressProperty();
  }

  public LongProperty recordsProperty() {
    return records;
  }

  /** What a successful import stored. */
  public StringProperty resultProperty() {
    return result;
  }

  /** Why nothing was imported, and that the project is unchanged. */
  public StringProperty refusalProperty() {
    return refusal;
  }

  /** True when the refusal can be overridden (the same file was imported before). */
  public BooleanProperty forceOfferedProperty() {
    return forceOffered;
  }

  /** True after an import, until duplicates have been looked for. */
  public BooleanProperty dedupOfferedProperty() {
    return dedupOffered;
  }

  public StringProperty dedupResultProperty() {
    return dedupResult;
  }

  /** Why Import is disabled, or null when it can run. */
  public StringBinding blockerProperty() {
    return blocker;
  }

  public BooleanBinding canImport() {
    return blocker.isNull();
  }
}
