package org.escalationrouter.escalate;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.escalationrouter.directory.Executive;

/** The mail writer and the reader the escalate tests use. */
final class TestMail {

  private TestMail() {}

  static EscalationMail writer() {
    return new EscalationMail(
        "https://router.example.com",
        new SmtpSettings(
            "127.0.0.1",
            25,
            null,
            null,
            "router@example.com",
            "bounces@example.com",
            "support@example.com",
            false));
  }

  /** Ewa Nowak, the COO, who reads her mail in {@code zone} and {@code locale}. */
  static Executive reader(String zone, Locale locale) {
    return new Executive(
        "coo",
        "Ewa Nowak",
        "Chief Operating Officer",
        "coo@example.com",
        null,
        null,
        ZoneId.of(zone),
        "Mon-Fri 08:00-16:00",
        List.of(),
        List.of(),
        locale);
  }
}
