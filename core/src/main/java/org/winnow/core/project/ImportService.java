package org.winnow.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.winnow.core.index.CitationIndex;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportLimits;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.ImportWarning;
import org.winnow.core.io.RecordNormaliser;
import org.winnow.core.io.TextDecoder;
import org.winnow.core.model.ImportBatch;
import org.winnow.core.model.Record;
import org.winnow.core.model.Source;
import org.winnow.core.storage.AuditDao;
import org.winnow.core.storage.BatchDao;
import org.winnow.core.storage.MetaDao;
import org.winnow.core.storage.RecordDao;
import org.winnow.core.storage.SourceDao;

/**
 * Imports citation files into a project. All files of one request are parsed first and stored in
 * one transaction: a file with an error imports nothing, and the error names file, line and field.
 */
public final class ImportService {
  private final ReviewProject project;
  private final FormatRegistry formats;
  private final ImportLimits limits;

  ImportService(ReviewProject project) {
    this(project, FormatRegistry.standard());
  }

  ImportService(ReviewProject project, FormatRegistry formats) {
    this(project, formats, ImportLimits.STANDARD);
  }

  ImportService(ReviewProject project, FormatRegistry formats, ImportLimits limits) {
    this.project = project;
    this.formats = formats;
    this.limits = limits;
  }

  /** A file read, decoded and recognised, not yet parsed or stored. */
  private record PreparedFile(
      Path file, String sha256, CitationImporter importer, ImportText text) {}

  public ImportOutcome importFiles(ImportRequest request, Progress progress)
      throws ImportException, ProjectException {
    if (request.sourceName() == null || request.sourceName().isBlank()) {
      throw new ProjectException("a source name is needed (--source), e.g. \"MEDLINE (Ovid)\"");
    }
    List<PreparedFile> prepared = new ArrayList<>();
    Map<String, Path> given = new HashMap<>();
    for (Path file : request.files()) {
      PreparedFile f = prepare(file, request);
      Path same = given.putIfAbsent(f.sha256(), file);
      if (same != null) {
        // one command, one copy: --force re-imports a file imported before, never twice at once
        throw new ProjectException(
            file
                + " is the same file as "
                + same
                + " (same SHA-256), given twice in one import; each file is imported once per"
                + " command, even with --force");
      }
      prepared.add(f);
    }
    CitationIndex index = project.index(); // current now, so the import only adds its own records
    Stored stored = store(request, prepared, index, progress);
    try (CitationIndex.PendingUpdate pending = stored.index()) {
      progress.report("indexing", 0, stored.outcome().recordCount());
      pending.commit(stored.dataVersion() - 1, stored.dataVersion());
    }
    progress.report("done", stored.outcome().recordCount(), stored.outcome().recordCount());
    return stored.outcome();
  }

  /**
   * What the database transaction committed, and the documents of its records, not yet committed.
   */
  private record Stored(
      ImportOutcome outcome, long dataVersion, CitationIndex.PendingUpdate index) {}

  private PreparedFile prepare(Path file, ImportRequest request)
      throws ImportException, ProjectException {
    String name = file.getFileName().toString();
    checkRegularFile(file);
    TextDecoder.IdentifiedText identified;
    try {
      // one pass hashes the bytes and settles the encoding; the text is decoded as it is parsed
      identified = TextDecoder.identify(name, file, limits.maxTextChars());
    } catch (NoSuchFileException e) {
      throw new ImportException(file.toString(), 0, null, "no such file");
    } catch (IOException e) {
      throw new ImportException(file.toString(), 0, null, "cannot read: " + e.getMessage());
    }
    String sha = identified.sha256();
    if (!request.force()) {
      List<ImportBatch> earlier = project.database().read(c -> BatchDao.bySha256(c, sha));
      if (!earlier.isEmpty()) {
        ImportBatch b = earlier.get(0);
        throw new ProjectException(
            file
                + " was already imported (batch "
                + b.id()
                + ", "
                + b.fileName()
                + ", "
                + b.importedAt()
                + "); use --force to import it again");
      }
    }
    ImportText text = identified.text();
    return new PreparedFile(file, sha, chooseImporter(text, request.formatId()), text);
  }

