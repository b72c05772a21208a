/**
 * The admin-edited rules in routes/: loading them with the directory's executives as one set,
 * validating them and running them to decide who receives a case.
 */
package org.escalationrouter.route;
