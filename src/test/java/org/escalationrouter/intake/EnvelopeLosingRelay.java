package org.escalationrouter.intake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IMAP relay in front of a test server that spoils the envelope of one message, as a mail server
 * with a damaged message file does: it either drops the server's {@code FETCH} answer for it (the
 * command still ends OK, and Angus fails with "Failed to load IMAP envelope"), or cuts the
 * connection at that point (a connection failure, not the message's). Everything else passes.
 */
final class EnvelopeLosingRelay implements AutoCloseable {

  enum Spoil {
    LOSE_ENVELOPE,
    CUT_CONNECTION
  }

  private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)}\r\n$");

  private final ServerSocket listener;
  private final int targetPort;
  private final String envelopeOf;
  private final Spoil spoil;

  /** Spoils the envelope of message number {@code seq} (the UID, in a fresh folder). */
  EnvelopeLosingRelay(int targetPort, int seq, Spoil spoil) throws IOException {
    this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.envelopeOf = "* " + seq + " FETCH (";
    this.spoil = spoil;
    thread(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        thread(() -> pump(client, server));
        thread(() -> answers(server, client));
      } catch (IOException e) {
        return;
      }
    }
  }

  /** Server to client, a line at a time; a literal's bytes pass as they are. */
  private void answers(Socket server, Socket client) {
    try (InputStream in = new BufferedInputStream(server.getInputStream());
        OutputStream out = client.getOutputStream()) {
      for (byte[] line; (line = line(in)) != null; ) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        if (text.startsWith(envelopeOf) && text.contains("ENVELOPE")) {
          if (spoil == Spoil.CUT_CONNECTION) {
            return;
          }
          continue;
        }
        out.write(line);
        Matcher literal = LITERAL.matcher(text);
        if (literal.find()) {
          out.write(in.readNBytes(Integer.parseInt(literal.group(1))));
        }
        out.flush();
      }
    } catch (IOException e) {
      // one side went away
    } finally {
      close(server);
      close(client);
    }
  }

  private static byte[] line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) >= 0; ) {
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
    }
    return line.size() > 0 ? line.toByteArray() : null;
  }

  private static void pump(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // one side went away
    } finally {
      close(from);
      close(to);
    }
  }

  private static void thread(Runnable work) {
    Thread t = new Thread(work, "envelope-relay");
    t.setDaemon(true);
    t.start();
  }

  private static void close(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already closed
    }
  }

  @Override
  public void close() {
    close(listener);
  }
}
