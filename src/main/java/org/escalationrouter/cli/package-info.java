/**
 * The one-shot commands of the jar (explain, validate, evaluate, evaluate-bounces), run without the
 * web server or the database.
 */
package org.escalationrouter.cli;
