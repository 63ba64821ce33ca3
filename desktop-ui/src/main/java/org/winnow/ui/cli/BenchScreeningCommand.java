package org.winnow.ui.cli;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.ranking.ScreeningOrder;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.dashboard.DashboardViewModel;
import org.winnow.ui.screening.ScreeningViewModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "screening",
    description = {
      "Time the screening window's view model on a large project: opening a reviewer's "
          + "session, moving to the next item, deciding, and loading the dashboard. Builds a "
          + "project of N seeded synthetic citations (or imports --file) where two reviewers "
          + "have screened part of it."
    })
final class BenchScreeningCommand implements Callable<Integer> {
  static final String FIRST = "Reviewer A";
  static final String SECOND = "Reviewer B";

  /** Steps before measuring: the JIT and SQLite's page cache settle. */
  static final int WARM_UP = 20;

  @Spec CommandSpec spec;

  @Option(
      names = "--records",
      paramLabel = "N",
      description = "Synthetic citations to generate (default 100000).")
  int records = 100_000;

  @Option(
      names = "--file",
      paramLabel = "FILE",
      description = "Import this citation file instead of generating one.")
  Path file;

  @Option(
      names = "--project",
      paramLabel = "DIR",
      converter = LocationConverter.class,
      description =
          "Keep the built project here and reuse it when it exists (repeat runs). A folder, or a"
              + " team project's PostgreSQL URL postgresql://[user@]host[:port]/database: an empty"
              + " database gets the project built in it, one holding a project is reused.")
  ProjectLocation project;

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Items stepped through per measurement (default 200).")
  int steps = 200;

  @Option(
      names = "--screened",
      paramLabel = "F",
      description =
          "Fraction of items reviewer A has screened; B has screened 60%% of those (default 0.5).")
  double screened = 0.5;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the data and the decisions (default 7).")
  long seed = 7;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (steps < 1 || screened < 0 || screened >= 1) {
      throw new ParameterException(
          spec.commandLine(), "--steps must be 1 or more and --screened in [0, 1)");
    }
    Path tmp = Files.createTempDirectory("winnow-bench-");
    ProjectLocation dir =
        project != null ? project : new ProjectLocation.Folder(tmp.resolve("project"));
    try {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("engine", dir instanceof ProjectLocation.Server ? "postgresql" : "sqlite");
      double buildSeconds = 0;
      double importSeconds = 0;
      if (!BenchProject.exists(dir)) {
        long t = System.nanoTime();
        importSeconds = build(dir, tmp);
        buildSeconds = (System.nanoTime() - t) / 1e9;
      }
      try (Session session = new Session(tmp.resolve("settings"))) {
        session.use(ReviewProject.open(dir));
        AppContext context = new AppContext(session, TaskRunner.sameThread());
        ReviewProject p = session.project();
        r.put("citations", p.summary().citations());
        r.put("decisions", decisionCount(p));
        r.put("buildSeconds", round(buildSeconds));
        // in the window the ranking model trains in the background (its time: bench ranking);
        // with every task on this thread it would be counted as the window's wait, so the queue
        // is served in file order here, as it was before the window ranked it (chosen once: a
        // setting written again would be a change since the figures the last run kept)
        if (p.screening().order(Stage.TITLE_ABSTRACT) != ScreeningOrder.FILE) {
          p.screening().setOrder(Stage.TITLE_ABSTRACT, ScreeningOrder.FILE, "bench");
        }
        r.put("importSeconds", round(importSeconds));
        // the dashboard is what the window shows first on opening a project
        dashboardFirst(context, r);
        measureScreening(context, r);
        dashboard(context, r);
        dashboardAfterOthers(context, dir, r);
        r.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
      print(r);
    } finally {
      BenchImportCommand.deleteTree(tmp);
    }
    return ExitCodes.OK;
  }

