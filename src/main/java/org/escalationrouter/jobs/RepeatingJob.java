package org.escalationrouter.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One job repeated on a daemon thread of its own, named after the job: the first pass {@code
 * firstAfter} the start, each next one {@code every} after the last has ended. A pass that throws
 * is logged and the schedule kept. Stopping lets a running pass finish within {@code grace}, then
 * interrupts it; a pass that loops ends its loop when {@link #isStopping()}.
 */
public final class RepeatingJob {

  private static final Logger log = LoggerFactory.getLogger(RepeatingJob.class);

  private final String name;
  private final Duration firstAfter;
  private final Duration every;
  private final Duration grace;
  private final Runnable pass;
  private @Nullable ScheduledExecutorService executor;
  private volatile boolean stopping;

  public RepeatingJob(
      String name, Duration firstAfter, Duration every, Duration grace, Runnable pass) {
    this.name = name;
    this.firstAfter = firstAfter;
    this.every = every;
    this.grace = grace;
    this.pass = pass;
  }

  /** Starts the thread; does nothing while it runs already. */
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    stopping = false;
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, name);
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(
        this::runPass, firstAfter.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runPass() {
    try {
      pass.run();
    } catch (RuntimeException e) {
      // keep the schedule: an exception escaping would cancel it silently
      log.error("{} failed; trying again in {}", name, every, e);
    }
  }

  /** Stops the thread, letting a running pass finish within the grace period. */
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    stopping = true;
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  public synchronized boolean isRunning() {
    return executor != null;
  }

  /** True from {@link #stop()} until the next start. */
  public boolean isStopping() {
    return stopping;
  }
}
