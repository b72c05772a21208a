package org.escalationrouter.deadline;

import java.security.Principal;
import java.util.Map;
import org.escalationrouter.sla.LinkAction;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Acknowledge or resolve a case through the API (the signed links: {@link LinkPage}). */
@RestController
class AckController {

  private final Acknowledgements acks;

  AckController(Acknowledgements acks) {
    this.acks = acks;
  }

  @PostMapping("/api/cases/{id}/acknowledge")
  ResponseEntity<Map<String, String>> acknowledge(@PathVariable String id, Principal user) {
    return answer(acks.byApi(id, LinkAction.ACKNOWLEDGE, name(user)));
  }

  @PostMapping("/api/cases/{id}/resolve")
  ResponseEntity<Map<String, String>> resolve(@PathVariable String id, Principal user) {
    return answer(acks.byApi(id, LinkAction.RESOLVE, name(user)));
  }

  private static ResponseEntity<Map<String, String>> answer(Acknowledgements.Outcome outcome) {
    return ResponseEntity.status(status(outcome))
        .body(Map.of("outcome", outcome.name().toLowerCase()));
  }

  static HttpStatus status(Acknowledgements.Outcome outcome) {
    return switch (outcome) {
      case DONE, ALREADY_DONE -> HttpStatus.OK;
      case NOT_ALLOWED, UNTRUSTED -> HttpStatus.FORBIDDEN;
      case NO_SUCH_CASE -> HttpStatus.NOT_FOUND;
    };
  }

  private static String name(Principal user) {
    return user == null ? "an operator" : user.getName();
  }
}
