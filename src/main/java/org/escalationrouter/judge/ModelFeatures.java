package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The features {@link JudgeModel} reads in a letter, hashed into {@link #SIZE} buckets: the folded
 * words of each sentence ({@code w:}), each pair of neighbouring words ({@code b:}) and the first
 * five letters of each longer word ({@code p:}, so "zarządu", "zarząd" and "zarządem" share a
 * weight, as do "Geschäftsführer" and "Geschäftsführung"). The subject line is its own space
 * ({@code s…}). Numbers are one word {@code 0}. The text is the judged text (new text and
 * attachments), as the rules see it.
 */
final class ModelFeatures {

  static final int BITS = 20;
  static final int SIZE = 1 << BITS;
  private static final int PREFIX = 5;

  private ModelFeatures() {}

  /** One feature of a sentence, with its readable name (e.g. {@code b:speak to}). */
  record Feature(int bucket, String name) {}

  /** The distinct buckets of every sentence of the texts, sorted. */
  static int[] of(List<JudgedText> texts, boolean kinds) {
    Buckets buckets = new Buckets(256);
    for (JudgedText text : texts) {
      boolean subject = "subject".equals(text.location());
      for (Sentence sentence : text.sentences()) {
        words(sentence, subject, buckets);
      }
    }
    for (JudgedText text : texts) {
      for (JudgedText.LanguageMatch m : text.matches()) {
        buckets.add(hash("c:", m.match().key(), null));
      }
      if (kinds) {
        List<List<String>> keys = keysBySentence(text);
        for (int s = 0; s < keys.size(); s++) {
          kinds(text, s, keys.get(s), (space, a, b) -> buckets.add(hash(space, a, b)));
        }
      }
    }
    return buckets.distinct();
  }

  /**
   * The distinct buckets of one sentence, sorted: its words, the phrase kinds matched in it ({@code
   * keys}, from {@link #keysBySentence}) and its kind features. What a head that judges sentence by
   * sentence reads.
   */
  static int[] ofSentence(JudgedText text, int s, List<String> keys, boolean kinds) {
    Buckets buckets = new Buckets(64);
    words(text.sentences().get(s), "subject".equals(text.location()), buckets);
    for (String key : keys) {
      buckets.add(hash("c:", key, null));
    }
    if (kinds) {
      kinds(text, s, keys, (space, a, b) -> buckets.add(hash(space, a, b)));
    }
    return buckets.distinct();
  }

  /** Every sentence's {@link #ofSentence} of each text, by text then sentence. */
  static int[][][] bySentence(List<JudgedText> texts, boolean kinds) {
    int[][][] all = new int[texts.size()][][];
    for (int t = 0; t < texts.size(); t++) {
      JudgedText text = texts.get(t);
      List<List<String>> keys = keysBySentence(text);
      all[t] = new int[keys.size()][];
      for (int s = 0; s < keys.size(); s++) {
        all[t][s] = ofSentence(text, s, keys.get(s), kinds);
      }
    }
    return all;
  }

  private static void words(Sentence sentence, boolean subject, Buckets buckets) {
    for (int i = 0; i < sentence.size(); i++) {
      String w = word(sentence, i);
      buckets.add(hash(subject ? "sw:" : "w:", w, null));
      if (w.length() >= PREFIX) {
        buckets.add(prefixHash(subject ? "sp:" : "p:", w));
      }
      if (i + 1 < sentence.size()) {
        buckets.add(hash(subject ? "sb:" : "b:", w, word(sentence, i + 1)));
      }
    }
  }

  /** A growing array of buckets. */
  private static final class Buckets {
    private int[] buckets;
    private int n;

    Buckets(int capacity) {
      buckets = new int[capacity];
    }

    void add(int bucket) {
      if (n == buckets.length) {
        buckets = Arrays.copyOf(buckets, n * 2);
      }
      buckets[n++] = bucket;
    }

    int[] distinct() {
      return ModelFeatures.distinct(buckets, n);
    }
  }

  /** Takes one feature by its space and words. */
  interface Sink {
    void add(String space, String a, String b);
  }

  /** The distinct phrase keys of each sentence of the text, in order of first match. */
  static List<List<String>> keysBySentence(JudgedText text) {
    List<List<String>> keys = new ArrayList<>(text.sentences().size());
    for (int s = 0; s < text.sentences().size(); s++) {
      keys.add(new ArrayList<>(2));
    }
    for (JudgedText.LanguageMatch m : text.matches()) {
      List<String> k = keys.get(m.match().sentence());
      if (!k.contains(m.match().key())) {
        k.add(m.match().key());
      }
    }
    return keys;
  }

  /**
   * Features that name kinds rather than words, the same in every language: each pair of phrase
   * kinds the rules found in one sentence ({@code kk:principal-ask&principal-target}, also when the
   * composition failed), each kind in a question ({@code kq:}), and by the sentence's position
   * ({@code k:principal-target@subject}, {@code @first}, {@code @last}); a sentence whose request
   * the guards turned down ({@code kg:principal-guarded}).
   */
  static void kinds(JudgedText text, int s, List<String> keys, Sink sink) {
    if (keys.isEmpty()) {
      return;
    }
    Sentence sentence = text.sentences().get(s);
    String at =
        "subject".equals(text.location())
            ? "@subject"
            : s == 0 ? "@first" : s == text.sentences().size() - 1 ? "@last" : null;
    boolean target = false;
    for (int i = 0; i < keys.size(); i++) {
      String a = keys.get(i);
      target |= a.equals("principal-target");
      if (at != null) {
        sink.add("k:", a + at, null);
      }
      if (sentence.question()) {
        sink.add("kq:", a, null);
      }
      for (int j = 0; j < keys.size(); j++) {
        String b = keys.get(j);
        if (a.compareTo(b) < 0) {
          sink.add("kk:", a + "&" + b, null);
        }
      }
    }
    if (target && PrincipalComposition.guarded(text, s)) {
      sink.add("kg:", "principal-guarded", null);
    }
  }

  /** Features count as at least this many when scaled, so a one-line text is not blown up. */
  static final int MIN_SCALE = 64;

  /** Each feature's value in a letter with {@code n} of them: one over the root of the count. */
  static double scale(int n) {
    return n == 0 ? 0 : 1 / Math.sqrt(Math.max(n, MIN_SCALE));
  }

  /** The features of one sentence of a text with their names, for the evidence of a finding. */
  static List<Feature> named(JudgedText text, int s, boolean kinds) {
    List<Feature> features = named(text.sentences().get(s), "subject".equals(text.location()));
    for (JudgedText.LanguageMatch m : text.matches()) {
      if (m.match().sentence() == s) {
        add(features, "c:", m.match().key(), null);
      }
    }
    if (kinds) {
      kinds(text, s, keysBySentence(text).get(s), (space, a, b) -> add(features, space, a, b));
    }
    return features;
  }

  /** The word features of one sentence with their names. */
  static List<Feature> named(Sentence sentence, boolean subject) {
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      String w = word(sentence, i);
      add(features, subject ? "sw:" : "w:", w, null);
      if (w.length() >= PREFIX) {
        add(features, subject ? "sp:" : "p:", w.substring(0, PREFIX), null);
      }
      if (i + 1 < sentence.size()) {
        add(features, subject ? "sb:" : "b:", w, word(sentence, i + 1));
      }
    }
    return features;
  }

  private static void add(List<Feature> features, String space, String a, String b) {
    String name = space + a + (b == null ? "" : " " + b);
    int bucket = hash(space, a, b);
    if (features.stream().noneMatch(f -> f.bucket() == bucket)) {
      features.add(new Feature(bucket, name));
    }
  }

  private static String word(Sentence sentence, int i) {
    Token token = sentence.tokens().get(i);
    return token.isNumber() ? "0" : token.text();
  }

  /** FNV-1a over the space, the word and (for a pair) a space and the second word. */
  static int hash(String space, String a, String b) {
    int h = 0x811c9dc5;
    h = fnv(h, space);
    h = fnv(h, a);
    if (b != null) {
      h = (h ^ ' ') * 0x01000193;
      h = fnv(h, b);
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 15;
    h *= 0x2c1b3c6d;
    h ^= h >>> 12;
    return h & (SIZE - 1);
  }

  /** {@code hash(space, word.substring(0, PREFIX), null)} without making the substring. */
  static int prefixHash(String space, String word) {
    return mix(fnv(fnv(0x811c9dc5, space), word, PREFIX));
  }

  private static int fnv(int h, String s) {
    return fnv(h, s, s.length());
  }

  private static int fnv(int h, String s, int length) {
    for (int i = 0; i < length; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return h;
  }

  private static int[] distinct(int[] buckets, int n) {
    Arrays.sort(buckets, 0, n);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || buckets[m - 1] != buckets[i]) {
        buckets[m++] = buckets[i];
      }
    }
    return Arrays.copyOf(buckets, m);
  }
}
