package org.escalationrouter.pipeline;

import java.util.Optional;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** The pipeline's steps as the Camel route calls them; each hands over to one domain class. */
@Component("pipelineSteps")
class PipelineSteps {

  static final String KEY = "escalation.key";
  static final String ASSESSMENT = "escalation.assessment";
  static final String CASE_ID = "escalation.caseId";
  static final String QUARANTINE_ID = "escalation.quarantineId";

  private static final Logger log = LoggerFactory.getLogger(PipelineSteps.class);

  private final Admission admission;
  private final CaseAssessor assessor;
  private final CaseRecorder recorder;
  private final Quarantine quarantine;

  PipelineSteps(
      Admission admission, CaseAssessor assessor, CaseRecorder recorder, Quarantine quarantine) {
    this.admission = admission;
    this.assessor = assessor;
    this.recorder = recorder;
    this.quarantine = quarantine;
  }

  public void admit(Exchange exchange) {
    IncomingMessage message = exchange.getMessage().getBody(IncomingMessage.class);
    PreparedMessage prepared =
        exchange.getProperty(PreparedMessage.PROPERTY, PreparedMessage.class);
    if (prepared == null) {
      admission.admit(message).ifPresent(key -> exchange.setProperty(KEY, key));
      return;
    }
    // admitted, parsed and judged ahead of this turn: what failed then is quarantined now
    if (prepared.verdict() != null) {
      exchange.setProperty(KEY, prepared.verdict().key()); // the quarantine's key, if it fails
    }
    prepared.rethrowFailure();
    exchange.removeProperty(KEY);
    admission
        .enter(message, prepared.verdict())
        .ifPresent(
            key -> {
              exchange.setProperty(KEY, key);
              exchange.setProperty(ASSESSMENT, prepared.assessment());
            });
  }

  public void assess(Exchange exchange) {
    if (exchange.getProperty(ASSESSMENT) != null) {
      return; // assessed ahead of the message's turn
    }
    exchange.setProperty(
        ASSESSMENT, assessor.assess(exchange.getMessage().getBody(IncomingMessage.class)));
  }

  public void record(Exchange exchange) {
    Optional<String> caseId =
        recorder.record(
            exchange.getMessage().getBody(IncomingMessage.class),
            exchange.getProperty(KEY, String.class),
            exchange.getProperty(ASSESSMENT, Assessment.class));
    caseId.ifPresent(id -> exchange.setProperty(CASE_ID, id));
  }

  /** Keeps a message that failed, so it neither blocks the mailbox nor is lost. */
  public void quarantine(Exchange exchange) {
    IncomingMessage message = exchange.getMessage().getBody(IncomingMessage.class);
    Throwable error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    String reason = FailureReason.of(error);
    exchange.setProperty(IncomingMessage.QUARANTINED, reason);
    String key =
        Optional.ofNullable(exchange.getProperty(KEY, String.class))
            .orElseGet(() -> MessageKey.safely(message.raw(), message.mime()));
    try {
      long id = quarantine.holdAndAccount(message, key, reason);
      exchange.setProperty(QUARANTINE_ID, id);
      // a reason may quote the message (an address, a subject): personal data only at DEBUG
      log.warn("{} quarantined as #{} (the reason is in /api/quarantine)", message, id);
      log.debug("{} quarantined as #{}: {}", message, id, reason);
    } catch (DuplicateKeyException e) {
      log.info("{} failed but was already accounted for", message);
      log.debug("{} failed: {}", message, reason);
    }
  }
}
