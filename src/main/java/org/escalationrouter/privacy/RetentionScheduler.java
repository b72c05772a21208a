package org.escalationrouter.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import org.escalationrouter.audit.AuditTrail;
import org.escalationrouter.jobs.RepeatingJob;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Tries the retention job every {@code escalation.retention.run-every} on a thread of its own. */
@Component
class RetentionScheduler implements SmartLifecycle {

  private final Retention retention;
  private final RetentionSettings settings;
  private final RepeatingJob job;

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
    Duration every = settings.runEvery();
    // the first try soon after start, so a daemon that restarts often still runs the job;
    // stopping interrupts a run at once: each item is removed in a transaction of its own
    Duration first = every.compareTo(Duration.ofMinutes(1)) < 0 ? every : Duration.ofMinutes(1);
    this.job = new RepeatingJob("retention", first, every, Duration.ZERO, retention::runIfDue);
  }

  Retention retention() {
    return retention;
  }

  @Override
  public void start() {
    job.start();
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
