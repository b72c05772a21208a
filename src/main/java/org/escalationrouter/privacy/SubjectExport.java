package org.escalationrouter.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held about one address (GDPR Art. 15): the same rows an erasure would empty, as JSON,
 * and as a ZIP with that JSON and the raw bytes: each case's original (the message with its
 * attachments, or the dropped letter), each quarantined message, each escalation e-mail sent about
 * the person's cases.
 */
@Component
public class SubjectExport {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final SubjectRecords records;
  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;
  private final RawBodies bodies;

  SubjectExport(
      SubjectRecords records, JdbcClient jdbc, AuditTrail audit, Clock clock, RawBodies bodies) {
    this.bodies = bodies;
    this.records = records;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The JSON part; recorded in the audit trail by the caller's request. */
  public SubjectData collect(SubjectAddress subject, String format) {
    SubjectData data = read(subject, records.find(subject));
    audit.record(
        AuditAction.SUBJECT_EXPORT, subject.hash(), "exported", format + ", " + count(data));
    return data;
  }

  /** For an operator at the command line. */
  public SubjectData collect(SubjectAddress subject, String format, String actor) {
    SubjectData data = read(subject, records.find(subject));
    audit.record(
        actor,
        "cli",
        AuditAction.SUBJECT_EXPORT,
        subject.hash(),
        "exported",
        format + ", " + count(data));
    return data;
  }

  public static String json(SubjectData data) {
    return JSON.writeValueAsString(data);
  }

  /** Writes the ZIP: {@code subject.json} and the raw files beside it. */
  public void zip(SubjectData data, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    put(zip, "subject.json", json(data).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (SubjectData.CaseData c : data.cases()) {
      java.util.Optional<byte[]> raw = bodies.caseOriginal(c.id());
      if (raw.isPresent()) {
        put(zip, "cases/" + c.id() + "/" + safe(c.originalFile()), raw.get());
      }
      List<byte[]> sent =
          jdbc.sql("select raw from outbox where case_id = ? order by id")
              .param(c.id())
              .query((rs, n) -> rs.getBytes(1))
              .list();
      for (int i = 0; i < sent.size(); i++) {
        if (sent.get(i).length > 0) {
          put(zip, "cases/" + c.id() + "/sent-" + (i + 1) + ".eml", sent.get(i));
        }
      }
    }
    for (SubjectData.QuarantineData q : data.quarantine()) {
      bodies
          .quarantined(q.id())
          .ifPresent(raw -> putQuietly(zip, "quarantine/" + q.id() + ".eml", raw));
    }
    zip.finish();
  }

  /** The rows of one table for these ids, in the ids' order. */
  private <T> List<T> byId(
      java.util.Collection<Long> ids, String sql, org.springframework.jdbc.core.RowMapper<T> row) {
    List<T> all = new ArrayList<>();
    for (Long id : ids) {
      all.addAll(jdbc.sql(sql).param(id).query(row).list());
    }
    return all;
  }

  private SubjectData read(SubjectAddress subject, Holdings held) {
    List<SubjectData.CaseData> cases = new ArrayList<>();
    for (String id : held.caseIds()) {
      cases.addAll(
          jdbc.sql(
                  "select id, received_at, mailbox, sender, subject, severity, signals, status,"
                      + " executive_id, new_text, original_name from escalation_case where id = ?")
              .param(id)
              .query(
                  (rs, n) ->
                      new SubjectData.CaseData(
                          rs.getString(1),
                          rs.getTimestamp(2).toInstant(),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          rs.getString(7),
                          rs.getString(8),
                          rs.getString(9),
                          rs.getString(10),
                          rs.getString(11) == null ? "message.eml" : rs.getString(11),
                          evidence(id),
                          events("where case_id = ? order by at, id", id),
                          outgoing(id)))
              .list());
    }
    List<SubjectData.AutomatedMailData> automated =
        byId(
            held.automatedMailIds(),
            "select id, received_at, kind, sender, subject, records from automated_mail where id = ?",
            (rs, n) ->
                new SubjectData.AutomatedMailData(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)));
    List<SubjectData.QuarantineData> quarantine =
        byId(
            held.quarantineIds(),
            "select id, received_at, mailbox, source, reason, status from quarantine where id = ?",
            (rs, n) ->
                new SubjectData.QuarantineData(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)));
    List<SubjectData.EventData> mentions = new ArrayList<>();
    for (Long id : held.eventIds()) {
      events("where id = ?", id).stream()
          .filter(e -> !held.caseIds().contains(e.caseId()))
          .forEach(mentions::add);
    }
    return new SubjectData(
        subject.email(),
        clock.instant(),
        List.copyOf(held.names()),
        cases,
        automated,
        quarantine,
        mentions,
        held.addressHealth());
  }

  private List<SubjectData.EvidenceData> evidence(String caseId) {
    return jdbc.sql(
            "select signal, phrase, location from case_evidence where case_id = ? order by id")
        .param(caseId)
        .query(
            (rs, n) ->
                new SubjectData.EvidenceData(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private List<SubjectData.EventData> events(String where, Object key) {
    return jdbc.sql("select id, case_id, at, kind, detail from case_event " + where)
        .param(key)
        .query(
            (rs, n) ->
                new SubjectData.EventData(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getTimestamp(3).toInstant(),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  private List<SubjectData.OutgoingData> outgoing(String caseId) {
    List<SubjectData.OutgoingData> out = new ArrayList<>();
    out.addAll(
        jdbc.sql(
                "select kind, recipient, status, created_at from outbox where case_id = ? order by id")
            .param(caseId)
            .query(
                (rs, n) ->
                    new SubjectData.OutgoingData(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
            .list());
    out.addAll(
        jdbc.sql(
                "select kind, format, status, created_at, payload from webhook_outbox"
                    + " where case_id = ? order by id")
            .param(caseId)
            .query(
                (rs, n) ->
                    new SubjectData.OutgoingData(
                        rs.getString(1) + " post: " + rs.getString(5),
                        rs.getString(2) + " channel",
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
            .list());
    return out;
  }

  private static String count(SubjectData d) {
    return d.cases().size()
        + " case(s), "
        + d.automatedMail().size()
        + " automated mail, "
        + d.quarantine().size()
        + " quarantined";
  }

  private static String safe(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return base.isBlank() || base.startsWith(".") ? "original" + base : base;
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void putQuietly(ZipOutputStream zip, String name, byte[] bytes) {
    try {
      put(zip, name, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
