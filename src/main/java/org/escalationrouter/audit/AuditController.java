package org.escalationrouter.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: the audit trail, newest first (admin only, see WebSecurity). */
@RestController
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/api/audit")
  List<AuditEntry> list(
      @RequestParam(defaultValue = "200") int limit,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String actor) {
    return trail.recent(Math.max(1, Math.min(limit, 5000)), action, actor);
  }
}
