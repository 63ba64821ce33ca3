package org.winnow.ui.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.winnow.core.model.ScreeningPolicy;
import org.winnow.core.model.SourceType;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ImportRequest;
import org.winnow.core.project.IncludedStudy;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.Session;
import org.winnow.ui.common.TaskRunner;
import org.winnow.ui.extraction.ExtractionView;
import org.winnow.ui.extraction.ExtractionViewModel;
import org.winnow.ui.extraction.FormModel;
import org.winnow.ui.extraction.FormView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "form",
    description = {
      "Time the extraction form in a real JavaFX toolkit, off-screen: rendering a form "
          + "of 40 fields with 6 repeated entries, and switching studies in the Studies & "
          + "extraction view, on a project of N included studies, each extracted with that "
          + "form. Needs a display, or Monocle headless on the class path (see "
          + "docs/benchmarks.md)."
    })
final class BenchFormCommand implements Callable<Integer> {
  static final String EXTRACTOR = "Reviewer A";

  /** Fields of the form: once-answered and per entry (40 in all). */
  static final int ONCE_FIELDS = 16;

  static final int ENTRY_FIELDS = 24;

  @Spec CommandSpec spec;

  @Option(names = "--studies", paramLabel = "N", description = "Included studies (default 200).")
  int studies = 200;

