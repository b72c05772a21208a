package org.escalationrouter.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import org.apache.camel.spi.RoutePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;

/**
 * Several daemons on one database share the sources. Each source has a lock in Spring Integration's
 * {@link JdbcLockRegistry}: the node holding it reads the source and renews the lock every tick; a
 * node that cannot renew in time stops reading before its lock expires, and once a lock expires
 * (its holder died or lost the database) a live node takes it at its next tick. How many sources a
 * node tries to hold is its {@link FairShare}.
 *
 * <p>Locks are thread-bound, so every lock operation runs on the one {@code cluster-owner} thread;
 * routes start and stop on another so that a slow stop never delays a renewal.
 */
class ClusteredOwnership implements Ownership, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ClusteredOwnership.class);

  /** A lock this node holds, touched only on the owner thread. */
  private static final class Lease {
    final Lock lock;
    Instant renewedAt;
    Future<?> stopping;

    Lease(Lock lock, Instant renewedAt) {
      this.lock = lock;
      this.renewedAt = renewedAt;
    }
  }

  private final JdbcLockRegistry locks;
  private final NodeHeartbeats heartbeats;
  private final ClusterSettings settings;
  private final ThisNode self;
  private final String node;
  private final Clock clock;
  private final Map<String, OwnedRoute> routes = new ConcurrentSkipListMap<>();
  private final Map<String, Lease> leases = new HashMap<>();
  private volatile Set<String> held = Set.of();
  private volatile List<NodeHeartbeats.Beat> liveBeats = List.of();
  private final ExecutorService starter =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "cluster-routes"));
  private ScheduledExecutorService owner;
  private volatile boolean leaving;

  ClusteredOwnership(
      JdbcLockRegistry locks,
      NodeHeartbeats heartbeats,
      ClusterSettings settings,
      ThisNode self,
      Clock clock) {
    this.locks = locks;
    this.heartbeats = heartbeats;
    this.settings = settings;
    this.self = self;
    this.node = self.name();
    this.clock = clock;
  }

  @Override
  public String node() {
    return node;
  }

  @Override
  public Optional<RoutePolicy> policyFor(String source) {
    return Optional.of(new OwnedRoute(source, this));
  }

  void register(OwnedRoute route) {
    routes.put(route.source(), route);
  }

  @Override
  public Optional<String> owner(String source) {
    if (held.contains(source)) {
      return Optional.of(node);
    }
    return liveBeats.stream()
        .filter(b -> !b.node().equals(node) && b.sources().contains(source))
        .map(NodeHeartbeats.Beat::node)
        .findFirst();
  }

  /** The sources this node reads now. */
  Set<String> held() {
    return held;
  }

  @Override
  public List<ClusterNode> nodes() {
    Instant now = clock.instant();
    List<NodeHeartbeats.Beat> seen = heartbeats.seenSince(now.minus(Duration.ofHours(1)));
    Instant liveSince = now.minus(settings.lease());
    RulesAgreement agreement =
        RulesAgreement.of(seen.stream().filter(b -> !b.lastSeen().isBefore(liveSince)).toList());
    return seen.stream()
        .map(
            b ->
                new ClusterNode(
                    b.node(),
                    b.address(),
                    b.rulesVersion(),
                    b.sources(),
                    b.startedAt(),
                    b.lastSeen(),
                    !b.lastSeen().isBefore(liveSince),
                    agreement.differs(b.node())))
        .toList();
  }

  /** The rules versions of the live nodes, as of the last tick. */
  RulesAgreement agreement() {
    return RulesAgreement.of(liveBeats);
  }

  // ------------------------------------------------------------------ the tick

  void tick() {
    if (leaving) {
      return; // a tick queued behind stop() must not take back what stop() let go
    }
    Instant now = clock.instant();
    renew(now);
    List<NodeHeartbeats.Beat> live;
    try {
      heartbeats.beat(self.beat(List.copyOf(new TreeSet<>(held)), now));
      live = heartbeats.seenSince(now.minus(settings.lease()));
    } catch (RuntimeException e) {
      // without the database this node takes nothing; renew() lets go in time
      log.warn("Cluster heartbeat failed: {}", e.getMessage());
      return;
    }
    liveBeats = live;
    List<String> ready =
        routes.values().stream().filter(OwnedRoute::ready).map(OwnedRoute::source).toList();
    Set<String> elsewhere = new HashSet<>();
    live.stream().filter(b -> !b.node().equals(node)).forEach(b -> elsewhere.addAll(b.sources()));
    FairShare.Plan plan =
        new FairShare(routes.size(), live.size()).plan(ready, leases.keySet(), elsewhere);
    plan.letGo().forEach(this::letGo);
    plan.tryToTake().forEach(source -> take(source, now));
  }

  private void renew(Instant now) {
    for (String source : new ArrayList<>(leases.keySet())) {
      Lease lease = leases.get(source);
      if (lease.stopping != null && lease.stopping.isDone()) {
        release(source, "let go for another node");
        continue;
      }
      try {
        locks.renewLock(source);
        lease.renewedAt = now;
      } catch (IllegalStateException e) {
        // the row is another node's: ours expired and was taken
        lose(source, "its lock was taken by another node");
      } catch (RuntimeException e) {
        if (!now.isBefore(lease.renewedAt.plus(settings.lease().minus(settings.tick())))) {
          lose(source, "its lock could not be renewed in time: " + e.getMessage());
        } else {
          log.warn("Renewing the lock of {} failed, will retry: {}", source, e.getMessage());
        }
      }
    }
    held = Set.copyOf(leases.keySet());
  }

  private void take(String source, Instant now) {
    Lock lock = locks.obtain(source);
    try {
      if (!lock.tryLock()) {
        return;
      }
    } catch (RuntimeException e) {
      log.warn("Trying the lock of {} failed: {}", source, e.getMessage());
      return;
    }
    leases.put(source, new Lease(lock, now));
    held = Set.copyOf(leases.keySet());
    OwnedRoute route = routes.get(source);
    starter.execute(route::startReading);
  }

  /** Over its share: stop reading, and let the lock go once the route has stopped. */
  private void letGo(String source) {
    Lease lease = leases.get(source);
    if (lease.stopping == null) {
      OwnedRoute route = routes.get(source);
      lease.stopping = starter.submit(() -> route.stopReading(settings.takeOver().toMillis()));
    }
  }

  /** The lock is gone or about to be: stop reading at once. */
  private void lose(String source, String why) {
    log.warn("Stopping {} on this node ({}): {}", source, node, why);
    OwnedRoute route = routes.get(source);
    starter.execute(() -> route.stopReading(settings.tick().toMillis()));
    release(source, why);
  }

  private void release(String source, String why) {
    Lease lease = leases.remove(source);
    held = Set.copyOf(leases.keySet());
    try {
      lease.lock.unlock();
      log.info("Let go of {} ({})", source, why);
    } catch (RuntimeException e) {
      // expired or the database is gone: the local hold is released all the same
      log.debug("Unlocking {}: {}", source, e.getMessage());
    }
  }

  // ------------------------------------------------------------------ lifecycle

  @Override
  public void start() {
    owner = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "cluster-owner"));
    long tick = settings.tick().toMillis();
    // a random first delay, so daemons started together do not all reach for the same sources
    owner.scheduleWithFixedDelay(
        this::safeTick,
        ThreadLocalRandom.current().nextLong(tick / 2 + 1),
        tick,
        TimeUnit.MILLISECONDS);
  }

  private void safeTick() {
    try {
      tick();
    } catch (RuntimeException e) {
      log.error("Cluster tick failed: {}", e.getMessage(), e);
    }
  }

  /** Stops reading and lets every lock go, so another node takes over at its next tick. */
  @Override
  public void stop() {
    leaving = true;
    try {
      owner
          .submit(
              () -> {
                for (String source : new ArrayList<>(leases.keySet())) {
                  routes.get(source).stopReading(settings.takeOver().toMillis());
                  release(source, "this node stops");
                }
                try {
                  heartbeats.leave(node);
                } catch (RuntimeException e) {
                  log.debug("Leaving the cluster table: {}", e.getMessage());
                }
              })
          .get(settings.takeOver().toMillis() * 2, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      log.warn("Letting go of the sources on stop: {}", e.getMessage());
    } finally {
      owner.shutdownNow();
      starter.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return owner != null && !owner.isShutdown();
  }
}
