package org.escalationrouter.directory;

import java.util.Optional;

/**
 * The executives of the routes folder as last applied, looked up live: whoever holds the rules in
 * force (the route package's LiveRules) answers, so the directory never has to ask the rules.
 */
public interface ExecutivesInForce {

  Optional<Executive> executive(String id);
}
