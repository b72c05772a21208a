/**
 * The reason taxonomy ({@code BounceReason}) and the tables that name a reason from words and
 * codes: phrase tables and stock messages (one {@code ReasonTable} type), providers' documented
 * codes, status-code and reply-code reasons, and how a code and words that disagree are settled.
 * Uses neither {@code bounce} nor {@code bounce.format}.
 */
package org.escalationrouter.bounce.reason;