  @Option(
      names = "--entries",
      paramLabel = "N",
      description = "Repeated entries per study (default 6).")
  int entries = 6;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Measured runs of each step (default 30).")
  int runs = 30;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the synthetic citations (default 7).")
  long seed = 7;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (studies < 2 || entries < 1 || runs < 1) {
      throw new ParameterException(
          spec.commandLine(), "--studies must be 2 or more, --entries and --runs 1 or more");
    }
    startToolkit();
    Path tmp = Files.createTempDirectory("winnow-bench-form-");
    try {
      long t = System.nanoTime();
      Path dir = build(tmp);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("studies", studies);
      r.put("fields", ONCE_FIELDS + ENTRY_FIELDS);
      r.put("entries", entries);
      r.put("buildSeconds", Math.round((System.nanoTime() - t) / 1e7) / 100.0);
      try (Session session = new Session(tmp.resolve("settings"))) {
        session.use(ReviewProject.open(dir));
        measure(new AppContext(session, TaskRunner.sameThread()), r);
      }
      print(r);
    } finally {
      BenchImportCommand.deleteTree(tmp);
    }
    return ExitCodes.OK;
  }

  private static void startToolkit() throws BadInputException {
    try {
      Platform.startup(() -> {});
    } catch (IllegalStateException alreadyRunning) {
      // started before: fine
    } catch (RuntimeException | Error e) {
      throw new BadInputException(
          "bench form renders in a real JavaFX toolkit, which could not start ("
              + e.getMessage()
              + "): run it with a display, or headless with Monocle on the class path and"
              + " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw");
    }
  }

  /** A template of 40 fields of every type: 16 answered once, 24 per repeated entry. */
  static String template() {
    String[] types = {"text", "long-text", "integer", "number", "date", "yes-no-unclear"};
    StringBuilder once = new StringBuilder();
    for (int i = 0; i < ONCE_FIELDS; i++) {
      once.append(i == 0 ? "" : ",").append(field("s" + i, types[i % types.length], i));
    }
    StringBuilder each =
        new StringBuilder("{\"id\": \"arm\", \"label\": \"Arm\", \"type\": \"text\"}");
    for (int i = 1; i < ENTRY_FIELDS; i++) {
      each.append(",").append(field("e" + i, types[i % types.length], i));
    }
    return "{\"format\": \"winnow-form-template/1\", \"id\": \"bench\", \"version\": 1,"
        + " \"title\": \"Benchmark form\", \"sections\": ["
        + "{\"id\": \"study\", \"label\": \"Study\", \"fields\": ["
        + once
        + "]}, {\"id\": \"arms\", \"label\": \"Arms\", \"repeat\": {\"unit\": \"arm\"},"
        + " \"fields\": ["
        + each
        + "]}]}";
  }

  private static String field(String id, String type, int i) {
    return "{\"id\": \""
        + id
        + "\", \"label\": \"Field "
        + id
        + "\", \"type\": \""
        + type
        + "\""
        + (i % 4 == 0 ? ", \"required\": true" : "")
        + (i % 3 == 0 ? ", \"help\": \"Help text of " + id + "\"" : "")
        + "}";
  }

  private static String value(String type, int i) {
    return switch (type) {
      case "integer" -> Integer.toString(10 + i);
      case "number" -> "\"" + (i + 0.5) + "\"";
      case "date" -> "\"2019-03\"";
      case "yes-no-unclear" -> "\"yes\"";
      default -> "\"answer " + i + "\"";
    };
  }

  private String answers() {
    String[] types = {"text", "long-text", "integer", "number", "date", "yes-no-unclear"};
    StringBuilder once = new StringBuilder();
    for (int i = 0; i < ONCE_FIELDS; i++) {
      once.append(i == 0 ? "" : ",")
          .append("\"s")
          .append(i)
          .append("\": ")
          .append(value(types[i % types.length], i));
    }
    List<String> arms = new ArrayList<>();
    for (int a = 0; a < entries; a++) {
      StringBuilder arm = new StringBuilder("{\"arm\": \"Arm " + a + "\"");
      for (int i = 1; i < ENTRY_FIELDS; i++) {
        arm.append(", \"e").append(i).append("\": ").append(value(types[i % types.length], i));
      }
      arms.add(arm.append("}").toString());
    }
    return "{\"form\": \"bench\", \"sections\": {\"study\": {"
        + once
        + "}, \"arms\": ["
        + String.join(",", arms)
        + "]}}";
  }

  private Path build(Path tmp) throws Exception {
    Path dir = tmp.resolve("project");
    Path ris = tmp.resolve("synthetic.ris");
    SyntheticRis.write(ris, studies, seed);
    try (ReviewProject p = ReviewProject.create(dir, "form benchmark", "bench")) {
      p.imports()
          .importFiles(
              new ImportRequest(
                  List.of(ris), "bench", SourceType.DATABASE, null, null, null, true, "bench"),
              Progress.NONE);
      p.screening().addReviewer(EXTRACTOR, null, "bench");
      for (Stage stage : Stage.values()) {
        p.screening().setPolicy(stage, ScreeningPolicy.Mode.SINGLE, null, null, null, "bench");
        List<String> lines = new ArrayList<>(List.of("record_id,decision"));
        for (long item : p.screening().items(stage)) {
          lines.add("#" + p.screening().citation(stage, item).records().get(0).id() + ",include");
        }
        Path csv = Files.write(tmp.resolve(stage.cliName() + ".csv"), lines);
        p.screening().bulkLoad(stage, EXTRACTOR, csv, "bench");
      }
      Path template = Files.writeString(tmp.resolve("bench.json"), template());
      p.extraction().importTemplate(template, "bench");
      String text = answers();
      for (IncludedStudy s : p.studies().included()) {
        p.extraction().extract(s.code(), "bench", EXTRACTOR, "bench.json", text, "bench");
      }
    }
    return dir;
  }

  private void measure(AppContext context, Map<String, Object> r) throws Exception {
    ExtractionViewModel vm = new ExtractionViewModel(context);
    ExtractionView view = onFx(() -> new ExtractionView(vm));
    onFx(
        () -> {
          new Scene(view, 1200, 800);
          vm.personProperty().set(EXTRACTOR);
          vm.formProperty().set("bench");
          vm.reload();
          return null;
        });
    r.put("includedStudies", vm.studies().size());
    FormModel form = vm.formModelProperty().get();
    if (form == null || form.section("arms").entries().size() != entries) {
      throw new IllegalStateException("the form did not open: " + vm.messageProperty().get());
    }
    double[] render = new double[runs];
    double[] renderCpu = new double[runs];
    double[] expanded = new double[runs];
    double[] switchCpu = new double[runs];
    for (int i = -5; i < runs; i++) {
      int run = i;
      double[] ms =
          onFx(
              () -> {
                long t = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                FormView v = new FormView(form);
                new Scene(v, 800, 700);
                v.applyCss();
                v.layout();
                double cpu = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                double wall = (System.nanoTime() - t) / 1e6;
                long t2 = System.nanoTime();
                FormView all = new FormView(form);
                all.openAll();
                new Scene(all, 800, 700);
                all.applyCss();
                all.layout();
                return new double[] {wall, cpu, (System.nanoTime() - t2) / 1e6};
              });
      if (run >= 0) {
        render[run] = ms[0];
        renderCpu[run] = ms[1];
        expanded[run] = ms[2];
      }
    }
    double[] switching = new double[runs];
    for (int i = -5; i < runs; i++) {
      int step = (i & 1) == 0 ? 1 : -1;
      int run = i;
      double ms =
          onFx(
              () -> {
                long t = System.nanoTime();
                long c = CPU.getCurrentThreadCpuTime();
                vm.move(step);
                view.applyCss();
                view.layout();
                switchCpu[Math.max(0, run)] = (CPU.getCurrentThreadCpuTime() - c) / 1e6;
                return (System.nanoTime() - t) / 1e6;
              });
      if (vm.formModelProperty().get() == null) {
        throw new IllegalStateException("a study did not open: " + vm.messageProperty().get());
      }
      if (i >= 0) {
        switching[i] = ms;
      }
    }
    r.put("renderMedianMs", round(BenchScreeningCommand.percentile(render, 50)));
    r.put("renderP95Ms", round(BenchScreeningCommand.percentile(render, 95)));
    r.put("switchMedianMs", round(BenchScreeningCommand.percentile(switching, 50)));
    r.put("switchP95Ms", round(BenchScreeningCommand.percentile(switching, 95)));
    r.put("renderCpuMedianMs", round(BenchScreeningCommand.percentile(renderCpu, 50)));
    r.put("renderAllOpenMedianMs", round(BenchScreeningCommand.percentile(expanded, 50)));
    r.put("switchCpuMedianMs", round(BenchScreeningCommand.percentile(switchCpu, 50)));
    r.put("runs", runs);
    r.put(
        "loadAverage",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private interface FxWork<T> {
    T run() throws Exception;
  }

  private static <T> T onFx(FxWork<T> work) throws Exception {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.run());
          } catch (Throwable e) {
            f.completeExceptionally(e);
          }
        });
    return f.get(10, TimeUnit.MINUTES);
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
        "%s included studies; form of %s fields with %s repeated entries (built in %s s)%n",
        r.get("includedStudies"), r.get("fields"), r.get("entries"), r.get("buildSeconds"));
    out.printf(
        "render the form: median %s ms (CPU %s ms), p95 %s ms over %s runs%n",
        r.get("renderMedianMs"), r.get("renderCpuMedianMs"), r.get("renderP95Ms"), r.get("runs"));
    out.printf("render with every entry open: median %s ms%n", r.get("renderAllOpenMedianMs"));
    out.printf(
        "switch study (load answers and draft, render): median %s ms (CPU %s ms), p95 %s ms%n",
        r.get("switchMedianMs"), r.get("switchCpuMedianMs"), r.get("switchP95Ms"));
    out.printf("load average %.1f%n", r.get("loadAverage"));
  }
}
