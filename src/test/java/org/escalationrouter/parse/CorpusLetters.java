package org.escalationrouter.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The shared MIME corpus, each file parsed once per test run (OCR makes a few of them slow). */
final class CorpusLetters {

  static final LetterParser PARSER = LetterParser.withDefaults();
  private static final Map<String, Letter> PARSED = new ConcurrentHashMap<>();

  private CorpusLetters() {}

  static Path mimeDir() {
    String dir = System.getProperty("corpus.dir");
    if (dir == null) {
      throw new IllegalStateException("system property corpus.dir is not set (surefire sets it)");
    }
    Path mime = Path.of(dir, "mime");
    if (!Files.isDirectory(mime)) {
      throw new IllegalStateException("MIME corpus missing at " + mime.toAbsolutePath());
    }
    return mime;
  }

  /** Every message file, as a path relative to the mime folder ("tika/testMSG.msg"). */
  static List<String> files() {
    Path mime = mimeDir();
    try (Stream<Path> walk = Files.walk(mime)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> mime.relativize(p).toString().replace('\\', '/'))
          .filter(name -> name.contains("/"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(mimeDir().resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Letter letter(String relative) {
    return PARSED.computeIfAbsent(
        relative, r -> PARSER.parse(bytes(r), Path.of(r).getFileName().toString()));
  }

  static String judgedText(Letter letter) {
    return String.join("\n", letter.judgedParts().map(TextPart::text).toList());
  }

  static String partText(Letter letter, String source) {
    return String.join(
        "\n",
        letter.parts().stream()
            .filter(p -> p.source().equals(source))
            .map(TextPart::text)
            .toList());
  }
}
