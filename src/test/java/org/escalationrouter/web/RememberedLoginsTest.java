package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class RememberedLoginsTest {

  private static final String PASSWORD = "scrape-secret-7";

  private final TestClock clock = TestClock.at(Instant.parse("2026-03-02T09:00:00Z"));

  /** bcrypt at its lowest cost, counting the checks that really ran. */
  private final AtomicInteger hashChecks = new AtomicInteger();

  private final PasswordEncoder bcrypt =
      new PasswordEncoder() {
        private final BCryptPasswordEncoder inner = new BCryptPasswordEncoder(4);

        @Override
        public String encode(CharSequence raw) {
          return inner.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
          hashChecks.incrementAndGet();
          return inner.matches(raw, encoded);
        }
      };

  private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();

  private RememberedLogins logins(Duration memory) {
    users.createUser(user("scraper", PASSWORD, "ROLE_OPS"));
    DaoAuthenticationProvider check = new DaoAuthenticationProvider(users);
    check.setPasswordEncoder(bcrypt);
    return new RememberedLogins(users, check, memory, clock);
  }

  private User user(String name, String password, String role) {
    return (User)
        User.withUsername(name).password(bcrypt.encode(password)).authorities(role).build();
  }

  private static Authentication basic(String name, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
  }

  @Test
  void aScraperIsHashedOnceWhileItsLoginIsRemembered() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));

    for (int i = 0; i < 10; i++) {
      Authentication done = logins.authenticate(basic("scraper", PASSWORD));
      assertThat(done.isAuthenticated()).isTrue();
      assertThat(done.getName()).isEqualTo("scraper");
      assertThat(done.getAuthorities()).extracting("authority").contains("ROLE_OPS");
      clock.advance(Duration.ofSeconds(15));
    }

    assertThat(hashChecks).hasValue(1);
  }

  @Test
  void theMemoryRunsOutAfterItsTime() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));
    logins.authenticate(basic("scraper", PASSWORD));

    clock.advance(Duration.ofMinutes(5));
    logins.authenticate(basic("scraper", PASSWORD));

    assertThat(hashChecks).hasValue(2);
  }

  @Test
  void aFailedCheckIsNeverRemembered() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> logins.authenticate(basic("scraper", "guess")))
          .isInstanceOf(BadCredentialsException.class);
    }

    assertThat(hashChecks).hasValue(3);
    assertThat(logins.size()).isZero();
  }

  @Test
  void aRememberedLoginDoesNotOpenTheAccountToAnotherPassword() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));
    logins.authenticate(basic("scraper", PASSWORD));

    assertThatThrownBy(() -> logins.authenticate(basic("scraper", PASSWORD + "x")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void aChangedPasswordEndsTheMemory() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));
    logins.authenticate(basic("scraper", PASSWORD));

    users.updateUser(user("scraper", "new-secret", "ROLE_OPS"));

    assertThatThrownBy(() -> logins.authenticate(basic("scraper", PASSWORD)))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(logins.authenticate(basic("scraper", "new-secret")).isAuthenticated()).isTrue();
  }

  @Test
  void aChangedRoleIsCheckedAgainAndGetsTheNewRole() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));
    logins.authenticate(basic("scraper", PASSWORD));
    User admin =
        (User)
            User.withUserDetails(users.loadUserByUsername("scraper"))
                .authorities("ROLE_ADMIN")
                .build();

    users.updateUser(admin);
    Authentication again = logins.authenticate(basic("scraper", PASSWORD));

    assertThat(hashChecks).hasValue(2);
    assertThat(again.getAuthorities())
        .extracting("authority")
        .contains("ROLE_ADMIN")
        .doesNotContain("ROLE_OPS");
  }

  @Test
  void aRemovedUserIsRefusedAtOnce() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));
    logins.authenticate(basic("scraper", PASSWORD));

    users.deleteUser("scraper");

    assertThatThrownBy(() -> logins.authenticate(basic("scraper", PASSWORD)))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void theMemoryIsKeyedByAHashNeverThePassword() {
    RememberedLogins logins = logins(Duration.ofMinutes(5));
    logins.authenticate(basic("scraper", PASSWORD));

    assertThat(logins.size()).isOne();
    assertThat(logins.keysContain(PASSWORD)).isFalse();
    assertThat(logins.keysContain("scraper")).isFalse();
  }

  @Test
  void zeroChecksEveryRequest() {
    RememberedLogins logins = logins(Duration.ZERO);

    logins.authenticate(basic("scraper", PASSWORD));
    logins.authenticate(basic("scraper", PASSWORD));

    assertThat(hashChecks).hasValue(2);
  }
}
