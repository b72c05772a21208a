package org.escalationrouter.judge;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link JudgeSettings} from {@code escalation.judge.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JudgeSettings.class)
class JudgeConfiguration {}
