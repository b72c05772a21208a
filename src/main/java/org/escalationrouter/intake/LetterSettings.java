package org.escalationrouter.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The drop folder of scanned letters ({@code escalation.letters.*}).
 *
 * @param dir the folder holding inbox/, done/ and failed/
 * @param maxSize a file larger than this is moved to failed/ without being read
 */
@ConfigurationProperties("escalation.letters")
public record LetterSettings(
    @DefaultValue("letters") Path dir, @DefaultValue("25MB") DataSize maxSize) {

  public Path inbox() {
    return dir.resolve("inbox");
  }
}
