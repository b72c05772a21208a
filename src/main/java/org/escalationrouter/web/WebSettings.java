package org.escalationrouter.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in to the dashboard and the API ({@code escalation.web.*}).
 *
 * @param users people from configuration, each with a hashed password (e.g. {@code {bcrypt}$2a$..})
 * @param admin the built-in administrator; without a password one is generated once and kept
 * @param acceptPlainPasswords whether {@code {noop}} (plain text) hashes are allowed; only the
 *     embedded demo turns this on
 * @param loginThrottle how many failed logins an account or a client address may have in a window
 * @param rememberBasicAuth how long a successful HTTP Basic check is remembered (keyed by a hash of
 *     the credentials), so that a scraper's requests skip the bcrypt check; 0 checks every request
 */
@ConfigurationProperties("escalation.web")
record WebSettings(
    List<Account> users,
    @DefaultValue Admin admin,
    @DefaultValue("false") boolean acceptPlainPasswords,
    @DefaultValue LoginThrottle loginThrottle,
    @DefaultValue("5m") java.time.Duration rememberBasicAuth) {

  WebSettings {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * One configured user.
   *
   * @param passwordHash an encoded password with its id prefix, e.g. {@code {bcrypt}$2a$10$...}
   * @param role {@code executive}, {@code admin} or {@code ops}
   * @param executiveId for executives: their id in {@code routes/executives.yaml}
   */
  record Account(String username, String passwordHash, String role, String executiveId) {}

  /**
   * Failed logins allowed before the dashboard answers 429 for a while.
   *
   * @param perAccount failed logins allowed per account within the window
   * @param perAddress failed logins allowed per client address within the window
   * @param window how long failed logins are remembered
   */
  record LoginThrottle(
      @DefaultValue("5") int perAccount,
      @DefaultValue("20") int perAddress,
      @DefaultValue("15m") java.time.Duration window) {}

  /**
   * The administrator; {@code password} is plain text from the environment or empty.
   *
   * @param passwordFile where a generated password is kept when {@code password} is empty
   */
  record Admin(
      @DefaultValue("admin") String username,
      String password,
      @DefaultValue("data/admin-password") java.nio.file.Path passwordFile) {}
}
