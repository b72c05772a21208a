package org.escalationrouter.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShippedRulesTest {

  private static RuleBook rules;

  @BeforeAll
  static void startShippedRules() throws Exception {
    RouteSet set = RouteSet.read(Path.of("routes"));
    assertThat(set.problems()).isEmpty();
    rules = RuleBook.start(set, true);
  }

  @AfterAll
  static void stop() {
    rules.close();
  }

  private static RoutingDecision decide(Severity severity, String... signals) {
    return rules.decide(
        new CaseFacts(
            severity, Set.of(signals), "support", "example.com", "en", false, null, false));
  }

  @Test
  void principalRequestGoesToTheCeo() {
    RoutingDecision d = decide(Severity.HIGH, "principal-request", "money-dispute");
    assertThat(d.executiveId()).isEqualTo("ceo");
    assertThat(d.policy()).isEqualTo("principal");
    assertThat(d.rule()).isEqualTo("principal-request-to-ceo");
    assertThat(d.condition()).contains("principal-request");
    assertThat(d.rulesVersion()).hasSize(12);
  }

  @Test
  void legalThreatGoesToTheCoo() {
    assertThat(decide(Severity.HIGH, "legal-threat").executiveId()).isEqualTo("coo");
  }

  @Test
  void criticalMoneyDisputeGoesToTheCfo() {
    assertThat(decide(Severity.CRITICAL, "money-dispute", "vulnerable-customer").executiveId())
        .isEqualTo("cfo");
  }

  @Test
  void mediumMoneyDisputeGoesToHeadOfService() {
    RoutingDecision d = decide(Severity.MEDIUM, "money-dispute");
    assertThat(d.executiveId()).isEqualTo("head-of-service");
    assertThat(d.rule()).isEqualTo("medium-or-higher-to-head-of-service");
  }

  @Test
  void aLetterNotReadInFullGoesToHeadOfServiceEvenWhenTheJudgeFoundNothing() {
    RoutingDecision d =
        rules.decide(
            new CaseFacts(
                Severity.LOW, Set.of(), "support", "example.com", "en", true, null, true));
    assertThat(d.executiveId()).isEqualTo("head-of-service");
    assertThat(d.rule()).isEqualTo("unread-to-head-of-service");
  }

  @Test
  void anUnreadPartDoesNotTakeALetterFromTheExecutiveItsSignalsName() {
    RoutingDecision d =
        rules.decide(
            new CaseFacts(
                Severity.HIGH,
                Set.of("principal-request"),
                "support",
                "example.com",
                "en",
                true,
                null,
                true));
    assertThat(d.executiveId()).isEqualTo("ceo");
  }

  @Test
  void lowSeverityIsRecordedButNotEscalated() {
    RoutingDecision d = decide(Severity.LOW);
    assertThat(d.escalates()).isFalse();
    assertThat(d.rule()).isEqualTo("low-recorded-only");
  }
}
