/**
 * The path of one message after intake: admission, parsing, judging, routing and recording, or
 * quarantine when it cannot be read.
 */
package org.escalationrouter.pipeline;
