package org.escalationrouter.sla;

import java.time.Clock;
import java.time.Duration;
import org.escalationrouter.jobs.RepeatingJob;
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
  private final RepeatingJob job;

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
    // stopping lets a timer being fired finish its transaction
    this.job =
        new RepeatingJob(
            "sla-timers",
            settings.pollInterval(),
            settings.pollInterval(),
            Duration.ofSeconds(30),
            this::poll);
  }

  /** One poll: fires due timers until a round fires fewer than a full batch. */
  int poll() {
    int total = 0;
    try {
      int fired;
      do {
        fired = timers.fireDue(clock.instant(), settings.batchSize(), actions);
        total += fired;
      } while (fired == settings.batchSize() && !job.isStopping());
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
  public void start() {
    job.start();
    log.info("SLA timers polled every {}", settings.pollInterval());
  }

  @Override
  public void stop() {
    job.stop();
  }

  @Override
  public boolean isRunning() {
    return job.isRunning();
  }

  @Override
  public boolean isAutoStartup() {
    return settings.enabled();
  }
}
