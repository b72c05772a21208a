/**
 * Whether a reply may act for an executive: trusted Authentication-Results hosts and DKIM/SPF
 * verdicts.
 */
package org.escalationrouter.trust;
