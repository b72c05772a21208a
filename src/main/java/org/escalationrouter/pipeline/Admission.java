package org.escalationrouter.pipeline;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import org.escalationrouter.bounce.AutomatedKind;
import org.escalationrouter.bounce.AutomatedMail;
import org.escalationrouter.bounce.AutomatedMailDetector;
import org.escalationrouter.escalate.OwnMail;
import org.escalationrouter.mime.MimeMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The door of the pipeline: a message already accounted for is let go, mail sent by machines is
 * told apart (for {@link Notices} to record), everything else is admitted under its key. Admission
 * writes nothing.
 */
@Component
class Admission {

  private static final Logger log = LoggerFactory.getLogger(Admission.class);

  private final ProcessedMessages processed;
  private final AutomatedMailDetector detector;
  private final OwnMail ownMail;

  Admission(ProcessedMessages processed, AutomatedMailDetector detector, OwnMail ownMail) {
    this.ownMail = ownMail;
    this.processed = processed;
    this.detector = detector;
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

  /** What to do with the message in its turn: empty when it was already accounted for. */
  Optional<Verdict> admit(IncomingMessage message) {
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
   * Checks the verdict again in the message's turn, since a copy of the message may have been
   * accounted for after the verdict was made: empty when it has, else the verdict (automated mail
   * or a letter admitted under its key) for the pipeline to act on.
   */
  Optional<Verdict> enter(IncomingMessage message, Verdict verdict) {
    if (verdict instanceof Seen || processed.seen(verdict.key())) {
      log.info("{} was already processed ({}); skipped", message, verdict.key());
      return Optional.empty();
    }
    return Optional.of(verdict);
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
}
