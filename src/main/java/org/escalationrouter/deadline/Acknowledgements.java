package org.escalationrouter.deadline;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.TimelineEntry;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.SlaTimers;
import org.escalationrouter.sla.TimerKind;
import org.escalationrouter.trust.SenderProof;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Acknowledging and resolving a case, by reply, signed link or API. Only the people the case was
 * escalated to may do it by reply or link: its executive, their deputy, and the managers above.
 */
@Component
public class Acknowledgements {

  /** What came of a request to acknowledge or resolve. */
  public enum Outcome {
    DONE,
    ALREADY_DONE,
    NOT_ALLOWED,
    /** A reply in an executive's name that its mail server did not prove; nothing changed. */
    UNTRUSTED,
    NO_SUCH_CASE
  }

  private final CaseStore cases;
  private final SlaTimers timers;
  private final LiveRules rules;
  private final TransactionTemplate tx;
  private final SenderProof proof;
  private final UntrustedReplies untrusted;
  private final AuditTrail audit;

  Acknowledgements(
      CaseStore cases,
      SlaTimers timers,
      LiveRules rules,
      TransactionTemplate tx,
      SenderProof proof,
      UntrustedReplies untrusted,
      AuditTrail audit) {
    this.audit = audit;
    this.proof = proof;
    this.untrusted = untrusted;
    this.cases = cases;
    this.timers = timers;
    this.rules = rules;
    this.tx = tx;
  }

  /** By an executive (link or reply): checked against the people the case may reach. */
  public Outcome byExecutive(String caseId, String executiveId, LinkAction action, String how) {
    Outcome outcome = executiveActs(caseId, executiveId, action, how);
    audit.record(
        executiveId, sourceOf(how), auditAction(action), caseId, wire(outcome), "by " + how);
    return outcome;
  }

  private Outcome executiveActs(String caseId, String executiveId, LinkAction action, String how) {
    Optional<EscalationCase> c = cases.find(caseId);
    if (c.isEmpty()) {
      return Outcome.NO_SUCH_CASE;
    }
    if (!mayAct(c.get(), executiveId)) {
      cases.addEvent(caseId, new TimelineEntry.NotInChain(executiveId, action.wireName(), how));
      return Outcome.NOT_ALLOWED;
    }
    return apply(c.get(), action, executiveId + " by " + how);
  }

  /**
   * A reply from an e-mail address: trusted when it is an executive who may act on the case and a
   * trusted mail server proved the address ({@link SenderProof}).
   *
   * @param authenticationResults the reply's {@code Authentication-Results} headers, top first
   */
  public Outcome byReply(
      String caseId, String fromAddress, String text, List<String> authenticationResults) {
    LinkAction action = resolvesIn(text) ? LinkAction.RESOLVE : LinkAction.ACKNOWLEDGE;
    Optional<Executive> who =
        rules.directory().executives().stream()
            .filter(e -> e.email().equalsIgnoreCase(fromAddress == null ? "" : fromAddress.trim()))
            .findFirst();
    if (who.isEmpty()) {
      // the sender is not an executive: their address stays out of the audit trail
      audit.record(
          "unknown sender",
          "mail",
          auditAction(action),
          caseId,
          wire(Outcome.NOT_ALLOWED),
          "by reply");
      cases.addEvent(caseId, new TimelineEntry.ReplyFromStranger(fromAddress));
      return Outcome.NOT_ALLOWED;
    }
    SenderProof.Proof proven = proof.of(fromAddress, authenticationResults);
    if (!proven.proven()) {
      untrusted.record(caseId, who.get(), "A reply", proven.reason());
      audit.record(
          who.get().id(), "mail", auditAction(action), caseId, wire(Outcome.UNTRUSTED), "by reply");
      return Outcome.UNTRUSTED;
    }
    return byExecutive(caseId, who.get().id(), action, "reply");
  }

  /** Through the API, by an operator or admin. */
  public Outcome byApi(String caseId, LinkAction action, String user) {
    Outcome outcome =
        cases
            .find(caseId)
            .map(c -> apply(c, action, user + " via the API"))
            .orElse(Outcome.NO_SUCH_CASE);
    audit.record(auditAction(action), caseId, wire(outcome), "by the API or the case page");
    return outcome;
  }

  private static AuditAction auditAction(LinkAction action) {
    return action == LinkAction.RESOLVE ? AuditAction.RESOLVE : AuditAction.ACKNOWLEDGE;
  }

  private static String wire(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A reply came by mail; a signed link by a web request from the client's address. */
  private static String sourceOf(String how) {
    String address = AuditTrail.clientAddress();
    return "reply".equals(how) || address == null ? "mail" : address;
  }

  private Outcome apply(EscalationCase c, LinkAction action, String who) {
    CaseStatus target =
        action == LinkAction.RESOLVE ? CaseStatus.RESOLVED : CaseStatus.ACKNOWLEDGED;
    if (c.status().compareTo(target) >= 0) {
      return Outcome.ALREADY_DONE;
    }
    tx.executeWithoutResult(
        s -> {
          cases.setStatus(c.id(), target);
          Set<TimerKind> stop = new HashSet<>(TimerKind.ACKNOWLEDGE);
          if (target == CaseStatus.RESOLVED) {
            stop.addAll(TimerKind.RESOLVE);
          }
          timers.cancel(c.id(), stop);
          cases.addEvent(c.id(), new TimelineEntry.Done(target, who));
        });
    return Outcome.DONE;
  }

  private boolean mayAct(EscalationCase c, String executiveId) {
    if (c.executive() == null) {
      return false;
    }
    Set<String> allowed = new HashSet<>();
    Optional<Executive> owner = rules.executive(c.executive());
    Optional<Executive> step = owner;
    while (step.isPresent() && allowed.add(step.get().id())) {
      step = Optional.ofNullable(step.get().manager()).flatMap(rules::executive);
    }
    // added after the walk, which stops at the first person seen twice: a deputy who is also the
    // manager must not end it below the managers above them
    owner.map(Executive::deputy).ifPresent(allowed::add);
    return allowed.contains(executiveId);
  }

  /** A reply resolves the case when one of its new lines is just "resolved" (or "resolve"). */
  static boolean resolvesIn(String text) {
    return text != null
        && text.lines()
            .map(l -> l.trim().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", ""))
            .anyMatch(l -> l.equals("resolved") || l.equals("resolve"));
  }
}
