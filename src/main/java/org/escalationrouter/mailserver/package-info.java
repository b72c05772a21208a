/** The embedded GreenMail server for the demo and local runs. */
package org.escalationrouter.mailserver;
