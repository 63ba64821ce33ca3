package org.winnow.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.winnow.core.project.Progress;
import org.winnow.core.project.ReviewProject;

/**
 * A view model's actions on the open project: each runs through the task runner, one at a time (a
 * second key press while the first is saving is ignored, so a decision is never applied twice), and
 * failures end in one message.
 */
public final class ProjectActions {
  /** Work on the open project, off the UI thread. */
  @FunctionalInterface
  public interface Work<T> {
    T run(ReviewProject project, Progress progress) throws Exception;
  }

  private final AppContext context;
  private final Consumer<String> onError;
  private final SimpleBooleanProperty busy = new SimpleBooleanProperty();

  /**
   * @param onError gets "what failed: why" on the UI thread
   */
  public ProjectActions(AppContext context, Consumer<String> onError) {
    this.context = context;
    this.onError = onError;
  }

  /**
   * Runs work unless no project is open or another action is running; {@code onDone} gets the
   * result on the UI thread. Returns false when the work was not started.
   */
  public <T> boolean run(String name, Work<T> work, Consumer<T> onDone) {
    ReviewProject p = context.session().project();
    if (p == null || busy.get()) {
      return false;
    }
    busy.set(true);
    context
        .tasks()
        .run(
            name,
            (progress, cancel) -> work.run(p, progress),
            result -> {
              busy.set(false);
              onDone.accept(result);
            },
            e -> {
              busy.set(false);
              onError.accept(name + " failed: " + e.getMessage());
            });
    return true;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  /** Who the audit trail names for these actions. */
  public String actor() {
    return context.session().actor();
  }
}
