package org.escalationrouter.cluster;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code cluster_node} table: each daemon's last heartbeat. */
class NodeHeartbeats {

  /** A heartbeat row; {@code sources} in a stable order. */
  record Beat(
      String node,
      String address,
      String rulesVersion,
      List<String> sources,
      Instant startedAt,
      Instant lastSeen) {}

  private final JdbcClient jdbc;

  NodeHeartbeats(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes this node's row; the node id is this daemon's own, so no other writer races it. */
  void beat(Beat beat) {
    String sources = String.join("\n", beat.sources());
    int updated =
        jdbc.sql(
                "update cluster_node set address = ?, rules_version = ?, sources = ?,"
                    + " last_seen = ? where node_id = ?")
            .params(
                beat.address(),
                beat.rulesVersion(),
                sources,
                Timestamp.from(beat.lastSeen()),
                beat.node())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into cluster_node (node_id, address, rules_version, sources, started_at,"
                  + " last_seen) values (?, ?, ?, ?, ?, ?)")
          .params(
              beat.node(),
              beat.address(),
              beat.rulesVersion(),
              sources,
              Timestamp.from(beat.startedAt()),
              Timestamp.from(beat.lastSeen()))
          .update();
    }
  }

  /** Every node seen since {@code since}, by name. */
  List<Beat> seenSince(Instant since) {
    return jdbc.sql(
            "select node_id, address, rules_version, sources, started_at, last_seen"
                + " from cluster_node where last_seen >= ? order by node_id")
        .param(Timestamp.from(since))
        .query(
            (rs, n) ->
                new Beat(
                    rs.getString("node_id"),
                    rs.getString("address"),
                    rs.getString("rules_version"),
                    rs.getString("sources").isEmpty()
                        ? List.of()
                        : Arrays.asList(rs.getString("sources").split("\n")),
                    rs.getTimestamp("started_at").toInstant(),
                    rs.getTimestamp("last_seen").toInstant()))
        .list();
  }

  /** A node that stops says so, so the others need not wait for its heartbeat to age. */
  void leave(String node) {
    jdbc.sql("delete from cluster_node where node_id = ?").param(node).update();
  }
}
