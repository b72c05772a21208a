package org.escalationrouter.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in to the dashboard and the API ({@code escalation.web.*}).
 *
 * @param users people from configuration, each with a hashed password (e.g. {@code {bcrypt}$2a$..})
 * @param admin the built-in administrator; without a password one is generated once and kept
 */
@ConfigurationProperties("escalation.web")
record WebSettings(List<Account> users, @DefaultValue Admin admin) {

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
   * The administrator; {@code password} is plain text from the environment or empty.
   *
   * @param passwordFile where a generated password is kept when {@code password} is empty
   */
  record Admin(
      @DefaultValue("admin") String username,
      String password,
      @DefaultValue("data/admin-password") java.nio.file.Path passwordFile) {}
}
