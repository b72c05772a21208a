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
 * {@code senderDomain}, {@code language}, {@code hasAttachment}, {@code amountDisputed}.
 */
public record CaseFacts(
    Severity severity,
    Set<String> signals,
    String mailbox,
    String senderDomain,
    String language,
    boolean hasAttachment,
    BigDecimal amountDisputed) {

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
    return headers;
  }
}
