package org.escalationrouter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeCapTest {

  private Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private void move(Duration d) {
    clock = Clock.offset(clock, d);
  }

  @Test
  void twentyFollowUpsInAnHourSendOneNoticeAndTheNextHourOneMore() {
    NoticeCap cap = new NoticeCap(1, Duration.ofHours(1));
    List<Instant> sent = new ArrayList<>();
    int held = 0;
    for (int i = 0; i < 20; i++) {
      if (cap.allows(sent, clock.instant())) {
        sent.add(clock.instant());
      } else {
        held++;
      }
      move(Duration.ofMinutes(2));
    }
    assertThat(sent).hasSize(1);
    assertThat(held).isEqualTo(19);
    move(Duration.ofMinutes(21)); // 61 minutes after the first notice
    assertThat(cap.allows(sent, clock.instant())).isTrue();
  }

  @Test
  void aWindowMayAllowSeveralNotices() {
    NoticeCap cap = new NoticeCap(3, Duration.ofMinutes(30));
    Instant t = clock.instant();
    assertThat(cap.allows(List.of(t, t.plusSeconds(60)), t.plusSeconds(120))).isTrue();
    assertThat(cap.allows(List.of(t, t.plusSeconds(60), t.plusSeconds(90)), t.plusSeconds(120)))
        .isFalse();
    assertThat(
            cap.allows(
                List.of(t, t.plusSeconds(60), t.plusSeconds(90)), t.plus(Duration.ofMinutes(30))))
        .isTrue();
  }
}
