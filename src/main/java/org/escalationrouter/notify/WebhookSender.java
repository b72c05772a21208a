package org.escalationrouter.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.TimelineEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts what the webhook outbox holds. A 2xx is delivered; a 5xx, 408, 429 or a network error is
 * tried again with backoff up to the cap; any other answer (404, 403, 400: the hook is gone or
 * refuses this body) is given up at once. A post given up is written on the case's timeline.
 */
@Component
class WebhookSender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

  private final WebhookOutbox outbox;
  private final CaseStore cases;
  private final TransactionTemplate tx;
  private final NotifySettings settings;
  private final HttpClient http;
  private ScheduledExecutorService executor;

  WebhookSender(
      WebhookOutbox outbox, CaseStore cases, TransactionTemplate tx, NotifySettings settings) {
    this.outbox = outbox;
    this.cases = cases;
    this.tx = tx;
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Sends every due post; returns how many were delivered. */
  int sendDue() {
    int delivered = 0;
    for (WebhookOutbox.Post post : outbox.claimDue(20)) {
      if (send(post)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean send(WebhookOutbox.Post post) {
    Integer status = null;
    String error;
    try {
      HttpResponse<String> response =
          http.send(request(post), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      status = response.statusCode();
      if (status / 100 == 2) {
        outbox.markSent(post.id(), status);
        log.info("Posted {} of {} to the {}", post.kind().wireName(), post.caseId(), post.target());
        return true;
      }
      error = "HTTP " + status;
    } catch (IllegalArgumentException e) {
      // the message would quote the address, which holds the channel's key
      status = 400;
      error = "the webhook address is not a valid URL";
    } catch (IOException e) {
      error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    failed(post, status, error);
    return false;
  }

  private HttpRequest request(WebhookOutbox.Post post) {
    return HttpRequest.newBuilder(URI.create(post.target().webhook()))
        .timeout(settings.timeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Idempotency-Key", post.idempotencyKey())
        .header("X-Escalation-Case", post.caseId())
        .header("User-Agent", "escalation-router")
        .POST(HttpRequest.BodyPublishers.ofString(post.payload(), StandardCharsets.UTF_8))
        .build();
  }

  private void failed(WebhookOutbox.Post post, Integer status, String error) {
    boolean retryable = status == null || status >= 500 || status == 408 || status == 429;
    if (retryable && post.attempts() < settings.maxAttempts()) {
      log.warn(
          "Posting {} of {} to the {} failed (try {} of {}), will retry: {}",
          post.kind().wireName(),
          post.caseId(),
          post.target(),
          post.attempts(),
          settings.maxAttempts(),
          error);
      outbox.retryLater(post.id(), settings.backoff(post.attempts()), status, error);
      return;
    }
    String why =
        retryable
            ? "given up after " + post.attempts() + " tries, the last: " + error
            : "refused with " + error + "; not retried";
    log.warn(
        "Posting {} of {} to the {}: {}",
        post.kind().wireName(),
        post.caseId(),
        post.target(),
        why);
    tx.executeWithoutResult(
        s -> {
          outbox.giveUp(post.id(), status, error);
          cases.addEvent(
              post.caseId(),
              new TimelineEntry.PostFailed(post.kind().wireName(), post.target().toString(), why));
        });
  }

  @Override
  public void start() {
    executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "webhook-sender"));
    long every = settings.pollInterval().toMillis();
    executor.scheduleWithFixedDelay(this::sendSafely, every, every, TimeUnit.MILLISECONDS);
  }

  private void sendSafely() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      log.warn("Webhook outbox pass failed: {}", e.getMessage());
    }
  }

  @Override
  public void stop() {
    executor.shutdown();
    try {
      executor.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null && !executor.isShutdown();
  }
}
