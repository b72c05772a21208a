package org.escalationrouter.parse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Who sent a letter, to whom, and the headers that thread it and mark automated mail.
 *
 * @param automationHeaders headers such as Auto-Submitted, Precedence, X-Autoreply, List-Id, keyed
 *     by lower-case name
 */
public record Envelope(
    String from,
    String replyTo,
    List<String> to,
    List<String> cc,
    Instant date,
    String messageId,
    String inReplyTo,
    List<String> references,
    Map<String, String> automationHeaders) {

  public static final Envelope EMPTY =
      new Envelope(null, null, List.of(), List.of(), null, null, null, List.of(), Map.of());

  public Envelope {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    references = List.copyOf(references);
    automationHeaders = Map.copyOf(automationHeaders);
  }

  /** The domain of the sender's address, lower case, or empty. */
  public String senderDomain() {
    if (from == null) {
      return "";
    }
    int at = from.lastIndexOf('@');
    return at < 0 ? "" : from.substring(at + 1).replace(">", "").trim().toLowerCase();
  }
}
