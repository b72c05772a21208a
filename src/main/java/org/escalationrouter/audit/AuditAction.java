package org.escalationrouter.audit;

import java.util.Locale;

/** What an audit entry records. */
public enum AuditAction {
  LOGIN,
  LOGIN_FAILED,
  CASE_VIEW,
  ACKNOWLEDGE,
  RESOLVE,
  QUARANTINE_REPROCESS,
  SUBJECT_ERASE,
  SUBJECT_EXPORT,
  RULES_RELOAD,
  RETENTION_RUN;

  /** The name stored and shown: {@code case-view}, {@code login-failed}, … */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
