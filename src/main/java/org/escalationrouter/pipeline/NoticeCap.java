package org.escalationrouter.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
}
