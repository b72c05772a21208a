package org.escalationrouter.escalate;

import java.time.Instant;
import java.util.List;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.judge.Judgement;

/**
 * The facts of a mail about a stored case other than the escalation, one record per {@link
 * MailKind}. The words are in the kind's template, {@code escalate/WIRE-NAME.txt}, and {@link
 * EscalationMail#write(org.escalationrouter.cases.EscalationCase,
 * org.escalationrouter.directory.Executive, CaseLetter, org.escalationrouter.cases.OriginalFile)}
 * renders them; the same facts always give the same mail.
 */
public sealed interface CaseLetter {

  MailKind kind();

  /**
   * The customer wrote again on the case.
   *
   * @param merged the case's judgement with the follow-up's (its severity and signals head the
   *     mail)
   * @param change what changed, in the timeline's words ("severity high → critical")
   * @param text what the customer wrote now, as a person reads it
   * @param held the follow-ups held back since the last notice, oldest first
   */
  record FollowUp(Judgement merged, String change, String text, List<CaseEvent> held)
      implements CaseLetter {
    public MailKind kind() {
      return MailKind.FOLLOW_UP;
    }
  }

  /**
   * A deadline is near.
   *
   * @param acknowledge whether the case waits for its acknowledgement (else its resolution)
   * @param due the deadline at the reader's level, or null when none is pending
   */
  record Reminder(boolean acknowledge, Instant due, Instant now, String caseLink)
      implements CaseLetter {
    public MailKind kind() {
      return MailKind.REMINDER;
    }
  }

  /**
   * A deadline passed and the case is handed up to the reader.
   *
   * @param acknowledge whether the missed deadline was the acknowledgement's (else the
   *     resolution's)
   * @param level the reader's place in the chain
   * @param history the case's timeline so far
   */
  record Breach(
      boolean acknowledge,
      Instant dueAt,
      Instant now,
      int level,
      String caseLink,
      List<CaseEvent> history)
      implements CaseLetter {
    public MailKind kind() {
      return MailKind.BREACH;
    }
  }

  /**
   * The owner is told that the case went over them.
   *
   * @param acknowledge whether the missed deadline was the acknowledgement's
   * @param newOwner the name of whom the case went to
   */
  record Notice(boolean acknowledge, String newOwner) implements CaseLetter {
    public MailKind kind() {
      return MailKind.NOTICE;
    }
  }

  /**
   * The owner cannot be reached and the reader receives the case.
   *
   * @param handedOver why, in the timeline's words of the hand-over
   */
  record Failover(String handedOver) implements CaseLetter {
    public MailKind kind() {
      return MailKind.FAILOVER;
    }
  }

  /**
   * A reply in the reader's name that their mail server did not prove.
   *
   * @param reason why it was not trusted
   */
  record UntrustedReply(String reason, String acknowledgeLink, String resolveLink)
      implements CaseLetter {
    public MailKind kind() {
      return MailKind.UNTRUSTED_REPLY;
    }
  }
}
