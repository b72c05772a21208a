package org.escalationrouter.web;

import java.util.Optional;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.route.LiveRules;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Turns a login into a viewer and decides which cases that viewer may see. */
@Component
class Viewers {

  private final Accounts accounts;
  private final LiveRules rules;
  private final CaseStore cases;

  Viewers(Accounts accounts, LiveRules rules, CaseStore cases) {
    this.accounts = accounts;
    this.rules = rules;
    this.cases = cases;
  }

  Optional<Viewer> of(Authentication auth) {
    if (auth == null || !auth.isAuthenticated()) {
      return Optional.empty();
    }
    return accounts.viewer(auth.getName());
  }

  CaseScope scope(Authentication auth) {
    return of(auth).map(v -> CaseScope.of(v, rules.directory())).orElse(CaseScope.NONE);
  }

  /** False for unknown cases too, so a viewer learns nothing about cases that are not theirs. */
  boolean maySee(Authentication auth, String caseId) {
    CaseScope scope = scope(auth);
    if (scope.equals(CaseScope.NONE)) {
      return false;
    }
    return cases.find(caseId).map(c -> scope.allows(c.executive())).orElse(scope.all());
  }
}
