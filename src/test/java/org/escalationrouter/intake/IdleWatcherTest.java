package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdleWatcherTest {

  private GreenMail server;
  private IntakeSettings.Mailbox mailbox;

  @BeforeEach
  void startServer() {
    server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(0, "127.0.0.1", "smtp"), new ServerSetup(0, "127.0.0.1", "imap")
            });
    server.start();
    server.setUser("support@localhost", "support", "secret");
    mailbox =
        new IntakeSettings.Mailbox(
            "support",
            "imap",
            "127.0.0.1",
            server.getImap().getPort(),
            "support",
            "secret",
            "INBOX");
  }

  @AfterEach
  void stopServer() {
    server.stop();
  }

  @Test
  void wakesTheReaderWhenMailArrivesAndOnceWhenItStartsListening() {
    AtomicInteger wakes = new AtomicInteger();
    IdleWatcher watcher =
        new IdleWatcher(mailbox, Duration.ofMinutes(9), wakes::incrementAndGet, () -> 0);
    watcher.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> wakes.get() == 1);
      assertThat(watcher.listening()).isTrue();

      GreenMailUtil.sendTextEmail(
          "support@localhost",
          "jane@example.org",
          "Fee",
          "Please call me.",
          server.getSmtp().getServerSetup());

      await().atMost(Duration.ofSeconds(10)).until(() -> wakes.get() >= 2);
    } finally {
      watcher.stop();
    }
    assertThat(watcher.listening()).isFalse();
  }

  @Test
  void mailThatArrivesWhileTheReaderIsBusyIsReadBeforeIdleIsEnteredAgain() {
    AtomicLong readUpTo = new AtomicLong();
    AtomicInteger wakes = new AtomicInteger();
    Runnable reader =
        () -> {
          // a read pass: it reads what is there, and mail arrives after its fetch, before IDLE
          readUpTo.set(server.getReceivedMessages().length);
          if (wakes.incrementAndGet() == 1) {
            try {
              LostAnnouncement.deliver(server, "support", "arrived during the pass");
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        };
    IdleWatcher watcher = new IdleWatcher(mailbox, Duration.ofMinutes(9), reader, readUpTo::get);
    watcher.start();
    try {
      // GreenMail reports it when IDLE starts, before its "+": Angus takes that EXISTS without
      // ending IDLE, so without a check before IDLE it waited for the next mail or keep-alive
      await().atMost(Duration.ofSeconds(10)).until(() -> readUpTo.get() == 1);
      // read by the second pass at the latest; the server's late announcement of the same mail
      // may wake the reader once more (a harmless empty pass), so the count is not exact
      assertThat(wakes.get()).isGreaterThanOrEqualTo(2);
    } finally {
      watcher.stop();
    }
  }

  @Test
  void mailThatArrivesJustBeforeIdleStartsWakesTheReader() {
    AtomicLong readUpTo = new AtomicLong();
    AtomicInteger idles = new AtomicInteger();
    Runnable reader = () -> readUpTo.set(server.getReceivedMessages().length);
    IdleWatcher watcher = new IdleWatcher(mailbox, Duration.ofMinutes(9), reader, readUpTo::get);
    watcher.beforeIdle(
        () -> {
          if (idles.incrementAndGet() == 1) {
            try {
              // after the check for new mail, before the IDLE command: GreenMail reports it
              // before IDLE's "+", where Angus takes it without ending IDLE
              LostAnnouncement.deliver(server, "support", "arrived just before IDLE");
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        });
    watcher.start();
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> readUpTo.get() == 1);
    } finally {
      watcher.stop();
    }
  }
}
