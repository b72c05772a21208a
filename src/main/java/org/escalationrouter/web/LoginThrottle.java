package org.escalationrouter.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted per account and per client address over a sliding window; past either
 * limit, further attempts are refused before the password is even checked, until old failures leave
 * the window. A success clears the account's count (not the address's).
 */
@Component
class LoginThrottle {

  /** Beyond this many tracked keys, expired entries are swept, then account entries dropped. */
  private static final int MAX_KEYS = 50_000;

  private final WebSettings.LoginThrottle limits;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(WebSettings settings, Clock clock) {
    this.limits = settings.loginThrottle();
    this.clock = clock;
  }

  boolean blocked(String username, String address) {
    Instant now = clock.instant();
    return (username != null && recent("account:" + username, now) >= limits.perAccount())
        || (address != null && recent("address:" + address, now) >= limits.perAddress());
  }

  void failed(String username, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_KEYS) {
      failures.keySet().removeIf(k -> recent(k, now) == 0);
      if (failures.size() > MAX_KEYS) {
        failures.keySet().removeIf(k -> k.startsWith("account:"));
      }
    }
    if (username != null) {
      add("account:" + username, now);
    }
    if (address != null) {
      add("address:" + address, now);
    }
  }

  void succeeded(String username) {
    failures.remove("account:" + username);
  }

  @EventListener
  void on(AbstractAuthenticationFailureEvent event) {
    failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    succeeded(event.getAuthentication().getName());
  }

  private void add(String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
      while (times.size() > Math.max(limits.perAccount(), limits.perAddress())) {
        times.removeFirst();
      }
    }
  }

  private int recent(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      Instant since = now.minus(limits.window());
      while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
        times.removeFirst();
      }
      return times.size();
    }
  }

  private static String address(Object details) {
    return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
  }
}
