package org.escalationrouter.failover;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bounces of escalations are acted on ({@code escalation.bounce.*}).
 *
 * @param softFailoverAfter how long an escalation may stay delayed (soft bounces, "still trying"
 *     reports) before it goes to the deputy anyway
 * @param failingExpiresAfter how long after its last bounce an address counts as failing
 */
@ConfigurationProperties("escalation.bounce")
record FailoverSettings(
    @DefaultValue("4h") Duration softFailoverAfter,
    @DefaultValue("7d") Duration failingExpiresAfter) {}
