package org.winnow.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Record;

/** Records exactly as imported, and the citations (clusters) they belong to. */
public final class RecordDao {
  static final String COLUMNS =
      "id, batch_id, citation_id, position, line, file_record_id, type, title, abstract, authors, year,"
          + " journal, journal_abbrev, volume, issue, pages, doi, pmid, pmcid, issn, isbn, keywords, mesh,"
          + " language, url, publisher, raw";

  private RecordDao() {}

  /**
   * Stores records one at a time, each as a new one-record citation, inside the caller's
   * transaction, with what duplicate detection computes from the record alone ({@link
   * DedupFeatureDao}); statements are sent in batches. Close it to flush the last batch. Ids are
   * given here, as SQLite would (one past the largest), so that the stored record is known at once.
   */
  public static final class Inserter implements AutoCloseable {
    private static final int BATCH = 1000;
    private final Connection connection;
    private final PreparedStatement citation;
    private final PreparedStatement record;
    private final PreparedStatement features;
    private final String now = Instant.now().toString();
    private long nextCitationId;
    private long nextRecordId;
    private int pending;
    private int count;

    Inserter(Connection c) throws SQLException {
      connection = c;
      nextCitationId = single(c, "SELECT coalesce(max(id), 0) FROM citation") + 1;
      nextRecordId = single(c, "SELECT coalesce(max(id), 0) FROM record") + 1;
      citation = c.prepareStatement("INSERT INTO citation(id, created_at) VALUES (?, ?)");
      record =
          c.prepareStatement(
              "INSERT INTO record("
                  + COLUMNS
                  + ", origin_citation_id) VALUES ("
                  + "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      features = DedupFeatureDao.prepare(c);
    }

    /** Stores a record as a new citation; returns it with its id, batch and citation. */
    public Record insert(long batchId, Record r) throws SQLException {
      long recordId = nextRecordId++;
      long citationId = nextCitationId++;
      citation.setLong(1, citationId);
      citation.setString(2, now);
      citation.addBatch();
      record.setLong(1, recordId);
      bind(record, batchId, citationId, r);
      record.addBatch();
      DedupFeatureDao.add(features, recordId, r.fields().abstractText());
      count++;
      if (++pending == BATCH) {
        flush();
      }
      return new Record(
          recordId,
          batchId,
          citationId,
          r.position(),
          r.line(),
          r.fileRecordId(),
          r.raw(),
          r.fields());
    }

    public int count() {
      return count;
    }

    private void flush() throws SQLException {
      citation.executeBatch();
      record.executeBatch();
      features.executeBatch();
      pending = 0;
    }

    @Override
    public void close() throws SQLException {
      try {
        if (pending > 0) {
          flush();
        }
      } finally {
        citation.close();
        record.close();
        features.close();
      }
      Dialect dialect = Dialect.of(connection);
      dialect.syncIdentity(connection, "citation");
      dialect.syncIdentity(connection, "record");
    }
  }

  public static Inserter inserter(Connection c) throws SQLException {
    return new Inserter(c);
  }

  private static void bind(PreparedStatement ps, long batchId, long citationId, Record r)
      throws SQLException {
    Bibliographic f = r.fields();
    int i = 2; // 1 is the record's id
    ps.setLong(i++, batchId);
    ps.setLong(i++, citationId);
    ps.setInt(i++, r.position());
    ps.setInt(i++, r.line());
    ps.setString(i++, r.fileRecordId());
    ps.setString(i++, f.type());
    ps.setString(i++, f.title());
    ps.setString(i++, f.abstractText());
    ps.setString(i++, Json.writeAuthors(f.authors()));
    if (f.year() == null) {
      ps.setNull(i++, Types.INTEGER);
    } else {
      ps.setInt(i++, f.year());
    }
    ps.setString(i++, f.journal());
    ps.setString(i++, f.journalAbbrev());
    ps.setString(i++, f.volume());
    ps.setString(i++, f.issue());
    ps.setString(i++, f.pages());
    ps.setString(i++, f.doi());
    ps.setString(i++, f.pmid());
    ps.setString(i++, f.pmcid());
    ps.setString(i++, f.issn());
    ps.setString(i++, f.isbn());
    ps.setString(i++, Json.writeStrings(f.keywords()));
    ps.setString(i++, Json.writeStrings(f.mesh()));
    ps.setString(i++, f.language());
    ps.setString(i++, f.url());
    ps.setString(i++, f.publisher());
    ps.setString(i++, Json.writeRaw(r.raw()));
    ps.setLong(i, citationId);
  }

  public static long count(Connection c) throws SQLException {
    return single(c, "SELECT count(*) FROM record");
  }

  public static long citationCount(Connection c) throws SQLException {
    return single(c, "SELECT count(DISTINCT citation_id) FROM record");
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every record in citation order then record id, streamed to the consumer. */
  public static void forEach(Connection c, Consumer<Record> consumer) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT " + COLUMNS + " FROM record ORDER BY citation_id, id")) {
      while (rs.next()) {
        consumer.accept(map(rs));
      }
    }
  }

