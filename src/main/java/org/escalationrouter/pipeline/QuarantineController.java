package org.escalationrouter.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

  /**
   * 200 with the outcome; 409 when the message is not held any more, or when the row has no bytes
   * (the server would not give it: FETCH_FAILED), with the reason in the body; 404 when unknown.
   */
  @PostMapping("/{id}/reprocess")
  ResponseEntity<?> reprocess(@PathVariable long id) {
    Optional<Reprocessing.Outcome> outcome;
    try {
      outcome = reprocessing.reprocess(id);
    } catch (Reprocessing.NothingToReprocess e) {
      audit.record(
          AuditAction.QUARANTINE_REPROCESS, "quarantine " + id, "nothing-to-reprocess", null);
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .body(Map.of("status", 409, "error", "nothing to reprocess", "detail", e.getMessage()));
    }
    audit.record(
        AuditAction.QUARANTINE_REPROCESS,
        "quarantine " + id,
        outcome.map(o -> String.valueOf(o.result()).toLowerCase()).orElse("not-held"),
        outcome.map(o -> o.caseId() == null ? null : "case " + o.caseId()).orElse(null));
    return ResponseEntity.ok(
        outcome.orElseThrow(
            () ->
                quarantine.exists(id)
                    ? new ResponseStatusException(
                        HttpStatus.CONFLICT, "quarantined message " + id + " is not held any more")
                    : new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no quarantined message " + id)));
  }
}
