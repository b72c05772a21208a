package org.escalationrouter.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.escalationrouter.pipeline.IncomingMessage;
import org.springframework.stereotype.Component;

/** Turns a file dropped into the letters folder into an incoming message, and files it away. */
@Component("letterDrop")
class LetterDrop {

  static final String MAILBOX = "letters";

  private final LetterSettings settings;
  private final Clock clock;

  LetterDrop(LetterSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public void incoming(Exchange exchange) {
    GenericFile<?> file = exchange.getMessage().getBody(GenericFile.class);
    String name =
        file == null
            ? exchange.getMessage().getHeader(Exchange.FILE_NAME_ONLY, String.class)
            : file.getFileNameOnly();
    byte[] raw = exchange.getMessage().getBody(byte[].class);
    boolean mime =
        name.toLowerCase(Locale.ROOT).endsWith(".eml") || IncomingMessage.looksLikeMime(raw);
    exchange
        .getMessage()
        .setBody(new IncomingMessage(MAILBOX, name, name, raw, clock.instant(), mime));
  }

  /** Chooses done/ or failed/ (with the reason beside it) for the file consumer to move it to. */
  public void fileAway(Exchange exchange) throws IOException {
    IncomingMessage message = exchange.getMessage().getBody(IncomingMessage.class);
    String reason = exchange.getProperty(IncomingMessage.QUARANTINED, String.class);
    if (reason == null) {
      exchange.setProperty("letterTarget", "../done/" + message.fileName());
      return;
    }
    Path failed = settings.dir().resolve("failed");
    Files.createDirectories(failed);
    Files.writeString(
        failed.resolve(message.fileName() + ".reason.txt"),
        reason + System.lineSeparator(),
        StandardCharsets.UTF_8);
    exchange.setProperty("letterTarget", "../failed/" + message.fileName());
  }
}
