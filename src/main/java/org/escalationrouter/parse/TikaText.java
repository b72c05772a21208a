package org.escalationrouter.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Document text through Tika, one attachment at a time, on a small bounded pool so that a parser
 * that hangs costs one attachment its text (flagged PARSE_TIMEOUT), never the letter.
 */
final class TikaText {

  /** Text read from one document and what got in the way. */
  record Extraction(String text, Set<LetterFlag> flags) {
    static Extraction flagged(LetterFlag flag) {
      return new Extraction("", EnumSet.of(flag));
    }
  }

  private static final int POOL_THREADS = 4;
  private static final int MIN_PDF_CHARS = 20;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ParseLimits limits;
  private final ThreadPoolExecutor pool;

  /**
   * Made on first use: loading every Tika parser (and asking Tesseract for its languages) costs
   * seconds, and a one-shot {@code explain} of a plain e-mail needs neither.
   */
  private volatile AutoDetectParser parser;

  private volatile Optional<String> ocrLanguages;

  private volatile OcrLanguages ocrModels;

  TikaText(ParseLimits limits) {
    this.limits = limits;
    pool =
        new ThreadPoolExecutor(
            POOL_THREADS,
            POOL_THREADS,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(16),
            r -> {
              Thread t = new Thread(r, "letter-parse-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  boolean canOcr() {
    return ocrLanguages().isPresent();
  }

  /** "eng+pol+…" when OCR is on and Tesseract is installed. */
  Optional<String> ocrLanguages() {
    Optional<String> languages = ocrLanguages;
    if (languages == null) {
      languages = limits.ocrEnabled() ? OcrEngine.languages() : Optional.empty();
      ocrLanguages = languages;
    }
    return languages;
  }

  /** Which models read an image or a scanned PDF, under {@code ocr-policy.languages}. */
  OcrLanguages ocrModels() {
    OcrLanguages models = ocrModels;
    if (models == null) {
      List<String> installed =
          ocrLanguages().map(all -> List.of(all.split("\\+"))).orElse(List.of());
      models = new OcrLanguages(limits.ocrPolicy().languages(), installed);
      ocrModels = models;
    }
    return models;
  }

  private AutoDetectParser parser() {
    AutoDetectParser made = parser;
    if (made == null) {
      synchronized (this) {
        made = parser;
        if (made == null) {
          made = new AutoDetectParser();
          AutoDetectParserConfig config = new AutoDetectParserConfig();
          config.setMaximumCompressionRatio(limits.maxCompressionRatio());
          config.setOutputThreshold(100_000);
          made.setAutoDetectParserConfig(config);
          parser = made;
        }
      }
    }
    return made;
  }

  /** The document, in memory or in a spooled file; opened once per parse. */
  interface Document {
    TikaInputStream open() throws IOException;

    /** Read front to back, even from a file: archives are then read entry by entry as streams. */
    TikaInputStream stream() throws IOException;

    long size();
  }

  static Document of(byte[] bytes) {
    return new Document() {
      public TikaInputStream open() {
        return TikaInputStream.get(bytes);
      }

      public TikaInputStream stream() {
        return TikaInputStream.get(bytes);
      }

      public long size() {
        return bytes.length;
      }
    };
  }

  static Document of(Path file, long size) {
    return new Document() {
      public TikaInputStream open() throws IOException {
        return TikaInputStream.get(file);
      }

      public TikaInputStream stream() throws IOException {
        return TikaInputStream.get(Files.newInputStream(file));
      }

      public long size() {
        return size;
      }
    };
  }

  /** Text of a document whose type was detected from its bytes, cut at {@code charLimit}. */
  Extraction extract(byte[] bytes, MediaType type, int charLimit) {
    return extract(of(bytes), type, charLimit);
  }

  /** The same for a document read from a file, which Tika streams rather than loads. */
  Extraction extract(Document bytes, MediaType type, int charLimit) {
    return extract(bytes, type, charLimit, OcrBudget.unlimited(), null);
  }

  /**
   * The same, with the OCR of a scanned PDF counted against the letter's {@code budget} and read in
   * the language of the letter's own words ({@code letterLanguage}, ISO 639-1, null when unknown;
   * see {@link OcrLanguages}).
   */
  Extraction extract(
      Document bytes, MediaType type, int charLimit, OcrBudget budget, String letterLanguage) {
    if (charLimit <= 0) {
      return Extraction.flagged(LetterFlag.TEXT_TRUNCATED);
    }
    boolean image = "image".equals(type.getType());
    if (image && !canOcr()) {
      return Extraction.flagged(LetterFlag.NEEDS_OCR);
    }
    if (ZipExpansion.exceeds(bytes, limits.maxCompressionRatio())) {
      return Extraction.flagged(LetterFlag.SUSPECTED_ZIP_BOMB);
    }
    boolean pdf = type.getBaseType().toString().equals("application/pdf");
    Extraction first =
        image
            ? ocrModels().read(letterLanguage, models -> run(bytes, type, charLimit, models))
            : run(bytes, type, charLimit, null);
    if (!pdf || first.text().strip().length() >= MIN_PDF_CHARS || !first.flags().isEmpty()) {
      return withOcrMark(first, image);
    }
    // a PDF without a text layer is a scan
    if (!canOcr()) {
      return Extraction.flagged(LetterFlag.NEEDS_OCR);
    }
    if (budget.spent()) {
      return Extraction.flagged(LetterFlag.OCR_BUDGET_SPENT);
    }
    int dpi = PdfPages.ocrDpi(bytes);
    if (dpi < 0) {
      return Extraction.flagged(LetterFlag.IMAGE_TOO_LARGE);
    }
    return withOcrMark(
        budget.timed(
            () ->
                ocrModels()
                    .read(letterLanguage, models -> run(bytes, type, charLimit, models, dpi))),
        true);
  }

  /** An image read by OCR with the given Tesseract models ({@code eng+pol}), through Tika. */
  Extraction ocrImage(Document bytes, MediaType type, int charLimit, String models) {
    if (charLimit <= 0) {
      return Extraction.flagged(LetterFlag.TEXT_TRUNCATED);
    }
    return withOcrMark(run(bytes, type, charLimit, models), true);
  }

  private static Extraction withOcrMark(Extraction e, boolean ocr) {
    if (!ocr || e.text().isBlank()) {
      return e;
    }
    Set<LetterFlag> flags = EnumSet.of(LetterFlag.OCR_TEXT);
    flags.addAll(e.flags());
    return new Extraction(e.text(), flags);
  }

  // ocrModels: the Tesseract models to read it with, null for no OCR
  private Extraction run(Document bytes, MediaType type, int charLimit, String ocrModels) {
    return run(bytes, type, charLimit, ocrModels, PdfPages.OCR_DPI);
  }

  // dpi: the resolution a PDF's pages are rendered at for OCR (PdfPages)
  private Extraction run(Document bytes, MediaType type, int charLimit, String ocrModels, int dpi) {
    BodyContentHandler handler = new BodyContentHandler(charLimit);
    Future<?> task;
    try {
      task = pool.submit(() -> parse(bytes, type, handler, ocrModels, dpi));
    } catch (RejectedExecutionException e) {
      return Extraction.flagged(LetterFlag.PARSE_TIMEOUT);
    }
    try {
      task.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Extraction(handler.toString(), Set.of());
    } catch (TimeoutException e) {
      task.cancel(true);
      return Extraction.flagged(LetterFlag.PARSE_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      return Extraction.flagged(LetterFlag.PARSE_TIMEOUT);
    } catch (ExecutionException e) {
      return new Extraction(handler.toString(), EnumSet.of(flagFor(e.getCause())));
    }
  }

  private Void parse(
      Document bytes, MediaType type, BodyContentHandler handler, String ocrModels, int dpi)
      throws Exception {
    boolean ocr = ocrModels != null && !ocrModels.isEmpty();
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, type.toString());
    ParseContext context = new ParseContext();
    TesseractOCRConfig tesseract = new TesseractOCRConfig();
    tesseract.setSkipOcr(!ocr);
    if (ocr) {
      tesseract.setLanguage(ocrModels);
    }
    tesseract.setTimeoutSeconds((int) Math.max(1, limits.parseTimeout().toSeconds()));
    context.set(TesseractOCRConfig.class, tesseract);
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(
        ocr ? PDFParserConfig.OCR_STRATEGY.OCR_ONLY : PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    // 200 dpi reads typed letters as well as 300 and takes about half the time; less for a page
    // too large to render at it (PdfPages)
    pdf.setOcrDPI(dpi);
    context.set(PDFParserConfig.class, pdf);
    // Word and PowerPoint read as XML streams: POI's document model of a .docx holds the whole
    // XML in the heap many times over (90 MB of XML overran a 256 MB heap)
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    boolean archive = isPackage(type);
    if (archive) {
      // let archives hand their entries back to the parser, under the same zip-bomb guard
      context.set(Parser.class, parser());
    }
    // an archive read as a stream, as from memory before: an encrypted entry is then reported
    try (TikaInputStream in = archive ? bytes.stream() : bytes.open()) {
      parser().parse(in, handler, metadata, context);
    }
    return null;
  }

  private static boolean isPackage(MediaType type) {
    String base = type.getBaseType().toString();
    return base.equals("application/zip")
        || base.equals("application/x-tar")
        || base.equals("application/gzip")
        || base.equals("application/x-7z-compressed");
  }

  private static LetterFlag flagFor(Throwable cause) {
    if (WriteLimitReachedException.isWriteLimitReached(cause)) {
      return LetterFlag.TEXT_TRUNCATED;
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException
          || t instanceof org.apache.poi.EncryptedDocumentException) {
        return LetterFlag.ENCRYPTED;
      }
      String message = String.valueOf(t.getMessage()).toLowerCase();
      if (message.contains("zip bomb")) {
        return LetterFlag.SUSPECTED_ZIP_BOMB;
      }
      if (t instanceof OutOfMemoryError oom) {
        // not a flag: the letter is quarantined with the true reason, not judged on part of it
        throw new OutOfMemoryError("out of memory reading an attachment: " + oom.getMessage());
      }
    }
    return LetterFlag.PARSE_ERROR;
  }
}
