package org.escalationrouter.pipeline;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a letter in one transaction, after deciding first what it is ({@link Correlation}): an
 * executive's reply ({@link ExecutiveReplies}), a customer's follow-up ({@link FollowUps}) or a new
 * letter ({@link NewCases}, the only kind routed). Each writes its part and the message's
 * idempotency key; either all of it is committed or none, so a crash at any moment neither loses
 * nor duplicates.
 */
@Component
class CaseRecorder {

  private static final Logger log = LoggerFactory.getLogger(CaseRecorder.class);

  private final Correlation correlation;
  private final ExecutiveReplies replies;
  private final FollowUps followUps;
  private final NewCases newCases;
  private final TransactionTemplate tx;

  CaseRecorder(
      Correlation correlation,
      ExecutiveReplies replies,
      FollowUps followUps,
      NewCases newCases,
      TransactionTemplate tx) {
    this.correlation = correlation;
    this.replies = replies;
    this.followUps = followUps;
    this.newCases = newCases;
    this.tx = tx;
  }

  /** Records the letter; returns its case's id, or empty when another worker already took it. */
  Optional<String> record(IncomingMessage message, String key, Reading r) {
    try {
      return Optional.ofNullable(tx.execute(status -> write(message, key, r)));
    } catch (DuplicateKeyException e) {
      log.info("{} was already processed elsewhere; skipped", message);
      return Optional.empty();
    }
  }

  private String write(IncomingMessage message, String key, Reading r) {
    Correlation.Relation relation = correlation.ofLetter(r.letter().envelope());
    if (relation instanceof Correlation.ExecutiveReply reply) {
      replies.record(message, key, reply.caseId(), r.letter());
      return reply.caseId();
    }
    if (relation instanceof Correlation.FollowUp followUp) {
      followUps.record(message, key, followUp.caseId(), r);
      return followUp.caseId();
    }
    return newCases.open(message, key, r);
  }
}
