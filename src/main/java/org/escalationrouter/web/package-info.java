/**
 * The dashboard and the JSON API, their security (logins, roles, CSRF, headers, throttling) and
 * their pages.
 */
package org.escalationrouter.web;
