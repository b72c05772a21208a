package org.escalationrouter.cluster;

import java.util.concurrent.TimeUnit;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route that reads one source: it does not start with the Camel context, but when this node
 * takes the source's lock, and it stops before the lock is let go.
 */
final class OwnedRoute extends RoutePolicySupport {

  private static final Logger log = LoggerFactory.getLogger(OwnedRoute.class);

  private final String source;
  private final ClusteredOwnership owners;
  private volatile Route route;

  OwnedRoute(String source, ClusteredOwnership owners) {
    this.source = source;
    this.owners = owners;
  }

  @Override
  public void onInit(Route route) {
    super.onInit(route);
    this.route = route;
    route.setAutoStartup(false);
    owners.register(this);
  }

  String source() {
    return source;
  }

  /** Whether the route exists in a running Camel context, so it can be started. */
  boolean ready() {
    Route r = route;
    return r != null && r.getCamelContext().isStarted();
  }

  void startReading() {
    try {
      startRoute(route);
      log.info("Reading {}: this node ({}) holds it", source, owners.node());
    } catch (Exception e) {
      log.error("Cannot start reading {}: {}", source, e.getMessage());
    }
  }

  /** Stops the route, waiting at most {@code timeoutMillis} for a message being processed. */
  void stopReading(long timeoutMillis) {
    try {
      stopRoute(route, timeoutMillis, TimeUnit.MILLISECONDS);
      log.info("Stopped reading {} on this node ({})", source, owners.node());
    } catch (Exception e) {
      log.error("Cannot stop reading {}: {}", source, e.getMessage());
    }
  }
}
