package org.escalationrouter.cases;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.testsupport.MigratedH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reads the pages, the API and the metrics make of cases, on a migrated database. */
class CaseReadModelTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;

  private JdbcClient jdbc;
  private CaseStore store;
  private CaseReadModel read;

  @BeforeEach
  void database() {
    jdbc = JdbcClient.create(MigratedH2.fresh("readmodel"));
    store = new CaseStore(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), new BodyStore(dir, 10_000));
    read = new CaseReadModel(jdbc);
  }

  private String open(String subject, String severity, String executive, List<String> signals) {
    return open(subject, severity, executive, signals, NOW);
  }

  private String open(
      String subject, String severity, String executive, List<String> signals, Instant received) {
    return store.open(
        new NewCase(
            "support",
            "<" + subject.replace(' ', '.') + "@example.org>",
            null,
            "customer@example.org",
            subject,
            received,
            Severity.fromWireName(severity),
            signals.stream().map(n -> Signal.fromWireName(n).orElseThrow()).collect(toSet()),
            "test",
            executive,
            "standard",
            "rule",
            "v1",
            "en",
            "text",
            OriginalFile.message("Subject: x\r\n\r\nbody".getBytes()),
            List.of()));
  }

  private void timer(String caseId, String kind, Instant due, boolean fired) {
    jdbc.sql(
            "insert into sla_timer (case_id, kind, due_at, level, executive_id, policy_name,"
                + " step_millis, fired_at, created_at) values (?, ?, ?, 0, 'ceo', 'p', 1000, ?, ?)")
        .params(
            caseId,
            kind,
            Timestamp.from(due),
            fired ? Timestamp.from(NOW) : null,
            Timestamp.from(NOW))
        .update();
  }

  private static CaseReadModel.ListQuery all(Set<String> visible, int limit) {
    return new CaseReadModel.ListQuery(List.of(), null, null, null, null, visible, limit);
  }

  @Test
  void theListComesInOrderOfTheNextRunningDeadlineAndSaysWhichOneItIs() {
    String late = open("resolve later", "high", "ceo", List.of());
    String soon = open("acknowledge soon", "critical", "ceo", List.of());
    String none = open("no deadline", "low", "ceo", List.of());
    String fired = open("only a fired timer", "medium", "ceo", List.of());
    timer(late, "BREACH_RESOLVE", NOW.plus(Duration.ofHours(8)), false);
    timer(soon, "BREACH_ACK", NOW.plus(Duration.ofHours(1)), false);
    timer(soon, "BREACH_RESOLVE", NOW.plus(Duration.ofHours(9)), false);
    timer(soon, "REMIND_ACK", NOW.plus(Duration.ofMinutes(30)), false);
    timer(fired, "BREACH_ACK", NOW.minus(Duration.ofHours(1)), true);

    List<CaseReadModel.Listed> list = read.list(all(null, 10));

    assertThat(list).extracting(CaseReadModel.Listed::id).startsWith(soon, late);
    assertThat(list.subList(2, 4))
        .extracting(CaseReadModel.Listed::id)
        .containsExactlyInAnyOrder(none, fired);
    assertThat(list.get(0).deadline()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(list.get(0).acknowledgeBy()).isTrue();
    assertThat(list.get(1).acknowledgeBy()).isFalse();
    assertThat(list.get(2).deadline()).isNull();
  }

  @Test
  void aScopedListIsNarrowedBeforeItIsCut() {
    String theirs = open("old one of theirs", "high", "cfo", List.of(), NOW.minusSeconds(60));
    for (int i = 0; i < 3; i++) {
      open("newer for someone else " + i, "high", "ceo", List.of());
    }

    assertThat(read.list(all(Set.of("cfo"), 1)))
        .extracting(CaseReadModel.Listed::id)
        .containsExactly(theirs);
    assertThat(store.list(1, Set.of("cfo"))).extracting(EscalationCase::id).containsExactly(theirs);
    assertThat(read.list(all(Set.of(), 10))).isEmpty();
    assertThat(store.list(10, Set.of())).isEmpty();
    assertThat(store.list(10, null)).hasSize(4);
  }

  @Test
  void aSignalMatchesWholeNamesAndSearchTakesItsWildcardsLiterally() {
    String money = open("refund 100% owed", "high", "ceo", List.of("money-dispute"));
    open("refund 100 owed", "high", "ceo", List.of("principal-request"));

    var bySignal = new CaseReadModel.ListQuery(List.of(), null, "money", null, null, null, 10);
    var byWholeSignal =
        new CaseReadModel.ListQuery(List.of(), null, "money-dispute", null, null, null, 10);
    var bySearch = new CaseReadModel.ListQuery(List.of(), null, null, null, "100%", null, 10);
    var byStatus =
        new CaseReadModel.ListQuery(List.of("resolved"), "HIGH", null, null, null, null, 10);

    assertThat(read.list(bySignal)).isEmpty();
    assertThat(read.list(byWholeSignal))
        .extracting(CaseReadModel.Listed::id)
        .containsExactly(money);
    assertThat(read.list(bySearch)).extracting(CaseReadModel.Listed::id).containsExactly(money);
    assertThat(read.list(byStatus)).isEmpty();
  }

  @Test
  void countsAndArrivalsAnswerFromTheCasesAndTheirTimelines() {
    String a = open("a", "high", "ceo", List.of(), NOW.minus(Duration.ofDays(3)));
    String b = open("b", "critical", "cfo", List.of());
    open("c", "high", "ceo", List.of());
    store.setStatus(a, CaseStatus.RESOLVED);
    store.addEvent(b, CaseEventKind.BREACH, "level 0");
    store.addEvent(b, CaseEventKind.REMINDER, "level 0");
    store.addEvent(b, CaseEventKind.REMINDER, "level 0");

    assertThat(read.countBySeverity()).isEqualTo(Map.of("high", 2L, "critical", 1L));
    assertThat(
            read.countEvents(
                List.of(CaseEventKind.REMINDER, CaseEventKind.BREACH, CaseEventKind.FAILOVER)))
        .isEqualTo(Map.of(CaseEventKind.REMINDER, 2L, CaseEventKind.BREACH, 1L));
    assertThat(read.countActiveByExecutive()).isEqualTo(Map.of("ceo", 1L, "cfo", 1L));
    assertThat(read.countBreachesByExecutiveSince(NOW.minusSeconds(1)))
        .isEqualTo(Map.of("cfo", 1L));
    assertThat(read.breachesSince(NOW.minusSeconds(1), Set.of("ceo"))).isEmpty();
    assertThat(read.breachesSince(NOW.minusSeconds(1), null)).hasSize(1);
    assertThat(read.arrivalsSince(NOW.minus(Duration.ofDays(1)), null))
        .extracting(CaseReadModel.Arrival::severity)
        .containsExactlyInAnyOrder("critical", "high");
    assertThat(read.arrivalsSince(NOW.minus(Duration.ofDays(7)), Set.of("cfo"))).hasSize(1);

    List<Duration> delays = new ArrayList<>();
    Instant newest = read.openingDelaysSince(NOW.minusSeconds(1), delays::add);
    assertThat(delays).hasSize(3).allMatch(d -> !d.isNegative());
    assertThat(newest).isEqualTo(NOW);
  }

  @Test
  void timelineKindsAreStoredByTheirWireNamesAndReadBack() {
    String id = open("a", "high", "ceo", List.of());

    store.addEvent(id, CaseEventKind.FOLLOW_UP_HELD, "Any news?");
    store.addEvent(id, CaseEventKind.SLA_STARTED, "Policy standard");

    assertThat(jdbc.sql("select kind from case_event order by id").query(String.class).list())
        .containsExactly("follow-up-held", "sla-started");
    assertThat(store.events(id))
        .extracting(CaseEvent::kind, CaseEvent::detail)
        .containsExactly(
            tuple(CaseEventKind.FOLLOW_UP_HELD, "Any news?"),
            tuple(CaseEventKind.SLA_STARTED, "Policy standard"));
  }

  @Test
  void severityAndSignalsAreStoredByTheirWireNamesSortedAsBeforeAndReadBackTyped() {
    String id =
        open("a", "high", "ceo", List.of("principal-request", "legal-threat", "broken-promise"));

    assertThat(stored(id)).isEqualTo("high|broken-promise,legal-threat,principal-request");
    assertThat(store.find(id).orElseThrow())
        .returns(Severity.HIGH, EscalationCase::severity)
        .satisfies(
            c ->
                assertThat(c.signals())
                    .containsExactly(
                        Signal.BROKEN_PROMISE, Signal.LEGAL_THREAT, Signal.PRINCIPAL_REQUEST));
    assertThat(read.list(all(null, 10)))
        .singleElement()
        .returns(Severity.HIGH, CaseReadModel.Listed::severity)
        .returns(
            List.of(Signal.BROKEN_PROMISE, Signal.LEGAL_THREAT, Signal.PRINCIPAL_REQUEST),
            l -> List.copyOf(l.signals()));

    store.updateJudgement(
        id,
        Severity.CRITICAL,
        Set.of(Signal.VULNERABLE_CUSTOMER, Signal.MONEY_DISPUTE),
        "r",
        List.of());
    assertThat(stored(id)).isEqualTo("critical|money-dispute,vulnerable-customer");

    store.updateJudgement(id, Severity.LOW, Set.of(), "r", List.of());
    assertThat(stored(id)).isEqualTo("low|");
    assertThat(store.find(id).orElseThrow().signals()).isEmpty();
  }

  @Test
  void aSignalNameNoLongerKnownIsLeftOutWhenTheCaseIsRead() {
    String id = open("a", "medium", "ceo", List.of("legal-threat"));
    jdbc.sql("update escalation_case set signals = 'legal-threat,gone-signal' where id = ?")
        .param(id)
        .update();

    assertThat(store.find(id).orElseThrow().signals()).containsExactly(Signal.LEGAL_THREAT);
  }

  private String stored(String id) {
    return jdbc.sql("select severity || '|' || signals from escalation_case where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }
}
