package org.escalationrouter.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.escalationrouter.audit.AuditAction;
import org.escalationrouter.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases one person (GDPR Art. 17): their cases are anonymized, their automated mail emptied, their
 * quarantined messages deleted, and their address and names taken out of every timeline, in one
 * transaction with its audit entry. Cases with running deadlines are refused unless forced.
 */
@Component
public class SubjectErasure {

  private final SubjectRecords records;
  private final CaseAnonymizer anonymizer;
  private final RawBodies bodies;
  private final AutomatedMailContents automated;
  private final AuditTrail audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final Clock clock;

  SubjectErasure(
      SubjectRecords records,
      CaseAnonymizer anonymizer,
      RawBodies bodies,
      AutomatedMailContents automated,
      AuditTrail audit,
      JdbcClient jdbc,
      TransactionTemplate tx,
      Clock clock) {
    this.records = records;
    this.anonymizer = anonymizer;
    this.bodies = bodies;
    this.automated = automated;
    this.audit = audit;
    this.jdbc = jdbc;
    this.tx = tx;
    this.clock = clock;
  }

  /** Erases by a web request (actor and source from the request). */
  public ErasureReport erase(SubjectAddress subject, boolean force) {
    return tx.execute(
        s -> {
          ErasureReport report = eraseInTransaction(subject, force);
          audit.record(AuditAction.SUBJECT_ERASE, subject.hash(), outcome(report), summary(report));
          return report;
        });
  }

  /** Erases for an operator at the command line. */
  public ErasureReport erase(SubjectAddress subject, boolean force, String actor) {
    return tx.execute(
        s -> {
          ErasureReport report = eraseInTransaction(subject, force);
          audit.record(
              actor,
              "cli",
              AuditAction.SUBJECT_ERASE,
              subject.hash(),
              outcome(report),
              summary(report));
          return report;
        });
  }

  private ErasureReport eraseInTransaction(SubjectAddress subject, boolean force) {
    Holdings held = records.find(subject);
    List<String> open = held.caseIds().stream().filter(this::hasOpenDeadline).toList();
    if (!open.isEmpty() && !force) {
      return new ErasureReport(
          subject.email(), false, open, List.of(), List.of(), List.of(), 0, 0, false);
    }
    int cancelled = 0;
    for (String caseId : open) {
      cancelled +=
          jdbc.sql(
                  "update sla_timer set cancelled_at = ? where case_id = ? and fired_at is null"
                      + " and cancelled_at is null")
              .params(Timestamp.from(clock.instant()), caseId)
              .update();
    }
    List<String> terms = SubjectRecords.terms(subject, held.names());
    for (String caseId : held.caseIds()) {
      anonymizer.anonymize(caseId, terms);
    }
    held.automatedMailIds().forEach(automated::empty);
    held.quarantineIds().forEach(bodies::deleteQuarantined);
    int scrubbed = 0;
    for (Long eventId : held.eventIds()) {
      scrubbed += anonymizer.scrubEvent(eventId, terms) ? 1 : 0;
    }
    if (held.addressHealth()) {
      jdbc.sql("delete from address_health where lower(email) = ?").param(subject.email()).update();
    }
    return new ErasureReport(
        subject.email(),
        true,
        open,
        held.caseIds(),
        held.automatedMailIds(),
        held.quarantineIds(),
        scrubbed,
        cancelled,
        held.addressHealth());
  }

  private boolean hasOpenDeadline(String caseId) {
    return jdbc.sql(
                "select count(*) from sla_timer where case_id = ? and fired_at is null"
                    + " and cancelled_at is null")
            .param(caseId)
            .query(Long.class)
            .single()
        > 0;
  }

  private static String outcome(ErasureReport r) {
    return r.erased() ? "erased" : "refused-open-sla";
  }

  private static String summary(ErasureReport r) {
    return r.erased()
        ? String.format(
            "%d case(s), %d automated mail, %d quarantined, %d timeline entries, %d timer(s) cancelled",
            r.casesAnonymized().size(),
            r.automatedMailErased().size(),
            r.quarantineDeleted().size(),
            r.timelineEntriesScrubbed(),
            r.timersCancelled())
        : "open SLA on " + String.join(", ", r.openCases());
  }
}
