package org.escalationrouter.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.escalationrouter.cases.CaseEvidence;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.cases.EvidenceMarks;
import org.escalationrouter.deadline.Acknowledgements;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.SlaTimers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The cases list and one case's page, with its acknowledge and resolve buttons. */
@Controller
class CasePages {

  private final CaseQuery query;
  private final CaseStore cases;
  private final SlaTimers timers;
  private final Acknowledgements acks;
  private final LiveRules rules;
  private final Viewers viewers;
  private final ActivityCounts activity;
  private final Clock clock;
  private final AuditTrail audit;

  CasePages(
      CaseQuery query,
      CaseStore cases,
      SlaTimers timers,
      Acknowledgements acks,
      LiveRules rules,
      Viewers viewers,
      ActivityCounts activity,
      Clock clock,
      AuditTrail audit) {
    this.audit = audit;
    this.query = query;
    this.cases = cases;
    this.timers = timers;
    this.acks = acks;
    this.rules = rules;
    this.viewers = viewers;
    this.activity = activity;
    this.clock = clock;
  }

  @GetMapping("/")
  String list(
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String signal,
      @RequestParam(required = false) String executive,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String q,
      Authentication auth,
      Model model) {
    CaseFilter filter = new CaseFilter(severity, signal, executive, status, q);
    CaseScope scope = viewers.scope(auth);
    model.addAttribute("filter", filter);
    model.addAttribute("rows", query.find(filter, scope));
    model.addAttribute("limit", CaseQuery.LIMIT);
    model.addAttribute("now", clock.instant());
    model.addAttribute("names", names());
    model.addAttribute(
        "severities", Arrays.stream(Severity.values()).map(Severity::wireName).toList());
    model.addAttribute("signals", Arrays.stream(Signal.values()).map(Signal::wireName).toList());
    model.addAttribute(
        "executives",
        rules.directory().executives().stream().filter(e -> scope.allows(e.id())).toList());
    model.addAttribute("statuses", List.of("active", "open", "acknowledged", "resolved", "all"));
    model.addAttribute("casesChart", ActivityChart.casesPerDay(activity.casesPerDay(scope)));
    model.addAttribute(
        "breachChart", ActivityChart.breachesPerWeek(activity.breachesPerWeek(scope)));
    return "cases";
  }

  @GetMapping("/cases/{id}")
  String one(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
    EscalationCase c = cases.find(id).orElse(null);
    audit.record(AuditAction.CASE_VIEW, id, c == null ? "not-found" : "shown", "page");
    if (c == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + id);
    }
    List<CaseEvidence> evidence = cases.evidence(id);
    model.addAttribute("c", c);
    model.addAttribute("evidence", evidence);
    model.addAttribute(
        "marked",
        EvidenceMarks.html(c.newText(), evidence.stream().map(CaseEvidence::phrase).toList()));
    var original = cases.original(id);
    model.addAttribute("attachments", Attachments.of(original.orElse(null)));
    // a dropped letter is its own only attachment; an e-mail is offered whole besides its files
    model.addAttribute(
        "original", original.filter(o -> o.isMessage()).map(o -> o.name()).orElse(null));
    model.addAttribute("timeline", cases.events(id));
    model.addAttribute("deadlines", timers.pending(id));
    model.addAttribute("now", clock.instant());
    model.addAttribute("names", names());
    model.addAttribute("notice", notice(done));
    return "case";
  }

  @PostMapping("/cases/{id}/acknowledge")
  String acknowledge(@PathVariable String id, Authentication auth) {
    return act(id, LinkAction.ACKNOWLEDGE, auth);
  }

  @PostMapping("/cases/{id}/resolve")
  String resolve(@PathVariable String id, Authentication auth) {
    return act(id, LinkAction.RESOLVE, auth);
  }

  private String act(String id, LinkAction action, Authentication auth) {
    Acknowledgements.Outcome outcome = acks.byApi(id, action, auth.getName());
    if (outcome == Acknowledgements.Outcome.NO_SUCH_CASE) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no case " + id);
    }
    return "redirect:/cases/" + id + "?done=" + outcome.name().toLowerCase();
  }

  /** What the last button press did, from the redirect after it. */
  private static String notice(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "done" -> "Done.";
      case "already_done" -> "Nothing to do: that was already done.";
      case "not_allowed" -> "You may not do that on this case.";
      default -> null;
    };
  }

  private Map<String, String> names() {
    return rules.directory().executives().stream()
        .collect(Collectors.toMap(Executive::id, Executive::name));
  }
}
