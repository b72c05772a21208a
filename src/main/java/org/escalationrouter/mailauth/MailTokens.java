package org.escalationrouter.mailauth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The token sources of every OAuth2 mail login, by name (a mailbox's name, or {@code smtp}). Every
 * second each one due is refreshed, whether or not a login needs it now: a revoked credential shows
 * in health within one token lifetime even while an IMAP connection stays open. Refresh failures
 * are counted in {@code escalation.mail.token.refresh.failures}.
 */
@Component
public class MailTokens implements SmartLifecycle {

  private final Map<String, TokenSource> sources = new ConcurrentHashMap<>();
  private final TokenEndpoint endpoint = new TokenEndpoint();
  private final Clock clock;
  private final MeterRegistry meters;
  private ScheduledExecutorService refresher;

  MailTokens(Clock clock, MeterRegistry meters) {
    this.clock = clock;
    this.meters = meters;
  }

  /** The source for {@code name}, created on first use; fails when the credential cannot work. */
  public TokenSource register(String name, OAuth2Credential credential) {
    if (credential == null) {
      throw new IllegalStateException(name + ": auth is oauth2 but no oauth2 settings are given");
    }
    credential.check(name);
    return sources.computeIfAbsent(
        name,
        n ->
            new TokenSource(
                n,
                credential,
                endpoint,
                clock,
                Counter.builder("escalation.mail.token.refresh.failures")
                    .description("Times an OAuth2 access token for a mail login could not be had")
                    .tag("login", n)
                    .register(meters)));
  }

  public Optional<TokenState> state(String name) {
    TokenSource source = sources.get(name);
    return source == null ? Optional.empty() : Optional.of(source.state());
  }

  void refreshDue() {
    sources.values().forEach(TokenSource::refreshIfDue);
  }

  @Override
  public synchronized void start() {
    refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mail-token-refresher");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(this::refreshSafely, 0, 1, TimeUnit.SECONDS);
  }

  private void refreshSafely() {
    try {
      refreshDue();
    } catch (RuntimeException e) {
      // each source logs its own failure; the timer must keep running
    }
  }

  @Override
  public synchronized void stop() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return refresher != null && !refresher.isShutdown();
  }
}
