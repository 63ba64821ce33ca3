package org.winnow.ui.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.winnow.core.location.Password;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ScreeningService;

/**
 * One reviewer's client in the team load run, as one person's copy of Winnow: it logs in as its
 * member over its own connection (through its own {@link FaultProxy}), on its own thread, takes its
 * queue once (as the screening window does), and then shows the next item and decides it, until the
 * team has stored the decisions asked for.
 */
final class TeamClient implements Runnable {
  /** Share of includes, then of maybes, in the seeded mix of decisions; the rest exclude. */
  static final double INCLUDES = 0.10;

  static final double MAYBES = 0.10;

  /** A member the run logs in as. */
  record Member(int number, String name, String login, char[] password) {}

  private final TeamLoad load;
  private final Member member;
  private final FaultProxy proxy;
  private final ProjectLocation.Server location;
  private final long seed;
  private final Thread thread;
  private volatile boolean killed;
  private volatile Long writing; // the item of the decision being written, else null
  private volatile long lastAcknowledged; // System.nanoTime() of the latest acknowledged decision
  // what the client did, for a fault that waited in vain on it
  private volatile int queued = -1;
  private volatile int decisionsMade;
  private volatile int passedOver;
  private volatile String ended = "";

  /**
   * A client of {@code server} as {@code member}. With {@code sqlVisible} its driver sends every
   * statement's text each time (pgjdbc prepareThreshold=0), so that its proxy can cut it at a given
   * statement; the other clients use server-side prepared statements as usual.
   */
  TeamClient(
      TeamLoad load,
      Member member,
      ProjectLocation.Server server,
      boolean sqlVisible,
      long seed,
      int generation)
      throws IOException {
    this.load = load;
    this.member = member;
    this.proxy = new FaultProxy(server.host(), server.port());
    Map<String, String> parameters = new LinkedHashMap<>(server.parameters());
    if (sqlVisible) {
      parameters.put("prepareThreshold", "0");
    }
    this.location =
        new ProjectLocation.Server(
            member.login(),
            "127.0.0.1",
            proxy.port(),
            server.database(),
            parameters,
            Password.of(member.password()));
    this.seed = seed * 1_000_003L + member.number() * 7919L + generation;
    this.thread = new Thread(this, "bench-team-" + member.login() + "-" + generation);
  }

  Member member() {
    return member;
  }

  FaultProxy proxy() {
    return proxy;
  }

  void start() {
    thread.start();
  }

  void join() throws InterruptedException {
    thread.join();
  }

  boolean alive() {
    return thread.isAlive();
  }

  /**
   * What the client's thread is doing, in words, for a fault that waited in vain: whether it is
   * alive, its state and the frames it is in (Winnow's and the driver's nearest first).
   */
  String whereNow() {
    if (!thread.isAlive()) {
      return "its thread had ended ("
          + ended
          + ") after deciding "
          + decisionsMade
          + " and passing over "
          + passedOver
          + " of the "
          + queued
          + " items its queue held";
    }
    StringBuilder b = new StringBuilder("its thread was ").append(thread.getState());
    int shown = 0;
    for (StackTraceElement f : thread.getStackTrace()) {
      // the innermost frame, then the driver's and Winnow's
      boolean ours =
          f.getClassName().startsWith("org.winnow.")
              || f.getClassName().startsWith("org.postgresql.");
      if (shown > 0 && !ours) {
        continue;
      }
      if (shown++ == 10) {
        break;
      }
      b.append(shown == 1 ? " in " : " < ")
          .append(f.getClassName())
          .append('.')
          .append(f.getMethodName())
          .append(':')
          .append(f.getLineNumber());
    }
    return b.toString();
  }

  long lastAcknowledged() {
    return lastAcknowledged;
  }

  /** The item whose decision is being written now, else null. */
  Long writing() {
    return writing;
  }

  /**
   * Ends the client as a closed laptop lid or a killed process would: nothing more reaches the
   * server from it (its proxy refuses it for good) and its thread stops where it is.
   */
  void kill() {
    killed = true;
    proxy.dropForGood();
    thread.interrupt();
  }

  @Override
  public void run() {
    long opening = System.nanoTime();
    try (ReviewProject project = ReviewProject.open(location)) {
      project.onConnectionEvents(e -> load.connection(member.login(), e));
      ScreeningService screening = project.screening();
      // each member works through their queue in their own seeded order, as a team splits work
      List<Long> queue = new ArrayList<>(screening.queue(Stage.TITLE_ABSTRACT, member.name()));
      Random random = new Random(seed);
      Collections.shuffle(queue, random);
      queued = queue.size();
      load.opened(System.nanoTime() - opening);
      for (long item : queue) {
        // showing the next item as the window does: read it, and pass over it when two others
        // finished it since the queue was taken
        long started = System.nanoTime();
        if (screening.sessionItem(Stage.TITLE_ABSTRACT, item, member.name()).finishedByOthers()) {
          passedOver++;
          continue;
        }
        if (!load.claim(member.login())) {
          ended = "every decision asked for was taken";
          return;
        }
        long shown = System.nanoTime();
        DecisionValue value = value(random.nextDouble());
        writing = item;
        Decision d =
            screening.decide(
                Stage.TITLE_ABSTRACT,
                item,
                member.name(),
                value,
                null,
                null,
                List.of(),
                TeamLoad.ORIGIN);
        long decided = System.nanoTime();
        writing = null;
        load.acknowledge(
            new TeamLoad.Acknowledged(d.id(), member.name(), item, value),
            shown - started,
            decided - shown);
        lastAcknowledged = decided;
        decisionsMade++;
      }
      ended = "its queue ran out";
      load.ranOut(member.login()); // this member has screened every item left to them
    } catch (Exception | Error e) {
      ended = killed ? "killed" : "failed: " + e;
      if (killed) {
        Long item = writing;
        load.release(item == null ? null : new TeamLoad.InFlight(member.name(), item));
      } else {
        load.failed(member.login(), e);
      }
    } finally {
      proxy.close();
    }
  }

  static DecisionValue value(double x) {
    return x < INCLUDES
        ? DecisionValue.INCLUDE
        : x < INCLUDES + MAYBES ? DecisionValue.MAYBE : DecisionValue.EXCLUDE;
  }
}
