package org.escalationrouter.pipeline;

import java.util.List;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The quarantine API: {@code GET /api/quarantine} lists held and released messages, newest first;
 * {@code POST /api/quarantine/{id}/reprocess} sends a held message through the pipeline once more.
 */
@RestController
@RequestMapping("/api/quarantine")
class QuarantineController {

  private final Quarantine quarantine;
  private final Reprocessing reprocessing;
  private final AuditTrail audit;

  QuarantineController(Quarantine quarantine, Reprocessing reprocessing, AuditTrail audit) {
    this.quarantine = quarantine;
    this.reprocessing = reprocessing;
    this.audit = audit;
  }

  @GetMapping
  List<Quarantine.Held> list() {
    return quarantine.list();
  }

  @PostMapping("/{id}/reprocess")
  Reprocessing.Outcome reprocess(@PathVariable long id) {
    var outcome = reprocessing.reprocess(id);
    audit.record(
        AuditAction.QUARANTINE_REPROCESS,
        "quarantine " + id,
        outcome.map(o -> String.valueOf(o.result()).toLowerCase()).orElse("not-held"),
        outcome.map(o -> o.caseId() == null ? null : "case " + o.caseId()).orElse(null));
    return outcome.orElseThrow(
        () ->
            quarantine.exists(id)
                ? new ResponseStatusException(
                    HttpStatus.CONFLICT, "quarantined message " + id + " is not held any more")
                : new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no quarantined message " + id));
  }
}
