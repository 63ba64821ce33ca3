package org.winnow.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.winnow.core.io.CitationImporter;
import org.winnow.core.io.FormatRegistry;
import org.winnow.core.io.ImportException;
import org.winnow.core.io.ImportText;
import org.winnow.core.io.RecordDraft;
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

  ImportService(ReviewProject project) {
    this(project, FormatRegistry.standard());
  }

  ImportService(ReviewProject project, FormatRegistry formats) {
    this.project = project;
    this.formats = formats;
  }

  /** A file read and parsed, not yet stored. */
  private record ParsedFile(Path file, String sha256, String format, String encoding, List<Record> records) {}

  public ImportOutcome importFiles(ImportRequest request, Progress progress)
      throws ImportException, ProjectException {
    if (request.sourceName() == null || request.sourceName().isBlank()) {
      throw new ProjectException("a source name is needed (--source), e.g. \"MEDLINE (Ovid)\"");
    }
    List<ParsedFile> parsed = new ArrayList<>();
    int fileNo = 0;
    for (Path file : request.files()) {
      progress.report("reading " + file.getFileName(), fileNo++, request.files().size());
      parsed.add(parse(file, request));
    }
    progress.report("storing", 0, -1);
    ImportOutcome outcome = store(request, parsed);
    progress.report("indexing", 0, -1);
    List<Record> stored = new ArrayList<>();
    project.database().read(
        c -> {
          for (ImportBatch b : outcome.batches()) {
            stored.addAll(RecordDao.byBatch(c, b.id()));
          }
          return null;
        });
    long version = project.database().read(MetaDao::dataVersion);
    project.index().update(stored, version);
    progress.report("done", outcome.recordCount(), outcome.recordCount());
    return outcome;
  }

  private ParsedFile parse(Path file, ImportRequest request) throws ImportException, ProjectException {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ImportException(file.toString(), 0, null, "no such file");
    } catch (IOException e) {
      throw new ImportException(file.toString(), 0, null, "cannot read: " + e.getMessage());
    }
    String sha = sha256(bytes);
    if (!request.force()) {
      List<ImportBatch> earlier = project.database().read(c -> BatchDao.bySha256(c, sha));
      if (!earlier.isEmpty()) {
        ImportBatch b = earlier.get(0);
        throw new ProjectException(
            file + " was already imported (batch " + b.id() + ", " + b.fileName() + ", "
                + b.importedAt() + "); use --force to import it again");
      }
    }
    ImportText text = TextDecoder.decode(name, bytes);
    CitationImporter importer = chooseImporter(text, request.formatId());
    List<RecordDraft> drafts = importer.read(text);
    if (drafts.isEmpty()) {
      throw new ImportException(name, 0, null, "no records found in this " + importer.label() + " file");
    }
    List<Record> records = new ArrayList<>(drafts.size());
    int position = 1;
    for (RecordDraft d : drafts) {
      records.add(RecordNormaliser.toRecord(d, position++));
    }
    return new ParsedFile(file, sha, importer.id(), text.encoding(), records);
  }

  private CitationImporter chooseImporter(ImportText text, String formatId) throws ImportException {
    if (formatId != null) {
      return formats
          .importer(formatId)
          .orElseThrow(
              () ->
                  new ImportException(
                      text.fileName(), 0, null,
                      "unknown format '" + formatId + "' (known: " + formats.importerIds() + ")"));
    }
    return formats
        .detect(text)
        .orElseThrow(
            () ->
                new ImportException(
                    text.fileName(), 1, null,
                    "format not recognised; name it with --format (one of " + formats.importerIds() + ")"));
  }

  private ImportOutcome store(ImportRequest request, List<ParsedFile> files) throws ProjectException {
    Source existing = project.database().read(c -> SourceDao.byName(c, request.sourceName().strip()).orElse(null));
    if (existing != null && request.sourceType() != null && existing.type() != request.sourceType()) {
      throw new ProjectException(
          "source '" + existing.name() + "' is a " + existing.type().cliName() + " source, not "
              + request.sourceType().cliName());
    }
    if (existing == null && request.sourceType() == null) {
      throw new ProjectException(
          "new source '" + request.sourceName() + "' needs a type (--source-type database|register|website|organisation|citation-search|other)");
    }
    return project.database().inTransaction(
        c -> {
          Source source =
              existing != null ? existing : SourceDao.insert(c, request.sourceName().strip(), request.sourceType());
          List<ImportBatch> batches = new ArrayList<>();
          for (ParsedFile f : files) {
            ImportBatch batch =
                BatchDao.insert(
                    c,
                    new ImportBatch(
                        0, source.id(), f.file().getFileName().toString(), f.sha256(), f.format(), f.encoding(),
                        request.searchedOn(), request.strategy(), f.records().size(), Instant.now(),
                        request.actor()));
            RecordDao.insertAsNewCitations(c, batch.id(), f.records());
            AuditDao.log(
                c, request.actor(), "import", "import_batch", batch.id(),
                f.records().size() + " records from " + batch.fileName() + " (" + f.format() + ") into source "
                    + source.name());
            batches.add(batch);
          }
          MetaDao.bumpDataVersion(c);
          return new ImportOutcome(source, batches);
        });
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
