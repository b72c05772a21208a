package org.escalationrouter.deadline;

import java.time.Clock;
import java.util.Optional;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.sla.AckLinks;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The signed links in escalation e-mails. Opening one (GET or HEAD) only shows what it would do;
 * link scanners and chat previews open every link in a mail, so only the POST of the page's button
 * acts. The token in the path is the proof, as before; the page adds nothing secret.
 */
@Controller
class LinkPage {

  private static final int EXCERPT = 600;

  private final Acknowledgements acks;
  private final AckLinks links;
  private final CaseStore cases;
  private final Clock clock;

  LinkPage(Acknowledgements acks, AckLinks links, CaseStore cases, Clock clock) {
    this.acks = acks;
    this.links = links;
    this.cases = cases;
    this.clock = clock;
  }

  /** What the link would do, with the case's summary and a button; changes nothing. */
  @GetMapping("/ack/{token}")
  ModelAndView confirm(@PathVariable String token) {
    Verdict verdict = links.verify(token, clock.instant());
    if (!(verdict instanceof Verdict.Valid v)) {
      return refused(verdict);
    }
    Optional<EscalationCase> c = cases.find(v.caseId());
    if (c.isEmpty()) {
      return page("gone", v, null, HttpStatus.NOT_FOUND);
    }
    boolean done = c.get().status().compareTo(target(v.action())) >= 0;
    return page(done ? "already" : "confirm", v, c.get(), HttpStatus.OK).addObject("token", token);
  }

  /** The button on the confirmation page: the one request that acts. */
  @PostMapping("/ack/{token}")
  ModelAndView act(@PathVariable String token) {
    Verdict verdict = links.verify(token, clock.instant());
    if (!(verdict instanceof Verdict.Valid v)) {
      return refused(verdict);
    }
    Acknowledgements.Outcome outcome =
        acks.byExecutive(v.caseId(), v.executiveId(), v.action(), "signed link");
    return page(
        outcome.name().toLowerCase(),
        v,
        cases.find(v.caseId()).orElse(null),
        AckController.status(outcome));
  }

  private static ModelAndView refused(Verdict verdict) {
    ModelAndView page = new ModelAndView("link");
    if (verdict instanceof Verdict.Expired e) {
      page.setStatus(HttpStatus.GONE);
      page.addObject("state", "expired");
      page.addObject("expiredAt", e.expiredAt());
      page.addObject("caseId", e.caseId());
    } else if (verdict instanceof Verdict.Forged) {
      page.setStatus(HttpStatus.FORBIDDEN);
      page.addObject("state", "forged");
    } else {
      page.setStatus(HttpStatus.BAD_REQUEST);
      page.addObject("state", "malformed");
    }
    return page;
  }

  private static ModelAndView page(
      String state, Verdict.Valid v, EscalationCase c, HttpStatus status) {
    ModelAndView page = new ModelAndView("link");
    page.setStatus(status);
    page.addObject("state", state);
    page.addObject("action", v.action().wireName());
    page.addObject("caseId", v.caseId());
    page.addObject("c", c);
    page.addObject("excerpt", c == null ? "" : excerpt(c.newText()));
    return page;
  }

  private static CaseStatus target(LinkAction action) {
    return action == LinkAction.RESOLVE ? CaseStatus.RESOLVED : CaseStatus.ACKNOWLEDGED;
  }

  private static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + " …";
  }
}
