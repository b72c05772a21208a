package org.escalationrouter.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.escalationrouter.cases.CaseEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many follow-up notices one case may send its owner per window ({@code
 * escalation.follow-ups.*}; default one an hour). The customer's further messages inside the window
 * are held back and summarised in the next notice.
 *
 * @param noticesPerWindow how many follow-up notices one case may send its owner per window
 * @param window the window over which follow-up notices are counted
 */
@ConfigurationProperties("escalation.follow-ups")
record NoticeCap(@DefaultValue("1") int noticesPerWindow, @DefaultValue("1h") Duration window) {

  /** Whether another notice may go out now, given when the case's earlier notices were sent. */
  boolean allows(List<Instant> sent, Instant now) {
    Instant since = now.minus(window);
    return sent.stream().filter(t -> t.isAfter(since)).count() < noticesPerWindow;
  }

  /** The paragraph of the next notice that lists what was held back since the last one. */
  static String summary(List<CaseEvent> held) {
    if (held.isEmpty()) {
      return "";
    }
    StringBuilder s =
        new StringBuilder("\nThey also wrote ")
            .append(held.size())
            .append(held.size() == 1 ? " message" : " messages")
            .append(" since the last notice, not sent to you separately:\n");
    held.forEach(e -> s.append("  ").append(e.at()).append("  ").append(e.detail()).append('\n'));
    return s.toString();
  }
}
