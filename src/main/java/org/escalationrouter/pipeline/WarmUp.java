package org.escalationrouter.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads and judges one built-in letter ({@code pipeline/warm-up.eml}: text, HTML, a PDF, a Word
 * file and a forwarded message) before intake starts, and throws the result away. Without it the
 * first letters after a start pay for loading Tika's parsers, PDFBox, POI and the judge's phrase
 * tables from the packaged jar: seconds of CPU that a letter to the principals would wait for (ADR
 * 0012). Nothing is recorded; a failure is logged and the daemon starts anyway. Off with {@code
 * escalation.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "escalation.warm-up", havingValue = "true", matchIfMissing = true)
class WarmUp implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WarmUp.class);
  static final String SAMPLE = "pipeline/warm-up.eml";

  private final CaseAssessor assessor;
  private final Clock clock;
  private volatile boolean running;

  WarmUp(CaseAssessor assessor, Clock clock) {
    this.assessor = assessor;
    this.clock = clock;
  }

  /** Reads the sample; what it found, for the log and the test. */
  Reading run() {
    return assessor.read(
        new IncomingMessage("warm-up", "warm-up", "warm-up.eml", sample(), clock.instant(), true));
  }

  static byte[] sample() {
    try (InputStream in = WarmUp.class.getClassLoader().getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void start() {
    long t0 = System.nanoTime();
    try {
      Reading r = run();
      log.info(
          "Warmed up in {} ms: the built-in letter read ({} attachments, {} signals found)",
          (System.nanoTime() - t0) / 1_000_000,
          r.letter().attachments().size(),
          r.judgement().findings().size());
    } catch (RuntimeException e) {
      log.warn("Warm-up failed, the first letters will be slower: {}", e.toString());
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before everything else that starts, Camel's routes (and so the intake) included. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 1000;
  }
}
