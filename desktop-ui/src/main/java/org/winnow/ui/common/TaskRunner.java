package org.winnow.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.winnow.core.project.Progress;

/**
 * The one way long work (import, deduplication, reindex, export) runs: off the UI thread, one task
 * at a time, with progress and cancel shown in the status bar; results and errors come back on the
 * UI thread. Tests use {@link #sameThread()} so that work finishes before assertions.
 */
public final class TaskRunner implements AutoCloseable {
  /** Work that reports progress and may be cancelled between steps. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Progress progress, CancelToken cancel) throws Exception;
  }

  /** Checked by long work between steps. */
  public static final class CancelToken {
    private volatile boolean cancelled;

    public boolean cancelled() {
      return cancelled;
    }

    void cancel() {
      cancelled = true;
    }
  }

  private final ExecutorService executor;
  private final ExecutorService quick;
  private final Consumer<Runnable> toUi;
  private final StringProperty message = new SimpleStringProperty("");
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private volatile CancelToken current;

  private TaskRunner(ExecutorService executor, ExecutorService quick, Consumer<Runnable> toUi) {
    this.executor = executor;
    this.quick = quick;
    this.toUi = toUi;
  }

  /** Background work on one daemon thread; callbacks on the JavaFX thread. */
  public static TaskRunner background() {
    return new TaskRunner(daemon("winnow-task"), daemon("winnow-quick"), Platform::runLater);
  }

  private static ExecutorService daemon(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** Everything on the calling thread: for tests and scripted use. */
  public static TaskRunner sameThread() {
    return new TaskRunner(null, null, Runnable::run);
  }

  /**
   * Runs work; {@code onDone} gets the result and {@code onError} the failure, both on the UI
   * thread.
   */
  public <T> CompletableFuture<T> run(
      String name, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
    CancelToken token = new CancelToken();
    current = token;
    CompletableFuture<T> future = new CompletableFuture<>();
    Runnable job =
        () -> {
          ui(
              () -> {
                running.set(true);
                message.set(name + "…");
                progress.set(-1);
              });
          try {
            T result =
                work.run(
                    (phase, done, total) ->
                        ui(
                            () -> {
                              message.set(name + ": " + phase);
                              progress.set(total > 0 ? (double) done / total : -1);
                            }),
                    token);
            ui(
                () -> {
                  running.set(false);
                  message.set(token.cancelled() ? name + " cancelled" : name + " done");
                  progress.set(0);
                  onDone.accept(result);
                });
            future.complete(result);
          } catch (Exception | Error e) {
            ui(
                () -> {
                  running.set(false);
                  message.set(name + " failed");
                  progress.set(0);
                  onError.accept(e);
                });
            future.completeExceptionally(e);
          }
        };
    if (executor == null) {
      job.run();
    } else {
      executor.submit(job);
    }
    return future;
  }

  /**
   * Short work that must not block the UI but is not worth a status line (loading the next item to
   * screen, saving one decision, rendering a PDF page): on a second thread, in submission order, so
   * a keystroke never waits behind a long task; {@code onDone} and {@code onError} on the UI
   * thread.
   */
  public <T> void quick(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
    Runnable job =
        () -> {
          try {
            T result = work.call();
            ui(() -> onDone.accept(result));
          } catch (Exception | Error e) {
            ui(() -> onError.accept(e));
          }
        };
    if (quick == null) {
      job.run();
    } else {
      quick.submit(job);
    }
  }

  private void ui(Runnable r) {
    toUi.accept(r);
  }

  public void cancel() {
    CancelToken token = current;
    if (token != null) {
      token.cancel();
    }
  }

  public ReadOnlyStringProperty messageProperty() {
    return message;
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running;
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
      quick.shutdownNow();
    }
  }
}
