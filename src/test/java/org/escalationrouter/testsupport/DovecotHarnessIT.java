package org.escalationrouter.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks the test Dovecot itself: what goes in over IMAP comes out over IMAP and POP3. */
class DovecotHarnessIT {

  private final DovecotAccounts accounts = DovecotAccounts.onTestServer();

  @BeforeEach
  void startFromEmptyMailboxes() {
    accounts.deleteAll();
  }

  @Test
  void appendedMessageReadsBackOverImapAndPop3() throws MessagingException {
    String subject = "Harness check " + UUID.randomUUID();
    accounts.append(TestMailbox.SUPPORT, letter(subject));

    assertThat(accounts.count(TestMailbox.SUPPORT)).isEqualTo(1);
    assertThat(subjects(accounts.read(TestMailbox.SUPPORT))).containsExactly(subject);
    assertThat(subjects(accounts.readOverPop3(TestMailbox.SUPPORT))).containsExactly(subject);
  }

  @Test
  void messageBodySurvivesTheRoundTrip() throws Exception {
    accounts.append(TestMailbox.SUPPORT, letter("Body check"));

    MimeMessage read = accounts.read(TestMailbox.SUPPORT).get(0);
    assertThat(((String) read.getContent()).trim()).isEqualTo("We will cancel the contract.");
    assertThat(read.getMessageID()).isEqualTo("<harness@escalation.test>");
  }

  @Test
  void mailboxesAreSeparate() {
    accounts.append(TestMailbox.CEO, letter("For the CEO only"));

    assertThat(accounts.count(TestMailbox.CEO)).isEqualTo(1);
    assertThat(accounts.count(TestMailbox.SUPPORT)).isZero();
    assertThat(accounts.count(TestMailbox.DEPUTY)).isZero();
  }

  @Test
  void deleteAllEmptiesTheMailbox() {
    accounts.append(TestMailbox.SUPPORT2, letter("one"));
    accounts.append(TestMailbox.SUPPORT2, letter("two"));
    assertThat(accounts.count(TestMailbox.SUPPORT2)).isEqualTo(2);

    accounts.deleteAll(TestMailbox.SUPPORT2);

    assertThat(accounts.count(TestMailbox.SUPPORT2)).isZero();
  }

  @Test
  void wrongPasswordIsRefused() {
    Session session = Session.getInstance(new Properties());
    assertThatThrownBy(
            () -> {
              try (Store store = session.getStore("imap")) {
                store.connect(
                    TestServices.imapHost(), TestServices.imapPort(), "support", "not-support");
              }
            })
        .isInstanceOf(MessagingException.class);
  }

  @Test
  void mailSurvivesADovecotRestart() throws MessagingException {
    accounts.append(TestMailbox.DEPUTY, letter("Before the restart"));

    accounts.restartDovecot();

    assertThat(subjects(accounts.read(TestMailbox.DEPUTY))).containsExactly("Before the restart");
  }

  private static String letter(String subject) {
    return String.join(
        "\r\n",
        "From: Angry Customer <customer@example.com>",
        "To: support@escalation.test",
        "Subject: " + subject,
        "Date: Thu, 26 Nov 2026 10:00:00 +0100",
        "Message-ID: <harness@escalation.test>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        "We will cancel the contract.",
        "");
  }

  private static List<String> subjects(List<MimeMessage> messages) throws MessagingException {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : messages) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }
}
