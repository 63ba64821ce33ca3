package org.winnow.ui.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.winnow.core.location.ConnectionEvent;
import org.winnow.core.model.LedgerEntry;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;

/**
 * The faults of a team load run, each at its share of the decisions: a client killed while its
 * commit reaches the server (the answer lost), the network dropped for ten seconds, the server
 * restarted, and a client killed before its write reaches the server. After each, it waits until
 * every client has stored a decision again, and counts what is stored twice.
 */
final class TeamFaults {
  static final Duration OUTAGE = Duration.ofSeconds(10);

  /**
   * How long a client may take to store a decision again after a fault before it counts as stuck.
   */
  static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

  /** How long an armed cut may wait for its client's write. */
  static final Duration CUT_LIMIT = Duration.ofSeconds(60);

  /** The faults in the order they are injected, at these shares of the decisions asked for. */
  enum Fault {
    KILL_AFTER_COMMIT("client-killed-after-commit", 0.2),
    NETWORK_DROP("network-dropped-10s", 0.4),
    SERVER_RESTART("server-restarted", 0.6),
    KILL_BEFORE_WRITE("client-killed-before-write", 0.8);

    final String id;
    final double at;

    Fault(String id, double at) {
      this.id = id;
      this.at = at;
    }
  }

  /**
   * One injected fault.
   *
   * @param fault its id
   * @param status done, skipped (no --restart-command), not-reached (every decision was taken
   *     before its turn) or failed
   * @param atSeconds when it began, in seconds since the clients started
   * @param atDecisions acknowledged decisions when it began
   * @param detail what was done and what became of an interrupted write, in words
   * @param clientsReconnected clients that reconnected between it and the next fault
   * @param reconnections connections restored between it and the next fault
   * @param recoverySeconds from its start until every client had stored a decision again
   * @param duplicatesAfter decisions stored twice and write keys repeated, counted after recovery
   */
  record Report(
      String fault,
      String status,
      double atSeconds,
      int atDecisions,
      String detail,
      int clientsReconnected,
      int reconnections,
      Double recoverySeconds,
      Integer duplicatesAfter) {

    Report withReconnections(int clients, int count) {
      return new Report(
          fault,
          status,
          atSeconds,
          atDecisions,
          detail,
          clients,
          count,
          recoverySeconds,
          duplicatesAfter);
    }
  }

  /** Starts a fresh client for a member whose client was killed, as a user restarting the app. */
  interface Restarter {
    TeamClient restart(TeamClient killed) throws Exception;
  }

  private final TeamLoad load;
  private final int decisions;
  private final Supplier<List<TeamClient>> clients;
  private final Restarter restarter;
  private final String restartCommand;
  private final ReviewProject lead;
  private final PrintWriter progress;
  private final List<Long> starts = new ArrayList<>();
  private TeamLoad.InFlight lastCut; // the decision the latest kill interrupted

  TeamFaults(
      TeamLoad load,
      int decisions,
      Supplier<List<TeamClient>> clients,
      Restarter restarter,
      String restartCommand,
      ReviewProject lead,
      PrintWriter progress) {
    this.load = load;
    this.decisions = decisions;
    this.clients = clients;
    this.restarter = restarter;
    this.restartCommand = restartCommand;
    this.lead = lead;
    this.progress = progress;
  }

  /**
   * Injects every fault in turn; {@code victims} are the clients to kill, one per kill, made with
   * their statements visible to their proxies.
   */
  List<Report> inject(TeamClient firstVictim, TeamClient secondVictim) throws Exception {
    try {
      return injectAll(firstVictim, secondVictim);
    } finally {
      load.reserve(null);
    }
  }

  private List<Report> injectAll(TeamClient firstVictim, TeamClient secondVictim) throws Exception {
    List<Report> reports = new ArrayList<>();
    // the last decisions wait for the next kill's victim, which may be slower than the others (its
    // statements go through its proxy unprepared) or still reconnecting after the outage
    load.reserve(firstVictim.member().login());
    for (Fault fault : Fault.values()) {
      TeamClient next = fault == Fault.KILL_AFTER_COMMIT ? firstVictim : secondVictim;
      load.reserve(next.alive() ? next.member().login() : null); // ended: nothing to keep for it
      if (!waitFor(fault)) {
        reports.add(
            new Report(
                fault.id,
                "not-reached",
                round(load.seconds(System.nanoTime())),
                load.acknowledgedCount(),
                "every decision was taken before this fault's turn (use more --decisions)",
                0,
                0,
                null,
                null));
        starts.add(System.nanoTime());
        continue;
      }
      long start = System.nanoTime();
      starts.add(start);
      int at = load.acknowledgedCount();
      progress.printf("fault: %s at %,d decisions%n", fault.id, at);
      progress.flush();
      String detail;
      String status = "done";
      switch (fault) {
        case KILL_AFTER_COMMIT -> detail = kill(firstVictim, "COMMIT", true);
        case KILL_BEFORE_WRITE -> detail = kill(secondVictim, "INSERT INTO decision", false);
        case NETWORK_DROP -> {
          for (TeamClient c : clients.get()) {
            c.proxy().dropFor(OUTAGE);
          }
          detail =
              "every client's connection closed, new ones refused for " + OUTAGE.toSeconds() + " s";
        }
        case SERVER_RESTART -> {
          if (restartCommand == null) {
            status = "skipped";
            detail = "no --restart-command given";
          } else {
            int exit = restart();
            status = exit == 0 ? "done" : "failed";
            detail = "ran the restart command: exit " + exit;
          }
        }
        default -> throw new IllegalStateException(fault.name());
      }
      if (detail.startsWith("failed:")) {
        status = "failed";
      }
      Double recovery = status.equals("skipped") ? null : recover(start);
      Integer duplicates = null;
      if (!status.equals("skipped")) {
        List<LedgerEntry> rows = lead.decisionLedger().entries(Stage.TITLE_ABSTRACT);
        duplicates = TeamChecks.duplicates(rows).total();
        if (fault == Fault.KILL_AFTER_COMMIT || fault == Fault.KILL_BEFORE_WRITE) {
          detail += "; " + fate(rows);
        }
      }
      reports.add(
          new Report(
              fault.id,
              status,
              round(load.seconds(start)),
              at,
              detail,
              0,
              0,
              recovery,
              duplicates));
    }
    return reports;
  }

