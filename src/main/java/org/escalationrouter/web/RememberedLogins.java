package org.escalationrouter.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Password checks that a script repeats (a Prometheus scrape every few seconds with HTTP Basic)
 * cost one bcrypt hash per {@code escalation.web.remember-basic-auth}, not one per request. A
 * successful check is remembered under an HMAC of user name and password with a key made at start
 * (never the password itself), together with the user as it was then: a changed password hash or
 * role, or a removed user, sends the next request through the full check again. Failed checks are
 * never remembered, so every wrong guess costs a hash and counts for the login throttle, which runs
 * before this in any case.
 */
final class RememberedLogins implements AuthenticationProvider {

  /** Past this many remembered logins, the expired ones are dropped, then all of them. */
  static final int MAX_ENTRIES = 1_000;

  private record Remembered(
      String username,
      String storedHash,
      Collection<? extends GrantedAuthority> userAuthorities,
      Collection<? extends GrantedAuthority> granted,
      Instant until) {}

  private final UserDetailsService users;
  private final AuthenticationProvider check;
  private final Duration memory;
  private final Clock clock;
  private final SecretKeySpec key;
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  /**
   * @param check the full password check (bcrypt) behind this memory
   * @param memory how long a successful check counts; zero checks every request
   */
  RememberedLogins(
      UserDetailsService users, AuthenticationProvider check, Duration memory, Clock clock) {
    this.users = users;
    this.check = check;
    this.memory = memory == null || memory.isNegative() ? Duration.ZERO : memory;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public Authentication authenticate(Authentication request) {
    if (memory.isZero() || !(request.getCredentials() instanceof String password)) {
      return check.authenticate(request);
    }
    String name = request.getName();
    String fingerprint = fingerprint(name, password);
    Instant now = clock.instant();
    Remembered earlier = remembered.get(fingerprint);
    if (earlier != null) {
      UserDetails user = current(name);
      if (now.isBefore(earlier.until()) && sameUser(earlier, user)) {
        UsernamePasswordAuthenticationToken known =
            UsernamePasswordAuthenticationToken.authenticated(user, null, earlier.granted());
        known.setDetails(request.getDetails());
        return known;
      }
      remembered.remove(fingerprint, earlier);
    }
    Authentication checked = check.authenticate(request);
    UserDetails user = current(name);
    if (checked != null && checked.isAuthenticated() && user != null) {
      remember(
          fingerprint,
          new Remembered(
              name,
              user.getPassword(),
              List.copyOf(user.getAuthorities()),
              List.copyOf(checked.getAuthorities()),
              now.plus(memory)),
          now);
    }
    return checked;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return check.supports(authentication);
  }

  /** How many logins are remembered now (for tests). */
  int size() {
    return remembered.size();
  }

  /** Whether any remembered key holds {@code text} (for tests: never the password). */
  boolean keysContain(String text) {
    return remembered.keySet().stream().anyMatch(k -> k.contains(text));
  }

  private static boolean sameUser(Remembered earlier, UserDetails user) {
    return user != null
        && user.isEnabled()
        && user.isAccountNonLocked()
        && user.isAccountNonExpired()
        && user.isCredentialsNonExpired()
        && earlier.storedHash().equals(user.getPassword())
        && List.copyOf(earlier.userAuthorities()).equals(List.copyOf(user.getAuthorities()));
  }

  private UserDetails current(String name) {
    try {
      return users.loadUserByUsername(name);
    } catch (UsernameNotFoundException e) {
      return null;
    }
  }

  private void remember(String fingerprint, Remembered login, Instant now) {
    if (remembered.size() >= MAX_ENTRIES) {
      remembered.values().removeIf(r -> !now.isBefore(r.until()));
      if (remembered.size() >= MAX_ENTRIES) {
        remembered.clear();
      }
    }
    remembered.put(fingerprint, login);
  }

  private String fingerprint(String name, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(name.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
