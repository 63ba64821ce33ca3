package org.winnow.core.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.winnow.core.model.Record;

/**
 * Reduces records to {@link DedupRecord}s on a second thread while the caller reads the next ones
 * from the database, a thousand at a time, so that a run's loading uses two cores. One thread
 * builds all of them with one {@link DedupRecord.Reader}, in the order they were added: the records
 * are the same, in the same order, as the reader gives on the caller's thread.
 */
public final class DedupRecordLoader implements AutoCloseable {
  private static final int CHUNK = 1000;
  private static final int QUEUED_CHUNKS = 8;
  private static final Chunk END = new Chunk(new Record[0], new byte[0][], 0);

  /** Records in the order they were added, with their stored abstract fingerprints. */
  private record Chunk(Record[] records, byte[][] prints, int size) {}

  private final DedupRecord.Reader reader = new DedupRecord.Reader();
  private final List<DedupRecord> built = new ArrayList<>();
  private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
  private final Thread worker = new Thread(this::buildQueued, "winnow-dedup-loader");
  private volatile Throwable failure;
  private volatile boolean discard;
  private Record[] records = new Record[CHUNK];
  private byte[][] prints = new byte[CHUNK][];
  private int size;
  private boolean finished;

  public DedupRecordLoader() {
    worker.setDaemon(true);
    worker.start();
  }

  /**
   * Adds a record with its stored abstract fingerprint (see {@link DedupRecord.Reader#read(Record,
   * byte[])}; null to fingerprint its abstract).
   */
  public void add(Record record, byte[] abstractPrint) {
    if (finished) {
      throw new IllegalStateException("the records are already loaded");
    }
    records[size] = record;
    prints[size] = abstractPrint;
    if (++size == CHUNK) {
      send();
    }
  }

  /** Waits for the records added to be built and returns them, in the order they were added. */
  public List<DedupRecord> finish() {
    if (finished) {
      throw new IllegalStateException("the records are already loaded");
    }
    finished = true;
    send();
    enqueue(END);
    join();
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return built;
  }

  /** Stops the second thread; the records built so far are let go unless finished. */
  @Override
  public void close() {
    if (!finished) {
      finished = true;
      discard = true;
      queue.clear(); // put never blocks after this: the thread drains until the end mark
      enqueue(END);
      join();
    }
  }

  private void send() {
    if (size > 0) {
      enqueue(new Chunk(records, prints, size));
      records = new Record[CHUNK];
      prints = new byte[CHUNK][];
      size = 0;
    }
  }

  private void enqueue(Chunk chunk) {
    try {
      queue.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading records", e);
    }
  }

  private void join() {
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading records", e);
    }
  }

  /** Runs until the end mark; keeps draining after a failure so that the caller never blocks. */
  private void buildQueued() {
    while (true) {
      Chunk chunk;
      try {
        chunk = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (chunk == END) {
        return;
      }
      if (failure == null && !discard) {
        try {
          for (int i = 0; i < chunk.size(); i++) {
            built.add(reader.read(chunk.records()[i], chunk.prints()[i]));
          }
        } catch (Throwable t) {
          failure = t;
        }
      }
    }
  }
}
