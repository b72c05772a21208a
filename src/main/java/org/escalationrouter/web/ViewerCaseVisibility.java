package org.escalationrouter.web;

import java.util.Set;
import org.escalationrouter.cases.CaseVisibility;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The cases the signed-in viewer may see, for the cases API's list: every case for an admin; for an
 * executive, theirs and those of the executives they stand in for; none for anyone else. Single
 * cases are guarded in {@link WebSecurity}.
 */
@Component
class ViewerCaseVisibility implements CaseVisibility {

  private final Viewers viewers;

  ViewerCaseVisibility(Viewers viewers) {
    this.viewers = viewers;
  }

  @Override
  public Set<String> visibleExecutives() {
    return viewers.scope(SecurityContextHolder.getContext().getAuthentication()).visible();
  }
}
