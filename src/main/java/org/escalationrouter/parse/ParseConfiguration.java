package org.escalationrouter.parse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code escalation.parse.*} to {@link ParseLimits} for the {@link LetterParser} bean. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParseLimits.class)
class ParseConfiguration {}
