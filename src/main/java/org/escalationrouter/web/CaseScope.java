package org.escalationrouter.web;

import java.util.Set;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.directory.ExecutiveDirectory;

/**
 * The cases a viewer may see: every case for an admin; for an executive, the cases routed to them
 * and to the executives whose deputy they are.
 *
 * @param executives the executive ids whose cases are visible, when not {@code all}
 */
record CaseScope(boolean all, Set<String> executives) {

  static final CaseScope NONE = new CaseScope(false, Set.of());

  CaseScope {
    executives = Set.copyOf(executives);
  }

  static CaseScope of(Viewer viewer, ExecutiveDirectory directory) {
    if (viewer.isAdmin()) {
      return new CaseScope(true, Set.of());
    }
    if (viewer.role() != Role.EXECUTIVE || viewer.executiveId() == null) {
      return NONE;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    ids.add(viewer.executiveId());
    for (Executive e : directory.executives()) {
      if (viewer.executiveId().equals(e.deputy())) {
        ids.add(e.id());
      }
    }
    return new CaseScope(false, ids);
  }

  /** The executives whose cases are visible, for the read models: null when every case is. */
  Set<String> visible() {
    return all ? null : executives;
  }

  boolean allows(String executiveId) {
    return all || (executiveId != null && executives.contains(executiveId));
  }
}
