package org.escalationrouter.parse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which Tesseract models read an image ({@code escalation.parse.ocr-policy.languages}). Each model
 * Tesseract loads costs CPU on every image (five at once took 3.5 times English alone), so under
 * {@code auto}:
 *
 * <ul>
 *   <li>a letter whose own words are in a known language has its images read with that language,
 *       plus English when it is not English (signatures and logos are often English);
 *   <li>otherwise (nothing known, or English) an image is read with English first; when what came
 *       out is clearly another of our languages, it is read again with that language plus English.
 * </ul>
 *
 * <p>"Clearly" is {@link LanguageGuesser}'s own rule (two stop words at least and a lead of 1.3
 * times over the runner-up) on at least {@link #MIN_WORDS} words of two letters or more: a logo or
 * a stamp gives too few words to tell, and English read of a few words is kept. Only installed
 * languages are asked. Under {@code all}, every installed language of ours is asked at once.
 */
final class OcrLanguages {

  /** Words of two letters or more a first read needs before its language is trusted. */
  static final int MIN_WORDS = 8;

  private static final String ENGLISH = "eng";
  private static final Map<String, String> MODELS =
      Map.of("en", "eng", "pl", "pol", "de", "deu", "fr", "fra", "es", "spa");
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  private final OcrSettings.Languages mode;
  private final List<String> installed;
  private final Map<String, Long> asked = new ConcurrentHashMap<>();

  /**
   * @param mode the setting
   * @param installed the Tesseract models of ours installed here ({@code eng}, {@code pol}, …), in
   *     the order {@link OcrEngine#WANTED} gives
   */
  OcrLanguages(OcrSettings.Languages mode, List<String> installed) {
    this.mode = mode;
    this.installed = List.copyOf(installed);
  }

  /**
   * What the first read of an image asks for, given the language of the letter's own words (ISO
   * 639-1, or null when unknown): also what its text is cached under, since the same image may read
   * differently in a letter of another language.
   */
  String first(String letterLanguage) {
    if (mode == OcrSettings.Languages.ALL || installed.isEmpty()) {
      return String.join("+", installed);
    }
    String known = letterLanguage == null ? null : MODELS.get(letterLanguage);
    if (known != null && !known.equals(ENGLISH) && installed.contains(known)) {
      return withEnglish(known);
    }
    return installed.contains(ENGLISH) ? ENGLISH : installed.get(0);
  }

  /**
   * Reads an image (or a scanned PDF) with the models the letter calls for: {@code ocr} is run once
   * with {@link #first}, and again when its text is clearly in another of our languages.
   */
  TikaText.Extraction read(String letterLanguage, Function<String, TikaText.Extraction> ocr) {
    String first = first(letterLanguage);
    TikaText.Extraction read = ask(first, ocr);
    Optional<String> again = again(first, read);
    if (again.isEmpty()) {
      return read;
    }
    TikaText.Extraction second = ask(again.get(), ocr);
    return clean(second) && !second.text().isBlank() ? second : read;
  }

  /**
   * The models to read the image with again: only after a clean read with English alone whose text
   * is clearly another installed language of ours.
   */
  Optional<String> again(String asked, TikaText.Extraction read) {
    if (mode == OcrSettings.Languages.ALL || !asked.equals(ENGLISH) || !clean(read)) {
      return Optional.empty();
    }
    String text = read.text();
    if (WORD.matcher(text).results().limit(MIN_WORDS).count() < MIN_WORDS) {
      return Optional.empty();
    }
    String guessed = LanguageGuesser.guess(text);
    String model = guessed == null ? null : MODELS.get(guessed);
    if (model == null || model.equals(ENGLISH) || !installed.contains(model)) {
      return Optional.empty();
    }
    return Optional.of(withEnglish(model));
  }

  /** How many times each set of models was asked for since this parser was made. */
  Map<String, Long> asked() {
    return new TreeMap<>(asked);
  }

  private TikaText.Extraction ask(String languages, Function<String, TikaText.Extraction> ocr) {
    asked.merge(languages, 1L, Long::sum);
    return ocr.apply(languages);
  }

  private static boolean clean(TikaText.Extraction read) {
    return read.flags().stream().allMatch(f -> f == LetterFlag.OCR_TEXT);
  }

  // the letter's language first: Tesseract takes the first model as the main one
  private String withEnglish(String model) {
    return installed.contains(ENGLISH) ? model + "+" + ENGLISH : model;
  }
}
