package org.escalationrouter.web;

import java.nio.file.Path;
import java.util.Arrays;
import org.escalationrouter.e2e.Daemon;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** A daemon with two executives' logins: Margaret Hale (ceo) and Ewa Nowak (coo). */
final class ExecutiveLogins {

  static final String HALE_PASSWORD = "hale-password";
  static final String NOWAK_PASSWORD = "nowak-password";

  private ExecutiveLogins() {}

  /** Starts the daemon with the two executives' logins, then {@code more} options. */
  static Daemon start(Path work, String... more) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    String[] logins = {
      "--escalation.web.users[0].username=hale",
      "--escalation.web.users[0].password-hash={bcrypt}" + bcrypt.encode(HALE_PASSWORD),
      "--escalation.web.users[0].role=executive",
      "--escalation.web.users[0].executive-id=ceo",
      "--escalation.web.users[1].username=nowak",
      "--escalation.web.users[1].password-hash={bcrypt}" + bcrypt.encode(NOWAK_PASSWORD),
      "--escalation.web.users[1].role=executive",
      "--escalation.web.users[1].executive-id=coo"
    };
    return new Daemon(work)
        .start(
            java.util.stream.Stream.concat(Arrays.stream(logins), Arrays.stream(more))
                .toArray(String[]::new));
  }
}
