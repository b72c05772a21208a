package org.escalationrouter.route;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks at the routes folder every two seconds and reloads the rules when a file changed. A hash of
 * the files, not file-system events: it works the same on every file system and after a {@code git
 * pull} that touches many files at once.
 */
@Component
class RoutesWatcher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RoutesWatcher.class);

  private final LiveRules rules;
  private final AuditTrail audit;
  private ScheduledExecutorService executor;

  RoutesWatcher(LiveRules rules, AuditTrail audit) {
    this.rules = rules;
    this.audit = audit;
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "routes-watcher"));
    executor.scheduleWithFixedDelay(this::look, 2, 2, TimeUnit.SECONDS);
  }

  private void look() {
    try {
      rules.reloadIfChanged().ifPresent(this::record);
    } catch (Exception e) {
      log.error("Reloading routes failed; the previous rules stay in force: {}", e.getMessage());
    }
  }

  /** An edit of the folder reached the daemon: applied, or rejected with its problems. */
  private void record(LiveRules.Reload reload) {
    boolean applied = reload.problems().isEmpty();
    audit.record(
        "daemon",
        "routes folder",
        AuditAction.RULES_RELOAD,
        "rules " + reload.version(),
        applied ? "applied" : "rejected",
        applied
            ? null
            : reload.problems().size() + " problem(s), first: " + reload.problems().get(0));
  }

  @Override
  public void stop() {
    executor.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return executor != null && !executor.isShutdown();
  }
}
