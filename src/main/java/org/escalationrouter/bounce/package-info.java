/**
 * Recognizes automated mail (delivery-status notices, out-of-office and other auto-replies) and
 * classifies a bounce: its reason, hard or soft, and how sure the verdict is.
 */
package org.escalationrouter.bounce;
