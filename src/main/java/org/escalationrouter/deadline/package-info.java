/**
 * Acknowledge and resolve: the signed links and the replies by which an executive answers, and the
 * walk up the chain after a breach.
 */
package org.escalationrouter.deadline;
