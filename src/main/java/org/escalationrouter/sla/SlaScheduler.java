package org.escalationrouter.sla;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls for due timers every {@code escalation.sla.poll-interval} on one thread of its own, started
 * with the application context and stopped before the DataSource closes.
 */
@Component
class SlaScheduler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SlaScheduler.class);

  private final SlaTimers timers;
  private final SlaActions actions;
  private final Clock clock;
  private final SlaSettings settings;
  private @Nullable ScheduledExecutorService executor;
  private volatile boolean stopping;

  @Autowired
  SlaScheduler(
      SlaTimers timers, SlaActions actions, ObjectProvider<Clock> clock, SlaSettings settings) {
    this(timers, actions, clock.getIfAvailable(Clock::systemUTC), settings);
  }

  SlaScheduler(SlaTimers timers, SlaActions actions, Clock clock, SlaSettings settings) {
    this.timers = timers;
    this.actions = actions;
    this.clock = clock;
    this.settings = settings;
  }

  /** One poll: fires due timers until a round fires fewer than a full batch. */
  int poll() {
    int total = 0;
    try {
      int fired;
      do {
        fired = timers.fireDue(clock.instant(), settings.batchSize(), actions);
        total += fired;
      } while (fired == settings.batchSize() && !stopping);
    } catch (RuntimeException e) {
      // keep polling: an exception escaping would silently cancel the scheduled task
      log.error("SLA timer poll failed; trying again in {}", settings.pollInterval(), e);
    }
    if (total > 0) {
      log.info("fired {} SLA timer(s)", total);
    }
    return total;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    stopping = false;
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "sla-timers");
              thread.setDaemon(true);
              return thread;
            });
    long every = settings.pollInterval().toMillis();
    executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    log.info("SLA timers polled every {}", settings.pollInterval());
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    stopping = true;
    executor.shutdown();
    try {
      // let a timer being fired finish its transaction
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  @Override
  public boolean isAutoStartup() {
    return settings.enabled();
  }
}
