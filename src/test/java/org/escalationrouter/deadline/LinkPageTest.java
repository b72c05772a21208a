package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.escalationrouter.audit.AuditEntry;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.sla.AckLinks;
import org.escalationrouter.sla.LinkAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * The signed links of the escalation mail over HTTP: opening one (GET or HEAD, as link scanners do)
 * only shows what it would do; the page's button (POST) acts. Refusals answer both alike.
 */
class LinkPageTest {

  @RegisterExtension final DeadlineContext ctx = new DeadlineContext();

  private final MockMvc web = MockMvcBuilders.standaloneSetup(ctx.bean(LinkPage.class)).build();
  private String caseId;
  private CaseDeadlines.Handover handover;

  @BeforeEach
  void start() {
    caseId = ctx.openCase("coo", "You charged me twice and nobody answers.");
    handover = ctx.bean(CaseDeadlines.class).start(caseId, ctx.executive("coo"), "principal");
  }

  private static String path(String link) {
    return URI.create(link).getPath();
  }

  /** A link as the deadlines would sign it for {@code executiveId} now. */
  private String signedFor(String caseId, String executiveId, LinkAction action) {
    return "/ack/"
        + ctx.links().sign(caseId, executiveId, action, ctx.clock.instant().plusSeconds(3600));
  }

  @Test
  void openingALinkShowsWhatItWouldDoAndChangesNothing() throws Exception {
    String link = path(handover.acknowledgeLink());
    List<CaseEvent> before = ctx.timeline(caseId);

    web.perform(get(link))
        .andExpect(status().isOk())
        .andExpect(view().name("link"))
        .andExpect(model().attribute("state", "confirm"))
        .andExpect(model().attribute("action", "acknowledge"))
        .andExpect(model().attribute("caseId", caseId))
        .andExpect(model().attribute("token", DeadlineContext.token(link)));
    web.perform(head(link)).andExpect(status().isOk());
    web.perform(get(link)).andExpect(status().isOk());

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.OPEN);
    assertThat(ctx.timeline(caseId)).isEqualTo(before);
    assertThat(ctx.audit()).isEmpty();
  }

  @Test
  void theButtonActsForTheExecutiveTheLinkWasSignedFor() throws Exception {
    web.perform(post(path(handover.resolveLink())))
        .andExpect(status().isOk())
        .andExpect(model().attribute("state", "done"))
        .andExpect(model().attribute("action", "resolve"));

    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.RESOLVED);
    assertThat(ctx.timeline(caseId))
        .last()
        .extracting(CaseEvent::detail)
        .isEqualTo("Resolved by coo by signed link");
    assertThat(ctx.audit())
        .extracting(AuditEntry::actor, AuditEntry::source, AuditEntry::outcome)
        .as("a link is audited with the address it was opened from")
        .containsExactly(tuple("coo", "127.0.0.1", "done"));
  }

  @Test
  void aLinkUsedOnceSaysSoAfterwards() throws Exception {
    String link = path(handover.acknowledgeLink());
    web.perform(post(link));

    web.perform(get(link))
        .andExpect(status().isOk())
        .andExpect(model().attribute("state", "already"));
    web.perform(post(link))
        .andExpect(status().isOk())
        .andExpect(model().attribute("state", "already_done"));
  }

  @Test
  void anExpiredLinkIsGoneAndSaysSinceWhen() throws Exception {
    String link = path(handover.acknowledgeLink());
    ctx.clock.advance(Duration.ofDays(30));

    for (var request : List.of(get(link), post(link))) {
      web.perform(request)
          .andExpect(status().isGone())
          .andExpect(model().attribute("state", "expired"))
          .andExpect(model().attribute("caseId", caseId))
          .andExpect(
              model().attribute("expiredAt", DeadlineContext.MONDAY_9.plus(Duration.ofDays(30))));
    }
    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void aLinkSignedWithAnotherSecretIsForgedAndSaysNothingOfTheCase() throws Exception {
    String forged =
        "/ack/"
            + new AckLinks(
                    "a-secret-that-is-not-the-routers-own-one".getBytes(StandardCharsets.UTF_8))
                .sign(caseId, "coo", LinkAction.RESOLVE, ctx.clock.instant().plusSeconds(3600));

    for (var request : List.of(get(forged), post(forged))) {
      web.perform(request)
          .andExpect(status().isForbidden())
          .andExpect(model().attribute("state", "forged"))
          .andExpect(model().attributeDoesNotExist("caseId", "c"));
    }
    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void anAcknowledgeLinkRewrittenToResolveIsForged() throws Exception {
    String[] halves = DeadlineContext.token(handover.acknowledgeLink()).split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(halves[0]), StandardCharsets.UTF_8)
            .replace("\nacknowledge\n", "\nresolve\n");
    String rewritten =
        "/ack/"
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + halves[1];

    web.perform(post(rewritten))
        .andExpect(status().isForbidden())
        .andExpect(model().attribute("state", "forged"));
    assertThat(ctx.status(caseId)).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void somethingThatIsNoTokenIsABadRequest() throws Exception {
    web.perform(get("/ack/not-a-token"))
        .andExpect(status().isBadRequest())
        .andExpect(model().attribute("state", "malformed"));
    web.perform(post(path(handover.acknowledgeLink()) + "x"))
        .andExpect(status().isBadRequest())
        .andExpect(model().attribute("state", "malformed"));
  }

  @Test
  void aLinkToACaseThatIsGoneIsNotFound() throws Exception {
    String link = signedFor("ESC-404", "coo", LinkAction.ACKNOWLEDGE);

    web.perform(get(link))
        .andExpect(status().isNotFound())
        .andExpect(model().attribute("state", "gone"));
    web.perform(post(link))
        .andExpect(status().isNotFound())
        .andExpect(model().attribute("state", "no_such_case"));
  }

  @Test
  void aValidLinkOfSomeoneOutsideTheChainIsRefused() throws Exception {
    web.perform(post(signedFor(caseId, "cfo", LinkAction.ACKNOWLEDGE)))
        .andExpect(status().isForbidden())
        .andExpect(model().attribute("state", "not_allowed"));

    ctx.assertRefused(
        caseId,
        CaseEventKind.UNTRUSTED,
        "cfo tried to acknowledge by signed link but is not in the chain");
  }

  @Test
  void thePageShowsTheFirstSixHundredCharactersOfWhatTheCustomerWrote() throws Exception {
    String text = "a".repeat(600) + "b".repeat(100);
    String longCase = ctx.openCase("coo", text);
    String shortCase = ctx.openCase("coo", "Short and clear.");

    web.perform(get(signedFor(longCase, "coo", LinkAction.ACKNOWLEDGE)))
        .andExpect(model().attribute("excerpt", "a".repeat(600) + " …"));
    web.perform(get(signedFor(shortCase, "coo", LinkAction.ACKNOWLEDGE)))
        .andExpect(model().attribute("excerpt", "Short and clear."));
  }
}