  /**
   * Only a regular file is read, and only up to the size limit: a directory, a device such as
   * /dev/zero or a named pipe would never end or block the project, so they are refused up front.
   */
  private void checkRegularFile(Path file) throws ImportException {
    if (!Files.exists(file)) {
      throw new ImportException(file.toString(), 0, null, "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new ImportException(file.toString(), 0, null, "is a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new ImportException(
          file.toString(), 0, null, "is not a regular file (a device or pipe); import a file");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ImportException(file.toString(), 0, null, "cannot read: " + e.getMessage());
    }
    if (size > limits.maxFileBytes()) {
      throw new ImportException(
          file.toString(),
          0,
          null,
          "the file has "
              + size
              + " bytes, more than the limit of "
              + limits.maxFileBytes()
              + " for one import");
    }
  }

  private CitationImporter chooseImporter(ImportText text, String formatId) throws ImportException {
    if (formatId != null) {
      return formats
          .importer(formatId)
          .orElseThrow(
              () ->
                  new ImportException(
                      text.fileName(),
                      0,
                      null,
                      "unknown format '" + formatId + "' (known: " + formats.importerIds() + ")"));
    }
    return formats
        .detect(text)
        .orElseThrow(
            () ->
                new ImportException(
                    text.fileName(),
                    1,
                    null,
                    "format not recognised; name it with --format (one of "
                        + formats.importerIds()
                        + ")"));
  }

  /**
   * Parses and stores every file in one transaction, record by record, so memory stays flat for
   * large files; bad input anywhere rolls the whole request back. Each stored record also goes to
   * an index update that a second thread builds meanwhile; it is committed only after the database
   * (by the caller), and discarded here when the transaction fails, so a failed import leaves
   * neither rows nor documents. The index's write lock is taken inside the transaction, after the
   * database's lock, in the same order as a rebuild takes them.
   */
  private Stored store(
      ImportRequest request, List<PreparedFile> files, CitationIndex index, Progress progress)
      throws ProjectException, ImportException {
    Source existing =
        project
            .database()
            .read(c -> SourceDao.byName(c, request.sourceName().strip()).orElse(null));
    if (existing != null
        && request.sourceType() != null
        && existing.type() != request.sourceType()) {
      throw new ProjectException(
          "source '"
              + existing.name()
              + "' is a "
              + existing.type().cliName()
              + " source, not "
              + request.sourceType().cliName());
    }
    if (existing == null && request.sourceType() == null) {
      throw new ProjectException(
          "new source '"
              + request.sourceName()
              + "' needs a type (--source-type database|register|website|organisation|citation-search|other)");
    }
    CitationIndex.PendingUpdate[] pending = new CitationIndex.PendingUpdate[1];
    boolean committed = false;
    try {
      Stored result =
          project
              .database()
              .inTransaction(
                  ImportException.class,
                  c -> {
                    ReviewProject.runAlone(c, "import", request.actor());
                    pending[0] = index.beginUpdate();
                    Source source =
                        existing != null
                            ? existing
                            : SourceDao.insert(
                                c, request.sourceName().strip(), request.sourceType());
                    List<ImportBatch> batches = new ArrayList<>();
                    List<ImportWarning> warnings = new ArrayList<>();
                    for (PreparedFile f : files) {
                      String fileName = f.file().getFileName().toString();
                      progress.report("reading " + fileName, 0, -1);
                      ImportBatch batch =
                          BatchDao.insert(
                              c,
                              new ImportBatch(
                                  0,
                                  source.id(),
                                  fileName,
                                  f.sha256(),
                                  f.importer().id(),
                                  f.text().encoding(),
                                  request.searchedOn(),
                                  request.strategy(),
                                  0,
                                  Instant.now(),
                                  request.actor()));
                      int count;
                      try (RecordDao.Inserter inserter = RecordDao.inserter(c)) {
                        parse(
                            f,
                            draft -> {
                              limits.check(f.text(), draft);
                              warnings.addAll(draft.warnings());
                              try {
                                Record record =
                                    inserter.insert(
                                        batch.id(),
                                        RecordNormaliser.toRecord(draft, inserter.count() + 1));
                                pending[0].put(List.of(record));
                              } catch (java.sql.SQLException e) {
                                throw new org.winnow.core.storage.StorageException(
                                    "cannot store record at "
                                        + fileName
                                        + ":"
                                        + draft.line()
                                        + ": "
                                        + e.getMessage(),
                                    e);
                              }
                              if (inserter.count() % 10_000 == 0) {
                                progress.report("reading " + fileName, inserter.count(), -1);
                              }
                            });
                        count = inserter.count();
                      }
                      if (count == 0) {
                        throw new ImportException(
                            fileName,
                            0,
                            null,
                            "no records found in this " + f.importer().label() + " file");
                      }
                      ImportBatch stored = BatchDao.withRecordCount(c, batch, count);
                      AuditDao.log(
                          c,
                          request.actor(),
                          "import",
                          "import_batch",
                          stored.id(),
                          count
                              + " records from "
                              + fileName
                              + " ("
                              + f.importer().id()
                              + ") into source "
                              + source.name());
                      batches.add(stored);
                    }
                    pending[0].allAdded(); // it writes its segments while the database commits
                    long version = MetaDao.bumpDataVersion(c);
                    return new Stored(
                        new ImportOutcome(source, batches, warnings), version, pending[0]);
                  });
      committed = true;
      return result;
    } finally {
      if (!committed && pending[0] != null) {
        pending[0].close(); // the transaction was rolled back: no document may remain
      }
    }
  }

  /**
   * Runs the file's importer. A parser that fails in any other way than with bad input (a bug, or a
   * stack overflow on input nested beyond what it guards against) still only means this file cannot
   * be read: it becomes an error naming the file and the last record read, and the transaction
   * rolls back. Failures of the sink (storage) pass through unchanged.
   */
  private static void parse(PreparedFile f, CitationImporter.DraftSink sink)
      throws ImportException {
    int[] lastLine = new int[1];
    boolean[] inSink = new boolean[1];
    try {
      f.importer().stream(
          f.text(),
          draft -> {
            lastLine[0] = draft.line();
            inSink[0] = true;
            sink.accept(draft);
            inSink[0] = false;
          });
    } catch (java.io.UncheckedIOException e) {
      if (inSink[0]) {
        throw e;
      }
      throw new ImportException(
          f.file().getFileName().toString(),
          lastLine[0],
          null,
          "cannot read: " + e.getCause().getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      if (inSink[0]) {
        throw e;
      }
      throw new ImportException(
          f.file().getFileName().toString(),
          lastLine[0],
          null,
          "cannot be read as "
              + f.importer().label()
              + (lastLine[0] > 0 ? " after the record that starts on this line" : "")
              + ": the file is damaged or not in this format");
    }
  }
}
