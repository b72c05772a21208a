package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class AccountsTest {

  private static WebSettings settings(String hash, boolean demo) {
    return new WebSettings(
        List.of(new WebSettings.Account("ops", hash, "ops", null)),
        new WebSettings.Admin("admin", "admin-secret", Path.of("data/admin-password")),
        demo,
        new WebSettings.LoginThrottle(5, 20, java.time.Duration.ofMinutes(15)),
        java.time.Duration.ofMinutes(5));
  }

  @Test
  void aPlainTextNoopPasswordIsRefusedOutsideTheDemo() {
    assertThatThrownBy(
            () ->
                new Accounts(
                    settings("{noop}secret", false),
                    PasswordEncoderFactories.createDelegatingPasswordEncoder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{noop}");
    assertThatThrownBy(
            () ->
                new Accounts(
                    settings("{NOOP}secret", false),
                    PasswordEncoderFactories.createDelegatingPasswordEncoder()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDemoMayUseNoopPasswords() {
    Accounts accounts =
        new Accounts(
            settings("{noop}secret", true),
            PasswordEncoderFactories.createDelegatingPasswordEncoder());
    assertThat(accounts.viewer("ops")).isPresent();
  }
}
