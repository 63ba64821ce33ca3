package org.winnow.ui.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.winnow.core.dedup.ErrataHandling;
import org.winnow.core.dedup.FieldEvidence;
import org.winnow.core.dedup.PairVerdict;
import org.winnow.core.io.AtomicFiles;
import org.winnow.core.io.csv.CsvExporter;
import org.winnow.core.io.decisions.PairVerdictFile;
import org.winnow.core.model.Record;
import org.winnow.core.project.DedupService;
import org.winnow.core.project.ReviewProject;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "dedup",
    description = {
      "Find duplicates: certain ones are merged, possible ones queued for review.",
      "Records are never deleted; merges can be undone with --split."
    })
final class DedupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @ArgGroup(exclusive = true)
  Action action = new Action();

  @Option(
      names = "--by-explanation",
      description =
          "With --queue: list the explanations of the waiting pairs, how many share each, and an"
              + " example pair.")
  boolean byExplanation;

  static final class Action {
    @Option(
        names = "--queue",
        description = "List the pairs waiting for review, with their evidence.")
    boolean queue;

    @Option(
        names = "--resolve",
        arity = "3",
        paramLabel = "A B VERDICT",
        hideParamSyntax = true,
        description = "Decide a pair: record IDs (file IDs, or #N) and same|different.")
    List<String> resolve;

    @Option(
        names = "--resolve-explained",
        arity = "2",
        paramLabel = "EXPLANATION VERDICT",
        hideParamSyntax = true,
        description =
            "Decide every waiting pair with this explanation (see --queue --by-explanation) as"
                + " same|different, in one transaction.")
    List<String> resolveExplained;

    @Option(
        names = "--resolve-file",
        paramLabel = "FILE.csv",
        description =
            "Decide many pairs in one transaction: columns a,b,verdict (record IDs and"
                + " same|different); every bad row named, nothing stored then.")
    Path resolveFile;

    @Option(
        names = "--compare",
        arity = "2",
        paramLabel = "A B",
        hideParamSyntax = true,
        description = "Show how two records compare, field by field, and the tier it gives.")
    List<String> compare;

    @Option(
        names = "--errata",
        paramLabel = "link|merge",
        description =
            "Set how later runs treat an erratum of an article in the project: link it (the"
                + " default) or merge it into the article's citation. Comments, replies and"
                + " retractions are only ever linked.")
    String errata;

    @Option(
        names = "--links",
        description =
            "List the notices (errata, comments, replies, retractions) linked to their articles.")
    boolean links;

    @Option(
        names = "--split",
        paramLabel = "CITATION",
        description = "Undo the merges of a citation.")
    Long split;

    @Option(
        names = "--export-clusters",
        paramLabel = "FILE",
        description = "Write cluster_id,record_id as CSV.")
    Path exportClusters;
  }

  @Override
  public Integer call() throws Exception {
    try (ReviewProject p = project.open()) {
      DedupService dedup = p.dedup();
      if (byExplanation && !action.queue) {
        throw new ParameterException(spec.commandLine(), "--by-explanation goes with --queue");
      }
      if (action.resolve != null && action.resolve.size() > 3) {
        throw new ParameterException(
            spec.commandLine(),
            "--resolve takes one pair (A B VERDICT); for several use --resolve-file FILE.csv");
      }
      if (action.resolveExplained != null && action.resolveExplained.size() > 2) {
        throw new ParameterException(
            spec.commandLine(),
            "--resolve-explained takes one explanation and one verdict; run it once for each");
      }
      if (action.queue && byExplanation) {
        printExplanations(dedup.explanations());
      } else if (action.queue) {
        printQueue(dedup.queueByUncertainty());
      } else if (action.errata != null) {
        ErrataHandling handling;
        try {
          handling = ErrataHandling.parse(action.errata);
        } catch (IllegalArgumentException e) {
          throw new BadInputException("--errata: " + e.getMessage());
        }
        dedup.setErrata(handling, project.actor);
        emit(
            Map.of("setting", ErrataHandling.SETTING, "value", handling.key()),
            ErrataHandling.SETTING + " = " + handling.key() + " (applies from the next run)");
      } else if (action.links) {
        printLinks(dedup.links());
      } else if (action.resolveExplained != null) {
        resolveExplained(dedup);
      } else if (action.resolve != null) {
        PairVerdict verdict = verdict("--resolve", action.resolve.get(2));
        DedupService.PairDecision decision =
            dedup.decide(action.resolve.get(0), action.resolve.get(1), verdict, project.actor);
        String result = decision.result();
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("a", action.resolve.get(0));
        j.put("b", action.resolve.get(1));
        j.put("verdict", verdict.name().toLowerCase());
        j.put("result", result);
        j.put("decisionsCarried", decision.screening().decisionsCarried());
        j.put("conflictsCreated", decision.screening().conflictsCreated());
        j.put("screeningConflicts", decision.screening().conflicts());
        emit(j, action.resolve.get(0) + " ~ " + action.resolve.get(1) + ": " + result);
      } else if (action.resolveFile != null) {
        PairVerdictFile file = PairVerdictFile.read(action.resolveFile);
        List<DedupService.PairDecision> done = dedup.decideAll(file, project.actor);
        List<PairReply> pairs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d pairs decided from %s", done.size(), action.resolveFile));
        for (int i = 0; i < done.size(); i++) {
          DedupService.PairDecision d = done.get(i);
          pairs.add(
              new PairReply(
                  file.rows().get(i).a(),
                  file.rows().get(i).b(),
                  d.verdict().name().toLowerCase(java.util.Locale.ROOT),
                  d.result()));
        }
        pairs.forEach(r -> text.append(String.format("%n  %s ~ %s: %s", r.a(), r.b(), r.result())));
        if (project.json) {
          Output.json(
              spec.commandLine().getOut(),
              new ResolveFileReply(action.resolveFile.toString(), done.size(), pairs));
        } else {
          spec.commandLine().getOut().println(text);
        }
      } else if (action.compare != null) {
        org.winnow.core.dedup.PairScore score =
            dedup.compare(action.compare.get(0), action.compare.get(1));
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("a", action.compare.get(0));
        j.put("b", action.compare.get(1));
        j.put("tier", score.tier().name().toLowerCase());
        j.put("reason", score.reason());
        j.put("score", score.score());
        j.put("evidence", evidence(score.evidence()));
        StringBuilder text = new StringBuilder();
        text.append(
            String.format(
                "%s ~ %s: %s (%s, score %.2f)%n",
                action.compare.get(0),
                action.compare.get(1),
                score.tier().name().toLowerCase(),
                score.reason(),
                score.score()));
        for (FieldEvidence e : score.evidence()) {
          text.append(
              String.format(
                  "  %-8s %-8s %.2f  %s | %s%n",
                  e.field(),
                  e.agreement().name().toLowerCase(),
                  e.similarity(),
                  nz(e.a()),
                  nz(e.b())));
        }
        emit(j, text.toString().stripTrailing());
      } else if (action.split != null) {
        int moved = dedup.split(action.split, project.actor);
        emit(
            Map.of("citation", action.split, "recordsMoved", moved),
            "Split citation "
                + action.split
                + ": "
                + moved
                + " records moved back to their own citations");
      } else if (action.exportClusters != null) {
        int rows = exportClusters(dedup.clusters(), action.exportClusters);
        emit(
            Map.of("file", action.exportClusters.toString(), "records", rows),
            "Wrote " + rows + " records to " + action.exportClusters);
      } else {
        DedupService.RunSummary s =
            dedup.run(project.actor, new StderrProgress(spec.commandLine().getErr()));
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("records", s.records());
        j.put("citations", s.citations());
        j.put("duplicates", s.duplicates());
        j.put("autoMerged", s.autoMerged());
        j.put("queued", s.queued());
        j.put("comparedPairs", s.compared());
        j.put("newRecords", s.newRecords());
        j.put("seconds", s.millis() / 1000.0);
        j.put("decisionsCarried", s.screening().decisionsCarried());
        j.put("conflictsCreated", s.screening().conflictsCreated());
        j.put("screeningConflicts", s.screening().conflicts());
        String said = s.screening().describe();
        emit(
            j,
            String.format(
                    "%d records → %d citations (%d duplicates removed); %d merged automatically now, %d pairs queued for review (winnow dedup %s --queue)",
                    s.records(),
                    s.citations(),
                    s.duplicates(),
                    s.autoMerged(),
                    s.queued(),
                    project.dir)
                + (said.isEmpty() ? "" : "\nMerged citations: " + said));
      }
    }
    return ExitCodes.OK;
  }

  /** The reply to {@code --resolve-file}: every pair with what its verdict did. */
  record ResolveFileReply(String file, int pairs, List<PairReply> results) {}

  record PairReply(String a, String b, String verdict, String result) {}

  private void emit(Map<String, ?> json, String text) {
    var out = spec.commandLine().getOut();
    if (project.json) {
      Output.json(out, json);
    } else {
      out.println(text);
    }
  }

  private static PairVerdict verdict(String option, String text) throws BadInputException {
    try {
      return PairVerdict.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + ": " + e.getMessage());
    }
  }

  private void resolveExplained(DedupService dedup) throws Exception {
    String explanation = action.resolveExplained.get(0);
    PairVerdict verdict = verdict("--resolve-explained", action.resolveExplained.get(1));
    Map<Long, String> shown = new java.util.HashMap<>();
    for (DedupService.QueuedPair q : dedup.queue()) {
      shown.put(q.a().id(), q.a().displayId());
      shown.put(q.b().id(), q.b().displayId());
    }
    List<DedupService.PairDecision> done =
        dedup.decideExplained(explanation, verdict, project.actor);
    List<PairReply> pairs = new ArrayList<>();
    int carried = 0;
    List<String> conflicts = new ArrayList<>();
    for (DedupService.PairDecision d : done) {
      pairs.add(
          new PairReply(
              shown.getOrDefault(d.recordA(), "#" + d.recordA()),
              shown.getOrDefault(d.recordB(), "#" + d.recordB()),
              d.verdict().name().toLowerCase(java.util.Locale.ROOT),
              d.result()));
      carried += d.screening().decisionsCarried();
      conflicts.addAll(d.screening().conflicts());
    }
    if (project.json) {
      Output.json(
          spec.commandLine().getOut(),
          new ResolveExplainedReply(
              explanation,
              verdict.name().toLowerCase(java.util.Locale.ROOT),
              done.size(),
              pairs,
              carried,
              conflicts.size(),
              conflicts));
      return;
    }
    var out = spec.commandLine().getOut();
    out.printf(
        "%d pairs explained as '%s' decided %s%n",
        done.size(), explanation, verdict.name().toLowerCase(java.util.Locale.ROOT));
    pairs.forEach(r -> out.printf("  %s ~ %s: %s%n", r.a(), r.b(), r.result()));
  }

  /**
   * The reply to {@code --resolve-explained}: every pair decided, with what its verdict did, and
   * what the merges did to screening decisions.
   */
  record ResolveExplainedReply(
      String explanation,
      String verdict,
      int pairs,
      List<PairReply> results,
      int decisionsCarried,
      int conflictsCreated,
      List<String> screeningConflicts) {}

  /** The reply to {@code --queue}: the waiting pairs, most uncertain first. */
  record QueueReply(List<QueuedPairReply> pairs) {}

  /** One waiting pair: its records, the evidence, the rule that queued it and both abstracts. */
  record QueuedPairReply(
      String a,
      String b,
      long citationA,
      long citationB,
      double score,
      String reason,
      List<EvidenceReply> evidence,
      String explanation,
      String abstractA,
      String abstractB) {

    static QueuedPairReply of(DedupService.QueuedPair q) {
      return new QueuedPairReply(
          q.a().displayId(),
          q.b().displayId(),
          q.a().citationId(),
          q.b().citationId(),
          q.pair().score(),
          q.pair().reason(),
          DedupCommand.evidence(q.pair().evidence()),
          q.explanation(),
          q.a().fields().abstractText(),
          q.b().fields().abstractText());
    }
  }

  record EvidenceReply(String field, String agreement, double similarity, String a, String b) {}

  /** The reply to {@code --queue --by-explanation}. */
  record ExplanationsReply(List<ExplanationReply> groups) {}

  record ExplanationReply(String explanation, int count, QueuedPairReply example) {}

  private void printExplanations(List<DedupService.ExplanationGroup> groups) {
    var out = spec.commandLine().getOut();
    if (project.json) {
      Output.json(
          out,
          new ExplanationsReply(
              groups.stream()
                  .map(
                      g ->
                          new ExplanationReply(
                              g.explanation(), g.count(), QueuedPairReply.of(g.example())))
                  .toList()));
      return;
    }
    out.printf("%d explanations of the pairs waiting for review%n", groups.size());
    for (DedupService.ExplanationGroup g : groups) {
      out.printf(
          "%5d  %s  (e.g. %s ~ %s)%n",
          g.count(), g.explanation(), g.example().a().displayId(), g.example().b().displayId());
    }
  }

  /** The reply to {@code --links}. */
  record LinksReply(List<LinkReply> links) {}

  record LinkReply(
      String kind,
      String notice,
      String article,
      long citationNotice,
      long citationArticle,
      String reason) {}

  private void printLinks(List<DedupService.LinkedPair> links) {
    List<LinkReply> replies =
        links.stream()
            .map(
                l ->
                    new LinkReply(
                        l.link().kind(),
                        l.notice().displayId(),
                        l.article().displayId(),
                        l.notice().citationId(),
                        l.article().citationId(),
                        l.link().reason()))
            .toList();
    var out = spec.commandLine().getOut();
    if (project.json) {
      Output.json(out, new LinksReply(replies));
      return;
    }
    out.printf("%d notices linked to their articles%n", replies.size());
    for (LinkReply r : replies) {
      out.printf(
          "  %s %s (citation %d) → %s (citation %d)%n",
          r.kind(), r.notice(), r.citationNotice(), r.article(), r.citationArticle());
    }
  }

  private void printQueue(List<DedupService.QueuedPair> queue) {
    var out = spec.commandLine().getOut();
    if (project.json) {
      Output.json(out, new QueueReply(queue.stream().map(QueuedPairReply::of).toList()));
      return;
    }
    out.printf("%d pairs waiting for review, most uncertain first%n", queue.size());
    for (DedupService.QueuedPair q : queue) {
      out.printf(
          "%n%s ~ %s  (score %.2f: %s)%n",
          q.a().displayId(), q.b().displayId(), q.pair().score(), q.pair().reason());
      out.printf("  explained as: %s%n", q.explanation());
      for (FieldEvidence e : q.pair().evidence()) {
        out.printf(
            "  %-8s %-8s %s | %s%n",
            e.field(), e.agreement().name().toLowerCase(), nz(e.a()), nz(e.b()));
      }
      out.printf("  abstract A: %s%n", nz(q.a().fields().abstractText()));
      out.printf("  abstract B: %s%n", nz(q.b().fields().abstractText()));
    }
  }

  private static List<EvidenceReply> evidence(List<FieldEvidence> evidence) {
    return evidence.stream()
        .map(
            e ->
                new EvidenceReply(
                    e.field(), e.agreement().name().toLowerCase(), e.similarity(), e.a(), e.b()))
        .toList();
  }

  private static String nz(String s) {
    if (s == null) {
      return "—";
    }
    return s.length() > 70 ? s.substring(0, 69) + "…" : s;
  }

  private static int exportClusters(List<Record> records, Path file) throws java.io.IOException {
    return AtomicFiles.writeText(
        file,
        w -> {
          CSVPrinter csv =
              new CSVPrinter(
                  w, CSVFormat.RFC4180.builder().setHeader("cluster_id", "record_id").build());
          for (Record r : records) {
            csv.printRecord(Long.toString(r.citationId()), CsvExporter.guard(r.displayId()));
          }
          csv.flush();
          return records.size();
        });
  }
}
