/**
 * Mailbox and drop-folder consumers: polling IMAP, IMAPS and POP3 and the letters folder, cursors
 * that lose nothing and read nothing twice, and mailbox health.
 */
package org.escalationrouter.intake;
