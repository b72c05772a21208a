package org.escalationrouter.pipeline;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.escalationrouter.bounce.AutomatedKind;
import org.escalationrouter.bounce.AutomatedMail;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.failover.Failover;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail sent by machines (bounces, auto-replies, reports, our own mail come back), in its turn: it
 * is recorded and accounted for, never a case; one about a mail of ours goes to the fail-over.
 */
@Component
class Notices {

  private static final Logger log = LoggerFactory.getLogger(Notices.class);

  private final Correlation correlation;
  private final Failover failover;
  private final AutomatedMailLog automatedLog;
  private final ProcessedMessages processed;
  private final TransactionTemplate tx;

  Notices(
      Correlation correlation,
      Failover failover,
      AutomatedMailLog automatedLog,
      ProcessedMessages processed,
      TransactionTemplate tx) {
    this.correlation = correlation;
    this.failover = failover;
    this.automatedLog = automatedLog;
    this.processed = processed;
    this.tx = tx;
  }

  void record(IncomingMessage message, Admission.Automated notice) {
    MimeMessage mime = notice.mime();
    AutomatedMail mail = notice.mail();
    try {
      String from = mime.getHeader("From", ",");
      tx.executeWithoutResult(
          s -> {
            Optional<Outbox.Sent> ours =
                mail.kind() == AutomatedKind.OWN_MAIL
                    ? Optional.empty()
                    : correlation.ofNotice(mime);
            ours.ifPresent(sent -> failover.onAutomated(mail, mime, sent));
            String caseId = ours.map(Outbox.Sent::caseId).orElse(null);
            automatedLog.record(message.mailbox(), notice.key(), from, subject(mime), mail, caseId);
            processed.record(
                notice.key(), message.mailbox(), ProcessedMessages.Outcome.AUTOMATED, caseId);
          });
      log.info("{} is automated mail ({}); recorded, no case", message, mail.kind().wireName());
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot record automated mail " + message, e);
    } catch (DuplicateKeyException e) {
      log.info("{} was already recorded elsewhere", message);
    }
  }

  private static String subject(MimeMessage mime) {
    try {
      return mime.getSubject();
    } catch (MessagingException e) {
      return null;
    }
  }
}
