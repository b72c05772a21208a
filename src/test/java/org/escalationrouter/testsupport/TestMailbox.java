package org.escalationrouter.testsupport;

/**
 * The accounts on the test Dovecot. Each password is the user name: the server is throwaway and
 * listens on loopback only (see docs/adr/0001-test-services.md).
 */
public enum TestMailbox {
  SUPPORT("support"),
  SUPPORT2("support2"),
  CEO("ceo"),
  DEPUTY("deputy"),
  /** Also on the OAuth2-only Dovecot, which logs in with tokens (see {@link TestServices}). */
  OAUTH("oauth");

  private final String user;

  TestMailbox(String user) {
    this.user = user;
  }

  public String user() {
    return user;
  }

  public String password() {
    return user;
  }
}
