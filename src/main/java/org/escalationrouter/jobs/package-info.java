/**
 * Jobs the daemon repeats on a thread of its own (the SLA timers' poll, the retention run), started
 * and stopped with the application; a leaf that uses no other part of the project.
 */
@NullMarked
package org.escalationrouter.jobs;

import org.jspecify.annotations.NullMarked;
