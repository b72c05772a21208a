package org.escalationrouter.escalate;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.escalationrouter.mailauth.MailLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Sends what the outbox holds, once a second, retrying with backoff while SMTP is down. */
@Component
class OutboxSender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final Outbox outbox;
  private final SmtpSettings smtp;
  private final MailLogin login;
  private ScheduledExecutorService executor;

  /**
   * Built on the first pass that has mail to send, then kept: a Jakarta Mail session scans the
   * class path for its providers when made, which in the packaged jar costs more CPU than a
   * letter's judgement; the settings it carries never change while the daemon runs.
   */
  private Session session;

  OutboxSender(Outbox outbox, SmtpSettings smtp, SmtpLogin login) {
    this.outbox = outbox;
    this.smtp = smtp;
    this.login = login.login();
  }

  /** Sends every due row; returns how many went out. */
  int sendDue() {
    int sent = 0;
    for (Outbox.Pending row : outbox.claimDue(50)) {
      try {
        Session session = session();
        MimeMessage message = new FixedIdMessage(session, new ByteArrayInputStream(row.raw()));
        session.getProperties().put("mail.smtp.from", row.envelopeFrom());
        send(session, message, new Address[] {new InternetAddress(row.recipient())});
        outbox.markSent(row.id());
        sent++;
      } catch (MessagingException | RuntimeException e) {
        // the server's answer often quotes the recipient's address: only at DEBUG
        log.warn(
            "Sending mail of case {} failed (attempt {}, {}), will retry",
            row.caseId(),
            row.attempts(),
            e.getClass().getSimpleName());
        log.debug(
            "Sending mail of case {} to {} failed: {}",
            row.caseId(),
            row.recipient(),
            e.getMessage());
        outbox.markFailed(row.id(), row.attempts(), e.getMessage());
      }
    }
    return sent;
  }

  private Session session() {
    if (session == null) {
      session = MailSessions.smtp(smtp, login);
    }
    return session;
  }

  /** One message over its own connection; a token the relay rejects is replaced once at once. */
  private void send(Session session, MimeMessage message, Address[] to) throws MessagingException {
    message.saveChanges();
    try (Transport transport = session.getTransport("smtp")) {
      if (login == null) {
        transport.connect();
      } else {
        login.connect(transport, smtp.host(), smtp.port());
      }
      transport.sendMessage(message, to);
    }
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "outbox-sender"));
    executor.scheduleWithFixedDelay(this::sendSafely, 1, 1, TimeUnit.SECONDS);
  }

  private void sendSafely() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      log.warn("Outbox pass failed: {}", e.getMessage());
    }
  }

  @Override
  public void stop() {
    executor.shutdown();
    try {
      executor.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null && !executor.isShutdown();
  }
}
