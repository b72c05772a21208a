/**
 * The audit trail: who did what, when, from where and with what outcome (logins, case views,
 * acknowledgements, reprocessing, erasure and export, rule reloads), append-only, for admins.
 */
package org.escalationrouter.audit;
