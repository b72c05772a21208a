package org.escalationrouter.e2e;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/** Sends letters to and reads escalations from a mail server, as a person's mail client would. */
final class MailFixtures {

  private MailFixtures() {}

  /**
   * A port no one listens on, drawn below Linux's ephemeral range (32768 and up). A port the kernel
   * hands out for {@code bind(0)} comes from that range, which is also where every outgoing
   * connection of the test run (to PostgreSQL, Dovecot, the token server) gets its local port: one
   * of them could take it between this check and the server's own bind, as happened once in CI.
   */
  static int freePort() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = random.nextInt(20_000, 32_000);
      try (ServerSocket socket = new ServerSocket(port)) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // someone listens there: draw again
      }
    }
    throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
  }

  static void send(
      int smtpPort, String from, String to, String subject, String body, String messageId)
      throws MessagingException {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(smtpPort));
    Session session = Session.getInstance(p);
    MimeMessage m =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    m.setFrom(new InternetAddress(from));
    m.setRecipients(Message.RecipientType.TO, to);
    m.setSubject(subject);
    m.setText(body, "UTF-8");
    Transport.send(m);
  }

  /** Sends raw RFC 822 bytes as they are, with the given envelope. */
  static void sendRaw(int smtpPort, String envelopeFrom, String to, byte[] raw)
      throws MessagingException {
    Properties p = new Properties();
    p.put("mail.smtp.host", "127.0.0.1");
    p.put("mail.smtp.port", String.valueOf(smtpPort));
    p.put("mail.smtp.from", envelopeFrom);
    Session session = Session.getInstance(p);
    MimeMessage m =
        new MimeMessage(session, new java.io.ByteArrayInputStream(raw)) {
          @Override
          protected void updateMessageID() {
            // keep whatever the raw message says
          }
        };
    Transport.send(m, new jakarta.mail.Address[] {new InternetAddress(to)});
  }

  /** The messages in a user's INBOX, read over IMAP. */
  static List<MimeMessage> inbox(int imapPort, String user, String password) throws Exception {
    Properties p = new Properties();
    Session session = Session.getInstance(p);
    try (Store store = session.getStore("imap")) {
      store.connect("127.0.0.1", imapPort, user, password);
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      List<MimeMessage> copies = new ArrayList<>();
      for (Message m : inbox.getMessages()) {
        copies.add(new MimeMessage((MimeMessage) m));
      }
      inbox.close(false);
      return copies;
    }
  }
}
