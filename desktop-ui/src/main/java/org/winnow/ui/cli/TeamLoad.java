package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.winnow.core.location.ConnectionEvent;
import org.winnow.core.model.DecisionValue;

/**
 * What the clients of one team load run share: the decisions still to store, what each client was
 * told was stored, the decisions cut in flight, the timings of every step and the connection
 * events. Thread-safe: every client writes here from its own thread.
 */
final class TeamLoad {
  /** The origin stamped on the benchmark's decisions. */
  static final String ORIGIN = "bench-team";

  /** A decision the client was told was stored, with the id the server gave it. */
  record Acknowledged(long id, String reviewer, long item, DecisionValue value) {}

  /** A decision whose client was killed while writing it: stored once, or not at all. */
  record InFlight(String reviewer, long item) {}

  /** A connection event a client saw, and when (System.nanoTime()). */
  record Event(long at, String login, ConnectionEvent.Kind kind) {}

  /** A client that stopped on an error other than its own planned death. */
  record Failure(String login, String message) {}

  private final AtomicInteger toStore;
  private final Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
  private final Queue<InFlight> cut = new ConcurrentLinkedQueue<>();
  private final Queue<Event> events = new ConcurrentLinkedQueue<>();
  private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
  private final Queue<String> ranOut = new ConcurrentLinkedQueue<>();
  private final List<Long> nextNanos = new ArrayList<>();
  private final List<Long> decideNanos = new ArrayList<>();
  private final List<Long> openNanos = new ArrayList<>();
  private final long started = System.nanoTime();

  TeamLoad(int decisions) {
    this.toStore = new AtomicInteger(decisions);
  }

  /**
   * Decisions kept for a kill fault's victim while the fault waits for it (see {@link #reserve}).
   */
  static final int RESERVE = 50;

  private volatile String reservedFor; // the login of the client a kill waits for, else null

  /**
   * Takes one decision of those still to store for the client logged in as {@code login}; false
   * when none is left. While a kill fault waits for its victim, the last {@link #RESERVE} decisions
   * are the victim's: the others wait for them (a slower client, behind its proxy, would otherwise
   * find every decision taken before it sent the statement the fault cuts).
   */
  boolean claim(String login) throws InterruptedException {
    while (true) {
      int n = toStore.get();
      if (n == 0) {
        return false;
      }
      String reserved = reservedFor;
      if (reserved != null && !reserved.equals(login) && n <= RESERVE) {
        Thread.sleep(5);
        continue;
      }
      if (toStore.compareAndSet(n, n - 1)) {
        return true;
      }
    }
  }

  /** Keeps the last decisions for {@code login} (null: for everyone again). */
  void reserve(String login) {
    reservedFor = login;
  }

  /** Gives back a claimed decision that was never acknowledged (its client was killed). */
  void release(InFlight decision) {
    toStore.incrementAndGet();
    if (decision != null) {
      cut.add(decision);
    }
  }

  /** Whether every decision has been claimed. */
  boolean allClaimed() {
    return toStore.get() == 0;
  }

  void acknowledge(Acknowledged decision, long nextTook, long decideTook) {
    acknowledged.add(decision);
    synchronized (this) {
      nextNanos.add(nextTook);
      decideNanos.add(decideTook);
    }
  }

  /** A client opened the project and took its queue, in this long. */
  synchronized void opened(long took) {
    openNanos.add(took);
  }

  void connection(String login, ConnectionEvent event) {
    events.add(new Event(System.nanoTime(), login, event.kind()));
  }

  void failed(String login, Throwable e) {
    failures.add(new Failure(login, String.valueOf(e.getMessage())));
  }

  /** A client screened every item its queue held before the decisions asked for were stored. */
  void ranOut(String login) {
    ranOut.add(login);
  }

  /** The members whose clients ran out of items. */
  List<String> ranOut() {
    return List.copyOf(ranOut);
  }

  List<Acknowledged> acknowledged() {
    return List.copyOf(acknowledged);
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  List<InFlight> cut() {
    return List.copyOf(cut);
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  List<Failure> failures() {
    return List.copyOf(failures);
  }

  synchronized double[] nextNanos() {
    return nextNanos.stream().mapToDouble(Long::doubleValue).toArray();
  }

  synchronized double[] openNanos() {
    return openNanos.stream().mapToDouble(Long::doubleValue).toArray();
  }

  synchronized double[] decideNanos() {
    return decideNanos.stream().mapToDouble(Long::doubleValue).toArray();
  }

  /** Seconds since the run began. */
  double seconds(long nanoTime) {
    return (nanoTime - started) / 1e9;
  }

  long started() {
    return started;
  }
}
