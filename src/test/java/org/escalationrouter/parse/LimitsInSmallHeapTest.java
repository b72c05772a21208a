package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 25 MB PDF, a message nested fifty deep, a zip bomb and .docx bombs, parsed in a separate JVM
 * with a 256 MB heap: each must end in text or a flag, never in an OutOfMemoryError or a hang.
 */
class LimitsInSmallHeapTest {

  @TempDir Path dir;

  @Test
  void parsesHostileFilesInA256MbHeap() throws Exception {
    byte[] pdf = HostileFiles.bigPdf(24);
    assertThat(pdf.length).isBetween(20_000_000, (int) ParseLimits.DEFAULT_MAX_ATTACHMENT_BYTES);
    Path bigPdf = Files.write(dir.resolve("big.pdf"), pdf);
    Path deep = Files.write(dir.resolve("deep.eml"), HostileFiles.nestedMessage(50));
    Path bomb =
        Files.write(
            dir.resolve("bomb.eml"),
            HostileFiles.withAttachment("c.zip", "application/zip", HostileFiles.zipBomb(60)));

    byte[] docx = HostileFiles.docxBomb(300);
    Path docxBomb =
        Files.write(
            dir.resolve("docx-bomb.eml"),
            HostileFiles.withAttachment(
                "terms.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx));

    // a .docx of a few MB packing only about fifteen to one: 80 MB of XML is read as a stream and
    // cut at the letter's character limit, 150 MB is more than any letter needs and is refused
    byte[] numbers = HostileFiles.docxOfNumbers(80);
    assertThat(numbers.length * ParseLimits.DEFAULT_MAX_COMPRESSION_RATIO).isGreaterThan(80L << 20);
    Path docxNumbers = Files.write(dir.resolve("numbers.docx"), numbers);
    Path docxHuge = Files.write(dir.resolve("huge.docx"), HostileFiles.docxOfNumbers(150));

    List<String> lines = runSmallHeap("256m", bigPdf, deep, bomb, docxBomb, docxNumbers, docxHuge);

    assertThat(lines).noneMatch(l -> l.startsWith("OOM"));
    // no limit hit: its only flag says its subject is its first line
    assertThat(line(lines, "big.pdf"))
        .contains("flags=[SUBJECT_FROM_TEXT]")
        .doesNotContain("chars=0 ");
    assertThat(line(lines, "deep.eml")).contains("TOO_DEEPLY_NESTED");
    assertThat(line(lines, "bomb.eml")).containsAnyOf("SUSPECTED_ZIP_BOMB", "TEXT_TRUNCATED");
    // a .docx of a few hundred KB expanding to 300 MB of XML: refused with the true reason
    assertThat(docx.length).isLessThan(1_000_000);
    assertThat(line(lines, "docx-bomb.eml")).contains("SUSPECTED_ZIP_BOMB");
    assertThat(line(lines, "numbers.docx")).contains("TEXT_TRUNCATED");
    assertThat(line(lines, "huge.docx")).contains("SUSPECTED_ZIP_BOMB");
  }

  /**
   * A 30 MB attachment (over the per-part limit) and a 20 MB one (under it) in a 96 MB heap, where
   * the 40 MB message itself takes almost half. Attachments are decoded into temporary files, so no
   * part is ever whole in the heap; before, the parser copied the message and then each part (out
   * of memory even at 128 MB).
   */
  @Test
  void largeAttachmentsAreStreamedToTemporaryFilesInA96MbHeap() throws Exception {
    Random random = new Random(15);
    byte[] noise = new byte[30 * 1024 * 1024];
    random.nextBytes(noise);
    Path over =
        Files.write(
            dir.resolve("over-limit.eml"),
            HostileFiles.withAttachment("scan.bin", "application/octet-stream", noise));
    Path under =
        Files.write(
            dir.resolve("under-limit.eml"),
            HostileFiles.withAttachment(
                "scan.bin",
                "application/octet-stream",
                java.util.Arrays.copyOf(noise, 20 * 1024 * 1024)));
    noise = null;
    byte[] words = "I want my money back. ".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
    Path text =
        Files.write(
            dir.resolve("text.eml"), HostileFiles.withAttachment("notes.txt", "text/plain", words));

    List<String> lines = runSmallHeap("96m", over, under, text);

    assertThat(lines).noneMatch(l -> l.startsWith("OOM"));
    assertThat(line(lines, "over-limit.eml")).contains("ATTACHMENT_TOO_LARGE");
    assertThat(line(lines, "under-limit.eml")).contains("flags=[]");
    assertThat(line(lines, "text.eml")).contains("chars=1000000 ").contains("TEXT_TRUNCATED");
  }

  private static String line(List<String> lines, String file) {
    return lines.stream()
        .filter(l -> l.startsWith("PARSED " + file + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no result for " + file + " in " + lines));
  }

  private static List<String> runSmallHeap(String heap, Path... files)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heap);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SmallHeapParse.class.getName());
    for (Path f : files) {
      command.add(f.toString());
    }
    File log = Files.createTempFile("small-heap", ".log").toFile();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    boolean finished = process.waitFor(100, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    List<String> out = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
    log.delete();
    assertThat(finished).as("finished in time; output: %s", out).isTrue();
    assertThat(process.exitValue()).as("exit code; output: %s", out).isZero();
    return out.stream().filter(l -> l.startsWith("PARSED") || l.startsWith("OOM")).toList();
  }
}
