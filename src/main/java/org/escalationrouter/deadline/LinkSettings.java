package org.escalationrouter.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where executives' signed links point ({@code escalation.web.base-url}) and how long they work.
 */
@ConfigurationProperties("escalation.web")
record LinkSettings(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("30d") Duration linkValidity) {}
