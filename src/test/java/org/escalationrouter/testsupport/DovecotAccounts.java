package org.escalationrouter.testsupport;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Puts mail into and reads mail out of the test Dovecot's mailboxes, the way a real mail client
 * does: over IMAP (and POP3), never by touching the maildir. Failures are unchecked so the calls
 * fit in {@code @BeforeEach} methods and await lambdas.
 */
public final class DovecotAccounts {

  private final String host;
  private final int imapPort;
  private final int pop3Port;
  private final Session session;

  public DovecotAccounts(String host, int imapPort, int pop3Port) {
    this.host = host;
    this.imapPort = imapPort;
    this.pop3Port = pop3Port;
    Properties props = new Properties();
    for (String protocol : List.of("imap", "pop3")) {
      props.setProperty("mail." + protocol + ".connectiontimeout", "5000");
      props.setProperty("mail." + protocol + ".timeout", "10000");
    }
    this.session = Session.getInstance(props);
  }

  /** The accounts on the server that {@code scripts/test.sh} started. */
  public static DovecotAccounts onTestServer() {
    return new DovecotAccounts(
        TestServices.imapHost(), TestServices.imapPort(), TestServices.pop3Port());
  }

  /** IMAP APPEND of one raw RFC 5322 message into the mailbox's INBOX. */
  public void append(TestMailbox mailbox, byte[] rawMessage) {
    onImap(
        mailbox,
        "append to",
        store -> {
          MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(rawMessage));
          store.getFolder("INBOX").appendMessages(new Message[] {message});
          return null;
        });
  }

  /** IMAP APPEND of a message read from an .eml file. */
  public void append(TestMailbox mailbox, Path emlFile) {
    try {
      append(mailbox, Files.readAllBytes(emlFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void append(TestMailbox mailbox, String rawMessage) {
    append(mailbox, rawMessage.getBytes(StandardCharsets.UTF_8));
  }

  /** How many messages the mailbox's INBOX holds. */
  public int count(TestMailbox mailbox) {
    return onImap(mailbox, "count", store -> store.getFolder("INBOX").getMessageCount());
  }

  /** Copies of the INBOX messages, read over IMAP; usable after the connection is closed. */
  public List<MimeMessage> read(TestMailbox mailbox) {
    return onImap(mailbox, "read", store -> copyAll(store.getFolder("INBOX")));
  }

  /** Copies of the INBOX messages, read over POP3 (which leaves them on the server). */
  public List<MimeMessage> readOverPop3(TestMailbox mailbox) {
    return on("pop3", pop3Port, mailbox, "read", store -> copyAll(store.getFolder("INBOX")));
  }

  /** Empties the INBOX and removes every other folder, so each test starts from nothing. */
  public void deleteAll(TestMailbox mailbox) {
    onImap(
        mailbox,
        "empty",
        store -> {
          for (Folder folder : store.getDefaultFolder().list("*")) {
            if (!folder.getFullName().equalsIgnoreCase("INBOX")) {
              folder.delete(true);
            }
          }
          Folder inbox = store.getFolder("INBOX");
          inbox.open(Folder.READ_WRITE);
          if (inbox.getMessageCount() > 0) {
            inbox.setFlags(1, inbox.getMessageCount(), new Flags(Flags.Flag.DELETED), true);
          }
          inbox.close(true);
          return null;
        });
  }

  /** {@link #deleteAll(TestMailbox)} for every test mailbox. */
  public void deleteAll() {
    for (TestMailbox mailbox : TestMailbox.values()) {
      deleteAll(mailbox);
    }
  }

  /**
   * Stops and starts the test Dovecot, keeping its mail, and returns once it answers again: for
   * tests of what the consumers do when the server goes away.
   */
  public void restartDovecot() {
    Path script = TestServices.servicesScript();
    try {
      // output to a file, not a pipe: the restarted daemon must not be able to hold us up
      Path output = Files.createTempFile("restart-dovecot", ".log");
      Process process =
          new ProcessBuilder("bash", script.toString(), "restart-dovecot")
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      boolean finished = process.waitFor(60, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      String log = Files.readString(output);
      Files.delete(output);
      if (!finished || process.exitValue() != 0) {
        throw new IllegalStateException(script + " restart-dovecot failed:\n" + log);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while restarting Dovecot", e);
    }
  }

  private static List<MimeMessage> copyAll(Folder folder) throws MessagingException {
    folder.open(Folder.READ_ONLY);
    try {
      List<MimeMessage> copies = new ArrayList<>();
      for (Message message : folder.getMessages()) {
        copies.add(new MimeMessage((MimeMessage) message));
      }
      return copies;
    } finally {
      folder.close(false);
    }
  }

  private <T> T onImap(TestMailbox mailbox, String action, StoreWork<T> work) {
    return on("imap", imapPort, mailbox, action, work);
  }

  private <T> T on(
      String protocol, int port, TestMailbox mailbox, String action, StoreWork<T> work) {
    try (Store store = session.getStore(protocol)) {
      store.connect(host, port, mailbox.user(), mailbox.password());
      return work.apply(store);
    } catch (MessagingException e) {
      throw new IllegalStateException(
          String.format(
              "could not %s %s's mailbox over %s at %s:%d: %s",
              action, mailbox.user(), protocol, host, port, e.getMessage()),
          e);
    }
  }

  @FunctionalInterface
  private interface StoreWork<T> {
    T apply(Store store) throws MessagingException;
  }
}
