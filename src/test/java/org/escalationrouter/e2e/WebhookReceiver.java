package org.escalationrouter.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat webhook started by the test: each path answers with the statuses it was told, in turn,
 * then with the last one for ever, and keeps every request it received.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  public record Request(String path, String idempotencyKey, String contentType, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
  private final List<Request> received = new CopyOnWriteArrayList<>();

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          byte[] body = exchange.getRequestBody().readAllBytes();
          received.add(
              new Request(
                  path,
                  exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                  exchange.getRequestHeaders().getFirst("Content-Type"),
                  new String(body, StandardCharsets.UTF_8)));
          Deque<Integer> queue = answers.getOrDefault(path, new ArrayDeque<>(List.of(404)));
          int status;
          synchronized (queue) {
            status = queue.size() > 1 ? queue.poll() : queue.peek();
          }
          byte[] reply = (status < 300 ? "ok" : "no").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, reply.length);
          exchange.getResponseBody().write(reply);
          exchange.close();
        });
    server.start();
  }

  /** {@code path} answers these statuses, one per request, the last one repeated. */
  public WebhookReceiver answer(String path, Integer... statuses) {
    answers.put(path, new ArrayDeque<>(List.of(statuses)));
    return this;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public String base() {
    return url("");
  }

  public List<Request> received(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
