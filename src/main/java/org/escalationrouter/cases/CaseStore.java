package org.escalationrouter.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, their evidence and their timelines, in the database. */
@Repository
public class CaseStore {

  private static final String CASE_COLUMNS =
      "id, mailbox, message_id, sender, subject, received_at, severity, signals, severity_rule,"
          + " executive_id, policy, route_rule, rules_version, status, language, new_text";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final BodyStore bodies;

  CaseStore(JdbcClient jdbc, Clock clock, BodyStore bodies) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.bodies = bodies;
  }

  /** Opens a case and returns its id ({@code ESC-n}); call inside the intake transaction. */
  public String open(NewCase c) {
    long number = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
    String id = "ESC-" + number;
    Timestamp now = Timestamp.from(clock.instant());
    BodyStore.Stored raw = bodies.store(c.original().bytes());
    jdbc.sql(
            "insert into escalation_case (id, mailbox, message_id, thread_key, sender, subject,"
                + " received_at, severity, signals, severity_rule, executive_id, policy, route_rule,"
                + " rules_version, status, language, new_text, raw_message, original_name, original_type,"
                + " raw_file, raw_sha256, raw_size, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            id,
            c.mailbox(),
            c.messageId(),
            c.threadKey(),
            c.sender(),
            c.subject(),
            Timestamp.from(c.receivedAt()),
            c.severity().wireName(),
            StoredSignals.write(c.signals()),
            c.severityRule(),
            c.executive(),
            c.policy(),
            c.rule(),
            c.rulesVersion(),
            CaseStatus.OPEN.wireName(),
            c.language(),
            c.newText(),
            raw.inline(),
            c.original().isMessage() ? null : c.original().name(),
            c.original().isMessage() ? null : c.original().mediaType(),
            raw.file(),
            raw.sha256(),
            raw.size(),
            now,
            now)
        .update();
    for (CaseEvidence e : c.evidence()) {
      jdbc.sql("insert into case_evidence (case_id, signal, phrase, location) values (?,?,?,?)")
          .params(id, e.signal().wireName(), e.phrase(), e.location())
          .update();
    }
    return id;
  }

  /** Adds an entry to the case's timeline, in the words {@link TimelineEntry} gives its facts. */
  public void addEvent(String caseId, TimelineEntry entry) {
    addEvent(caseId, entry.kind(), entry.detail());
  }

  void addEvent(String caseId, CaseEventKind kind, String detail) {
    jdbc.sql("insert into case_event (case_id, at, kind, detail) values (?,?,?,?)")
        .params(caseId, Timestamp.from(clock.instant()), kind.wireName(), detail)
        .update();
  }

  /**
   * Newest first, narrowed to the cases of the {@code visible} executives (null for every case,
   * empty for none).
   */
  public List<EscalationCase> list(int limit, Set<String> visible) {
    if (visible != null && visible.isEmpty()) {
      return List.of();
    }
    String where = visible == null ? "" : " where executive_id in (:visible)";
    var statement =
        jdbc.sql(
                "select "
                    + CASE_COLUMNS
                    + " from escalation_case"
                    + where
                    + " order by received_at desc, id desc limit :limit")
            .param("limit", limit);
    if (visible != null) {
      statement = statement.param("visible", List.copyOf(visible));
    }
    return statement.query(CaseStore::toCase).list();
  }

  public Optional<EscalationCase> find(String id) {
    return jdbc.sql("select " + CASE_COLUMNS + " from escalation_case where id = ?")
        .param(id)
        .query(CaseStore::toCase)
        .optional();
  }

  /** The open case of a thread, found by the Message-IDs a reply names. */
  public Optional<String> findByThread(List<String> messageIds) {
    for (String messageId : messageIds) {
      Optional<String> id =
          jdbc.sql(
                  "select id from escalation_case where message_id = ? or thread_key = ?"
                      + " order by received_at limit 1")
              .params(messageId, messageId)
              .query(String.class)
              .optional();
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  public List<CaseEvent> events(String caseId) {
    return jdbc.sql("select at, kind, detail from case_event where case_id = ? order by at, id")
        .param(caseId)
        .query(
            (rs, n) ->
                new CaseEvent(
                    rs.getTimestamp(1).toInstant(),
                    CaseEventKind.fromWire(rs.getString(2)),
                    rs.getString(3)))
        .list();
  }

  public List<CaseEvidence> evidence(String caseId) {
    return jdbc
        .sql("select signal, phrase, location from case_evidence where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, n) -> {
              String phrase = rs.getString(2);
              String location = rs.getString(3);
              return Signal.fromWireName(rs.getString(1))
                  .map(s -> new CaseEvidence(s, phrase, location));
            })
        .list()
        .stream()
        // evidence of a signal no longer known is left out, as StoredSignals leaves out its name
        .flatMap(Optional::stream)
        .toList();
  }

  public Optional<byte[]> rawMessage(String caseId) {
    return jdbc.sql("select raw_message, raw_file, raw_sha256 from escalation_case where id = ?")
        .param(caseId)
        .query((rs, n) -> bodies.load(rs.getBytes(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /** The size of the case's original in bytes, without reading it; 0 when there is none. */
  public long originalSize(String caseId) {
    return jdbc.sql(
            "select coalesce(raw_size, octet_length(raw_message), 0) from escalation_case"
                + " where id = ?")
        .param(caseId)
        .query(Long.class)
        .optional()
        .orElse(0L);
  }

  /** The case's original: the e-mail as received, or the dropped file with its name and type. */
  public Optional<OriginalFile> original(String caseId) {
    return jdbc.sql(
            "select raw_message, original_name, original_type, raw_file, raw_sha256"
                + " from escalation_case where id = ?")
        .param(caseId)
        .query(
            (rs, n) -> {
              byte[] raw = bodies.load(rs.getBytes(1), rs.getString(4), rs.getString(5));
              return rs.getString(2) == null
                  ? OriginalFile.message(raw)
                  : new OriginalFile(rs.getString(2), rs.getString(3), raw);
            })
        .optional()
        .filter(o -> !o.isEmpty());
  }

  public void setStatus(String caseId, CaseStatus status) {
    jdbc.sql("update escalation_case set status = ?, updated_at = ? where id = ?")
        .params(status.wireName(), Timestamp.from(clock.instant()), caseId)
        .update();
  }

  /** A follow-up changed what the case is about: new severity, signals and evidence. */
  public void updateJudgement(
      String caseId,
      Severity severity,
      Set<Signal> signals,
      String rule,
      List<CaseEvidence> added) {
    jdbc.sql(
            "update escalation_case set severity = ?, signals = ?, severity_rule = ?, updated_at = ?"
                + " where id = ?")
        .params(
            severity.wireName(),
            StoredSignals.write(signals),
            rule,
            Timestamp.from(clock.instant()),
            caseId)
        .update();
    for (CaseEvidence e : added) {
      jdbc.sql("insert into case_evidence (case_id, signal, phrase, location) values (?,?,?,?)")
          .params(caseId, e.signal().wireName(), e.phrase(), e.location())
          .update();
    }
  }

  public long count() {
    return jdbc.sql("select count(*) from escalation_case").query(Long.class).single();
  }

  private static EscalationCase toCase(ResultSet rs, int row) throws SQLException {
    return new EscalationCase(
        rs.getString("id"),
        rs.getString("mailbox"),
        rs.getString("message_id"),
        rs.getString("sender"),
        rs.getString("subject"),
        instant(rs.getTimestamp("received_at")),
        Severity.fromWireName(rs.getString("severity")),
        StoredSignals.read(rs.getString("signals")),
        rs.getString("severity_rule"),
        rs.getString("executive_id"),
        rs.getString("policy"),
        rs.getString("route_rule"),
        rs.getString("rules_version"),
        CaseStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getString("language"),
        rs.getString("new_text"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
