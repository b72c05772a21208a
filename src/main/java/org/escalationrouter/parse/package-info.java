/**
 * Turns a raw message or a dropped file into a letter: MIME, attachments, nested mail, TNEF and
 * scans through Tika, with limits and flags.
 */
package org.escalationrouter.parse;
