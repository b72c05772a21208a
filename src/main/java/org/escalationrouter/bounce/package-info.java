/**
 * Recognizes automated mail (delivery-status notices, out-of-office and other auto-replies) and
 * classifies a bounce: its reason, hard or soft, and how sure the verdict is. The entry points and
 * the classifier that orders the decisions live here; the notice readers in {@code format}, the
 * reason tables in {@code reason}.
 */
package org.escalationrouter.bounce;
