package org.escalationrouter.parse;

import java.util.Optional;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/**
 * Text of one image by OCR, under the letter's {@link OcrPolicy}: skipped images are flagged with
 * the reason, text already read from the same bytes comes from the {@link OcrCache}, and the rest
 * is read by Tesseract from the file as it is (Tika only for formats Tesseract does not read),
 * within the letter's {@link OcrBudget}.
 */
final class ImageText {

  private final TikaText tika;
  private final ParseLimits limits;
  private final OcrPolicy policy;
  private final OcrCache cache;

  ImageText(TikaText tika, ParseLimits limits) {
    this.tika = tika;
    this.limits = limits;
    this.policy = new OcrPolicy(limits.ocrPolicy());
    this.cache = new OcrCache(limits.ocrPolicy().cacheEntries(), limits.ocrPolicy().cacheChars());
  }

  OcrCache cache() {
    return cache;
  }

  String text(
      PartSpool.PartFile image,
      MediaType type,
      LetterDraft draft,
      OcrPolicy.Place place,
      Set<LetterFlag> flags) {
    // a logo or an inline picture is skipped whether or not OCR is installed: only an image that
    // may be a letter needs OCR
    Optional<LetterFlag> skip = policy.skip(image, place);
    if (skip.isPresent()) {
      flags.add(skip.get());
      return "";
    }
    if (!tika.canOcr()) {
      flags.add(LetterFlag.NEEDS_OCR);
      return "";
    }
    // the letter's own language decides the models, and the same image may read differently
    // under other models: the text is kept by the image and the models first asked
    String language = place.language();
    OcrLanguages models = tika.ocrModels();
    String hash = OcrCache.hash(image.path()) + " " + models.first(language);
    Optional<String> known = cache.get(hash);
    TikaText.Extraction read;
    if (known.isPresent()) {
      read = new TikaText.Extraction(known.get(), Set.of());
    } else if (draft.ocrBudget().spent()) {
      flags.add(LetterFlag.OCR_BUDGET_SPENT);
      return "";
    } else {
      read =
          draft
              .ocrBudget()
              .timed(() -> models.read(language, asked -> ocr(image, type, asked, draft)));
      if (read.flags().stream().allMatch(f -> f == LetterFlag.OCR_TEXT)) {
        cache.put(hash, read.text());
      }
    }
    flags.addAll(read.flags());
    if (!read.text().isBlank()) {
      flags.add(LetterFlag.OCR_TEXT);
    }
    return read.text();
  }

  private TikaText.Extraction ocr(
      PartSpool.PartFile image, MediaType type, String languages, LetterDraft draft) {
    if (TesseractImage.readsItself(type)) {
      Optional<TikaText.Extraction> direct =
          TesseractImage.read(image.path(), languages, limits.parseTimeout());
      if (direct.isPresent()) {
        return direct.get();
      }
    }
    return tika.ocrImage(
        TikaText.of(image.path(), image.size()), type, draft.charsLeft(), languages);
  }
}
