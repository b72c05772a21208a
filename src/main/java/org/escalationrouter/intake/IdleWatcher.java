package org.escalationrouter.intake;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.escalationrouter.mailauth.MailLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one IMAP folder with IDLE, on its own connection and thread, and wakes the reader as
 * soon as the server announces a change; before each IDLE it checks for mail that arrived during
 * the last read pass (which IDLE would not report). IDLE is re-issued every keep-alive period
 * (servers end it after about 30 minutes) by a NOOP from a second thread, which makes Angus end the
 * running IDLE. After an error it reconnects with the same backoff as the reader; a server without
 * IDLE leaves the mailbox to the short poll.
 */
final class IdleWatcher implements MailboxConsumer.Watch {

  private static final Logger log = LoggerFactory.getLogger(IdleWatcher.class);
  private static final int MAX_CATCH_UP = 100;

  private final IntakeSettings.Mailbox mailbox;
  private final MailLogin login;
  private final Duration keepAlive;
  private final Runnable wake;
  private final LongSupplier readUpTo;
  private final ScheduledExecutorService keepAliveTimer;
  private volatile boolean running;
  private volatile boolean listening;
  private final AtomicBoolean idling = new AtomicBoolean();
  private Runnable beforeIdle = () -> {};
  private volatile Store store;
  private volatile IMAPFolder folder;
  private Thread thread;

  IdleWatcher(
      IntakeSettings.Mailbox mailbox, Duration keepAlive, Runnable wake, LongSupplier readUpTo) {
    this(
        mailbox,
        MailLogin.password(mailbox.username(), mailbox.password()),
        keepAlive,
        wake,
        readUpTo);
  }

  /**
   * {@code wake} runs a read pass; {@code readUpTo} is the highest UID the reader has accounted for
   * (negative before its first pass), against which the watcher checks before it listens again.
   */
  IdleWatcher(
      IntakeSettings.Mailbox mailbox,
      MailLogin login,
      Duration keepAlive,
      Runnable wake,
      LongSupplier readUpTo) {
    this.readUpTo = readUpTo;
    this.mailbox = mailbox;
    this.login = login;
    this.keepAlive = keepAlive;
    this.wake = wake;
    this.keepAliveTimer =
        Executors.newSingleThreadScheduledExecutor(r -> daemonThread(r, "-keepalive"));
  }

  /** Runs just before each IDLE command (tests deliver mail there). */
  void beforeIdle(Runnable hook) {
    this.beforeIdle = hook;
  }

  /** True while an IDLE command is (or is about to be) outstanding, so polling can slow down. */
  @Override
  public boolean listening() {
    return listening;
  }

  @Override
  public synchronized void start() {
    running = true;
    thread = daemonThread(this::run, "");
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    listening = false;
    keepAliveTimer.shutdownNow();
    // closing waits for IDLE to end; on a dead connection that can take the read timeout
    daemonThread(this::disconnect, "-close").start();
    if (thread != null) {
      thread.interrupt();
    }
  }

  private Thread daemonThread(Runnable r, String suffix) {
    Thread t = new Thread(r, "idle-" + mailbox.displayName() + suffix);
    t.setDaemon(true);
    return t;
  }

  private void run() {
    int failures = 0;
    while (running) {
      try {
        if (!connect()) {
          log.info("Mailbox {} offers no IMAP IDLE; it is polled instead", mailbox.displayName());
          return;
        }
        failures = 0;
        listen();
      } catch (MessagingException | RuntimeException e) {
        listening = false;
        disconnect();
        if (!running) {
          return;
        }
        failures++;
        Duration wait = MailboxConsumer.backoff(failures);
        log.info(
            "IDLE on {} stopped ({}); listening again in {}s, polling meanwhile",
            mailbox.displayName(),
            MailboxConsumer.describe(e),
            wait.toSeconds());
        if (!pause(wait)) {
          return;
        }
      }
    }
  }

