package org.escalationrouter.route;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.escalationrouter.facts.Severity;

/**
 * What the rules may test, set as message headers on the rules route: {@code severity} (low …
 * critical), {@code severityRank} (0–3), {@code signals} (comma separated names), {@code mailbox},
 * {@code senderDomain}, {@code language}, {@code hasAttachment}, {@code amountDisputed}, {@code
 * unread} (true when part of the letter could not be read: an encrypted or broken attachment, a
 * scan without OCR, a part beyond a limit; the judge has then not seen all of it).
 */
public record CaseFacts(
    Severity severity,
    Set<String> signals,
    String mailbox,
    String senderDomain,
    String language,
    boolean hasAttachment,
    BigDecimal amountDisputed,
    boolean unread) {

  public CaseFacts {
    signals = Set.copyOf(signals);
  }

  Map<String, Object> headers() {
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("severity", severity.wireName());
    headers.put("severityRank", severity.ordinal());
    headers.put("signals", String.join(",", new TreeSet<>(signals)));
    headers.put("mailbox", mailbox == null ? "" : mailbox);
    headers.put("senderDomain", senderDomain == null ? "" : senderDomain);
    headers.put("language", language == null ? "" : language);
    headers.put("hasAttachment", hasAttachment);
    headers.put("amountDisputed", amountDisputed);
    headers.put("unread", unread);
    return headers;
  }
}
