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
  static final String READING = "escalation.reading";
  static final String CASE_ID = "escalation.caseId";
  static final String QUARANTINE_ID = "escalation.quarantineId";

  private static final Logger log = LoggerFactory.getLogger(PipelineSteps.class);

  private final Admission admission;
  private final Notices notices;
  private final CaseAssessor assessor;
  private final CaseRecorder recorder;
  private final Quarantine quarantine;

  PipelineSteps(
      Admission admission,
      Notices notices,
      CaseAssessor assessor,
      CaseRecorder recorder,
      Quarantine quarantine) {
    this.admission = admission;
    this.notices = notices;
    this.assessor = assessor;
    this.recorder = recorder;
    this.quarantine = quarantine;
  }

  /**
   * Lets go what is accounted for, records mail sent by machines, and admits letters under their
   * key (set as {@link #KEY}) for the next steps.
   */
  public void admit(Exchange exchange) {
    IncomingMessage message = exchange.getMessage().getBody(IncomingMessage.class);
    PreparedMessage prepared =
        exchange.getProperty(PreparedMessage.PROPERTY, PreparedMessage.class);
    Optional<Admission.Verdict> verdict;
    if (prepared == null) {
      verdict = admission.admit(message);
    } else {
      // admitted, parsed and judged ahead of this turn: what failed then is quarantined now
      if (prepared.verdict() != null) {
        exchange.setProperty(KEY, prepared.verdict().key()); // the quarantine's key, if it fails
      }
      prepared.rethrowFailure();
      exchange.removeProperty(KEY);
      verdict = admission.enter(message, prepared.verdict());
    }
    if (verdict.isEmpty()) {
      return;
    }
    if (verdict.get() instanceof Admission.Automated notice) {
      notices.record(message, notice);
      return;
    }
    exchange.setProperty(KEY, verdict.get().key());
    if (prepared != null) {
      exchange.setProperty(READING, prepared.reading());
    }
  }

  /** Parses and judges, unless that was done ahead of the message's turn. */
  public void read(Exchange exchange) {
    if (exchange.getProperty(READING) != null) {
      return;
    }
    exchange.setProperty(
        READING, assessor.read(exchange.getMessage().getBody(IncomingMessage.class)));
  }

  /** Decides what the letter is about, first, and records it as that. */
  public void record(Exchange exchange) {
    Optional<String> caseId =
        recorder.record(
            exchange.getMessage().getBody(IncomingMessage.class),
            exchange.getProperty(KEY, String.class),
            exchange.getProperty(READING, Reading.class));
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
