/**
 * The judge's vocabulary that the case record keeps and every later step reads: how severe a case
 * is and which signals it shows, each with the wire name that is stored and shown.
 */
package org.escalationrouter.facts;
