package org.winnow.ui.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.winnow.core.location.Password;
import org.winnow.core.location.ProjectLocation;
import org.winnow.core.model.DecisionValue;
import org.winnow.core.model.Stage;
import org.winnow.core.project.ProjectException;
import org.winnow.core.project.ReviewProject;
import org.winnow.core.project.ScreeningService;
import org.winnow.core.screening.ItemOutcome;
import org.winnow.core.screening.ItemStatus;

/**
 * The lead of {@code bench team}: a third reviewer who resolves open conflicts while the reviewers
 * keep screening (issue 16), logged in as their own lead member over their own connection. Each
 * round lists the open conflicts, resolves up to {@link #PER_ROUND} of them (include or exclude,
 * seeded), and waits a second; a conflict settled meanwhile by a later decision is refused by the
 * service and counted, not failed. Runs until {@link #stop} (when the reviewers are done).
 */
final class TeamResolver implements Runnable {
  static final String NAME = "bench-lead";
  private static final int PER_ROUND = 20;

  private final ProjectLocation.Server location;
  private final long seed;
  private final Thread thread;
  private final List<Long> resolveNanos = new ArrayList<>();
  private int resolved;
  private int refused;
  private volatile Throwable failure;
  private volatile boolean stopped;

  TeamResolver(ProjectLocation.Server server, char[] password, long seed) {
    this.location =
        new ProjectLocation.Server(
            NAME,
            server.host(),
            server.port(),
            server.database(),
            server.parameters(),
            Password.of(password));
    this.seed = seed;
    this.thread = new Thread(this, "bench-team-" + NAME);
  }

  void start() {
    thread.start();
  }

  /** Ends the rounds (the one under way finishes) and waits for the lead to log off. */
  void stopAndJoin() throws InterruptedException {
    stopped = true;
    thread.join();
  }

  @Override
  public void run() {
    Random random = new Random(seed);
    try (ReviewProject project = ReviewProject.open(location)) {
      ScreeningService screening = project.screening();
      while (!stopped) {
        round(screening, random); // a lost connection is re-opened inside; one lost for good ends
        for (int i = 0; i < 10 && !stopped; i++) {
          Thread.sleep(100); // a second between rounds, cut short by stop
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception | Error e) {
      failure = e;
    }
  }

  private void round(ScreeningService screening, Random random) throws ProjectException {
    List<ItemOutcome> open = screening.conflicts(Stage.TITLE_ABSTRACT);
    for (ItemOutcome o : open.subList(0, Math.min(PER_ROUND, open.size()))) {
      long started = System.nanoTime();
      String record =
          "#" + screening.citation(Stage.TITLE_ABSTRACT, o.itemId()).records().get(0).id();
      DecisionValue value = random.nextBoolean() ? DecisionValue.INCLUDE : DecisionValue.EXCLUDE;
      try {
        screening.resolve(Stage.TITLE_ABSTRACT, record, value, null, "bench", NAME);
        synchronized (this) {
          resolved++;
          resolveNanos.add(System.nanoTime() - started);
        }
      } catch (ProjectException refusal) {
        if (screening.outcome(Stage.TITLE_ABSTRACT, o.itemId()).status() == ItemStatus.CONFLICT) {
          throw refusal; // refused for another reason than a later decision settling it
        }
        synchronized (this) {
          refused++;
        }
      }
    }
  }

  synchronized int resolved() {
    return resolved;
  }

  synchronized int refused() {
    return refused;
  }

  synchronized double[] resolveNanos() {
    return resolveNanos.stream().mapToDouble(Long::doubleValue).toArray();
  }

  /** Why the lead stopped, or null. */
  Throwable failure() {
    return failure;
  }
}
