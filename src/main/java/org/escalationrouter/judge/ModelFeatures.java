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
  static int[] of(List<JudgedText> texts) {
    int[] buckets = new int[256];
    int n = 0;
    for (JudgedText text : texts) {
      boolean subject = "subject".equals(text.location());
      for (Sentence sentence : text.sentences()) {
        for (int i = 0; i < sentence.size(); i++) {
          if (n + 3 > buckets.length) {
            buckets = Arrays.copyOf(buckets, buckets.length * 2);
          }
          String w = word(sentence, i);
          buckets[n++] = hash(subject ? "sw:" : "w:", w, null);
          if (w.length() >= PREFIX) {
            buckets[n++] = prefixHash(subject ? "sp:" : "p:", w);
          }
          if (i + 1 < sentence.size()) {
            buckets[n++] = hash(subject ? "sb:" : "b:", w, word(sentence, i + 1));
          }
        }
      }
    }
    for (JudgedText text : texts) {
      for (JudgedText.LanguageMatch m : text.matches()) {
        if (n + 1 > buckets.length) {
          buckets = Arrays.copyOf(buckets, buckets.length * 2);
        }
        buckets[n++] = hash("c:", m.match().key(), null);
      }
    }
    return distinct(buckets, n);
  }

  /** Features count as at least this many when scaled, so a one-line text is not blown up. */
  static final int MIN_SCALE = 64;

  /** Each feature's value in a letter with {@code n} of them: one over the root of the count. */
  static double scale(int n) {
    return n == 0 ? 0 : 1 / Math.sqrt(Math.max(n, MIN_SCALE));
  }

  /** The features of one sentence of a text with their names, for the evidence of a finding. */
  static List<Feature> named(JudgedText text, int s) {
    List<Feature> features = named(text.sentences().get(s), "subject".equals(text.location()));
    for (JudgedText.LanguageMatch m : text.matches()) {
      if (m.match().sentence() == s) {
        add(features, "c:", m.match().key(), null);
      }
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
