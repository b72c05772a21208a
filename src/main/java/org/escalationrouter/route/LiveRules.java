package org.escalationrouter.route;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.escalationrouter.adminfiles.Problem;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.directory.ExecutiveDirectory;
import org.escalationrouter.directory.ExecutivesInForce;
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
public class LiveRules implements DisposableBean, ExecutivesInForce {

  private static final Logger log = LoggerFactory.getLogger(LiveRules.class);

  private final RoutesSettings settings;
  private final Environment environment;
  private final AtomicReference<RuleBook> current = new AtomicReference<>();
  private volatile List<Problem> lastProblems = List.of();
  private volatile List<Problem> startProblems = List.of();
  private volatile List<String> leftOutAtStart = List.of();
  private volatile String lastSeenVersion;

  LiveRules(RoutesSettings settings, Environment environment) throws Exception {
    this.settings = settings;
    this.environment = environment;
    RouteSet set = RouteSet.read(settings.dir(), environment::getProperty);
    lastSeenVersion = set.version();
    if (set.valid()) {
      current.set(RuleBook.start(set, false, environment::getProperty));
      log.info("Rules {} loaded from {}", set.version(), settings.dir().toAbsolutePath());
      set.advice().forEach(a -> log.warn("routes: {}", a));
      return;
    }
    // one broken rule never keeps the daemon from starting: it runs without it and says so
    set.problems().forEach(p -> log.error("routes: {}", p));
    startProblems = set.problems();
    RuleBook book;
    try {
      book = RuleBook.start(set.runnablePart(), false, environment::getProperty, true);
    } catch (Exception e) {
      log.error("routes: the rules that remain cannot start either: {}", e.getMessage());
      book =
          RuleBook.start(set.withoutRules().runnablePart(), false, environment::getProperty, true);
    }
    current.set(book);
    leftOutAtStart = leftOut(set, book);
    log.error(
        "Rules {} started WITHOUT {}: fix the problems above; every case is still recorded",
        set.version(),
        leftOutAtStart);
  }

  private static List<String> leftOut(RouteSet set, RuleBook book) {
    List<String> out = new java.util.ArrayList<>();
    set.ruleFiles().keySet().stream()
        .filter(f -> !book.routes().ruleFiles().containsKey(f))
        .forEach(f -> out.add("the rules of " + f));
    book.leftOut().forEach(r -> out.add("rule " + r));
    return out;
  }

  /**
   * Problems found at start that the daemon started without (empty when the folder was valid then,
   * or once a valid edit has been applied), and what was left out because of them.
   */
  public List<Problem> startProblems() {
    return startProblems;
  }

  public List<String> leftOutAtStart() {
    return leftOutAtStart;
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

  @Override
  public Optional<Executive> executive(String id) {
    return directory().executive(id);
  }

  /** Problems of the last rejected reload; empty when the last reload was applied. */
  public List<Problem> lastProblems() {
    return lastProblems;
  }

  /**
   * Reloads when any file in the folder changed since the last look; cheap when nothing did.
   * Returns the folder's new version and the problems of the reload, or empty when nothing changed.
   */
  public synchronized Optional<Reload> reloadIfChanged() throws Exception {
    String version = RouteSet.version(settings.dir());
    if (version.equals(lastSeenVersion)) {
      return Optional.empty();
    }
    lastSeenVersion = version;
    List<Problem> problems = reload();
    return Optional.of(new Reload(lastSeenVersion, problems));
  }

  /** A reload of the folder at a version: applied when it has no problems. */
  public record Reload(String version, List<Problem> problems) {}

  /** Reads the folder again; applies it when valid. Returns the problems found. */
  public synchronized List<Problem> reload() throws Exception {
    RouteSet set = RouteSet.read(settings.dir(), environment::getProperty);
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
    startProblems = List.of();
    leftOutAtStart = List.of();
    log.info("Rules {} applied (were {})", set.version(), old.version());
    set.advice().forEach(a -> log.warn("routes: {}", a));
    old.close();
    return lastProblems;
  }

  @Override
  public void destroy() {
    current.get().close();
  }
}
