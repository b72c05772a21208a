package org.escalationrouter.cases;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the messages and letters the router keeps are stored.
 *
 * @param inlineMaxSize a raw message or letter up to this size is stored in its database row; a
 *     larger one is written to {@code dir} and the row holds its file name and SHA-256
 * @param dir the data directory for the larger ones
 */
@ConfigurationProperties("escalation.storage")
public record StorageSettings(
    @DefaultValue("1MB") DataSize inlineMaxSize, @DefaultValue("data/originals") Path dir) {}
