package org.escalationrouter.intake;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that admit, parse and judge messages ahead of their turn, shared by all mailboxes
 * ({@code escalation.intake.workers}, one per core by default). Each mailbox bounds how many of its
 * messages wait here (its commit window), so the queue is bounded too.
 */
@Component
class IntakeWorkers implements DisposableBean {

  private final int count;
  private final ExecutorService pool;

  IntakeWorkers(IntakeSettings settings) {
    this.count = settings.workerCount();
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            count,
            r -> {
              Thread t = new Thread(r, "intake-worker-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  int count() {
    return count;
  }

  ExecutorService pool() {
    return pool;
  }

  @Override
  public void destroy() {
    for (Runnable waiting : pool.shutdownNow()) {
      if (waiting instanceof Future<?> task) {
        task.cancel(false); // its reader is not left waiting for it: the message is read again
      }
    }
  }
}
