package org.escalationrouter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.testsupport.MigratedH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A case's evidence is stored under the signal's wire name and read back typed. */
class CaseStoreEvidenceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;

  private JdbcClient jdbc;
  private CaseStore store;

  @BeforeEach
  void database() {
    jdbc = JdbcClient.create(MigratedH2.fresh("evidence"));
    store = new CaseStore(jdbc, Clock.fixed(NOW, ZoneOffset.UTC), new BodyStore(dir, 10_000));
  }

  private String open(List<CaseEvidence> evidence) {
    return store.open(
        new NewCase(
            "support",
            "<evidence@example.org>",
            null,
            "customer@example.org",
            "Fees",
            NOW,
            Severity.HIGH,
            Set.of(Signal.MONEY_DISPUTE, Signal.PRINCIPAL_REQUEST),
            "test",
            "ceo",
            "standard",
            "rule",
            "v1",
            "en",
            "text",
            OriginalFile.message("Subject: x\r\n\r\nbody".getBytes()),
            evidence));
  }

  @Test
  void evidenceComesBackWithItsSignalTypedAndInOrder() {
    List<CaseEvidence> written =
        List.of(
            new CaseEvidence(Signal.MONEY_DISPUTE, "refund the fee", "body"),
            new CaseEvidence(Signal.PRINCIPAL_REQUEST, "forward this to your CEO", "subject"));
    String id = open(written);

    assertThat(store.evidence(id)).containsExactlyElementsOf(written);
    assertThat(
            jdbc.sql("select signal from case_evidence where case_id = ? order by id")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly("money-dispute", "principal-request");
  }

  @Test
  void evidenceOfASignalNoLongerKnownIsLeftOutNotAnError() {
    String id = open(List.of(new CaseEvidence(Signal.MONEY_DISPUTE, "refund the fee", "body")));
    jdbc.sql("insert into case_evidence (case_id, signal, phrase, location) values (?,?,?,?)")
        .params(id, "retired-signal", "old words", "body")
        .update();
    store.updateJudgement(
        id,
        Severity.CRITICAL,
        Set.of(Signal.MONEY_DISPUTE, Signal.LEGAL_THREAT),
        "rule",
        List.of(new CaseEvidence(Signal.LEGAL_THREAT, "my solicitor", "body")));

    assertThat(store.evidence(id))
        .extracting(CaseEvidence::signal)
        .containsExactly(Signal.MONEY_DISPUTE, Signal.LEGAL_THREAT);
  }
}
