package org.escalationrouter.deadline;

import java.security.Principal;
import java.util.Map;
import org.escalationrouter.sla.AckLinks;
import org.escalationrouter.sla.LinkAction;
import org.escalationrouter.sla.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Acknowledge or resolve a case: by the API, or by the signed link in an escalation e-mail. */
@RestController
class AckController {

  private final Acknowledgements acks;
  private final AckLinks links;
  private final java.time.Clock clock;

  AckController(Acknowledgements acks, AckLinks links, java.time.Clock clock) {
    this.acks = acks;
    this.links = links;
    this.clock = clock;
  }

  @PostMapping("/api/cases/{id}/acknowledge")
  ResponseEntity<Map<String, String>> acknowledge(@PathVariable String id, Principal user) {
    return answer(acks.byApi(id, LinkAction.ACKNOWLEDGE, name(user)));
  }

  @PostMapping("/api/cases/{id}/resolve")
  ResponseEntity<Map<String, String>> resolve(@PathVariable String id, Principal user) {
    return answer(acks.byApi(id, LinkAction.RESOLVE, name(user)));
  }

  @GetMapping(value = "/ack/{token}", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> link(@PathVariable String token) {
    Verdict verdict = links.verify(token, clock.instant());
    // Java 17: no pattern matching in switch yet
    if (verdict instanceof Verdict.Valid v) {
      Acknowledgements.Outcome outcome =
          acks.byExecutive(v.caseId(), v.executiveId(), v.action(), "signed link");
      return ResponseEntity.status(status(outcome))
          .body(
              v.caseId()
                  + ": "
                  + v.action().wireName()
                  + " "
                  + outcome.name().toLowerCase().replace('_', ' '));
    }
    if (verdict instanceof Verdict.Expired e) {
      return ResponseEntity.status(HttpStatus.GONE)
          .body(
              "This link expired at "
                  + e.expiredAt()
                  + "; nothing was changed. Reply to the e-mail instead.");
    }
    if (verdict instanceof Verdict.Forged) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN)
          .body("This link is not valid; nothing was changed.");
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body("This is not a link of ours; nothing was changed.");
  }

  private static ResponseEntity<Map<String, String>> answer(Acknowledgements.Outcome outcome) {
    return ResponseEntity.status(status(outcome))
        .body(Map.of("outcome", outcome.name().toLowerCase()));
  }

  private static HttpStatus status(Acknowledgements.Outcome outcome) {
    return switch (outcome) {
      case DONE, ALREADY_DONE -> HttpStatus.OK;
      case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
      case NO_SUCH_CASE -> HttpStatus.NOT_FOUND;
    };
  }

  private static String name(Principal user) {
    return user == null ? "an operator" : user.getName();
  }
}
