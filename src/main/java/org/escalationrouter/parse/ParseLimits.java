package org.escalationrouter.parse;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * How far the parser goes with one letter before it stops and flags what it skipped. A zero or
 * missing value falls back to its default.
 *
 * @param maxAttachmentBytes an attachment (or dropped file) larger than this is recorded, not read
 * @param maxTotalChars text kept for the whole letter; more ends in {@link
 *     LetterFlag#TEXT_TRUNCATED}
 * @param maxDepth how deep attached messages inside attached messages are followed
 * @param maxParts MIME parts and attachments walked per letter
 * @param parseTimeout time allowed for reading one attachment with Tika (and OCR)
 * @param maxCompressionRatio Tika's zip-bomb guard: output chars per input byte
 * @param ocr whether images and image-only PDFs go through Tesseract when it is installed
 * @param maxMessageAttachmentBytes attachments of one letter (nested ones included) are copied to
 *     temporary files up to this total; parts beyond it are recorded, not read
 * @param tempDir where those files go (deleted when the letter is read); the JVM's temp dir if
 *     unset
 * @param ocrPolicy which images are read by OCR, the OCR time allowed per letter and the cache of
 *     OCR text
 */
@ConfigurationProperties("escalation.parse")
public record ParseLimits(
    long maxAttachmentBytes,
    int maxTotalChars,
    int maxDepth,
    int maxParts,
    Duration parseTimeout,
    long maxCompressionRatio,
    Boolean ocr,
    long maxMessageAttachmentBytes,
    Path tempDir,
    @NestedConfigurationProperty OcrSettings ocrPolicy) {

  public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;
  public static final int DEFAULT_MAX_TOTAL_CHARS = 1_000_000;
  public static final int DEFAULT_MAX_DEPTH = 5;
  public static final int DEFAULT_MAX_PARTS = 200;
  public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(30);
  public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;
  public static final long DEFAULT_MAX_MESSAGE_ATTACHMENT_BYTES = 2 * DEFAULT_MAX_ATTACHMENT_BYTES;

  public ParseLimits {
    maxAttachmentBytes = maxAttachmentBytes > 0 ? maxAttachmentBytes : DEFAULT_MAX_ATTACHMENT_BYTES;
    maxTotalChars = maxTotalChars > 0 ? maxTotalChars : DEFAULT_MAX_TOTAL_CHARS;
    maxDepth = maxDepth > 0 ? maxDepth : DEFAULT_MAX_DEPTH;
    maxParts = maxParts > 0 ? maxParts : DEFAULT_MAX_PARTS;
    parseTimeout =
        parseTimeout != null && !parseTimeout.isZero() && !parseTimeout.isNegative()
            ? parseTimeout
            : DEFAULT_PARSE_TIMEOUT;
    maxCompressionRatio =
        maxCompressionRatio > 0 ? maxCompressionRatio : DEFAULT_MAX_COMPRESSION_RATIO;
    ocr = ocr == null || ocr;
    maxMessageAttachmentBytes =
        maxMessageAttachmentBytes > 0
            ? maxMessageAttachmentBytes
            : DEFAULT_MAX_MESSAGE_ATTACHMENT_BYTES;
    tempDir = tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
    ocrPolicy = ocrPolicy != null ? ocrPolicy : OcrSettings.defaults();
  }

  public static ParseLimits defaults() {
    return new ParseLimits(0, 0, 0, 0, null, 0, null, 0, null, null);
  }

  public ParseLimits withOcr(boolean enabled) {
    return with(maxAttachmentBytes, maxTotalChars, maxDepth, maxParts, enabled);
  }

  public ParseLimits withMaxAttachmentBytes(long bytes) {
    return with(bytes, maxTotalChars, maxDepth, maxParts, ocr);
  }

  public ParseLimits withMaxTotalChars(int chars) {
    return with(maxAttachmentBytes, chars, maxDepth, maxParts, ocr);
  }

  public ParseLimits withMaxDepth(int depth) {
    return with(maxAttachmentBytes, maxTotalChars, depth, maxParts, ocr);
  }

  public ParseLimits withMaxParts(int parts) {
    return with(maxAttachmentBytes, maxTotalChars, maxDepth, parts, ocr);
  }

  public ParseLimits withAttachmentSpool(long maxMessageBytes, Path dir) {
    return withSpoolAndOcr(maxMessageBytes, dir, ocrPolicy);
  }

  public ParseLimits withOcrPolicy(OcrSettings policy) {
    return withSpoolAndOcr(maxMessageAttachmentBytes, tempDir, policy);
  }

  private ParseLimits withSpoolAndOcr(long maxMessageBytes, Path dir, OcrSettings policy) {
    return new ParseLimits(
        maxAttachmentBytes,
        maxTotalChars,
        maxDepth,
        maxParts,
        parseTimeout,
        maxCompressionRatio,
        ocr,
        maxMessageBytes,
        dir,
        policy);
  }

  private ParseLimits with(long attachment, int chars, int depth, int parts, boolean withOcr) {
    return new ParseLimits(
        attachment,
        chars,
        depth,
        parts,
        parseTimeout,
        maxCompressionRatio,
        withOcr,
        maxMessageAttachmentBytes,
        tempDir,
        ocrPolicy);
  }

  public boolean ocrEnabled() {
    return ocr;
  }
}
