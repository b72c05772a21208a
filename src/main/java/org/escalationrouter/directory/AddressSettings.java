package org.escalationrouter.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a bounce marks an address ({@code escalation.bounce.failing-expires-after}).
 *
 * @param failingExpiresAfter how long after its last bounce an address counts as failing
 */
@ConfigurationProperties("escalation.bounce")
record AddressSettings(@DefaultValue("7d") Duration failingExpiresAfter) {}
