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
 * the order they were read. At most {@code size} messages are in flight; when the oldest is not
 * done, the reader waits for it. When one cannot be accounted for, the pass stops there: the
 * messages behind it are dropped unrecorded and read again on the next pass.
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
  private record InFlight(Future<?> prepared, BooleanSupplier turn, Runnable committed) {}

  private static final Future<?> NOTHING_TO_PREPARE = CompletableFuture.completedFuture(null);

  private final int size;
  private final Executor workers;
  private final Messages messages;
  private final Preparation preparation;
  private final Turns turns;
  private final Deque<InFlight> inFlight = new ArrayDeque<>();
  private int committed;
  private volatile boolean stopped;
  private volatile int inFlightCount;

  CommitWindow(
      int size, Executor workers, Messages messages, Preparation preparation, Turns turns) {
    if (size < 1) {
      throw new IllegalArgumentException("a window holds at least one message");
    }
    this.size = size;
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
    IncomingMessage message = messages.of(raw, source);
    // a message the pass dropped before a worker took it up is not prepared for nothing
    FutureTask<Object> prepared =
        new FutureTask<>(() -> stopped ? null : preparation.prepare(message));
    workers.execute(prepared);
    return add(new InFlight(prepared, () -> commitPrepared(message, prepared), committed));
  }

  @Override
  public boolean refuse(byte[] headers, String source, String reason, Runnable committed) {
    if (stopped) {
      return false;
    }
    IncomingMessage message = messages.of(headers, source);
    return add(
        new InFlight(NOTHING_TO_PREPARE, () -> turns.refusal().refuse(message, reason), committed));
  }

  @Override
  public boolean unreadable(String source, MessagingException failure, Runnable committed) {
    if (stopped) {
      return false;
    }
    return add(
        new InFlight(
            NOTHING_TO_PREPARE, () -> turns.unfetched().unreadable(source, failure), committed));
  }

  private boolean add(InFlight message) {
    inFlight.addLast(message);
    inFlightCount = inFlight.size();
    while (!stopped && !inFlight.isEmpty() && inFlight.peekFirst().prepared().isDone()) {
      commitOldest();
    }
    while (!stopped && inFlight.size() >= size) {
      commitOldest(); // full: wait for the oldest, however long it takes
    }
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
  }
}
