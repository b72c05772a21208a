package org.escalationrouter.cases;

import java.util.Set;

/**
 * Which cases the one asking may see. The cases feature knows nothing of logins; the web layer,
 * which does, provides the one implementation.
 */
public interface CaseVisibility {

  /** The executives whose cases the current viewer may see: null for every case, empty for none. */
  Set<String> visibleExecutives();
}
