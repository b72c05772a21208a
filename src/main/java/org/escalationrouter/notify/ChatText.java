package org.escalationrouter.notify;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Lines shared by the text formats. Customer words are neutralised first: they may hold markup or a
 * {@code @channel} that would ping a whole team.
 */
final class ChatText {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ChatText() {}

  /** Slack and Mattermost: {@code &}, {@code <}, {@code >} escaped; mentions broken up. */
  static String plain(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "@\u200b")
        .replaceAll("[\\r\\n]+", " ");
  }

  static String deadline(ChatNotice n) {
    return n.deadline() == null ? "no deadline" : WHEN.format(n.deadline());
  }

  static String executive(ChatNotice n) {
    return n.executive() == null
        ? "no one (recorded only)"
        : n.executive().name() + " (" + n.executive().title() + ")";
  }

  static String signals(ChatNotice n) {
    if (n.signals().isEmpty()) {
      return "(no named signal)";
    }
    StringBuilder s = new StringBuilder();
    for (ChatNotice.SignalEvidence e : n.signals()) {
      s.append("• ").append(e.signal()).append(": ");
      s.append(plain(String.join(", ", GenericJson.quoted(e.evidence())))).append('\n');
    }
    return s.toString().trim();
  }
}
