/**
 * Several daemons on one database: which node reads which mailbox (a JDBC lock per mailbox, from
 * Spring Integration), the nodes' heartbeats and the rules version each one runs.
 */
package org.escalationrouter.cluster;
