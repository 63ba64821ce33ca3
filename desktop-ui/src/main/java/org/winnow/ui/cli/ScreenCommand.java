package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.winnow.core.model.Author;
import org.winnow.core.model.Bibliographic;
import org.winnow.core.model.Decision;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ScreeningItem;
import org.winnow.core.project.ScreeningService;
import org.winnow.core.ranking.ScreeningOrder;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "screen",
    description = {
      "Screen as one reviewer, blinded from the others: load decisions in bulk from a "
          + "decision file (record_id,decision,reason,note[,labels]; comma, semicolon or tab; "
          + "ASReview and Rayyan exports too), get the next item, or record one decision."
    })
final class ScreenCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;
  @Mixin StageOption stage;

  @Option(
      names = "--reviewer",
      required = true,
      paramLabel = "NAME",
      description =
          "Who screens. On a team project, the reviewer of the login: naming anyone else is"
              + " refused.")
  String reviewer;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Action action;

  static final class Action {
    @Option(names = "--decisions", paramLabel = "FILE.csv", description = "Load decisions in bulk.")
    Path decisions;

    @Option(names = "--next", description = "Show the next item to screen (blinded).")
    boolean next;

    @Option(
        names = "--item",
        paramLabel = "RECORD_ID",
        description = "Record one decision on this item.")
    String item;
  }

  @Option(
      names = "--decision",
      paramLabel = "D",
      description = "include, exclude or maybe (with --item).")
  String decision;

  @Option(
      names = "--reason",
      paramLabel = "R",
      description = "Exclusion reason (required when excluding at full text).")
  String reason;

  @Option(names = "--note", paramLabel = "TEXT", description = "A note on the decision.")
  String note;

  @Option(names = "--labels", paramLabel = "A;B", description = "Labels separated by ';'.")
  String labels;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      converter = OrderConverter.class,
      description = {
        "With --next: prioritised, random or file.",
        "Default: the order chosen for the stage in the window's screening view, or when none"
            + " was chosen prioritised once the decisions this reviewer may see hold an include"
            + " and an exclude, random (seeded by the stage policy's seed) before that; file keeps"
            + " the import order."
      })
  ScreeningOrder order;

  /** The reply to {@code --next}: the item (null when none is left) and the order that chose it. */
  record NextReply(Map<String, Object> item, String order, Double score, Integer trainedOn) {}

  static final class OrderConverter implements CommandLine.ITypeConverter<ScreeningOrder> {
    @Override
    public ScreeningOrder convert(String value) {
      try {
        return ScreeningOrder.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The reply to {@code --decisions}: rows without a decision yet are counted as skipped. */
  record BulkReply(String stage, String reviewer, int decisions, int skipped) {}

  @Override
  public Integer call() throws Exception {
    if (order != null && !action.next) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--order goes with --next");
    }
    try (ReviewProject p = project.open()) {
      reviewer = p.members().actingAs(reviewer, "--reviewer");
      var out = spec.commandLine().getOut();
      if (action.decisions != null) {
        ScreeningService.BulkLoad loaded =
            p.screening()
                .loadDecisions(
                    stage.stage,
                    reviewer,
                    action.decisions,
                    "bulk:" + action.decisions.getFileName());
        if (project.json) {
          Output.json(
              out,
              new BulkReply(stage.stage.cliName(), reviewer, loaded.decisions(), loaded.skipped()));
        } else {
          out.printf(
              "Recorded %d %s decisions by %s%s%n",
              loaded.decisions(),
              stage.stage.cliName(),
              reviewer,
              loaded.skipped() == 0
                  ? ""
                  : " (" + loaded.skipped() + " rows without a decision left out)");
        }
      } else if (action.next) {
        // one-shot: a stale model is retrained before answering (the window retrains in the
        // background and serves the last ranking meanwhile)
        Optional<ScreeningService.Served> served = p.screening().next(stage.stage, reviewer, order);
        if (project.json) {
          Output.json(
              out,
              new NextReply(
                  served.map(s -> ScreeningJson.item(s.item())).orElse(null),
                  served.map(s -> s.order().cliName()).orElse(null),
                  served.map(ScreeningService.Served::score).orElse(null),
                  served.map(ScreeningService.Served::trainedOn).orElse(null)));
        } else if (served.isEmpty()) {
          out.println("Nothing left to screen for " + reviewer + " at " + stage.stage.cliName());
        } else {
          print(out, served.get().item());
          out.println();
          out.println(orderLine(served.get()));
        }
      } else {
        if (decision == null) {
          throw new BadInputException("--item needs --decision include|exclude|maybe");
        }
        DecisionValue value;
        try {
          value = DecisionValue.parse(decision);
        } catch (IllegalArgumentException e) {
          throw new BadInputException("--decision: " + e.getMessage());
        }
        List<String> labelList =
            labels == null
                ? List.of()
                : Arrays.stream(labels.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        Decision d =
            p.screening()
                .decide(stage.stage, action.item, reviewer, value, reason, note, labelList, "cli");
        if (project.json) {
          Map<String, Object> j = new LinkedHashMap<>(ScreeningJson.decision(d));
          j.put("item", action.item);
          Output.json(out, j);
        } else {
          out.printf(
              "%s: %s %s%s%n",
              action.item,
              reviewer,
              d.value().cliName(),
              d.reason() == null ? "" : " (" + d.reason().label() + ")");
        }
      }
    }
    return ExitCodes.OK;
  }

  private static void print(java.io.PrintWriter out, ScreeningItem item) {
    Bibliographic f = item.citation().fields();
    out.printf("[%s] %s%n", String.join(", ", item.citation().recordIds()), f.title());
    List<String> authors = new ArrayList<>();
    f.authors().forEach(a -> authors.add(a.shortForm()));
    out.printf(
        "%s%n%s %s%s%n",
        String.join(", ", authors),
        f.journal() == null ? "" : f.journal(),
        f.year() == null ? "" : f.year(),
        f.doi() == null ? "" : "  https://doi.org/" + f.doi());
    if (f.abstractText() != null) {
      out.println();
      out.println(f.abstractText());
    }
    if (!f.keywords().isEmpty() || !f.mesh().isEmpty()) {
      out.println();
      out.println(
          "Keywords: "
              + String.join("; ", f.keywords())
              + (f.mesh().isEmpty() ? "" : " | MeSH: " + String.join("; ", f.mesh())));
    }
  }

  private static String orderLine(ScreeningService.Served s) {
    return switch (s.order()) {
      case PRIORITISED ->
          String.format(
              java.util.Locale.ROOT,
              "(prioritised: score %.3f, model trained on %d decisions)",
              s.score(),
              s.trainedOn());
      case RANDOM -> "(random order)";
      case FILE -> "(file order)";
    };
  }

  static String authors(List<Author> authors) {
    return String.join(", ", authors.stream().map(Author::shortForm).toList());
  }
}