  /**
   * Every record in id order without its raw fields (an empty list): what comparison and counting
   * need, at a fraction of the cost.
   */
  public static void forEachWithoutRaw(Connection c, Consumer<Record> consumer)
      throws SQLException {
    String columns = COLUMNS.replace(", raw", ", '[]'");
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + columns + " FROM record ORDER BY id")) {
      while (rs.next()) {
        consumer.accept(map(rs));
      }
    }
  }

  /** A record's place in the clusters: its id, file ID (or null) and citation. */
  public record Membership(long id, String fileRecordId, long citationId) {
    /** The file's ID, or "#" + id, as {@link Record#displayId()}. */
    public String displayId() {
      return fileRecordId != null ? fileRecordId : "#" + id;
    }
  }

  /**
   * Every record's citation, in id order, without its fields: what a benchmark scores, at a few
   * dozen bytes a record instead of the record's text.
   */
  public static void forEachMembership(Connection c, Consumer<Membership> consumer)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id, file_record_id, citation_id FROM record ORDER BY id")) {
      while (rs.next()) {
        consumer.accept(new Membership(rs.getLong(1), rs.getString(2), rs.getLong(3)));
      }
    }
  }

  /** Receives a record read for comparison with its stored abstract fingerprint. */
  @FunctionalInterface
  public interface ComparisonConsumer {
    /**
     * @param abstractPrint the abstract's fingerprint as stored ({@link
     *     org.winnow.core.dedup.AbstractFingerprint#stored}), the record then read without its
     *     abstract; or null when none is stored in the current format, the record read with it
     */
    void accept(Record record, byte[] abstractPrint);
  }

  /**
   * Every record in id order with the fields duplicate detection compares: without raw fields,
   * keywords, MeSH headings, PMCID, ISSN, ISBN, language, URL and publisher (read as empty), which
   * a million records would otherwise read, parse and drop; and with the abstract's stored
   * fingerprint instead of the abstract when there is one ({@link DedupFeatureDao}).
   */
  public static void forEachForComparison(Connection c, ComparisonConsumer consumer)
      throws SQLException {
    String columns =
        COLUMNS
            .replace("id, batch_id", "record.id, batch_id")
            .replace(", abstract,", ", CASE WHEN f.record_id IS NULL THEN abstract END,")
            .replace(", raw", ", '[]'")
            .replace(", keywords, mesh", ", '[]', '[]'")
            .replace(", pmcid, issn, isbn", ", NULL, NULL, NULL")
            .replace(", language, url, publisher", ", NULL, NULL, NULL");
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + columns
                + ", f.abstract_print FROM record LEFT JOIN dedup_feature f"
                + " ON f.record_id = record.id AND f.print_format = ? ORDER BY record.id")) {
      ps.setInt(1, org.winnow.core.dedup.AbstractFingerprint.STORED_FORMAT);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          consumer.accept(map(rs), rs.getBytes(28));
        }
      }
    }
  }

  /**
   * The records of each citation in turn (in the citations' order, each citation's records by id),
   * without raw fields, read with one prepared statement: what an index update after many merges
   * streams.
   */
  public static void forEachOfCitations(
      Connection c, Iterable<Long> citationIds, Consumer<Record> consumer) throws SQLException {
    String columns = COLUMNS.replace(", raw", ", '[]'");
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT " + columns + " FROM record WHERE citation_id = ? ORDER BY id")) {
      for (long id : citationIds) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            consumer.accept(map(rs));
          }
        }
      }
    }
  }

  /**
   * Streams the records of the citations in each range (ids from and to included), grouped by
   * citation as the index takes them; raw tags are left out, as for {@link #forEachOfCitations}.
   */
  public static void forEachInCitationRanges(
      Connection c, Iterable<IndexChangeDao.Range> ranges, Consumer<Record> consumer)
      throws SQLException {
    String columns = COLUMNS.replace(", raw", ", '[]'");
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + columns
                + " FROM record WHERE citation_id BETWEEN ? AND ? ORDER BY citation_id, id")) {
      for (IndexChangeDao.Range range : ranges) {
        Sql.bind(ps, range.from(), range.to());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            consumer.accept(map(rs));
          }
        }
      }
    }
  }

  public static Record byId(Connection c, long id) throws SQLException {
    List<Record> r = query(c, "SELECT " + COLUMNS + " FROM record WHERE id = ?", id);
    if (r.isEmpty()) {
      throw new SQLException("no record " + id);
    }
    return r.get(0);
  }

  public static List<Record> byCitation(Connection c, long citationId) throws SQLException {
    return query(
        c, "SELECT " + COLUMNS + " FROM record WHERE citation_id = ? ORDER BY id", citationId);
  }

  private static List<Record> query(Connection c, String sql, long arg) throws SQLException {
    List<Record> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
    }
    return out;
  }

  static Record map(ResultSet rs) throws SQLException {
    int yearValue = rs.getInt(11);
    Integer year = rs.wasNull() ? null : yearValue;
    Bibliographic f =
        new Bibliographic(
            rs.getString(7),
            rs.getString(8),
            rs.getString(9),
            Json.authors(rs.getString(10)),
            year,
            rs.getString(12),
            rs.getString(13),
            rs.getString(14),
            rs.getString(15),
            rs.getString(16),
            rs.getString(17),
            rs.getString(18),
            rs.getString(19),
            rs.getString(20),
            rs.getString(21),
            Json.strings(rs.getString(22)),
            Json.strings(rs.getString(23)),
            rs.getString(24),
            rs.getString(25),
            rs.getString(26));
    return new Record(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getInt(4),
        rs.getInt(5),
        rs.getString(6),
        Json.raw(rs.getString(27)),
        f);
  }
}
