package org.escalationrouter.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A relay in front of a server that a test can cut: every connection drops and new ones are
 * refused, as when the server restarts or the network fails, until the relay is restored on the
 * same port. It lets a test take the mail server away from the daemon without taking it away from
 * other tests sharing it.
 */
final class TcpRelay implements AutoCloseable {

  final int port = MailFixtures.freePort();
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;

  TcpRelay(String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  TcpRelay restore() {
    try {
      ServerSocket s = new ServerSocket();
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress("127.0.0.1", port));
      listener = s;
      thread("relay-accept-" + port, () -> accept(s));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops every connection and refuses new ones. */
  void cut() {
    ServerSocket s = listener;
    listener = null;
    quietly(s);
    for (Socket socket : open) {
      quietly(socket);
    }
    open.clear();
  }

  private void accept(ServerSocket s) {
    while (!s.isClosed()) {
      try {
        Socket client = s.accept();
        Socket server = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(server);
        thread("relay-up-" + port, () -> pump(client, server));
        thread("relay-down-" + port, () -> pump(server, client));
      } catch (IOException e) {
        return; // closed by cut()
      }
    }
  }

  private static void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      byte[] buffer = new byte[16384];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // one side went away: so does the other
    } finally {
      quietly(from);
      quietly(to);
    }
  }

  private static void thread(String name, Runnable work) {
    Thread t = new Thread(work, name);
    t.setDaemon(true);
    t.start();
  }

  private static void quietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        // already closed
      }
    }
  }

  @Override
  public void close() {
    cut();
  }
}
