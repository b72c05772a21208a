package org.escalationrouter.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.escalationrouter.cases.CaseEventKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymizes one case: the sender and subject go, the text and the evidence are reduced to the
 * signal names, the timeline keeps its entries with the person's words and names taken out, and the
 * original and outgoing copies are emptied through {@link RawBodies}. Severity, signals, executive,
 * status and times stay, so the dashboard, charts and metrics count the case as before.
 */
@Component
class CaseAnonymizer {

  static final String SENDER = "anonymized";
  static final String REMOVED = "[removed]";

  /** Timeline kinds whose detail is the customer's own words. */
  private static final List<String> WORDS_KINDS = List.of(CaseEventKind.FOLLOW_UP_HELD.wireName());

  private final JdbcClient jdbc;
  private final RawBodies bodies;
  private final Clock clock;

  CaseAnonymizer(JdbcClient jdbc, RawBodies bodies, Clock clock) {
    this.jdbc = jdbc;
    this.bodies = bodies;
    this.clock = clock;
  }

  /** Anonymizes the case; {@code terms} are more words to take out (an address, names). */
  void anonymize(String caseId, Collection<String> terms) {
    List<String> remove = new ArrayList<>(terms);
    jdbc.sql("select sender, subject, signals from escalation_case where id = ?")
        .param(caseId)
        .query(
            (rs, n) -> {
              addTerm(remove, rs.getString(1));
              addTerm(remove, rs.getString(2));
              return null;
            })
        .list();
    jdbc.sql("select phrase from case_evidence where case_id = ?")
        .param(caseId)
        .query(String.class)
        .list()
        .forEach(p -> addTerm(remove, p));
    // longest first, so a phrase is removed whole before a name inside it
    remove.sort(Comparator.comparingInt(String::length).reversed());
    jdbc.sql(
            "update escalation_case set sender = ?, subject = null, message_id = null,"
                + " thread_key = null, new_text = replace(signals, ',', ', '),"
                + " anonymized_at = ? where id = ?")
        .params(SENDER, Timestamp.from(clock.instant()), caseId)
        .update();
    bodies.deleteCaseOriginal(caseId);
    bodies.deleteOutgoingCopies(List.of(caseId));
    jdbc.sql("select id, location from case_evidence where case_id = ?")
        .param(caseId)
        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
        .list()
        .forEach(
            row ->
                jdbc.sql("update case_evidence set phrase = signal, location = ? where id = ?")
                    .params(scrub((String) row[1], remove), row[0])
                    .update());
    jdbc.sql("select id, kind, detail from case_event where case_id = ?")
        .param(caseId)
        .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
        .list()
        .forEach(
            row ->
                jdbc.sql("update case_event set detail = ? where id = ?")
                    .params(
                        WORDS_KINDS.contains((String) row[1])
                            ? "The customer's words were removed"
                            : scrub((String) row[2], remove),
                        row[0])
                    .update());
  }

  /** Takes the terms out of a timeline entry of any case; returns whether it changed. */
  boolean scrubEvent(long eventId, List<String> terms) {
    String detail =
        jdbc.sql("select detail from case_event where id = ?")
            .param(eventId)
            .query(String.class)
            .optional()
            .orElse(null);
    String clean = scrub(detail, terms);
    if (detail == null || detail.equals(clean)) {
      return false;
    }
    jdbc.sql("update case_event set detail = ? where id = ?").params(clean, eventId).update();
    return true;
  }

  static String scrub(String text, List<String> terms) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String term : terms) {
      out =
          Pattern.compile(Pattern.quote(term), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(out)
              .replaceAll(REMOVED);
    }
    return out;
  }

  private static void addTerm(List<String> terms, String term) {
    // a word of one or two letters would take out parts of every other word
    if (term != null && term.strip().length() >= 3 && !terms.contains(term.strip())) {
      terms.add(term.strip());
    }
  }
}
