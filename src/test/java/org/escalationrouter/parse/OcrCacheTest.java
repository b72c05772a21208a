package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrCacheTest {

  @Test
  void keepsAtMostItsEntriesDroppingTheLeastRecentlyUsed() {
    OcrCache cache = new OcrCache(2, 1_000);
    cache.put("a", "alpha");
    cache.put("b", "beta");
    cache.get("a");

    cache.put("c", "gamma");

    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get("a")).contains("alpha");
    assertThat(cache.get("b")).isEmpty();
    assertThat(cache.get("c")).contains("gamma");
  }

  @Test
  void keepsAtMostItsCharacters() {
    OcrCache cache = new OcrCache(100, 10);
    cache.put("a", "12345");
    cache.put("b", "67890");
    cache.put("c", "abc");

    assertThat(cache.chars()).isLessThanOrEqualTo(10);
    assertThat(cache.get("a")).isEmpty();
    assertThat(cache.get("c")).contains("abc");
  }

  @Test
  void aTextLargerThanTheWholeCacheIsNotKept() {
    OcrCache cache = new OcrCache(100, 10);
    cache.put("a", "x".repeat(11));

    assertThat(cache.size()).isZero();
    assertThat(cache.chars()).isZero();
  }

  @Test
  void countsHitsAndMisses() {
    OcrCache cache = new OcrCache(10, 100);
    cache.get("a");
    cache.put("a", "");
    cache.get("a");

    assertThat(cache.misses()).isOne();
    assertThat(cache.hits()).isOne();
  }
}
