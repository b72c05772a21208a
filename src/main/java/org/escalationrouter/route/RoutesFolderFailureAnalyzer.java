package org.escalationrouter.route;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in two lines, instead of a stack trace, why the daemon did not start away from its routes
 * folder and what to do: the daemon never falls back to built-in routes, since they would send real
 * mail to the sample executives.
 */
final class RoutesFolderFailureAnalyzer extends AbstractFailureAnalyzer<RoutesFolderMissing> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RoutesFolderMissing cause) {
    return new FailureAnalysis(
        "The routes folder "
            + cause.folder()
            + " does not exist (escalation.routes.dir, default 'routes' in the working directory).",
        "Start the daemon from the folder that holds routes/ (the checkout or the unpacked"
            + " distribution), or point --escalation.routes.dir at your routes folder.",
        cause);
  }
}
