package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus, found through the {@code corpus.dir} system property that Surefire sets. */
final class CorpusFiles {

  private CorpusFiles() {}

  static Path root() {
    String dir = System.getProperty("corpus.dir");
    assertThat(dir).as("system property corpus.dir (set by Surefire) is missing").isNotBlank();
    Path root = Path.of(dir);
    assertThat(Files.isDirectory(root)).as("corpus directory %s does not exist", root).isTrue();
    return root;
  }

  static Path bouncesDir() {
    return root().resolve("bounces");
  }

  static byte[] bytes(String relative) {
    Path file = root().resolve(relative);
    assertThat(Files.isRegularFile(file)).as("corpus file %s is missing", file).isTrue();
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MimeMessage bounce(String name) {
    return AutomatedMailDetector.parse(bytes("bounces/eml/" + name + ".eml"));
  }

  static MimeMessage mime(String relative) {
    return AutomatedMailDetector.parse(bytes("mime/" + relative));
  }
}
