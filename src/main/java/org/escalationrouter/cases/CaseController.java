package org.escalationrouter.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.escalationrouter.facts.Signal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cases API: a list newest first of the cases the viewer may see, and one case with its
 * evidence and timeline (guarded by the web layer before it gets here).
 */
@RestController
@RequestMapping("/api/cases")
class CaseController {

  private final CaseStore cases;
  private final CaseVisibility visibility;
  private final AuditTrail audit;

  CaseController(CaseStore cases, CaseVisibility visibility, AuditTrail audit) {
    this.cases = cases;
    this.visibility = visibility;
    this.audit = audit;
  }

  record CaseSummary(
      String id,
      String subject,
      String sender,
      String severity,
      List<String> signals,
      String executive,
      String status,
      Instant receivedAt) {}

  record CaseDetail(
      String id,
      String mailbox,
      String messageId,
      String subject,
      String sender,
      Instant receivedAt,
      String severity,
      String severityRule,
      List<String> signals,
      List<CaseEvidence> evidence,
      String executive,
      String policy,
      String rule,
      String rulesVersion,
      String status,
      String language,
      String newText,
      List<TimelineEntry> timeline) {}

  /** A timeline entry as the API shows it: the kind by its wire name. */
  record TimelineEntry(Instant at, String kind, String detail) {

    static TimelineEntry of(CaseEvent e) {
      return new TimelineEntry(e.at(), e.kind().wireName(), e.detail());
    }
  }

  @GetMapping
  List<CaseSummary> list(@RequestParam(defaultValue = "200") int limit) {
    return cases.list(Math.max(1, Math.min(limit, 1000)), visibility.visibleExecutives()).stream()
        .map(
            c ->
                new CaseSummary(
                    c.id(),
                    c.subject(),
                    c.sender(),
                    c.severity().wireName(),
                    wireNames(c.signals()),
                    c.executive(),
                    c.status().wireName(),
                    c.receivedAt()))
        .toList();
  }

  @GetMapping("/{id}")
  CaseDetail one(@PathVariable String id) {
    EscalationCase c = cases.find(id).orElse(null);
    audit.record(AuditAction.CASE_VIEW, id, c == null ? "not-found" : "shown", "API");
    if (c == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + id);
    }
    return new CaseDetail(
        c.id(),
        c.mailbox(),
        c.messageId(),
        c.subject(),
        c.sender(),
        c.receivedAt(),
        c.severity().wireName(),
        c.severityRule(),
        wireNames(c.signals()),
        cases.evidence(id),
        c.executive(),
        c.policy(),
        c.rule(),
        c.rulesVersion(),
        c.status().wireName(),
        c.language(),
        c.newText(),
        cases.events(id).stream().map(TimelineEntry::of).toList());
  }

  /** Signals as the API has always shown them: wire names, sorted. */
  private static List<String> wireNames(Set<Signal> signals) {
    return signals.stream().map(Signal::wireName).toList();
  }
}
