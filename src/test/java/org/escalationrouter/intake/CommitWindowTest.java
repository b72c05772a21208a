package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.escalationrouter.pipeline.IncomingMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The commit window is bounded by count and by bytes: the reader is told how many of the next
 * messages fit before it reads them, a message is not taken while it does not fit (the oldest is
 * committed first, however slow), and one larger than the byte bound is taken only alone.
 */
class CommitWindowTest {

  private final ExecutorService workers = Executors.newFixedThreadPool(2);

  /** A message's turn, and what the window held then (the message itself included). */
  private record Turn(String source, int inFlight, long bytes) {}

  private final List<Turn> turns = new ArrayList<>();

  private final List<String> cursor = new ArrayList<>();

  @AfterEach
  void stop() {
    workers.shutdownNow();
  }

  private CommitWindow window(int count, long bytes, CommitWindow.Preparation preparation) {
    CommitWindow[] self = new CommitWindow[1];
    self[0] =
        new CommitWindow(
            count,
            bytes,
            workers,
            (raw, source) ->
                new IncomingMessage("support", source, source, raw, Instant.EPOCH, true),
            preparation,
            new CommitWindow.Turns(
                (message, prepared, failure) -> {
                  turns.add(
                      new Turn(message.source(), self[0].inFlight(), self[0].inFlightBytes()));
                  return true;
                },
                (headers, reason) -> true,
                (source, failure) -> true,
                n -> {}));
    return self[0];
  }

  private boolean hand(CommitWindow window, String source, int bytes) {
    return window.accept(new byte[bytes], source, () -> cursor.add(source));
  }

  @Test
  void theReaderIsToldHowManyOfTheNextMessagesFitByCountAndBytes() {
    CommitWindow window = window(3, 100, m -> "prepared");

    assertThat(window.room(new long[] {40, 40, 40, 10}))
        .as("80 bytes fit, 120 do not")
        .isEqualTo(2);
    assertThat(window.room(new long[] {30, 30, 30, 10})).as("three by count").isEqualTo(3);
    assertThat(window.room(new long[] {500, 10})).as("a large one alone").isEqualTo(1);
    assertThat(window.room(new long[0])).isZero();
  }

  @Test
  void aMessageIsNotTakenPastTheByteBoundWhileTheOldestIsStillInWork() {
    CountDownLatch secondPrepared = new CountDownLatch(1);
    List<Boolean> firstSawSecond = new ArrayList<>();
    CommitWindow window =
        window(
            10,
            100,
            m -> {
              if (m.source().equals("1")) {
                firstSawSecond.add(await(secondPrepared)); // 1 is slow: 2 is done before it
              } else if (m.source().equals("2")) {
                secondPrepared.countDown();
              }
              return "prepared";
            });

    hand(window, "1", 40);
    hand(window, "2", 40);
    // 3 would make 120 bytes: it is not read until 1 is committed, slow as 1 is
    assertThat(window.room(new long[] {40})).isEqualTo(1);
    assertThat(turns).first().isEqualTo(new Turn("1", 2, 80));
    hand(window, "3", 40);
    hand(window, "4", 150); // larger than the bound: taken when nothing else is in flight
    hand(window, "5", 10); // not beside 4: 160 bytes
    window.finish();

    assertThat(firstSawSecond).containsExactly(true);
    assertThat(turns).extracting(Turn::source).containsExactly("1", "2", "3", "4", "5");
    assertThat(turns)
        .filteredOn(t -> !t.source().equals("4"))
        .allSatisfy(t -> assertThat(t.bytes()).isLessThanOrEqualTo(100));
    assertThat(turns).contains(new Turn("4", 1, 150)).endsWith(new Turn("5", 1, 10));
    assertThat(cursor).containsExactly("1", "2", "3", "4", "5");
    assertThat(window.inFlight()).isZero();
    assertThat(window.inFlightBytes()).isZero();
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
