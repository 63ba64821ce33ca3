package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.MemberRole;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.Stage;
import org.winnow.core.project.MemberService;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "team",
    description = {
      "Load a team project on a PostgreSQL server with many reviewers at once, optionally with"
          + " faults, and check that every decision is stored exactly once and that the open"
          + " conflicts equal an independent computation. Each reviewer is a member of its own"
          + " (bench-01, bench-02, ...) who logs in over its own connection on its own thread."
          + " Exits 1 when a check fails."
    })
final class BenchTeamCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      converter = LocationConverter.class,
      description =
          "The team project, postgresql://user@host[:port]/database. The user must be able to"
              + " add members (the owner, or a lead with CREATEROLE). An empty database gets a"
              + " project of --records synthetic citations, double screened.")
  ProjectLocation project;

  @Option(
      names = "--reviewers",
      paramLabel = "N",
      description = "Reviewer clients screening at once (default 20).")
  int reviewers = 20;

  @Option(
      names = "--decisions",
      paramLabel = "M",
      description = "Decisions the clients store in all before they stop (default 50000).")
  int decisions = 50_000;

  @Option(
      names = "--records",
      paramLabel = "R",
      description = "Synthetic citations in a project built here (default 100000).")
  int records = 100_000;

  @Option(
      names = "--faults",
      description =
          "Inject faults during the run: a client killed after its commit reached the server, the"
              + " network dropped for 10 seconds, the server restarted (with --restart-command),"
              + " and a client killed before its write reached the server.")
  boolean faults;

  @Option(
      names = "--restart-command",
      paramLabel = "CMD",
      description =
          "With --faults, a shell command that restarts the server, run as the server fault."
              + " Without it that fault is reported as skipped.")
  String restartCommand;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the data, of each reviewer's order and of the decisions (default 7).")
  long seed = 7;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  /**
   * The run's figures and checks.
   *
   * @param acknowledgementsLost stored decisions whose client was killed before hearing so
   * @param sessionOpenMedianMs a client's opening of the project and taking its queue (wall time
   *     includes it)
   * @param reconnections connections the clients restored by themselves
   */
  record Report(
      String project,
      int reviewers,
      int decisionsAsked,
      long citations,
      double buildSeconds,
      int decisionsStored,
      int acknowledged,
      int acknowledgementsLost,
      double wallSeconds,
      double decisionsPerSecond,
      double nextMedianMs,
      double nextP95Ms,
      double decideMedianMs,
      double decideP95Ms,
      double sessionOpenMedianMs,
      int reconnections,
      int resolutions,
      int resolutionsRefused,
      double resolveMedianMs,
      double resolveP95Ms,
      List<TeamFaults.Report> faults,
      TeamChecks.Result checks,
      double loadAverage) {}

  @Override
  public Integer call() throws Exception {
    if (!(project instanceof ProjectLocation.Server server)) {
      throw new ParameterException(
          spec.commandLine(), "bench team needs a team project's postgresql:// URL");
    }
    if (reviewers < 1 || decisions < 1 || records < 1) {
      throw new ParameterException(
          spec.commandLine(), "--reviewers, --decisions and --records must be 1 or more");
    }
    if (faults && reviewers < 2) {
      throw new ParameterException(
          spec.commandLine(), "--faults kills two different clients: give --reviewers 2 or more");
    }
    PrintWriter err = spec.commandLine().getErr();
    double buildSeconds = 0;
    if (!BenchProject.exists(server)) {
      Path tmp = Files.createTempDirectory("winnow-bench-team-");
      long t = System.nanoTime();
      try (ReviewProject p =
          BenchProject.create(server, "team benchmark", null, records, seed, tmp, err).project()) {
        p.screening()
            .setPolicy(
                Stage.TITLE_ABSTRACT, ScreeningPolicy.Mode.DOUBLE, null, seed, null, "bench");
      } finally {
        BenchImportCommand.deleteTree(tmp);
      }
      buildSeconds = TeamFaults.round((System.nanoTime() - t) / 1e9);
    }
    try (ReviewProject lead = ReviewProject.open(server)) {
      lead.onConnectionEvents(e -> err.println("lead: " + e.message()));
      ScreeningPolicy policy = lead.screening().policy(Stage.TITLE_ABSTRACT);
      if (policy.mode() != ScreeningPolicy.Mode.DOUBLE || policy.pilotSize() > 0) {
        throw new ParameterException(
            spec.commandLine(),
            "bench team needs double screening at title-abstract without a pilot, and "
                + server.display()
                + " has "
                + policy.mode().cliName()
                + (policy.pilotSize() > 0 ? " with a pilot" : "")
                + ": use an empty database, or set the policy to double");
      }
      List<TeamClient.Member> members = members(lead);
      char[] leadPassword = MemberService.newPassword().toCharArray();
      lead.members()
          .add(TeamResolver.NAME, MemberRole.LEAD, TeamResolver.NAME, leadPassword, "bench");
      long before = lead.decisionLedger().lastId();
      Report report = run(server, lead, members, leadPassword, before, buildSeconds);
      print(report);
      return report.checks().passed() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }
  }

  /** The members bench-01..bench-N as reviewers, made or given a fresh password. */
  private List<TeamClient.Member> members(ReviewProject lead) throws Exception {
    List<TeamClient.Member> out = new ArrayList<>();
    for (int i = 1; i <= reviewers; i++) {
      String name = String.format("bench-%02d", i);
      char[] password = MemberService.newPassword().toCharArray();
      lead.members().add(name, MemberRole.REVIEWER, name, password, "bench");
      out.add(new TeamClient.Member(i, name, name, password));
    }
    return out;
  }

  private Report run(
      ProjectLocation.Server server,
      ReviewProject lead,
      List<TeamClient.Member> members,
      char[] leadPassword,
      long before,
      double buildSeconds)
      throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    TeamLoad load = new TeamLoad(decisions);
    // a third reviewer resolves conflicts while the others keep screening
    TeamResolver resolver = new TeamResolver(server, leadPassword, seed);
    List<TeamClient> clients = new CopyOnWriteArrayList<>();
    for (TeamClient.Member m : members) {
      // the first two are the ones the faults kill: their proxies must see their statements
      clients.add(new TeamClient(load, m, server, faults && m.number() <= 2, seed, 0));
    }
    err.printf(
        "%d reviewers storing %,d decisions on %s%n", reviewers, decisions, server.display());
    err.flush();
    clients.forEach(TeamClient::start);
    resolver.start();
    List<TeamFaults.Report> faultReports = List.of();
    TeamFaults injector = null;
    if (faults) {
      int[] generation = {0};
      injector =
          new TeamFaults(
              load,
              decisions,
              () -> clients,
              killed -> {
                TeamClient fresh =
                    new TeamClient(load, killed.member(), server, false, seed, ++generation[0]);
                clients.add(fresh);
                fresh.start();
                return fresh;
              },
              restartCommand,
              lead,
              err);
      faultReports = injector.inject(clients.get(0), clients.get(1));
    }
    for (TeamClient c : clients) {
      c.join();
    }
    resolver.stopAndJoin();
    double wall = (System.nanoTime() - load.started()) / 1e9;
    if (injector != null) {
      faultReports = injector.withReconnections(faultReports);
    }
    List<String> runFailures = new ArrayList<>();
    if (resolver.failure() != null) {
      runFailures.add("the lead resolving conflicts stopped: " + resolver.failure());
    }
    for (TeamLoad.Failure f : load.failures()) {
      runFailures.add("client " + f.login() + " stopped: " + f.message());
    }
    if (load.acknowledgedCount() < decisions) {
      runFailures.add(
          "only "
              + load.acknowledgedCount()
              + " of "
              + decisions
              + " decisions were stored: "
              + (load.ranOut().isEmpty()
                  ? "clients stopped early"
                  : String.join(", ", load.ranOut()) + " had no items left")
              + " (use more --records or fewer --decisions)");
    }
    for (TeamFaults.Report f : faultReports) {
      if (f.status().equals("failed")) {
        runFailures.add("fault " + f.fault() + " failed: " + f.detail());
      } else if (f.status().equals("done") && f.recoverySeconds() == null) {
        runFailures.add(
            "after fault "
                + f.fault()
                + " a client stored nothing for "
                + TeamFaults.RECOVERY_LIMIT.toSeconds()
                + " s");
      }
    }
    TeamChecks.Result checks = TeamChecks.run(lead, load, before, runFailures);
    double[] next = load.nextNanos();
    double[] decide = load.decideNanos();
    return new Report(
        server.display(),
        reviewers,
        decisions,
        lead.summary().citations(),
        buildSeconds,
        checks.stored(),
        checks.acknowledged(),
        checks.acknowledgementsLost(),
        TeamFaults.round(wall),
        TeamFaults.round(checks.acknowledged() / wall),
        ms(next, 50),
        ms(next, 95),
        ms(decide, 50),
        ms(decide, 95),
        ms(load.openNanos(), 50),
        (int)
            load.events().stream()
                .filter(e -> e.kind() == org.winnow.core.location.ConnectionEvent.Kind.RESTORED)
                .count(),
        resolver.resolved(),
        resolver.refused(),
        ms(resolver.resolveNanos(), 50),
        ms(resolver.resolveNanos(), 95),
        faultReports,
        checks,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static double ms(double[] nanos, int percentile) {
    return nanos.length == 0
        ? 0
        : TeamFaults.round(BenchScreeningCommand.percentile(nanos, percentile) / 1e6);
  }

  private void print(Report r) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, r);
      return;
    }
    out.printf(
        "%d reviewers stored %,d decisions (%,d acknowledged, %,d whose acknowledgement was lost)"
            + " on %,d citations in %.1f s: %.1f decisions/s%n",
        r.reviewers(),
        r.decisionsStored(),
        r.acknowledged(),
        r.acknowledgementsLost(),
        r.citations(),
        r.wallSeconds(),
        r.decisionsPerSecond());
    out.printf(
        "next item: median %s ms, p95 %s ms; decide: median %s ms, p95 %s ms (all clients)%n",
        r.nextMedianMs(), r.nextP95Ms(), r.decideMedianMs(), r.decideP95Ms());
    out.printf(
        "a client's start (open the project, take its queue): median %s ms; connections restored"
            + " by the clients: %d%n",
        r.sessionOpenMedianMs(), r.reconnections());
    out.printf(
        "the lead resolved %,d conflicts meanwhile (median %s ms, p95 %s ms); %,d were settled"
            + " by a later decision before the lead got to them%n",
        r.resolutions(), r.resolveMedianMs(), r.resolveP95Ms(), r.resolutionsRefused());
    for (TeamFaults.Report f : r.faults()) {
      out.printf(
          "fault %s (%s) at %.1f s, %,d decisions: %s; %d clients reconnected (%d times);"
              + " recovered in %s s; duplicates after: %s%n",
          f.fault(),
          f.status(),
          f.atSeconds(),
          f.atDecisions(),
          f.detail(),
          f.clientsReconnected(),
          f.reconnections(),
          f.recoverySeconds() == null ? "-" : f.recoverySeconds(),
          f.duplicatesAfter() == null ? "-" : f.duplicatesAfter());
    }
    TeamChecks.Result c = r.checks();
    out.printf(
        "checks: %s; %,d of %,d acknowledged decisions stored, %d pairs decided twice, %d write"
            + " keys repeated, %d stored but unexplained; conflicts: %,d listed, %,d computed,"
            + " %d differ%n",
        c.passed() ? "passed" : "FAILED",
        c.acknowledgedStored(),
        c.acknowledged(),
        c.pairsDecidedTwice(),
        c.writeKeysRepeated(),
        c.unexplained(),
        c.openConflicts(),
        c.conflictsComputed(),
        c.conflictsDiffering());
    for (String f : c.failures()) {
      out.println("FAILED: " + f);
    }
    out.printf("load average %.1f%n", r.loadAverage());
  }
}
