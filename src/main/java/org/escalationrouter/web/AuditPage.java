package org.escalationrouter.web;

import org.escalationrouter.audit.AuditTrail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admins' page of the audit trail. */
@Controller
class AuditPage {

  static final int LIMIT = 500;

  private final AuditTrail trail;

  AuditPage(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/audit")
  String audit(
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String actor,
      Model model) {
    model.addAttribute("entries", trail.recent(LIMIT, blankToNull(action), blankToNull(actor)));
    model.addAttribute("limit", LIMIT);
    model.addAttribute("action", action);
    model.addAttribute("actor", actor);
    return "audit";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
