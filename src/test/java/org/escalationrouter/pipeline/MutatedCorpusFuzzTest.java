package org.escalationrouter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.escalationrouter.bounce.AutomatedMailDetector;
import org.escalationrouter.parse.LetterParseException;
import org.escalationrouter.parse.LetterParser;
import org.escalationrouter.parse.ParseLimits;
import org.junit.jupiter.api.Test;

/**
 * Real messages from the shared corpus, mutated by a seeded mutator (bytes flipped, ranges cut or
 * repeated, hostile header and boundary lines spliced in), go through what admission and parsing do
 * with a message: the key, the automated-mail check, the parser. Every input must end accounted for
 * — a letter, or a {@link LetterParseException} the pipeline quarantines — so the cursor would move
 * past each one; nothing else may escape.
 */
class MutatedCorpusFuzzTest {

  private static final long SEED = 15L;
  private static final int ITERATIONS = 400;
  private static final String[] SPLICES = {
    "Received: from x\r\n" + "\tby y;\r\n".repeat(3_000),
    "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n",
    "Content-Type: multipart/mixed\r\n",
    "\r\n--never-used\r\nContent-Type: text/html\r\n\r\n<p>" + "<b>".repeat(2_000),
    "Subject: =?utf-8?B?" + "A".repeat(5_000) + "?=\r\n",
    "Message-ID: <" + "x".repeat(2_000) + "@example.org>\r\n",
    "Content-Transfer-Encoding: base64\r\n\r\n!!!!====\r\n",
    "\u0000\u0000\u0000",
    "Content-Type: message/rfc822\r\n\r\n" + "Content-Type: message/rfc822\r\n\r\n".repeat(50),
  };

  private final LetterParser parser = new LetterParser(ParseLimits.defaults().withOcr(false));
  private final AutomatedMailDetector detector = AutomatedMailDetector.withDefaults();

  @Test
  void mutatedRealMessagesAreAllAccountedFor() {
    List<byte[]> corpus = corpus();
    Random random = new Random(SEED);
    List<String> escaped = new ArrayList<>();
    int accounted = 0;
    int letters = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
      String step = "key";
      try {
        boolean mime = IncomingMessage.looksLikeMime(input);
        assertThat(MessageKey.of(input, mime)).hasSizeLessThanOrEqualTo(300);
        step = "automated-mail check";
        if (mime) {
          detector.detect(input);
        }
        step = "parse";
        parser.parse(input, "fuzz-" + i + ".eml");
        letters++;
      } catch (LetterParseException e) {
        // the pipeline quarantines it and moves on
      } catch (RuntimeException | StackOverflowError e) {
        escaped.add("input " + i + " in " + step + ": " + e + " at " + frames(e));
        continue;
      }
      accounted++;
    }
    System.out.printf(
        "fuzz: %d inputs tried (seed %d), %d letters, %d refused as unreadable, %d escaped%n",
        ITERATIONS, SEED, letters, accounted - letters, escaped.size());
    assertThat(escaped).isEmpty();
    assertThat(accounted).isEqualTo(ITERATIONS);
  }

  private static String frames(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return List.of(trace).subList(0, Math.min(3, trace.length)).toString();
  }

  private static List<byte[]> corpus() {
    Path mime = Path.of(System.getProperty("corpus.dir"), "mime");
    try (Stream<Path> files = Files.walk(mime)) {
      List<byte[]> all = new ArrayList<>();
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        if (Files.size(p) < 2_000_000) {
          all.add(Files.readAllBytes(p));
        }
      }
      assertThat(all).hasSizeGreaterThan(50);
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One to four mutations of a copy of {@code original}. */
  static byte[] mutate(byte[] original, Random random) {
    byte[] b = original.clone();
    int count = 1 + random.nextInt(4);
    for (int m = 0; m < count && b.length > 0; m++) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> {
          for (int k = 0; k < 1 + random.nextInt(32); k++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
          }
        }
        case 1 -> b = cut(b, at, Math.min(b.length, at + random.nextInt(4_096)));
        case 2 -> {
          int end = Math.min(b.length, at + 1 + random.nextInt(512));
          byte[] range = java.util.Arrays.copyOfRange(b, at, end);
          b = splice(b, at, range, 1 + random.nextInt(20));
        }
        case 3 -> {
          byte[] s = SPLICES[random.nextInt(SPLICES.length)].getBytes(StandardCharsets.UTF_8);
          b = splice(b, random.nextBoolean() ? lineStart(b, at) : 0, s, 1);
        }
        default -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
      }
    }
    return b.length == 0 ? new byte[] {'x'} : b;
  }

  private static int lineStart(byte[] b, int at) {
    int i = at;
    while (i > 0 && b[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private static byte[] cut(byte[] b, int from, int to) {
    byte[] out = new byte[b.length - (to - from)];
    System.arraycopy(b, 0, out, 0, from);
    System.arraycopy(b, to, out, from, b.length - to);
    return out;
  }

  private static byte[] splice(byte[] b, int at, byte[] insert, int times) {
    byte[] out = new byte[b.length + insert.length * times];
    System.arraycopy(b, 0, out, 0, at);
    for (int t = 0; t < times; t++) {
      System.arraycopy(insert, 0, out, at + t * insert.length, insert.length);
    }
    System.arraycopy(b, at, out, at + insert.length * times, b.length - at);
    return out;
  }
}
