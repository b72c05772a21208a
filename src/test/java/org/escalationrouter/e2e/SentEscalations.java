package org.escalationrouter.e2e;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The escalation e-mails an executives' mail server in the test received from the daemons. */
final class SentEscalations {

  private SentEscalations() {}

  static List<MimeMessage> of(GreenMail server) throws MessagingException {
    List<MimeMessage> all = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      if ("escalation".equals(m.getHeader("X-Escalation-Kind", null))) {
        all.add(m);
      }
    }
    return all;
  }

  /** Each case's escalation Message-IDs: one per case, however often SMTP delivered it. */
  static Map<String, Set<String>> idsByCase(GreenMail server) throws MessagingException {
    Map<String, Set<String>> byCase = new HashMap<>();
    for (MimeMessage m : of(server)) {
      byCase
          .computeIfAbsent(m.getHeader("X-Escalation-Case", null), k -> new HashSet<>())
          .add(m.getMessageID());
    }
    return byCase;
  }
}
