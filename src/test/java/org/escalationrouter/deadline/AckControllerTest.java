package org.escalationrouter.deadline;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.Map;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.deadline.Acknowledgements.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Acknowledging and resolving through the API, as the logged-in operator (the login itself is the
 * web layer's, tested there): the answer names the outcome and its HTTP status matches it.
 */
class AckControllerTest {

  @RegisterExtension final DeadlineContext ctx = new DeadlineContext();

  private final MockMvc web =
      MockMvcBuilders.standaloneSetup(ctx.bean(AckController.class)).build();

  @Test
  void anOperatorAcknowledgesAndThenResolvesInTheirOwnName() throws Exception {
    String caseId = ctx.escalatedCase("coo");

    web.perform(post("/api/cases/{id}/acknowledge", caseId).principal(() -> "alice"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("done"));
    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.ACKNOWLEDGED);
    web.perform(post("/api/cases/{id}/resolve", caseId).principal(() -> "alice"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("done"));

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.RESOLVED);
    assertThat(ctx.timeline(caseId))
        .extracting(CaseEvent::detail)
        .contains("Acknowledged by alice via the API", "Resolved by alice via the API");
  }

  @Test
  void doingItAgainIsFineAndSaysItWasAlreadyDone() throws Exception {
    String caseId = ctx.escalatedCase("coo");
    web.perform(post("/api/cases/{id}/resolve", caseId));

    web.perform(post("/api/cases/{id}/acknowledge", caseId))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("already_done"));
  }

  @Test
  void withoutAKnownUserTheTimelineNamesAnOperator() throws Exception {
    String caseId = ctx.escalatedCase("coo");

    web.perform(post("/api/cases/{id}/acknowledge", caseId)).andExpect(status().isOk());

    assertThat(ctx.timeline(caseId))
        .last()
        .extracting(CaseEvent::detail)
        .isEqualTo("Acknowledged by an operator via the API");
  }

  @Test
  void anUnknownCaseIsNotFound() throws Exception {
    web.perform(post("/api/cases/{id}/resolve", "ESC-404"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.outcome").value("no_such_case"));
  }

  @Test
  void openingTheAddressChangesNothing() throws Exception {
    String caseId = ctx.escalatedCase("coo");

    web.perform(get("/api/cases/{id}/acknowledge", caseId))
        .andExpect(status().isMethodNotAllowed());

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void everyOutcomeHasItsStatus() {
    assertThat(Arrays.stream(Outcome.values()).collect(toMap(o -> o, AckController::status)))
        .isEqualTo(
            Map.of(
                Outcome.DONE, HttpStatus.OK,
                Outcome.ALREADY_DONE, HttpStatus.OK,
                Outcome.NOT_ALLOWED, HttpStatus.FORBIDDEN,
                Outcome.UNTRUSTED, HttpStatus.FORBIDDEN,
                Outcome.NO_SUCH_CASE, HttpStatus.NOT_FOUND));
  }
}
