package org.escalationrouter.pipeline;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.escalationrouter.bounce.BounceCorrelation;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.escalate.SmtpSettings;
import org.escalationrouter.parse.Envelope;
import org.springframework.stereotype.Component;

/**
 * Which case a message is about, decided first in the message's turn and in its transaction: the
 * one place that matches by thread, Message-ID and return path. A letter is an executive's answer
 * to one of our escalations, a customer's follow-up on a case, or a new letter; a notice (a bounce,
 * an auto-reply, a report) concerns one of the mails we sent, or none.
 */
@Component
class Correlation {

  /** How many References ids are kept from each end of a very long header. */
  static final int REFERENCES_KEPT = 50;

  /** What a letter is, for the case it belongs to. */
  sealed interface Relation {}

  /** Not about any case we know: the only kind that is routed. */
  record NewLetter() implements Relation {}

  /** An answer on the thread of an escalation we sent: acknowledges, never a new case. */
  record ExecutiveReply(String caseId) implements Relation {}

  /** The customer writing again on a case's thread: joins the case. */
  record FollowUp(String caseId) implements Relation {}

  private final Outbox outbox;
  private final CaseStore cases;
  private final BounceCorrelation notices;
  private final SmtpSettings smtp;

  Correlation(Outbox outbox, CaseStore cases, BounceCorrelation notices, SmtpSettings smtp) {
    this.outbox = outbox;
    this.cases = cases;
    this.notices = notices;
    this.smtp = smtp;
  }

  /** Our own escalations first: an executive replying quotes one of their Message-IDs. */
  Relation ofLetter(Envelope env) {
    List<String> thread = threadIds(env);
    Optional<String> ours = outbox.caseOfMessage(thread);
    if (ours.isPresent()) {
      return new ExecutiveReply(ours.get());
    }
    return cases.findByThread(thread).<Relation>map(FollowUp::new).orElseGet(NewLetter::new);
  }

  /**
   * The mail of ours a notice is about: from its returned original, its VERP return path, or the
   * message it replies to.
   */
  Optional<Outbox.Sent> ofNotice(MimeMessage notice) {
    List<String> ids = new ArrayList<>();
    notices.originalMessageId(notice).ifPresent(id -> ids.add(bracketed(id)));
    notices.envelopeRecipient(notice).flatMap(this::fromReturnPath).ifPresent(ids::add);
    try {
      String inReplyTo = notice.getHeader("In-Reply-To", " ");
      if (inReplyTo != null) {
        ids.add(inReplyTo.trim());
      }
    } catch (MessagingException e) {
      // no In-Reply-To to go by
    }
    return ids.stream().map(outbox::sent).flatMap(Optional::stream).findFirst();
  }

  /** {@code bounces+esc-1.abc@host} → {@code <esc-1.abc@from-domain>}. */
  Optional<String> fromReturnPath(String address) {
    String bounce = smtp.bounceAddress();
    int plus = address.indexOf('+');
    int at = address.lastIndexOf('@');
    if (plus < 0
        || at < plus
        || !address.substring(0, plus).equalsIgnoreCase(bounce.substring(0, bounce.indexOf('@')))) {
      return Optional.empty();
    }
    String from = smtp.from();
    return Optional.of(
        "<"
            + address.substring(plus + 1, at)
            + "@"
            + from.substring(from.lastIndexOf('@') + 1).replace(">", "")
            + ">");
  }

  /**
   * In-Reply-To first, then the References as written (the thread's root first). A thread's ids are
   * looked up one by one; a References header of thousands of ids (hostile, or a mail loop) is read
   * by its first and last {@value #REFERENCES_KEPT} ids: the root and the newest messages.
   */
  static List<String> threadIds(Envelope env) {
    List<String> references = env.references();
    List<String> ids = new ArrayList<>();
    if (references.size() > 2 * REFERENCES_KEPT) {
      ids.addAll(references.subList(0, REFERENCES_KEPT));
      ids.addAll(references.subList(references.size() - REFERENCES_KEPT, references.size()));
    } else {
      ids.addAll(references);
    }
    if (env.inReplyTo() != null) {
      ids.add(0, env.inReplyTo().trim());
    }
    return ids;
  }

  private static String bracketed(String id) {
    String trimmed = id.trim();
    return trimmed.startsWith("<") ? trimmed : "<" + trimmed + ">";
  }
}
