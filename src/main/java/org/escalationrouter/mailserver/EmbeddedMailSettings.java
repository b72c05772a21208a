package org.escalationrouter.mailserver;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded demo mail server ({@code escalation.embedded-mail.*}). {@code enabled} left unset
 * means: on when no mailbox is configured.
 */
@ConfigurationProperties("escalation.embedded-mail")
public record EmbeddedMailSettings(
    Boolean enabled,
    @DefaultValue("127.0.0.1") String bindAddress,
    @DefaultValue("3025") int smtpPort,
    @DefaultValue("3143") int imapPort) {}
