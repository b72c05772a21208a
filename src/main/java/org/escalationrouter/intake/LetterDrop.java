package org.escalationrouter.intake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.file.GenericFile;
import org.escalationrouter.pipeline.FailureReason;
import org.escalationrouter.pipeline.IncomingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Hands a file dropped into the letters folder to the pipeline and chooses where the file consumer
 * moves it: done/, or failed/ with the reason beside it.
 */
@Component("letterDrop")
class LetterDrop {

  private static final Logger log = LoggerFactory.getLogger(LetterDrop.class);

  static final String MAILBOX = IncomingMessage.LETTERS;
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
   * filed away. Whatever happens, the file ends in done/ or in failed/ with its reason.
   */
  public void process(Exchange exchange) throws IOException {
    GenericFile<?> file = exchange.getMessage().getBody(GenericFile.class);
    String name =
        file == null
            ? exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class)
            : file.getFileNameOnly();
    String reason;
    try {
      reason = read(exchange, file, name);
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      reason = "not processed: " + FailureReason.of(e);
    }
    exchange.setProperty("letterTarget", fileAway(name, reason));
  }

  /** Null when the letter was processed, else why it belongs in failed/. */
  private String read(Exchange exchange, GenericFile<?> file, String name) throws IOException {
    long max = settings.maxSize().toBytes();
    long length = file == null ? -1 : file.getFileLength();
    Optional<String> refusal = DropRefusal.of(name, length, max);
    if (refusal.isPresent()) {
      return refusal.get();
    }
    if (file != null && file.getFile() instanceof File f && Files.isSymbolicLink(f.toPath())) {
      return DropRefusal.SYMBOLIC_LINK;
    }
    byte[] raw = bounded(exchange, file, max);
    if (raw == null) {
      return DropRefusal.tooLarge(max + 1, max); // grew after it was measured
    }
    boolean mime =
        name.toLowerCase(Locale.ROOT).endsWith(".eml") || IncomingMessage.looksLikeMime(raw);
    IncomingMessage message = new IncomingMessage(MAILBOX, name, name, raw, clock.instant(), mime);
    log.debug("{}", message.sourceForDebug()); // INFO lines name it by hash only
    Exchange done = producer.send(PIPELINE, e -> e.getMessage().setBody(message));
    String reason = done.getProperty(IncomingMessage.QUARANTINED, String.class);
    if (reason == null && done.getException() != null) {
      // not even quarantined (the database may be down): keep it visible in failed/
      reason = "not processed: " + FailureReason.of(done.getException());
    }
    return reason;
  }

  /** At most {@code max} bytes of the file, never more; null when it holds more. */
  private static byte[] bounded(Exchange exchange, GenericFile<?> file, long max)
      throws IOException {
    if (file == null || !(file.getFile() instanceof File f)) {
      return exchange.getMessage().getBody(byte[].class);
    }
    try (InputStream in = Files.newInputStream(f.toPath(), LinkOption.NOFOLLOW_LINKS)) {
      byte[] raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      return raw.length > max ? null : raw;
    }
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
