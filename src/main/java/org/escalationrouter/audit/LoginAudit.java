package org.escalationrouter.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logins and failed logins, from Spring Security's authentication events. A login is a person
 * signing in through the form; a script's HTTP Basic request authenticates on every call and is not
 * a login (each of its acts is recorded on its own), but a wrong Basic password is a failed login.
 */
@Component
class LoginAudit {

  private final AuditTrail trail;

  LoginAudit(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    Authentication auth = event.getAuthentication();
    trail.record(auth.getName(), from(auth), AuditAction.LOGIN, null, "success", null);
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Authentication auth = event.getAuthentication();
    trail.record(
        String.valueOf(auth.getPrincipal()),
        from(auth),
        AuditAction.LOGIN_FAILED,
        null,
        "refused",
        event.getException().getClass().getSimpleName());
  }

  private static String from(Authentication auth) {
    if (auth.getDetails() instanceof WebAuthenticationDetails web) {
      return web.getRemoteAddress();
    }
    String address = AuditTrail.clientAddress();
    return address == null ? "unknown" : address;
  }
}
