package org.escalationrouter.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The drop folder of scanned letters ({@code escalation.letters.dir}). */
@ConfigurationProperties("escalation.letters")
public record LetterSettings(@DefaultValue("letters") Path dir) {

  public Path inbox() {
    return dir.resolve("inbox");
  }
}