  /** Builds the project; returns the seconds the import took. */
  private double build(ProjectLocation dir, Path tmp) throws Exception {
    BenchProject.Built built =
        BenchProject.create(
            dir, "screening benchmark", file, records, seed, tmp, spec.commandLine().getErr());
    try (ReviewProject p = built.project()) {
      double importSeconds = built.importSeconds();
      p.screening().addReviewer(FIRST, null, "bench");
      p.screening().addReviewer(SECOND, null, "bench");
      List<Long> items = p.screening().items(Stage.TITLE_ABSTRACT);
      List<String> ids = new ArrayList<>();
      for (long item : items.subList(0, (int) Math.round(screened * items.size()))) {
        ids.add("#" + p.screening().citation(Stage.TITLE_ABSTRACT, item).records().get(0).id());
      }
      Random random = new Random(seed);
      List<DecisionValue> first = new ArrayList<>();
      List<DecisionValue> second = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        double x = random.nextDouble();
        DecisionValue a =
            x < 0.8
                ? DecisionValue.EXCLUDE
                : x < 0.95 ? DecisionValue.INCLUDE : DecisionValue.MAYBE;
        first.add(a);
        if (i < ids.size() * 0.6) {
          second.add(random.nextDouble() < 0.9 ? a : DecisionValue.values()[random.nextInt(3)]);
        }
      }
      p.screening()
          .bulkLoad(Stage.TITLE_ABSTRACT, FIRST, decisions(tmp, "a.csv", ids, first), "bench");
      p.screening()
          .bulkLoad(Stage.TITLE_ABSTRACT, SECOND, decisions(tmp, "b.csv", ids, second), "bench");
      return importSeconds;
    }
  }

  private static Path decisions(Path tmp, String name, List<String> ids, List<DecisionValue> values)
      throws Exception {
    Path f = tmp.resolve(name);
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("record_id,decision\n");
      for (int i = 0; i < values.size(); i++) {
        w.write(ids.get(i) + "," + values.get(i).cliName() + "\n");
      }
    }
    return f;
  }

  private static long decisionCount(ReviewProject p) throws Exception {
    long n = 0;
    for (String who : List.of(FIRST, SECOND)) {
      n += p.screening().ownDecisions(Stage.TITLE_ABSTRACT, who).size();
    }
    return n;
  }

  /**
   * Every step runs on one thread, so loading the following item ahead (which the window does in
   * the background while the reviewer reads) is counted inside each step: an upper bound.
   */
  private void measureScreening(AppContext context, Map<String, Object> r) {
    ScreeningViewModel vm = new ScreeningViewModel(context);
    Timings open = new Timings(2);
    open.time(vm::start); // picks the first reviewer and opens their session
    open.time(() -> vm.reviewerProperty().set(vm.reviewers().get(1))); // B: A's items to do
    r.put("sessionOpenMs", ms(open.wall[1]));
    r.put("sessionOpenCpuMs", ms(open.cpu[1]));
    r.put("sessionOpenFirstMs", ms(open.wall[0]));
    int queue = vm.totalProperty().get() - vm.screenedProperty().get();
    r.put("queue", queue);
    if (queue < WARM_UP + 2 * steps + 1) {
      throw new ParameterException(
          spec.commandLine(),
          "reviewer B has "
              + queue
              + " items to screen: too few for "
              + steps
              + " steps (use more --records or fewer --steps)");
    }
    for (int i = 0; i < WARM_UP; i++) {
      vm.next(); // warm-up: JIT and SQLite page cache
    }
    Timings next = new Timings(steps);
    for (int i = 0; i < steps; i++) {
      next.time(vm::next);
      check(vm);
    }
    Timings decide = new Timings(steps);
    DecisionValue[] keys = {DecisionValue.EXCLUDE, DecisionValue.INCLUDE, DecisionValue.MAYBE};
    for (int i = 0; i < steps; i++) {
      DecisionValue key = keys[i % keys.length];
      decide.time(() -> vm.decide(key, null));
      check(vm);
    }
    next.put(r, "next");
    decide.put(r, "decide");
    r.put("steps", steps);
  }

  /**
   * Wall and CPU time of repeated steps. The CPU time of the measuring thread (everything runs on
   * it, SQLite included) is what a shared, loaded machine cannot inflate.
   */
  private static final class Timings {
    private final double[] wall;
    private final double[] cpu;
    private int n;

    Timings(int size) {
      wall = new double[size];
      cpu = new double[size];
    }

    void time(Runnable step) {
      long c = CPU.getCurrentThreadCpuTime();
      long w = System.nanoTime();
      step.run();
      wall[n] = System.nanoTime() - w;
      cpu[n++] = CPU.getCurrentThreadCpuTime() - c;
    }

    void put(Map<String, Object> r, String name) {
      r.put(name + "MedianMs", ms(percentile(wall, 50)));
      r.put(name + "P95Ms", ms(percentile(wall, 95)));
      r.put(name + "CpuMedianMs", ms(percentile(cpu, 50)));
    }
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private static void check(ScreeningViewModel vm) {
    if (vm.itemProperty().get() == null) {
      throw new IllegalStateException(
          "the queue ran out or an item failed: " + vm.messageProperty().get());
    }
  }

  /** Three loads of the dashboard (summary, progress, conflicts, PRISMA counts). */
  private static void dashboard(AppContext context, Map<String, Object> r) {
    Timings runs = new Timings(3);
    for (int i = 0; i < 3; i++) {
      runs.time(() -> loadDashboard(context));
    }
    runs.put(r, "dashboard");
  }

  /**
   * The first load of the dashboard in this session: nothing derived yet, and in a fresh JVM (it
   * runs before anything else) the code it runs not yet compiled. The figures kept by the last
   * session are shown first: {@code dashboardFirstMs} is the time until the dashboard shows the
   * project's current figures (kept ones when nothing was written since they were kept, else the
   * load's), {@code dashboardFirstShownMs} until it shows any, {@code dashboardFirstDerivedMs}
   * until the load has derived them afresh.
   */
  private static void dashboardFirst(AppContext context, Map<String, Object> r) {
    DashboardViewModel vm = new DashboardViewModel(context);
    long w = System.nanoTime();
    long c = CPU.getCurrentThreadCpuTime();
    long[] shown = new long[3]; // wall and CPU when current figures showed; wall at any figures
    DashboardViewModel.Figures[] first = new DashboardViewModel.Figures[1];
    vm.onShown(
        figures -> {
          if (first[0] == null) {
            first[0] = figures;
            shown[2] = System.nanoTime() - w;
          }
          if (figures.current() && shown[0] == 0) {
            shown[0] = System.nanoTime() - w;
            shown[1] = CPU.getCurrentThreadCpuTime() - c;
          }
        });
    vm.refresh();
    long derived = System.nanoTime() - w;
    if (!vm.errorProperty().get().isEmpty() || first[0] == null) {
      throw new IllegalStateException("dashboard failed: " + vm.errorProperty().get());
    }
    r.put("dashboardFirstMs", ms(shown[0]));
    r.put("dashboardFirstCpuMs", ms(shown[1]));
    r.put("dashboardFirstShownMs", ms(shown[2]));
    r.put("dashboardFirstDerivedMs", ms(derived));
    r.put("dashboardFirstShown", first[0].name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** Reloads of the dashboard, each after another reviewer's decision it has to take in. */
  static final int AFTER_OTHERS_ROUNDS = 5;

  /**
   * Reloads of the dashboard after another reviewer's decision each: on a server written through a
   * second project handle (another member's client), whose decision reaches this one only through
   * the database; in a folder, which one process writes at a time, through this window's project.
   * Reviewer A changes their mind on items they screened, so the project's decision count stays.
   */
  private static void dashboardAfterOthers(
      AppContext context, ProjectLocation dir, Map<String, Object> r) throws Exception {
    ReviewProject own = context.session().project();
    List<Long> items = own.screening().items(Stage.TITLE_ABSTRACT);
    Timings runs = new Timings(AFTER_OTHERS_ROUNDS);
    try (ReviewProject other =
        dir instanceof ProjectLocation.Server ? ReviewProject.open(dir) : null) {
      ReviewProject writer = other != null ? other : own;
      for (int i = 0; i < AFTER_OTHERS_ROUNDS; i++) {
        writer
            .screening()
            .decide(
                Stage.TITLE_ABSTRACT,
                items.get(i),
                FIRST,
                i % 2 == 0 ? DecisionValue.INCLUDE : DecisionValue.EXCLUDE,
                null,
                "bench: another reviewer's changed mind",
                List.of(),
                "bench");
        runs.time(() -> loadDashboard(context));
      }
    }
    runs.put(r, "dashboardAfterOthers");
  }

  private static void loadDashboard(AppContext context) {
    DashboardViewModel vm = new DashboardViewModel(context);
    vm.refresh();
    if (!vm.errorProperty().get().isEmpty()) {
      throw new IllegalStateException("dashboard failed: " + vm.errorProperty().get());
    }
  }

  static double percentile(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(double nanos) {
    return round(nanos / 1e6);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private void print(Map<String, Object> r) {
    var out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, r);
      return;
    }
    out.printf(
        "%,d citations, %,d decisions on %s%s%n",
        r.get("citations"),
        r.get("decisions"),
        r.get("engine"),
        (double) r.get("buildSeconds") > 0
            ? " (built in "
                + r.get("buildSeconds")
                + " s, of which the import "
                + r.get("importSeconds")
                + " s)"
            : "");
    out.printf(
        "screening session open: %s ms (CPU %s ms; queue of %,d); the very first, cold: %s ms%n",
        r.get("sessionOpenMs"),
        r.get("sessionOpenCpuMs"),
        r.get("queue"),
        r.get("sessionOpenFirstMs"));
    out.printf(
        "next item: median %s ms (CPU %s ms), p95 %s ms over %d steps%n",
        r.get("nextMedianMs"), r.get("nextCpuMedianMs"), r.get("nextP95Ms"), r.get("steps"));
    out.printf(
        "decide and move on: median %s ms (CPU %s ms), p95 %s ms over %d steps%n",
        r.get("decideMedianMs"), r.get("decideCpuMedianMs"), r.get("decideP95Ms"), r.get("steps"));
    out.printf(
        "dashboard load: median %s ms (CPU %s ms) of 3; the first in the session %s ms (CPU %s"
            + " ms); after another reviewer's decision: median %s ms (CPU %s ms) of %d%n",
        r.get("dashboardMedianMs"),
        r.get("dashboardCpuMedianMs"),
        r.get("dashboardFirstMs"),
        r.get("dashboardFirstCpuMs"),
        r.get("dashboardAfterOthersMedianMs"),
        r.get("dashboardAfterOthersCpuMedianMs"),
        AFTER_OTHERS_ROUNDS);
    out.printf("load average %.1f%n", r.get("loadAverage"));
  }
}
