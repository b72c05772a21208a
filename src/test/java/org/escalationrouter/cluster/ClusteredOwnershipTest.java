package org.escalationrouter.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;
import org.springframework.integration.jdbc.lock.JdbcLockRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Nodes sharing sources through the JDBC lock table on one H2 database, each with a Camel context
 * whose routes count what they read. The test drives each node's tick itself; a node that "dies" is
 * simply never ticked again. Lock expiry runs on the system clock (Spring Integration's), so a
 * take-over is awaited with a bounded poll.
 */
class ClusteredOwnershipTest {

  private static final Duration TAKE_OVER = Duration.ofMillis(1000);
  private static final List<String> SOURCES = List.of("letters", "sales", "support");

  private DataSource db;
  private final List<Node> nodes = new ArrayList<>();

  /** A database connection that can be cut, as in a network split between a node and it. */
  static final class Cuttable extends DelegatingDataSource {
    volatile boolean cut;

    Cuttable(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (cut) {
        throw new SQLException("connection refused (cut by the test)", "08001");
      }
      return super.getConnection();
    }
  }

  final class Node {
    final String name;
    final Cuttable db;
    final ClusteredOwnership ownership;
    final DefaultCamelContext camel = new DefaultCamelContext();
    final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
    volatile boolean dead;

    Node(String name, String rulesVersion) throws Exception {
      this.name = name;
      this.db = new Cuttable(ClusteredOwnershipTest.this.db);
      ClusterSettings settings = new ClusterSettings(true, name, null, TAKE_OVER);
      DefaultLockRepository repository = new DefaultLockRepository(this.db, name);
      repository.setRegion(ClusterConfiguration.REGION);
      repository.setTransactionManager(new DataSourceTransactionManager(this.db));
      repository.afterPropertiesSet();
      repository.afterSingletonsInstantiated();
      ownership =
          new ClusteredOwnership(
              new JdbcLockRegistry(repository, settings.lease()),
              new NodeHeartbeats(JdbcClient.create(this.db)),
              settings,
              new ThisNode(name, () -> name + ":8080", () -> rulesVersion, Instant.now()),
              Clock.systemUTC());
      camel.addRoutes(
          new RouteBuilder() {
            @Override
            public void configure() {
              for (String source : SOURCES) {
                reads.put(source, new AtomicInteger());
                from("timer:" + source + "?period=5")
                    .routeId(source)
                    .routePolicy(ownership.policyFor(source).orElseThrow())
                    .process(e -> reads.get(source).incrementAndGet());
              }
            }
          });
      camel.start();
      nodes.add(this);
    }

    boolean reading(String source) {
      return camel.getRouteController().getRouteStatus(source).isStarted();
    }

    Set<String> held() {
      return ownership.held();
    }

    /** Dies: no tick renews its locks, and its routes read nothing more. */
    void die() {
      dead = true;
      camel.stop();
    }
  }

  @BeforeEach
  void database() {
    DriverManagerDataSource h2 =
        new DriverManagerDataSource(
            "jdbc:h2:mem:cluster-"
                + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(h2).load().migrate();
    db = h2;
  }

  @AfterEach
  void stop() {
    nodes.forEach(n -> n.camel.stop());
  }

  /** Ticks every node (on this thread: the locks are thread-bound) until {@code done} holds. */
  private void tickUntil(String what, java.util.function.BooleanSupplier done, Node... ticking) {
    await(what)
        .atMost(Duration.ofSeconds(10))
        .pollInSameThread()
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              for (Node n : ticking) {
                n.ownership.tick();
              }
              assertNoSourceReadTwice();
              return done.getAsBoolean();
            });
  }

  private void assertNoSourceReadTwice() {
    for (String source : SOURCES) {
      assertThat(nodes.stream().filter(n -> !n.dead && n.held().contains(source)).count())
          .as("nodes holding %s", source)
          .isLessThanOrEqualTo(1);
      assertThat(nodes.stream().filter(n -> n.reading(source)).count())
          .as("nodes reading %s", source)
          .isLessThanOrEqualTo(1);
    }
  }

  private List<String> lockHolders() {
    return JdbcClient.create(db).sql("select client_id from int_lock").query(String.class).list();
  }

  @Test
  void aNodeAloneReadsEverySource() throws Exception {
    Node a = new Node("a", "v1");

    tickUntil("a reads all", () -> SOURCES.stream().allMatch(a::reading), a);

    assertThat(a.held()).containsExactlyInAnyOrderElementsOf(SOURCES);
    assertThat(lockHolders()).hasSize(3);
    assertThat(a.ownership.owner("sales")).contains("a");
  }

  @Test
  void aSecondNodeTakesItsShareAndNoSourceIsEverReadByTwo() throws Exception {
    Node a = new Node("a", "v1");
    tickUntil("a reads all", () -> SOURCES.stream().allMatch(a::reading), a);
    Node b = new Node("b", "v1");

    tickUntil(
        "the sources spread",
        () -> a.held().size() == 2 && b.held().size() == 1 && b.reading(b.held().iterator().next()),
        a,
        b);
    String moved = b.held().iterator().next();
    tickUntil("a has seen b's heartbeat", () -> a.ownership.owner(moved).isPresent(), a, b);

    assertThat(a.reading(moved)).isFalse();
    assertThat(a.ownership.owner(moved)).contains("b");
    assertThat(b.ownership.owner(a.held().iterator().next())).contains("a");
    int before = b.reads.get(moved).get();
    await().atMost(Duration.ofSeconds(5)).until(() -> b.reads.get(moved).get() > before);
  }

  @Test
  void whenTheOwnerDiesAnotherNodeTakesOverWithinTheTakeOverTime() throws Exception {
    Node a = new Node("a", "v1");
    tickUntil("a reads all", () -> SOURCES.stream().allMatch(a::reading), a);
    Node b = new Node("b", "v1");
    tickUntil("b is known to a", () -> a.ownership.nodes().size() == 2, a, b);
    tickUntil("the sources spread", () -> a.held().size() == 2 && b.held().size() == 1, a, b);

    a.ownership.tick(); // a's last renewal
    long diedAt = System.nanoTime();
    a.die();
    tickUntil("b reads all", () -> SOURCES.stream().allMatch(b::reading), b);
    Duration took = Duration.ofNanos(System.nanoTime() - diedAt);

    System.out.printf("take-over of 2 sources after the owner died: %d ms%n", took.toMillis());
    // the configured take-over time, with as much again for a loaded build machine (1.55 s was
    // seen at load 20): a lock that never expired, or one renewed by the dead node, fails it
    assertThat(took).isLessThan(TAKE_OVER.multipliedBy(2));
    assertThat(b.held()).containsExactlyInAnyOrderElementsOf(SOURCES);
  }

  @Test
  void aNodeCutFromTheDatabaseStopsReadingBeforeItsLocksExpire() throws Exception {
    Node a = new Node("a", "v1");
    Node b = new Node("b", "v1");
    tickUntil("a reads all", () -> SOURCES.stream().allMatch(a::reading), a);

    a.ownership.tick(); // a's last renewal
    long cutAt = System.nanoTime();
    a.db.cut = true;
    tickUntil("a stops reading", () -> SOURCES.stream().noneMatch(a::reading), a);
    Duration stoppedAfter = Duration.ofNanos(System.nanoTime() - cutAt);
    // the locks are still a's while it stops: b can take nothing until they expire
    b.ownership.tick();
    Duration lease = new ClusterSettings(true, "a", null, TAKE_OVER).lease();

    System.out.printf(
        "cut from the database: stopped reading after %d ms, lease %d ms%n",
        stoppedAfter.toMillis(), lease.toMillis());
    assertThat(stoppedAfter).isLessThan(lease);
    assertThat(a.held()).isEmpty();
    tickUntil("b reads all", () -> SOURCES.stream().allMatch(b::reading), b);
  }

  @Test
  void theNodesSeeEachOthersRulesVersions() throws Exception {
    Node a = new Node("a", "v1");
    Node b = new Node("b", "v1");
    Node c = new Node("c", "v2");
    tickUntil("all seen", () -> a.ownership.agreement().versions().size() == 3, a, b, c);

    assertThat(a.ownership.agreement().distinct()).isEqualTo(2);
    assertThat(a.ownership.nodes())
        .filteredOn(ClusterNode::rulesDiffer)
        .extracting(ClusterNode::node)
        .containsExactly("c");
    assertThat(Stream.of(a, b, c).flatMap(n -> n.held().stream())).hasSize(3);
  }

  @Test
  void aNodeThatStopsLetsEverySourceGoAndTakesNothingBack() throws Exception {
    Node a = new Node("a", "v1");
    a.ownership.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> SOURCES.stream().allMatch(a::reading));

    a.ownership.stop();
    a.ownership.tick(); // a tick that was queued behind the stop

    assertThat(a.held()).isEmpty();
    assertThat(SOURCES.stream().noneMatch(a::reading)).isTrue();
    assertThat(lockHolders()).isEmpty();
    assertThat(a.ownership.nodes()).isEmpty();
  }
}