  /** Waits until the fault's share of decisions is acknowledged; false if the run ended first. */
  private boolean waitFor(Fault fault) throws InterruptedException {
    int target = (int) Math.ceil(fault.at * decisions);
    while (true) {
      // a fault needs decisions still to come: once all are taken it would hit nothing
      if (load.allClaimed() || clients.get().stream().noneMatch(TeamClient::alive)) {
        return false;
      }
      if (load.acknowledgedCount() >= target) {
        return true;
      }
      Thread.sleep(20);
    }
  }

  /**
   * Cuts the victim's connection at its next message holding {@code marker} (delivered or not),
   * kills it there and starts a fresh client for the same member.
   */
  private String kill(TeamClient victim, String marker, boolean deliver) throws Exception {
    lastCut = null;
    victim.proxy().cutOnMessage(marker, deliver);
    if (!victim.proxy().awaitCut(CUT_LIMIT)) {
      String where = victim.whereNow() + "; " + serverSessions(victim);
      victim.kill();
      victim.join();
      restarter.restart(victim);
      return "failed: "
          + victim.member().login()
          + " sent no "
          + marker
          + " within "
          + CUT_LIMIT.toSeconds()
          + " s ("
          + where
          + ")";
    }
    Long item = victim.writing();
    lastCut = item == null ? null : new TeamLoad.InFlight(victim.member().name(), item);
    victim.kill();
    victim.join();
    restarter.restart(victim);
    return victim.member().login()
        + (deliver
            ? " killed after its COMMIT reached the server, the answer dropped"
            : " killed as it sent its decision's INSERT, which never reached the server")
        + " (item "
        + item
        + "); a fresh client logged in as the same member";
  }

  /** What the server's sessions of this client, and those not idle, were doing: a diagnosis. */
  private String serverSessions(TeamClient c) {
    try {
      List<String> shown =
          lead.serverSessions().stream()
              .filter(s -> s.startsWith(c.member().login() + " ") || !s.contains(" idle wait "))
              .toList();
      return "server sessions: " + String.join(" | ", shown);
    } catch (RuntimeException e) {
      return "server sessions unknown: " + e.getMessage();
    }
  }

  /** What became of the decision the latest kill interrupted: stored once, not, or twice. */
  private String fate(List<LedgerEntry> rows) {
    TeamLoad.InFlight d = lastCut;
    if (d == null) {
      return "no decision was in flight";
    }
    long stored =
        rows.stream()
            .filter(e -> TeamLoad.ORIGIN.equals(e.origin()))
            .filter(e -> e.reviewer().equals(d.reviewer()) && e.itemId() == d.item())
            .count();
    return stored == 0
        ? "the interrupted decision is not stored"
        : stored == 1
            ? "the interrupted decision is stored once"
            : "the interrupted decision is stored " + stored + " times";
  }

  /** Runs the restart command, its output on the progress stream; returns its exit code. */
  private int restart() throws Exception {
    Process p =
        new ProcessBuilder("/bin/sh", "-c", restartCommand).redirectErrorStream(true).start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        progress.println("restart: " + line);
      }
    }
    progress.flush();
    return p.waitFor();
  }

  /**
   * Seconds from the fault's start until every live client has stored a decision since, or all
   * decisions are claimed; null when that took longer than {@link #RECOVERY_LIMIT}.
   */
  private Double recover(long start) throws InterruptedException {
    long limit = start + RECOVERY_LIMIT.toNanos();
    while (System.nanoTime() < limit) {
      boolean all = true;
      for (TeamClient c : clients.get()) {
        if (c.alive() && c.lastAcknowledged() <= start) {
          all = false;
          break;
        }
      }
      if (all || load.allClaimed()) {
        return round((System.nanoTime() - start) / 1e9);
      }
      Thread.sleep(20);
    }
    return null;
  }

  /**
   * Adds to each fault the reconnections seen between its start and the next fault's (the last:
   * until now); call it once the clients have ended.
   */
  List<Report> withReconnections(List<Report> reports) {
    List<TeamLoad.Event> events = load.events();
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      long from = starts.get(i);
      long to = i + 1 < starts.size() ? starts.get(i + 1) : Long.MAX_VALUE;
      List<TeamLoad.Event> restored =
          events.stream()
              .filter(e -> e.kind() == ConnectionEvent.Kind.RESTORED)
              .filter(e -> e.at() >= from && e.at() < to)
              .toList();
      out.add(
          reports
              .get(i)
              .withReconnections(
                  (int) restored.stream().map(TeamLoad.Event::login).distinct().count(),
                  restored.size()));
    }
    return out;
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
