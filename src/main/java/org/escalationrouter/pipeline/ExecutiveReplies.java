package org.escalationrouter.pipeline;

import java.util.List;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.deadline.Acknowledgements;
import org.escalationrouter.parse.Envelope;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.trust.SenderProof;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An executive answering one of our escalations: the answer acknowledges (or resolves) the case
 * when a trusted server proves its sender, and joins the timeline; it never becomes a case.
 */
@Component
class ExecutiveReplies {

  private static final Logger log = LoggerFactory.getLogger(ExecutiveReplies.class);

  private final Acknowledgements acknowledgements;
  private final CaseStore cases;
  private final ProcessedMessages processed;

  ExecutiveReplies(
      Acknowledgements acknowledgements, CaseStore cases, ProcessedMessages processed) {
    this.acknowledgements = acknowledgements;
    this.cases = cases;
    this.processed = processed;
  }

  /** Call in the intake transaction. */
  void record(IncomingMessage message, String key, String caseId, Letter letter) {
    Envelope env = letter.envelope();
    Acknowledgements.Outcome outcome =
        acknowledgements.byReply(
            caseId,
            env.from(),
            letter.newText(),
            message.mime() ? SenderProof.authenticationResults(message.raw()) : List.of());
    cases.addEvent(caseId, new TimelineEntry.Reply(env.from(), outcome.name()));
    processed.record(key, message.mailbox(), ProcessedMessages.Outcome.FOLLOW_UP, caseId);
    log.info("{} is a reply on {} ({})", message, caseId, outcome);
  }
}
