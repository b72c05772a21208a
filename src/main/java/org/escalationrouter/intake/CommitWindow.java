package org.escalationrouter.intake;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.escalationrouter.pipeline.IncomingMessage;

/**
 * One pass over a mailbox: messages are prepared (admitted, parsed, judged) on the shared workers,
 * several at once, and committed (recorded, the cursor moved) one by one on the reader's thread in
 * the order they were read. At most {@code maxCount} messages and {@code maxBytes} bytes are in
 * flight (a larger message only when it is the only one); the reader asks for room before it reads
 * a message, and while there is none it commits the oldest, waiting for it if it is not done. When
 * one cannot be accounted for, the pass stops there: the messages behind it are dropped unrecorded
 * and read again on the next pass.
 */
final class CommitWindow implements MailboxReader.Handler {

  /** Work on a message that may run ahead of its turn, on a worker. */
  interface Preparation {
    Object prepare(IncomingMessage message);
  }

  /**
   * The message's turn: true when it is accounted for and the cursor may move past it. {@code
   * failure} is what the preparation threw, if it did.
   */
  interface Commit {
    boolean commit(IncomingMessage message, Object prepared, Throwable failure);
  }

  /** The turn of a message that was not read: held by its headers; true when accounted for. */
  interface Refusal {
    boolean refuse(IncomingMessage headers, String reason);
  }

  /** The turn of a message the server would not give; true when accounted for. */
  interface Unfetched {
    boolean unreadable(String source, MessagingException failure);
  }

  /** Builds the message the pipeline sees from what the reader handed over. */
  interface Messages {
    IncomingMessage of(byte[] raw, String source);
  }

  /** What the reader side of the pass does with the messages, each in its turn. */
  record Turns(Commit commit, Refusal refusal, Unfetched unfetched, IntConsumer found) {}

  /**
   * A message handed over: its preparation, what its turn does, and what follows when it is done.
   */
  private record InFlight(
      Future<?> prepared, BooleanSupplier turn, Runnable committed, long bytes) {}

  private static final Future<?> NOTHING_TO_PREPARE = CompletableFuture.completedFuture(null);

  private final int maxCount;
  private final long maxBytes;
  private final Executor workers;
  private final Messages messages;
  private final Preparation preparation;
  private final Turns turns;
  private final Deque<InFlight> inFlight = new ArrayDeque<>();
  private int committed;
  private volatile boolean stopped;
  private volatile int inFlightCount;
  private volatile long inFlightBytes;

  CommitWindow(
      int maxCount,
      long maxBytes,
      Executor workers,
      Messages messages,
      Preparation preparation,
      Turns turns) {
    if (maxCount < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a window holds at least one message");
    }
    this.maxCount = maxCount;
    this.maxBytes = maxBytes;
    this.workers = workers;
    this.messages = messages;
    this.preparation = preparation;
    this.turns = turns;
  }

  @Override
  public void found(int count) {
    turns.found().accept(count);
  }

  @Override
  public boolean accept(byte[] raw, String source, Runnable committed) {
    if (stopped) {
      return false;
    }
    if (!makeRoom(raw.length)) {
      return false;
    }
    IncomingMessage message = messages.of(raw, source);
    // a message the pass dropped before a worker took it up is not prepared for nothing
    FutureTask<Object> prepared =
        new FutureTask<>(() -> stopped ? null : preparation.prepare(message));
    workers.execute(prepared);
    return add(
        new InFlight(prepared, () -> commitPrepared(message, prepared), committed, raw.length));
  }

  @Override
  public boolean refuse(byte[] headers, String source, String reason, Runnable committed) {
    if (stopped) {
      return false;
    }
    if (!makeRoom(headers.length)) {
      return false;
    }
    IncomingMessage message = messages.of(headers, source);
    return add(
        new InFlight(
            NOTHING_TO_PREPARE,
            () -> turns.refusal().refuse(message, reason),
            committed,
            headers.length));
  }

  @Override
  public boolean unreadable(String source, MessagingException failure, Runnable committed) {
    if (stopped) {
      return false;
    }
    if (!makeRoom(0)) {
      return false;
    }
    return add(
        new InFlight(
            NOTHING_TO_PREPARE, () -> turns.unfetched().unreadable(source, failure), committed, 0));
  }

