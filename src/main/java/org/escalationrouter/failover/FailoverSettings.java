package org.escalationrouter.failover;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bounces of escalations are acted on ({@code escalation.bounce.*}; how long an address counts
 * as failing is the directory's {@code failing-expires-after}).
 *
 * @param softFailoverAfter how long an escalation may stay delayed (soft bounces, "still trying"
 *     reports) before it goes to the deputy anyway
 */
@ConfigurationProperties("escalation.bounce")
record FailoverSettings(@DefaultValue("4h") Duration softFailoverAfter) {}
