package org.escalationrouter.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RepeatingJobTest {

  private static final Duration SOON = Duration.ofMillis(1);

  private RepeatingJob job;

  @AfterEach
  void stop() {
    if (job != null) {
      job.stop();
    }
  }

  private RepeatingJob job(Duration grace, Runnable pass) {
    job = new RepeatingJob("test-job", SOON, SOON, grace, pass);
    return job;
  }

  private static boolean waitFor(CountDownLatch latch) throws InterruptedException {
    return latch.await(20, TimeUnit.SECONDS);
  }

  @Test
  void passesRepeatOnAThreadNamedAfterTheJobUntilStopped() throws InterruptedException {
    CountDownLatch three = new CountDownLatch(3);
    AtomicReference<String> thread = new AtomicReference<>();
    RepeatingJob job =
        job(
            Duration.ofSeconds(5),
            () -> {
              thread.set(Thread.currentThread().getName());
              three.countDown();
            });
    assertThat(job.isRunning()).isFalse();

    job.start();
    assertThat(job.isRunning()).isTrue();
    assertThat(waitFor(three)).isTrue();
    assertThat(thread.get()).isEqualTo("test-job");

    job.stop();
    assertThat(job.isRunning()).isFalse();
    assertThat(job.isStopping()).isTrue();
  }

  @Test
  void aPassThatThrowsKeepsTheSchedule() throws InterruptedException {
    AtomicInteger passes = new AtomicInteger();
    CountDownLatch afterFailures = new CountDownLatch(1);
    RepeatingJob job =
        job(
            Duration.ofSeconds(5),
            () -> {
              if (passes.incrementAndGet() <= 2) {
                throw new IllegalStateException("the database is gone");
              }
              afterFailures.countDown();
            });

    job.start();

    assertThat(waitFor(afterFailures)).isTrue();
    assertThat(passes.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void stoppingLetsARunningPassEndItsLoopWithinTheGrace() throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    AtomicBoolean endedByItself = new AtomicBoolean();
    AtomicReference<RepeatingJob> self = new AtomicReference<>();
    RepeatingJob job =
        job(
            Duration.ofSeconds(20),
            () -> {
              entered.countDown();
              while (!self.get().isStopping() && !Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(1_000_000);
              }
              endedByItself.set(!Thread.currentThread().isInterrupted());
            });
    self.set(job);
    job.start();
    assertThat(waitFor(entered)).isTrue();

    job.stop();

    assertThat(endedByItself).isTrue();
    assertThat(job.isRunning()).isFalse();
  }

  @Test
  void withoutGraceStoppingInterruptsARunningPass() throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    RepeatingJob job =
        job(
            Duration.ZERO,
            () -> {
              entered.countDown();
              try {
                never.await();
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
            });
    job.start();
    assertThat(waitFor(entered)).isTrue();

    job.stop();

    assertThat(waitFor(interrupted)).isTrue();
  }

  @Test
  void startsAgainAfterAStopAndOnlyOnceWhileRunning() throws InterruptedException {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch passes = new CountDownLatch(20);
    RepeatingJob job =
        job(
            Duration.ofSeconds(5),
            () -> {
              threads.add(Thread.currentThread());
              passes.countDown();
            });
    job.start();
    job.stop();
    threads.clear();

    job.start();
    job.start();
    assertThat(job.isStopping()).isFalse();
    assertThat(waitFor(passes)).isTrue();
    assertThat(threads).hasSize(1);
  }
}
