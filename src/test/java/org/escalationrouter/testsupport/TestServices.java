package org.escalationrouter.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the throwaway Dovecot and PostgreSQL started by {@code scripts/test.sh} listen. Every
 * accessor fails when its variable is missing: an integration test without its server is an error,
 * never a skip.
 */
public final class TestServices {

  static final String HOW_TO_RUN =
      "run the tests with scripts/test.sh, which starts the test Dovecot and PostgreSQL and exports"
          + " it (or: scripts/test-services.sh start && eval \"$(scripts/test-services.sh env)\")";

  private TestServices() {}

  public static String imapHost() {
    return required("ESCALATION_IT_IMAP_HOST");
  }

  public static int imapPort() {
    return port("ESCALATION_IT_IMAP_PORT");
  }

  public static int pop3Port() {
    return port("ESCALATION_IT_POP3_PORT");
  }

  /** The Dovecot that takes OAuth2 tokens only, on the same maildirs: its IMAP port. */
  public static int oauthImapPort() {
    return port("ESCALATION_IT_OAUTH_IMAP_PORT");
  }

  public static int oauthPop3Port() {
    return port("ESCALATION_IT_OAUTH_POP3_PORT");
  }

  /** Its submission service, which relays to {@link #oauthRelayPort()}. */
  public static int oauthSubmissionPort() {
    return port("ESCALATION_IT_OAUTH_SUBMISSION_PORT");
  }

  /** Where that Dovecot asks whether a token is active: the test serves it. */
  public static int oauthIntrospectionPort() {
    return port("ESCALATION_IT_OAUTH_INTROSPECTION_PORT");
  }

  /** Where its submission service relays mail to: an SMTP server the test runs. */
  public static int oauthRelayPort() {
    return port("ESCALATION_IT_OAUTH_RELAY_PORT");
  }

  /** JDBC URL of the {@code escalation} database. */
  public static String postgresUrl() {
    return required("ESCALATION_IT_PG_URL");
  }

  /** JDBC URL of the {@code escalation_sla} database, kept apart for the scheduler tests. */
  public static String postgresSlaUrl() {
    return required("ESCALATION_IT_PG_SLA_URL");
  }

  public static String postgresUser() {
    return required("ESCALATION_IT_PG_USER");
  }

  public static String postgresPassword() {
    return required("ESCALATION_IT_PG_PASSWORD");
  }

  /** The {@code scripts/test-services.sh} that started the servers, for restarting Dovecot. */
  public static Path servicesScript() {
    Path script = Path.of(required("ESCALATION_IT_SERVICES_SCRIPT"));
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(
          "ESCALATION_IT_SERVICES_SCRIPT points to " + script + ", which is not a file");
    }
    return script;
  }

  static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: " + HOW_TO_RUN);
    }
    return value;
  }

  private static int port(String name) {
    String value = required(name);
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " is not a port number: " + value, e);
    }
  }
}
