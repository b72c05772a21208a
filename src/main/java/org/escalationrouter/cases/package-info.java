/**
 * The escalation case record: storing a case, its follow-ups and its timeline, and reading them
 * back.
 */
package org.escalationrouter.cases;
