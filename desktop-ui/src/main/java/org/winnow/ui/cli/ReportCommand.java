package org.winnow.ui.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.report.PackWriter;
import org.winnow.core.report.ReportSection;
import org.winnow.core.report.ReviewPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the review pack for authors into a folder: the PRISMA 2020 diagram (svg, "
          + "png) and counts (csv), the characteristics of included studies, TIDieR per "
          + "intervention, the MMAT table, the effect-direction table and plot, a forest plot "
          + "per poolable outcome; one HTML page holding them all, one DOCX with the same "
          + "tables, each table as CSV. From the final (consensus or agreed) data; a section "
          + "without data says why. All or nothing."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ProjectOptions project;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FOLDER",
      description = "The folder to write; it must be new or empty (see --force).")
  Path output;

  @Option(
      names = "--force",
      description =
          "Replace an earlier review pack in FOLDER (a folder with other files is never replaced).")
  boolean force;

  /** The --json reply. */
  record Reply(String folder, List<File> files, List<Section> sections) {}

  /**
   * One file written.
   *
   * @param kind html, docx, csv, svg or png
   * @param section the section's id, or null for the page and the document
   */
  record File(String name, String kind, String section) {}

  /**
   * One section of the pack.
   *
   * @param missing why it has nothing to show yet, or null
   * @param notes studies or rows left out and why, open disagreements
   */
  record Section(
      String id, String title, int tables, int figures, String missing, List<String> notes) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    StderrProgress progress = new StderrProgress(err);
    ReviewPack pack;
    try (ReviewProject p = project.openToRead()) {
      pack = ReviewPack.of(p, progress);
    }
    PackWriter.Written written = PackWriter.write(pack, output, force, progress);
    PrintWriter out = spec.commandLine().getOut();
    if (project.json) {
      Output.json(out, reply(pack, written));
      return ExitCodes.OK;
    }
    out.printf(
        "Review pack written to %s: %d files (%s, %s)%n",
        output, written.files().size(), PackWriter.HTML, PackWriter.DOCX);
    for (ReportSection s : pack.sections()) {
      out.printf(
          "  %-40s %s%n",
          s.title(),
          s.empty()
              ? s.missing()
              : plural(s.tables().size(), "table") + ", " + plural(s.figures().size(), "figure"));
    }
    return ExitCodes.OK;
  }

  static Reply reply(ReviewPack pack, PackWriter.Written written) {
    return new Reply(
        written.folder().toString(),
        written.files().stream().map(f -> new File(f.name(), f.kind().id(), f.section())).toList(),
        pack.sections().stream()
            .map(
                s ->
                    new Section(
                        s.id(),
                        s.title(),
                        s.tables().size(),
                        s.figures().size(),
                        s.missing(),
                        s.notes()))
            .toList());
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
