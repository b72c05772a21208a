package org.escalationrouter.parse;

import java.time.Duration;

/**
 * Which images are worth Tesseract's time ({@code escalation.parse.ocr-policy.*}). A zero or
 * missing value falls back to its default. The size limits apply only to letters that have words of
 * their own; a letter without them has every image read.
 *
 * @param minWidth images narrower than this (pixels, default 400) are not read by OCR in a letter
 *     with words of its own
 * @param minHeight images lower than this (pixels, default 300) are not read by OCR in a letter
 *     with words of its own
 * @param minBytes image files smaller than this (bytes, default 8 KiB: logos, icons, signature
 *     pictures) are not read by OCR in a letter with words of its own
 * @param budget OCR time allowed per letter (default 60s); once spent, further images and scanned
 *     PDFs are listed, not read, and flagged OCR_BUDGET_SPENT (the first OCR always runs)
 * @param cacheEntries texts read by OCR kept in memory by the image's SHA-256 (default 2,000), so
 *     the logo in every copy of a message is read once
 * @param cacheChars characters of OCR text the cache may hold in all (default 4,000,000)
 * @param maxPixels images whose header declares more pixels than this (default 100,000,000: an A4
 *     page scanned at 1,200 dpi has 140 million, at 600 dpi 35 million) are never read, in any
 *     letter, and flagged IMAGE_TOO_LARGE: a small file that would decode to gigabytes is a
 *     decompression bomb, and Tesseract would spend minutes on it
 * @param languages which Tesseract models read an image: {@code auto} (default) the language of the
 *     letter's own words, plus English when it is not English, or, when nothing is known, English
 *     first and the language of what came out when that is clearly another of ours; {@code all}
 *     every installed language of ours at once (slower, the behaviour before)
 */
public record OcrSettings(
    int minWidth,
    int minHeight,
    long minBytes,
    Duration budget,
    int cacheEntries,
    long cacheChars,
    long maxPixels,
    Languages languages) {

  /**
   * Which Tesseract models are asked for an image ({@code escalation.parse.ocr-policy.languages}).
   */
  public enum Languages {
    /** The letter's own language (plus English), or English first and then what it reads as. */
    AUTO,
    /** Every installed language of ours in one run. */
    ALL
  }

  public static final int DEFAULT_MIN_WIDTH = 400;
  public static final int DEFAULT_MIN_HEIGHT = 300;
  public static final long DEFAULT_MIN_BYTES = 8 * 1024;
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);
  public static final int DEFAULT_CACHE_ENTRIES = 2_000;
  public static final long DEFAULT_CACHE_CHARS = 4_000_000;
  public static final long DEFAULT_MAX_PIXELS = 100_000_000;

  public OcrSettings {
    minWidth = minWidth > 0 ? minWidth : DEFAULT_MIN_WIDTH;
    minHeight = minHeight > 0 ? minHeight : DEFAULT_MIN_HEIGHT;
    minBytes = minBytes > 0 ? minBytes : DEFAULT_MIN_BYTES;
    budget = budget != null && !budget.isZero() && !budget.isNegative() ? budget : DEFAULT_BUDGET;
    cacheEntries = cacheEntries > 0 ? cacheEntries : DEFAULT_CACHE_ENTRIES;
    cacheChars = cacheChars > 0 ? cacheChars : DEFAULT_CACHE_CHARS;
    maxPixels = maxPixels > 0 ? maxPixels : DEFAULT_MAX_PIXELS;
    languages = languages != null ? languages : Languages.AUTO;
  }

  public static OcrSettings defaults() {
    return new OcrSettings(0, 0, 0, null, 0, 0, 0, null);
  }

  public OcrSettings withBudget(Duration perLetter) {
    return new OcrSettings(
        minWidth, minHeight, minBytes, perLetter, cacheEntries, cacheChars, maxPixels, languages);
  }

  public OcrSettings withCache(int entries, long chars) {
    return new OcrSettings(
        minWidth, minHeight, minBytes, budget, entries, chars, maxPixels, languages);
  }

  public OcrSettings withMaxPixels(long pixels) {
    return new OcrSettings(
        minWidth, minHeight, minBytes, budget, cacheEntries, cacheChars, pixels, languages);
  }

  public OcrSettings withLanguages(Languages models) {
    return new OcrSettings(
        minWidth, minHeight, minBytes, budget, cacheEntries, cacheChars, maxPixels, models);
  }
}
