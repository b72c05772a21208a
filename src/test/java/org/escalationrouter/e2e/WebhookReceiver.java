package org.escalationrouter.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A chat webhook started by the test: each path answers with the statuses it was told, in turn,
 * then with the last one for ever, and keeps every request it received. A path may also hold its
 * first request unanswered until {@link #release()}, as a receiver that hangs does.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as received. */
  public record Request(String path, String idempotencyKey, String contentType, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
  private final java.util.Set<String> heldOnce = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  public WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
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
          CountDownLatch hold = holds.get(path);
          if (hold != null && heldOnce.add(path)) {
            try {
              hold.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
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

  /** The first request on {@code path} gets its answer only after {@link #release()}. */
  public WebhookReceiver holdFirst(String path) {
    holds.put(path, new CountDownLatch(1));
    return this;
  }

  /** Lets every held request have its answer. */
  public void release() {
    holds.values().forEach(CountDownLatch::countDown);
  }

  /** A copy of the shipped routes folder in {@code work}, for a test to add its hooks to. */
  static Path shippedRoutesIn(Path work) throws IOException {
    Path routes = Files.createDirectories(work.resolve("routes"));
    try (Stream<Path> files = Files.list(Path.of("routes"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, routes.resolve(f.getFileName()));
      }
    }
    return routes;
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
    release();
    server.stop(0);
    threads.shutdownNow();
  }
}
