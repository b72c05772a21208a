package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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
    IdleWatcher watcher = new IdleWatcher(mailbox, Duration.ofMinutes(9), wakes::incrementAndGet);
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
}
