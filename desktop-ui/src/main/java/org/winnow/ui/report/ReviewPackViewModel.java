package org.winnow.ui.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.report.PackWriter;
import org.winnow.core.report.ReviewPack;
import org.winnow.ui.common.AppContext;
import org.winnow.ui.common.TaskRunner;

/**
 * File → Export review pack: the same core code as {@code winnow report}, run through the task
 * runner (progress in the status bar, Cancel stops it and leaves nothing behind).
 */
public final class ReviewPackViewModel {
  /** The sub-folder written when the chosen folder holds other files. */
  public static final String SUB_FOLDER = "review-pack";

  /**
   * Where the pack goes.
   *
   * @param replaces an earlier review pack is there and will be replaced (ask first)
   */
  public record Target(Path folder, boolean replaces) {}

  private final AppContext context;
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  public ReviewPackViewModel(AppContext context) {
    this.context = context;
  }

  /** True while no project is open. */
  public BooleanBinding unavailable() {
    return context.session().projectProperty().isNull();
  }

  /**
   * The folder a chosen folder means: itself when new, empty or an earlier pack; else a {@value
   * #SUB_FOLDER} folder inside it, so a folder of other files is never replaced.
   */
  public Target target(Path chosen) throws IOException {
    if (usable(chosen)) {
      return new Target(chosen, isPack(chosen));
    }
    Path sub = chosen.resolve(SUB_FOLDER);
    return new Target(sub, isPack(sub));
  }

  private static boolean usable(Path dir) throws IOException {
    if (!Files.isDirectory(dir) || isPack(dir)) {
      return true;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static boolean isPack(Path dir) {
    return Files.isRegularFile(dir.resolve(PackWriter.HTML));
  }

  /** Builds and writes the pack; the outcome ends in {@link #status} or {@link #error}. */
  public void export(Target target) {
    ReviewProject p = context.session().project();
    if (p == null) {
      return;
    }
    error.set("");
    status.set("");
    context
        .tasks()
        .run(
            "Exporting the review pack",
            (progress, cancel) -> {
              Progress stoppable = stoppable(progress, cancel);
              ReviewPack pack = ReviewPack.of(p, stoppable);
              return PackWriter.write(pack, target.folder(), target.replaces(), stoppable);
            },
            written ->
                status.set(
                    "Review pack written to "
                        + written.folder()
                        + " ("
                        + written.files().size()
                        + " files; open "
                        + PackWriter.HTML
                        + " or "
                        + PackWriter.DOCX
                        + ")"),
            e ->
                error.set(
                    e instanceof CancellationException
                        ? "Export cancelled: nothing was written"
                        : "The review pack was not written: " + e.getMessage()));
  }

  /** Progress that stops the work at its next step once Cancel is pressed. */
  private static Progress stoppable(Progress progress, TaskRunner.CancelToken cancel) {
    return (phase, done, total) -> {
      if (cancel.cancelled()) {
        throw new CancellationException("cancelled");
      }
      progress.report(phase, done, total);
    };
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }
}
