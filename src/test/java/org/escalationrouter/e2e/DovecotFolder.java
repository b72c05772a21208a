package org.escalationrouter.e2e;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.escalationrouter.testsupport.TestMailbox;
import org.escalationrouter.testsupport.TestServices;

/**
 * A folder of its own in a test Dovecot account, so a test neither sees nor disturbs the INBOX that
 * other tests use at the same time. Messages go in by IMAP APPEND, as a mail server delivers them.
 */
final class DovecotFolder implements AutoCloseable {

  final TestMailbox account;
  final String name;
  private final Session session = Session.getInstance(new Properties());

  private DovecotFolder(TestMailbox account, String name) {
    this.account = account;
    this.name = name;
  }

  /** Creates {@code prefix-<unique>} in the account. */
  static DovecotFolder create(TestMailbox account, String prefix) throws MessagingException {
    DovecotFolder folder = new DovecotFolder(account, prefix + "-" + System.nanoTime());
    try (Store store = folder.connect()) {
      Folder f = store.getFolder(folder.name);
      if (!f.create(Folder.HOLDS_MESSAGES)) {
        throw new IllegalStateException("cannot create folder " + folder.name);
      }
    }
    return folder;
  }

  /** Mailbox settings for the daemon: {@code --escalation.intake.mailboxes[index].*}. */
  List<String> intakeArgs(int index, String mailboxName) {
    String p = "--escalation.intake.mailboxes[" + index + "].";
    return List.of(
        p + "name=" + mailboxName,
        p + "protocol=imap",
        p + "host=" + TestServices.imapHost(),
        p + "port=" + TestServices.imapPort(),
        p + "username=" + account.user(),
        p + "password=" + account.password(),
        p + "folder=" + name);
  }

  void append(List<String> rawMessages) throws MessagingException {
    append(rawMessages, new Flags());
  }

  /** APPEND with flags, e.g. \Seen as if a person had read the message in their mail client. */
  void append(List<String> rawMessages, Flags flags) throws MessagingException {
    try (Store store = connect()) {
      Folder f = store.getFolder(name);
      Message[] messages = new Message[rawMessages.size()];
      for (int i = 0; i < messages.length; i++) {
        messages[i] = parse(rawMessages.get(i).getBytes(StandardCharsets.UTF_8));
        messages[i].setFlags(flags, true);
      }
      f.appendMessages(messages);
    }
  }

  void appendBytes(byte[] raw) throws MessagingException {
    try (Store store = connect()) {
      store.getFolder(name).appendMessages(new Message[] {parse(raw)});
    }
  }

  private MimeMessage parse(byte[] raw) throws MessagingException {
    // keep the bytes exactly as given: no header or boundary repair on the way in
    return new MimeMessage(session, new ByteArrayInputStream(raw)) {
      @Override
      protected void updateHeaders() {}
    };
  }

  private Store connect() throws MessagingException {
    Store store = session.getStore("imap");
    store.connect(
        TestServices.imapHost(), TestServices.imapPort(), account.user(), account.password());
    return store;
  }

  @Override
  public void close() throws MessagingException {
    try (Store store = connect()) {
      Folder f = store.getFolder(name);
      if (f.exists()) {
        f.delete(true);
      }
    }
  }
}
