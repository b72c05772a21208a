package org.escalationrouter.judge;

import java.nio.file.Path;
import java.util.Optional;

/** Judged texts for detector tests, built with the real built-in phrase files. */
final class Texts {

  static final PhraseBook BOOK = PhraseBook.load(Path.of("target/no-such-phrase-dir"));

  private Texts() {}

  static JudgedText judged(String text) {
    return JudgedText.of("body", text, null, BOOK);
  }

  static boolean finds(SignalDetector detector, String text) {
    return detector.detect(judged(text)).isPresent();
  }

  static Optional<Detection> detect(SignalDetector detector, String text) {
    return detector.detect(judged(text));
  }
}
