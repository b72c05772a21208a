package org.escalationrouter.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in viewer on every page, for the navigation and the role-specific links. */
@ControllerAdvice(assignableTypes = {CasePages.class, OperationsPages.class, AuditPage.class})
class ViewerAdvice {

  private static final Moments MOMENTS = new Moments();

  private final Viewers viewers;

  ViewerAdvice(Viewers viewers) {
    this.viewers = viewers;
  }

  @ModelAttribute("when")
  Moments when() {
    return MOMENTS;
  }

  @ModelAttribute("viewer")
  Viewer viewer(Authentication auth) {
    return viewers.of(auth).orElse(null);
  }
}
