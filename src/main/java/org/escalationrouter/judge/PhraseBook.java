package org.escalationrouter.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phrase lists of every language: the built-in files {@code judge/<lang>.yaml} on the
 * classpath, extended by any {@code <lang>.yaml} in the admin's override directory.
 */
final class PhraseBook {

  static final List<String> BUILT_IN = List.of("en", "pl", "de", "fr", "es");
  private static final Logger LOG = LoggerFactory.getLogger(PhraseBook.class);

  private final Map<String, LanguagePhrases> languages;

  private PhraseBook(Map<String, LanguagePhrases> languages) {
    this.languages = Map.copyOf(languages);
  }

  /** Loads built-in phrases and extends them from {@code overrideDir} when it exists. */
  static PhraseBook load(Path overrideDir) {
    List<String> builtInErrors = new ArrayList<>();
    Map<String, PhraseFile> files = new LinkedHashMap<>();
    for (String lang : BUILT_IN) {
      String resource = "judge/" + lang + ".yaml";
      try (InputStream in = PhraseBook.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in phrase file " + resource);
        }
        files.put(lang, read(resource, lang, in, builtInErrors));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + resource, e);
      }
    }
    List<String> overrideErrors = new ArrayList<>();
    for (Path file : yamlFiles(overrideDir)) {
      String lang = languageOf(file);
      try (InputStream in = Files.newInputStream(file)) {
        PhraseFile extra = read(file.toString(), lang, in, overrideErrors);
        files.merge(lang, extra, PhraseFile::mergedWith);
      } catch (IOException e) {
        overrideErrors.add(file + ":0: cannot read: " + e.getMessage());
      }
    }
    Map<String, LanguagePhrases> languages = new LinkedHashMap<>();
    List<String> patternErrors = new ArrayList<>();
    files.forEach((lang, file) -> languages.put(lang, compile(file, patternErrors)));
    for (String error : patternErrors) {
      (error.startsWith("judge/") ? builtInErrors : overrideErrors).add(error);
    }
    if (!builtInErrors.isEmpty()) {
      throw new IllegalStateException("built-in phrase files are invalid: " + builtInErrors);
    }
    overrideErrors.forEach(e -> LOG.warn("ignored phrase: {}", e));
    return new PhraseBook(languages);
  }

  /** Checks every {@code *.yaml} in {@code dir} as an override would be read. */
  static List<String> validate(Path dir) {
    List<String> errors = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      errors.add(dir + ":0: not a directory");
      return errors;
    }
    for (Path file : yamlFiles(dir)) {
      String lang = languageOf(file);
      try (InputStream in = Files.newInputStream(file)) {
        PhraseFile own = read(file.toString(), lang, in, errors);
        // an override may use the word sets of the built-in file it extends
        PhraseFile base = builtIn(lang);
        PhraseFile merged = base == null ? own : base.mergedWith(own);
        List<String> patternErrors = new ArrayList<>();
        compile(merged, patternErrors);
        patternErrors.stream().filter(e -> e.startsWith(file.toString())).forEach(errors::add);
      } catch (IOException e) {
        errors.add(file + ":0: cannot read: " + e.getMessage());
      }
    }
    return errors;
  }

  Collection<LanguagePhrases> all() {
    return languages.values();
  }

  LanguagePhrases get(String language) {
    return language == null ? null : languages.get(language.toLowerCase(Locale.ROOT));
  }

  /** The language whose stop words are clearly most frequent, or null when unclear. */
  String guessLanguage(List<Sentence> sentences) {
    String best = null;
    int bestCount = 0;
    int second = 0;
    for (LanguagePhrases phrases : languages.values()) {
      int count = 0;
      for (Sentence s : sentences) {
        for (Token t : s.tokens()) {
          if (phrases.isStopword(t.text())) {
            count++;
          }
        }
      }
      if (count > bestCount) {
        second = bestCount;
        bestCount = count;
        best = phrases.language();
      } else if (count > second) {
        second = count;
      }
    }
    return bestCount >= 2 && bestCount > second * 1.5 ? best : null;
  }

  private static LanguagePhrases compile(PhraseFile file, List<String> errors) {
    PatternParser parser = new PatternParser(file.sets());
    List<PhrasePattern> patterns = new ArrayList<>();
    for (PhraseFile.RawPattern raw : file.patterns()) {
      try {
        patterns.add(parser.parse(raw.key(), raw.source(), raw.weight(), raw.origin()));
      } catch (IllegalArgumentException e) {
        errors.add(raw.origin() + ": " + e.getMessage());
      }
    }
    return new LanguagePhrases(file, patterns);
  }

  private static PhraseFile builtIn(String lang) {
    if (!BUILT_IN.contains(lang)) {
      return null;
    }
    String resource = "judge/" + lang + ".yaml";
    try (InputStream in = PhraseBook.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : read(resource, lang, in, new ArrayList<>());
    } catch (IOException e) {
      return null;
    }
  }

  private static PhraseFile read(String name, String lang, InputStream in, List<String> errors) {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    return new PhraseFileReader(name, errors).read(reader, lang);
  }

  private static List<Path> yamlFiles(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      LOG.warn("cannot list phrase directory {}: {}", dir, e.getMessage());
      return List.of();
    }
  }

  private static String languageOf(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.length() - ".yaml".length()).toLowerCase(Locale.ROOT);
  }
}
