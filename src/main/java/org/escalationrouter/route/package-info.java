/**
 * The admin-edited rules and executive directory in routes/: loading, validating and running them
 * to decide who receives a case.
 */
package org.escalationrouter.route;
