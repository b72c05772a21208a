package org.escalationrouter.route;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The rules in force. A reload reads and checks the whole routes folder first; only a valid set
 * replaces the old one, in one step, and a broken one leaves the old rules running.
 */
@Component
public class LiveRules implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(LiveRules.class);

  private final RoutesSettings settings;
  private final Environment environment;
  private final AtomicReference<RuleBook> current = new AtomicReference<>();
  private volatile List<Problem> lastProblems = List.of();
  private volatile String lastSeenVersion;

  LiveRules(RoutesSettings settings, Environment environment) throws Exception {
    this.settings = settings;
    this.environment = environment;
    RouteSet set = RouteSet.read(settings.dir());
    if (!set.valid()) {
      set.problems().forEach(p -> log.error("routes: {}", p));
      throw new IllegalStateException(
          "the routes folder "
              + settings.dir().toAbsolutePath()
              + " has problems: "
              + set.problems());
    }
    current.set(RuleBook.start(set, false, environment::getProperty));
    lastSeenVersion = set.version();
    log.info("Rules {} loaded from {}", set.version(), settings.dir().toAbsolutePath());
  }

  public RoutingDecision decide(CaseFacts facts) {
    return current.get().decide(facts);
  }

  public RouteSet routes() {
    return current.get().routes();
  }

  public ExecutiveDirectory directory() {
    return routes().directory();
  }

  public Optional<Executive> executive(String id) {
    return directory().executive(id);
  }

  /** Problems of the last rejected reload; empty when the last reload was applied. */
  public List<Problem> lastProblems() {
    return lastProblems;
  }

  /** Reloads when any file in the folder changed since the last look; cheap when nothing did. */
  public synchronized void reloadIfChanged() throws Exception {
    String version = RouteSet.version(settings.dir());
    if (!version.equals(lastSeenVersion)) {
      lastSeenVersion = version;
      reload();
    }
  }

  /** Reads the folder again; applies it when valid. Returns the problems found. */
  public synchronized List<Problem> reload() throws Exception {
    RouteSet set = RouteSet.read(settings.dir());
    lastSeenVersion = set.version();
    if (!set.valid()) {
      set.problems().forEach(p -> log.error("routes reload rejected, old rules kept: {}", p));
      lastProblems = set.problems();
      return lastProblems;
    }
    if (set.version().equals(current.get().version())) {
      lastProblems = List.of();
      return lastProblems;
    }
    RuleBook next = RuleBook.start(set, false, environment::getProperty);
    RuleBook old = current.getAndSet(next);
    lastProblems = List.of();
    log.info("Rules {} applied (were {})", set.version(), old.version());
    old.close();
    return lastProblems;
  }

  @Override
  public void destroy() {
    current.get().close();
  }
}
