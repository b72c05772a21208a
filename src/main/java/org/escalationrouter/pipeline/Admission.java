package org.escalationrouter.pipeline;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import org.escalationrouter.bounce.AutomatedKind;
import org.escalationrouter.bounce.AutomatedMail;
import org.escalationrouter.bounce.AutomatedMailDetector;
import org.escalationrouter.escalate.OwnMail;
import org.escalationrouter.failover.Failover;
import org.escalationrouter.mime.MimeMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The door of the pipeline: a message already accounted for is let go, mail sent by machines is
 * recorded and let go, everything else goes on to become a case.
 */
@Component
class Admission {

  private static final Logger log = LoggerFactory.getLogger(Admission.class);

  private final ProcessedMessages processed;
  private final AutomatedMailDetector detector;
  private final AutomatedMailLog automatedLog;
  private final TransactionTemplate tx;
  private final Failover failover;
  private final OwnMail ownMail;

  Admission(
      ProcessedMessages processed,
      AutomatedMailDetector detector,
      AutomatedMailLog automatedLog,
      TransactionTemplate tx,
      Failover failover,
      OwnMail ownMail) {
    this.failover = failover;
    this.ownMail = ownMail;
    this.processed = processed;
    this.detector = detector;
    this.automatedLog = automatedLog;
    this.tx = tx;
  }

  /** What admission makes of a message before anything is written. */
  sealed interface Verdict {
    String key();
  }

  /** Already accounted for: nothing to do. */
  record Seen(String key) implements Verdict {}

  /** Mail sent by a machine: recorded in its turn, never a case. */
  record Automated(String key, MimeMessage mime, AutomatedMail mail) implements Verdict {}

  /** Goes on to become a case under this key. */
  record Admitted(String key) implements Verdict {}

  /** The key to record the message under, or empty when it needs no case. */
  Optional<String> admit(IncomingMessage message) {
    return enter(message, examine(message));
  }

  /**
   * Reads the message and decides, writing nothing: it may run ahead of the message's turn, on
   * another thread, while earlier messages are still being recorded.
   */
  Verdict examine(IncomingMessage message) {
    String key = MessageKey.of(message.raw(), message.mime());
    if (processed.seen(key)) {
      return new Seen(key);
    }
    if (message.mime()) {
      Optional<MimeMessage> mime = mime(message);
      Optional<AutomatedMail> automated =
          mime.flatMap(detector::detect).or(() -> mime.flatMap(this::ownMail));
      if (automated.isPresent()) {
        return new Automated(key, mime.get(), automated.get());
      }
    }
    return new Admitted(key);
  }

  /**
   * Acts on the verdict in the message's turn: automated mail is recorded; the key is looked up
   * again, since a copy of the message may have become a case after the verdict was made.
   */
  Optional<String> enter(IncomingMessage message, Verdict verdict) {
    if (verdict instanceof Seen || processed.seen(verdict.key())) {
      log.info("{} was already processed ({}); skipped", message, verdict.key());
      return Optional.empty();
    }
    if (verdict instanceof Automated a) {
      recordAutomated(message, a.mime(), a.key(), a.mail());
      return Optional.empty();
    }
    return Optional.of(verdict.key());
  }

  /** Our own mail come back without the headers that mark it automated: recorded, never a case. */
  private Optional<AutomatedMail> ownMail(MimeMessage mime) {
    return ownMail
        .recognise(mime)
        .map(
            why -> {
              log.info("Our own mail came back ({}); no case", why);
              return new AutomatedMail(AutomatedKind.OWN_MAIL, List.of());
            });
  }

  /** The message read once as MIME, for detection and recording alike. */
  private static Optional<MimeMessage> mime(IncomingMessage message) {
    try {
      return Optional.of(MimeMessages.read(message.raw()));
    } catch (MessagingException e) {
      return Optional.empty(); // not readable as MIME: the parser decides what to do with it
    }
  }

  private void recordAutomated(
      IncomingMessage message, MimeMessage mime, String key, AutomatedMail mail) {
    try {
      String from = mime.getHeader("From", ",");
      tx.executeWithoutResult(
          s -> {
            String caseId =
                mail.kind() == AutomatedKind.OWN_MAIL
                    ? null
                    : failover.onAutomated(mail, mime).orElse(null);
            automatedLog.record(message.mailbox(), key, from, safeSubject(mime), mail, caseId);
            processed.record(key, message.mailbox(), ProcessedMessages.Outcome.AUTOMATED, caseId);
          });
      log.info("{} is automated mail ({}); recorded, no case", message, mail.kind().wireName());
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot record automated mail " + message, e);
    } catch (DuplicateKeyException e) {
      log.info("{} was already recorded elsewhere", message);
    }
  }

  private static String safeSubject(MimeMessage mime) {
    try {
      return mime.getSubject();
    } catch (MessagingException e) {
      return null;
    }
  }
}
