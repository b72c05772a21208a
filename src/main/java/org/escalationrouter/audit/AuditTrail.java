package org.escalationrouter.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit trail ({@code audit_entry}). Entries are only inserted here; the retention
 * job is the one place that deletes them, by age. Writing joins the caller's transaction when there
 * is one, so an entry stands or falls with the act it records.
 */
@Repository
public class AuditTrail {

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** An act by whoever is logged in on the current web request (or the daemon, off a request). */
  public void record(AuditAction action, String target, String outcome, String detail) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String actor = auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    String source = clientAddress();
    record(
        source == null ? "daemon" : actor,
        source == null ? "daemon" : source,
        action,
        target,
        outcome,
        detail);
  }

  /** An act whose actor and source the caller knows: a reply by mail, a CLI command, a login. */
  public void record(
      String actor,
      String source,
      AuditAction action,
      String target,
      String outcome,
      String detail) {
    jdbc.sql(
            "insert into audit_entry (at, actor, source, action, target, outcome, detail)"
                + " values (?,?,?,?,?,?,?)")
        .params(
            Timestamp.from(clock.instant()),
            cut(actor == null ? "unknown" : actor, 200),
            cut(source == null ? "unknown" : source, 200),
            action.wireName(),
            target == null ? null : cut(target, 500),
            cut(outcome, 40),
            detail == null ? null : cut(detail, 2000))
        .update();
  }

  /** Newest first, optionally only one action or one actor. */
  public List<AuditEntry> recent(int limit, String action, String actor) {
    return jdbc.sql(
            "select id, at, actor, source, action, target, outcome, detail from audit_entry"
                + " where (cast(:action as varchar) is null or action = :action)"
                + " and (cast(:actor as varchar) is null or actor = :actor)"
                + " order by id desc limit :limit")
        .param("action", action)
        .param("actor", actor)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new AuditEntry(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)))
        .list();
  }

  /**
   * Deletes entries older than {@code before}; the retention job's, and nothing else's, to call,
   * inside a transaction. The database refuses any other DELETE (migration V92): the cut-off is
   * written into {@code audit_purge} for this transaction only, so the trigger lets exactly these
   * rows go, and no other transaction ever sees it set.
   */
  public int deleteOlderThan(Instant before) {
    Timestamp cutOff = Timestamp.from(before);
    jdbc.sql("update audit_purge set before_at = ? where id = 1").param(cutOff).update();
    int deleted = jdbc.sql("delete from audit_entry where at < ?").param(cutOff).update();
    jdbc.sql("update audit_purge set before_at = null where id = 1").update();
    return deleted;
  }

  /** The client's address on the current web request, or null off a request. */
  public static String clientAddress() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
