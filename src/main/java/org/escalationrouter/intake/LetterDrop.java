package org.escalationrouter.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.GenericFile;
import org.escalationrouter.pipeline.IncomingMessage;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Hands a file dropped into the letters folder to the pipeline and chooses where the file consumer
 * moves it: done/, or failed/ with the reason beside it.
 */
@Component("letterDrop")
class LetterDrop {

  static final String MAILBOX = "letters";
  static final String PIPELINE = "direct:pipeline";

  private final LetterSettings settings;
  private final Clock clock;
  private final ProducerTemplate producer;

  LetterDrop(LetterSettings settings, Clock clock, @Lazy ProducerTemplate producer) {
    this.settings = settings;
    this.clock = clock;
    this.producer = producer;
  }

  /**
   * Sends the letter through the pipeline as an exchange of its own: a letter the pipeline
   * quarantines ends that exchange as handled, which would also end this route before the file is
   * filed away.
   */
  public void process(Exchange exchange) throws IOException {
    GenericFile<?> file = exchange.getMessage().getBody(GenericFile.class);
    String name =
        file == null
            ? exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class)
            : file.getFileNameOnly();
    byte[] raw = exchange.getMessage().getBody(byte[].class);
    boolean mime =
        name.toLowerCase(Locale.ROOT).endsWith(".eml") || IncomingMessage.looksLikeMime(raw);
    IncomingMessage message = new IncomingMessage(MAILBOX, name, name, raw, clock.instant(), mime);
    Exchange done = producer.send(PIPELINE, e -> e.getMessage().setBody(message));
    String reason = done.getProperty(IncomingMessage.QUARANTINED, String.class);
    if (reason == null && done.getException() != null) {
      // not even quarantined (the database may be down): keep it visible in failed/
      reason = "not processed: " + done.getException();
    }
    exchange.setProperty("letterTarget", fileAway(name, reason));
  }

  /** The path, relative to the inbox, to move the file to; writes the reason when it failed. */
  private String fileAway(String name, String reason) throws IOException {
    if (reason == null) {
      return "../done/" + name;
    }
    Path failed = settings.dir().resolve("failed");
    Files.createDirectories(failed);
    Files.writeString(
        failed.resolve(name + ".reason.txt"),
        reason + System.lineSeparator(),
        StandardCharsets.UTF_8);
    return "../failed/" + name;
  }
}
