package org.winnow.ui.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import org.winnow.core.project.ReviewProject;

/**
 * Asks the open project every few seconds whether anything was written (its {@link
 * ReviewProject#changeMark}), so that the view on screen shows what other members of a team
 * project, or another window, have done without a restart. Short polling rather than the server's
 * notifications: it works the same on a folder and on a server, costs three index lookups, and a
 * connection that drops only delays it.
 */
public final class ChangeWatch implements AutoCloseable {
  private final Session session;
  private final LongProperty changes = new SimpleLongProperty();
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "winnow-change-watch");
            t.setDaemon(true);
            return t;
          });
  private volatile ReviewProject watched;
  private volatile String mark;

  public ChangeWatch(Session session, Duration every) {
    this.session = session;
    long ms = every.toMillis();
    timer.scheduleWithFixedDelay(this::look, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Counts the changes seen (on the FX thread): listen to it to refresh. */
  public ReadOnlyLongProperty changesProperty() {
    return changes;
  }

  /**
   * Takes the mark of a project just opened (or none), before any view loads from it, so that a
   * change made between opening and the first look is not taken for the starting point.
   */
  public void watch(ReviewProject p) {
    String now;
    try {
      now = p == null ? null : p.changeMark();
    } catch (RuntimeException e) {
      now = null;
    }
    watched = p;
    mark = now;
  }

  private void look() {
    ReviewProject p = session.project();
    try {
      String now = p == null ? null : p.changeMark();
      if (p == watched && now != null && mark != null && !now.equals(mark)) {
        Platform.runLater(() -> changes.set(changes.get() + 1));
      }
      watched = p;
      mark = now;
    } catch (RuntimeException e) {
      // closed meanwhile, or the connection is down: the next look tries again
      mark = null;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
