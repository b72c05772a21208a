/**
 * Delivery failures of our own escalations: correlating a bounce to its case, marking failing
 * addresses, and handing the case to the deputy.
 */
package org.escalationrouter.failover;
