package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments are decoded into temporary files under a per-part and a per-letter limit, and the
 * files are gone when the letter is read, whether reading succeeded or failed.
 */
class AttachmentSpoolTest {

  @TempDir Path spool;

  private LetterParser parser(long maxPerLetter) {
    return new LetterParser(
        ParseLimits.defaults().withOcr(false).withAttachmentSpool(maxPerLetter, spool));
  }

  private long filesLeft() throws IOException {
    try (Stream<Path> files = Files.list(spool)) {
      return files.count();
    }
  }

  @Test
  void attachmentsAreReadFromTemporaryFilesThatAreDeletedAfterwards() throws Exception {
    byte[] raw =
        HostileFiles.withAttachment(
            "notes.txt",
            "text/plain",
            "I will take this to my lawyer.".getBytes(StandardCharsets.US_ASCII));

    Letter letter = parser(0).parse(raw, "notes.eml");

    assertThat(letter.readableText()).contains("I will take this to my lawyer.");
    assertThat(filesLeft()).isZero();
  }

  @Test
  void partsBeyondTheLettersTotalAreListedNotRead() throws Exception {
    StringBuilder m = new StringBuilder();
    m.append("From: a@example.com\r\nSubject: scans\r\nMIME-Version: 1.0\r\n");
    m.append("Content-Type: multipart/mixed; boundary=x\r\n\r\n");
    m.append("--x\r\nContent-Type: text/plain\r\n\r\nSee the three notes.\r\n");
    for (int i = 0; i < 3; i++) {
      m.append("--x\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=n")
          .append(i)
          .append(".txt\r\n\r\n")
          .append(("note " + i + " ").repeat(40_000)) // about 320 KB each
          .append("\r\n");
    }
    m.append("--x--\r\n");

    Letter letter = parser(700_000).parse(m.toString().getBytes(StandardCharsets.US_ASCII), "m");

    assertThat(letter.attachments()).hasSize(3);
    assertThat(flagsOf(letter, "n0.txt")).isEmpty();
    assertThat(flagsOf(letter, "n1.txt")).isEmpty();
    assertThat(flagsOf(letter, "n2.txt")).containsExactly(LetterFlag.ATTACHMENT_TOO_LARGE);
    assertThat(filesLeft()).isZero();
  }

  private static java.util.Set<LetterFlag> flagsOf(Letter letter, String name) {
    return letter.attachments().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow()
        .flags();
  }

  @Test
  void filesAreDeletedWhenTheLetterCannotBeRead() throws Exception {
    byte[] noise = new byte[200_000];
    new Random(15).nextBytes(noise);

    assertThatThrownBy(() -> parser(0).parse(noise, "noise.bin"))
        .isInstanceOf(LetterParseException.class);
    assertThat(filesLeft()).isZero();
  }

  @Test
  void aPartCutOffWhileBeingCopiedLeavesNoFile() throws Exception {
    InputStream broken =
        new SequenceInputStream(
            new ByteArrayInputStream(new byte[100_000]),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException("connection reset");
              }
            });
    try (PartSpool parts = new PartSpool(spool, 1_000_000, 1_000_000)) {
      assertThatThrownBy(() -> parts.take(broken)).hasMessage("connection reset");
      assertThat(filesLeft()).isZero();
    }
  }

  @Test
  void aPartOverItsLimitIsNotKeptAndNotReadToTheEnd() throws Exception {
    CountingStream large = new CountingStream(5_000_000);
    try (PartSpool parts = new PartSpool(spool, 1_000_000, 10_000_000)) {
      assertThat(parts.take(large)).isEmpty();
      assertThat(large.read).isLessThan(1_100_000);
      assertThat(filesLeft()).isZero();
      assertThat(parts.take(new ByteArrayInputStream(new byte[10]))).isPresent();
    }
    assertThat(filesLeft()).isZero();
  }

  /** Zeros, counting how many were read. */
  private static final class CountingStream extends InputStream {
    private final long length;
    long read;

    CountingStream(long length) {
      this.length = length;
    }

    @Override
    public int read() {
      return read < length ? (int) (0 * read++) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - read);
      read += n;
      return n;
    }
  }
}