  /** Connects and opens the folder; false when the server has no IDLE. */
  private boolean connect() throws MessagingException {
    long readTimeout = keepAlive.plusMinutes(1).toMillis();
    Store s = MailSession.forStore(mailbox, login, readTimeout).getStore(mailbox.protocol());
    MailSession.connect(s, mailbox, login);
    store = s;
    if (!(s instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
      disconnect();
      return false;
    }
    IMAPFolder f = (IMAPFolder) s.getFolder(mailbox.folder());
    f.open(Folder.READ_ONLY);
    f.addMessageCountListener(
        new MessageCountAdapter() {
          @Override
          public void messagesAdded(MessageCountEvent e) {
            announcedWhileIdle(f);
          }
        });
    folder = f;
    return true;
  }

  private void listen() throws MessagingException {
    IMAPFolder f = folder;
    ScheduledFuture<?> renew =
        keepAliveTimer.scheduleWithFixedDelay(
            () -> noop(f), keepAlive.toMillis(), keepAlive.toMillis(), TimeUnit.MILLISECONDS);
    try {
      listening = true;
      wake.run(); // whatever arrived while we were not listening
      while (running) {
        catchUp(f);
        beforeIdle.run();
        idling.set(true);
        try {
          f.idle(true); // returns on the first change the server announces, or on the NOOP
        } finally {
          idling.set(false);
        }
        wake.run();
      }
    } finally {
      renew.cancel(false);
    }
  }

  /**
   * Before listening again, asks the server for UIDs above what the reader has read, and wakes it
   * while there are some. Mail that arrived during a read pass is otherwise only announced when
   * IDLE starts, and GreenMail sends that EXISTS before IDLE's "+", where Angus takes it without
   * ending IDLE: it then waited for the next mail or the keep-alive (ADR 0007). Bounded: it stops
   * when a pass reads nothing (a stalled message is left to the poll) and after {@code
   * MAX_CATCH_UP} passes.
   */
  private void catchUp(IMAPFolder f) throws MessagingException {
    for (int pass = 0; pass < MAX_CATCH_UP && running; pass++) {
      long before = readUpTo.getAsLong();
      if (before < 0 || ServerUids.above(f, before).length == 0) {
        return;
      }
      log.debug(
          "{} has mail the reader has not seen yet: reading before IDLE", mailbox.displayName());
      wake.run();
      if (readUpTo.getAsLong() == before) {
        return;
      }
    }
  }

  /**
   * New mail was announced while IDLE runs. When the server sent it before IDLE's "+" (mail that
   * arrived between the check above and the IDLE command: GreenMail does so, Dovecot under load
   * too), Angus took it without ending IDLE; a NOOP from the keep-alive thread ends it, so the
   * reader is woken. When IDLE ended by itself, the NOOP runs after it and changes nothing.
   */
  private void announcedWhileIdle(IMAPFolder f) {
    if (!idling.get()) {
      return;
    }
    try {
      keepAliveTimer.execute(
          () -> {
            if (idling.get()) {
              noop(f);
            }
          });
    } catch (RejectedExecutionException stopped) {
      log.debug("{} stopped listening", mailbox.displayName());
    }
  }

  private void noop(IMAPFolder f) {
    try {
      f.doCommand(
          p -> {
            p.simpleCommand("NOOP", null);
            return null;
          });
    } catch (MessagingException | RuntimeException e) {
      log.debug("keep-alive on {} failed: {}", mailbox.displayName(), e.getMessage());
    }
  }

  private boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return running;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void disconnect() {
    IMAPFolder f = folder;
    Store s = store;
    folder = null;
    store = null;
    try {
      if (f != null && f.isOpen()) {
        f.close(false);
      }
    } catch (MessagingException | IllegalStateException e) {
      log.debug("closing IDLE folder of {}: {}", mailbox.displayName(), e.getMessage());
    }
    try {
      if (s != null) {
        s.close();
      }
    } catch (MessagingException e) {
      log.debug("closing IDLE store of {}: {}", mailbox.displayName(), e.getMessage());
    }
  }
}
