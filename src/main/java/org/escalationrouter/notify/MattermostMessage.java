package org.escalationrouter.notify;

import java.util.Map;

/** A Mattermost incoming-webhook message: one Markdown text with the facts and links. */
final class MattermostMessage implements ChatFormat {

  @Override
  public Object body(ChatNotice n) {
    StringBuilder s = new StringBuilder();
    s.append("#### ")
        .append(n.severity().toUpperCase())
        .append(' ')
        .append(n.caseId())
        .append(": ")
        .append(ChatText.plain(n.subject()))
        .append('\n');
    s.append(ChatText.plain(n.headline())).append("\n\n");
    s.append("| Executive | Acknowledge by |\n| --- | --- |\n");
    s.append("| ")
        .append(ChatText.plain(ChatText.executive(n)))
        .append(" | ")
        .append(ChatText.deadline(n))
        .append(" |\n\n");
    s.append("**Signals**\n").append(ChatText.signals(n)).append("\n\n");
    s.append("[Open case](").append(n.caseLink()).append(')');
    if (n.acknowledgeLink() != null) {
      s.append(" · [Acknowledge](").append(n.acknowledgeLink()).append(')');
    }
    return Map.of("text", s.toString(), "username", "Escalation Router");
  }
}
