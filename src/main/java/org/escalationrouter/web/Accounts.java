package org.escalationrouter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The people who may log in, from configuration: the admin and {@code escalation.web.users}. An
 * admin without a configured password gets a random one, kept in {@code data/admin-password} so it
 * survives restarts; every start says where it is (never the password itself, so it stays out of
 * logs), and there is never a well-known default.
 */
final class Accounts implements UserDetailsService {

  private static final Logger log = LoggerFactory.getLogger(Accounts.class);

  private final Map<String, UserDetails> logins = new LinkedHashMap<>();
  private final Map<String, Viewer> viewers = new LinkedHashMap<>();

  Accounts(WebSettings settings, PasswordEncoder encoder) {
    WebSettings.Admin admin = settings.admin();
    String password = admin.password();
    if (password == null || password.isBlank()) {
      password = AdminPassword.keptIn(admin.passwordFile());
      log.warn(
          "No escalation.web.admin.password set: log in as '{}' with the generated password kept"
              + " in {} (set escalation.web.admin.password to choose one)",
          admin.username(),
          admin.passwordFile());
    }
    add(new Viewer(admin.username(), Role.ADMIN, null), encoder.encode(password));
    for (WebSettings.Account a : settings.users()) {
      Role role = Role.fromWireName(a.role());
      if (a.username() == null || a.passwordHash() == null || !a.passwordHash().startsWith("{")) {
        throw new IllegalArgumentException(
            "escalation.web.users: '"
                + a.username()
                + "' needs a username and a password-hash with its encoder prefix, e.g. {bcrypt}...");
      }
      if (a.passwordHash().regionMatches(true, 0, "{noop}", 0, 6)
          && !settings.acceptPlainPasswords()) {
        throw new IllegalArgumentException(
            "escalation.web.users: '"
                + a.username()
                + "' has a {noop} (plain text) password; store a hash such as {bcrypt}$2a$10$..."
                + " ({noop} is accepted only by the embedded demo)");
      }
      if (role == Role.EXECUTIVE && (a.executiveId() == null || a.executiveId().isBlank())) {
        throw new IllegalArgumentException(
            "escalation.web.users: executive '" + a.username() + "' needs an executive-id");
      }
      add(new Viewer(a.username(), role, a.executiveId()), a.passwordHash());
    }
  }

  private void add(Viewer viewer, String encodedPassword) {
    if (viewers.putIfAbsent(viewer.username(), viewer) != null) {
      throw new IllegalArgumentException(
          "escalation.web: user '" + viewer.username() + "' is configured twice");
    }
    logins.put(
        viewer.username(),
        User.withUsername(viewer.username())
            .password(encodedPassword)
            .authorities(viewer.role().authority())
            .build());
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserDetails user = logins.get(username);
    if (user == null) {
      throw new UsernameNotFoundException("no such user");
    }
    // a copy: the authentication provider erases the password of what it is handed
    return User.withUserDetails(user).build();
  }

  Optional<Viewer> viewer(String username) {
    return Optional.ofNullable(viewers.get(username));
  }

  List<Viewer> all() {
    return List.copyOf(viewers.values());
  }
}
