package org.escalationrouter.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.escalationrouter.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Tries the retention job every {@code escalation.retention.run-every} on a thread of its own. */
@Component
class RetentionScheduler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RetentionScheduler.class);

  private final Retention retention;
  private final RetentionSettings settings;
  private ScheduledExecutorService executor;

  RetentionScheduler(
      JdbcClient jdbc,
      TransactionTemplate tx,
      RawBodies bodies,
      CaseAnonymizer anonymizer,
      AutomatedMailContents automated,
      AuditTrail audit,
      RetentionSettings settings,
      Clock clock,
      MeterRegistry meters) {
    this.settings = settings;
    this.retention =
        new Retention(
            jdbc,
            tx,
            bodies,
            anonymizer,
            automated,
            audit,
            settings,
            clock,
            meters,
            ManagementFactory.getRuntimeMXBean().getName());
  }

  Retention retention() {
    return retention;
  }

  private void tick() {
    try {
      retention.runIfDue();
    } catch (RuntimeException e) {
      // keep the schedule: an exception escaping would cancel it silently
      log.error("Retention run failed; trying again in {}", settings.runEvery(), e);
    }
  }

  @Override
  public synchronized void start() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "retention");
              thread.setDaemon(true);
              return thread;
            });
    long every = settings.runEvery().toMillis();
    // the first try soon after start, so a daemon that restarts often still runs the job
    executor.scheduleWithFixedDelay(
        this::tick, Math.min(every, 60_000), every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
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