  /**
   * Waits until the first of these messages (their sizes as the server reports them, in the order
   * they will be handed over) fits, committing the oldest meanwhile, however long it takes; then
   * says how many of them, from the first, fit together now: at least one, or 0 when the pass
   * stopped. Only the reader adds to the window, so that many may be read before they are handed
   * over without the window's bounds being passed.
   */
  @Override
  public int room(long[] sizes) {
    if (sizes.length == 0 || !makeRoom(sizes[0])) {
      return 0;
    }
    int count = inFlight.size();
    long bytes = inFlightBytes;
    int fit = 0;
    while (fit < sizes.length && fits(count, bytes, sizes[fit])) {
      count++;
      bytes += sizes[fit];
      fit++;
    }
    return fit;
  }

  /** Commits what is done, then the oldest until a message of {@code bytes} fits. */
  private boolean makeRoom(long bytes) {
    commitDone();
    while (!stopped && !fits(inFlight.size(), inFlightBytes, bytes)) {
      commitOldest(); // full: wait for the oldest, however long it takes
    }
    return !stopped;
  }

  /** One message more fits; a message larger than the bytes allowed fits when it is alone. */
  private boolean fits(int count, long bytes, long more) {
    return count == 0 || (count < maxCount && bytes + more <= maxBytes);
  }

  private void commitDone() {
    while (!stopped && !inFlight.isEmpty() && inFlight.peekFirst().prepared().isDone()) {
      commitOldest();
    }
  }

  private boolean add(InFlight message) {
    inFlight.addLast(message);
    inFlightCount = inFlight.size();
    inFlightBytes += message.bytes();
    commitDone();
    return !stopped;
  }

  @Override
  public void finish() {
    while (!stopped && !inFlight.isEmpty()) {
      commitOldest();
    }
  }

  /**
   * The reader failed (the connection dropped): the messages it handed over before are still
   * committed in their turn, as they would have been one by one; when one of them cannot be, the
   * rest are dropped and read again.
   */
  void finishAfterFailure() {
    try {
      finish();
    } catch (RuntimeException e) {
      abandon();
    }
  }

  /** Messages handed over and not yet committed; may be read from any thread. */
  int inFlight() {
    return inFlightCount;
  }

  /** Bytes of the messages handed over and not yet committed; may be read from any thread. */
  long inFlightBytes() {
    return inFlightBytes;
  }

  /** Messages accounted for in this pass. */
  int committed() {
    return committed;
  }

  /** True when a message could not be accounted for and the pass ended there. */
  boolean stopped() {
    return stopped;
  }

  /**
   * The oldest message's turn. When it is not accounted for, or its turn throws, the pass stops
   * here: nothing behind it may be committed before it.
   */
  private void commitOldest() {
    InFlight oldest = inFlight.peekFirst(); // in flight until committed, waiting included
    try {
      boolean done = oldest.turn().getAsBoolean();
      inFlight.removeFirst();
      inFlightCount = inFlight.size();
      inFlightBytes -= oldest.bytes();
      if (!done) {
        abandon();
        return;
      }
      oldest.committed().run();
    } catch (RuntimeException | Error e) {
      abandon(); // the oldest too, if its turn threw
      throw e;
    }
    committed++;
  }

  private boolean commitPrepared(IncomingMessage message, Future<Object> prepared) {
    try {
      return turns.commit().commit(message, prepared.get(), null);
    } catch (ExecutionException e) {
      return turns.commit().commit(message, null, e.getCause());
    } catch (CancellationException e) {
      return false; // the workers were shut down: the message is read again next time
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopping: the message is read again next time
      return false;
    }
  }

  /**
   * Ends the pass: the messages behind are dropped, once their workers are done with them, so a new
   * pass never has more than a window's messages in memory.
   */
  void abandon() {
    stopped = true;
    for (InFlight message : inFlight) {
      try {
        message.prepared().get();
      } catch (CancellationException | ExecutionException e) {
        // dropped anyway
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    inFlight.clear();
    inFlightCount = 0;
    inFlightBytes = 0;
  }
}
