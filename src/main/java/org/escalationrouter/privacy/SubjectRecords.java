package org.escalationrouter.privacy;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.mime.HeaderText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds everything held about one address. The database narrows by a substring; each candidate is
 * then checked for the exact address, so {@code ann@x.org} never matches {@code joann@x.org}.
 */
@Component
class SubjectRecords {

  private static final Pattern FROM_HEADER =
      Pattern.compile("(?im)^from:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)");

  private final JdbcClient jdbc;

  SubjectRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Holdings find(SubjectAddress subject) {
    String needle = subject.email();
    List<String> cases =
        jdbc
            .sql(
                "select id, sender from escalation_case where position(? in lower(sender)) > 0"
                    + " order by received_at, id")
            .param(needle)
            .query((rs, n) -> subject.isSenderOf(rs.getString(2)) ? rs.getString(1) : null)
            .list()
            .stream()
            .filter(id -> id != null)
            .toList();
    List<Long> automated =
        jdbc
            .sql(
                "select id, sender from automated_mail where position(? in lower(sender)) > 0"
                    + " order by id")
            .param(needle)
            .query((rs, n) -> subject.isSenderOf(rs.getString(2)) ? rs.getLong(1) : null)
            .list()
            .stream()
            .filter(id -> id != null)
            .toList();
    // quarantined bytes are not searchable in SQL on both databases alike: read them one by one
    List<Long> quarantined = new ArrayList<>();
    for (Long id : jdbc.sql("select id from quarantine order by id").query(Long.class).list()) {
      byte[] raw =
          jdbc.sql("select raw from quarantine where id = ?")
              .param(id)
              .query((rs, n) -> rs.getBytes(1))
              .optional()
              .orElse(null);
      if (subject.isIn(raw)) {
        quarantined.add(id);
      }
    }
    Set<String> names = names(subject, cases, quarantined);
    List<Long> events = new ArrayList<>();
    for (String term : terms(subject, names)) {
      jdbc
          .sql("select id, detail from case_event where position(? in lower(detail)) > 0")
          .param(term.toLowerCase(Locale.ROOT))
          .query((rs, n) -> rs.getLong(1))
          .list()
          .stream()
          .filter(id -> !events.contains(id))
          .forEach(events::add);
    }
    boolean health =
        jdbc.sql("select count(*) from address_health where lower(email) = ?")
                .param(needle)
                .query(Long.class)
                .single()
            > 0;
    return new Holdings(cases, automated, quarantined, events, names, health);
  }

  /** The address and the person's names: what must not remain anywhere after erasure. */
  static List<String> terms(SubjectAddress subject, Set<String> names) {
    List<String> terms = new ArrayList<>();
    terms.add(subject.email());
    terms.addAll(names);
    return terms;
  }

  /** Display names given with the address: in stored senders and in the From of raw messages. */
  private Set<String> names(SubjectAddress subject, List<String> cases, List<Long> quarantined) {
    Set<String> names = new LinkedHashSet<>();
    for (String id : cases) {
      jdbc.sql("select sender, raw_message from escalation_case where id = ?")
          .param(id)
          .query(
              (rs, n) -> {
                addName(subject, rs.getString(1), names);
                addFromHeader(subject, rs.getBytes(2), names);
                return null;
              })
          .list();
    }
    for (Long id : quarantined) {
      jdbc.sql("select raw from quarantine where id = ?")
          .param(id)
          .query(
              (rs, n) -> {
                addFromHeader(subject, rs.getBytes(1), names);
                return null;
              })
          .list();
    }
    return names;
  }

  private static void addFromHeader(SubjectAddress subject, byte[] raw, Set<String> names) {
    if (raw == null) {
      return;
    }
    String head = new String(raw, 0, Math.min(raw.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    int end = head.indexOf("\r\n\r\n");
    end = end < 0 ? head.indexOf("\n\n") : end;
    Matcher m = FROM_HEADER.matcher(end < 0 ? head : head.substring(0, end));
    while (m.find()) {
      addName(subject, m.group(1).replaceAll("\\r?\\n[ \\t]", " "), names);
    }
  }

  private static void addName(SubjectAddress subject, String from, Set<String> names) {
    if (from == null || !subject.isSenderOf(from)) {
      return;
    }
    try {
      for (InternetAddress a : InternetAddress.parseHeader(from, false)) {
        String personal = a.getPersonal();
        if (personal != null
            && subject.email().equalsIgnoreCase(a.getAddress())
            && personal.strip().length() >= 3) {
          names.add(HeaderText.unfold(personal).strip());
        }
      }
    } catch (AddressException e) {
      // an unparsable From names no one we can recognise; the address itself is still erased
    }
  }
}
