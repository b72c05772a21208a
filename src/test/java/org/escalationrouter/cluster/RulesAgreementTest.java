package org.escalationrouter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulesAgreementTest {

  private static RulesAgreement of(String... nodeAndVersion) {
    return RulesAgreement.of(
        Stream.of(nodeAndVersion)
            .map(s -> s.split("="))
            .map(
                p ->
                    new NodeHeartbeats.Beat(
                        p[0], "host", p[1], List.of(), Instant.EPOCH, Instant.EPOCH))
            .toList());
  }

  @Test
  void nodesRunningOneVersionAgree() {
    RulesAgreement agreement = of("a=v1", "b=v1", "c=v1");

    assertThat(agreement.agree()).isTrue();
    assertThat(agreement.distinct()).isEqualTo(1);
    assertThat(agreement.differs("a")).isFalse();
  }

  @Test
  void theNodeOutsideTheMajorityDiffers() {
    RulesAgreement agreement = of("a=v1", "b=v2", "c=v1");

    assertThat(agreement.agree()).isFalse();
    assertThat(agreement.distinct()).isEqualTo(2);
    assertThat(agreement.differs("b")).isTrue();
    assertThat(agreement.differs("a")).isFalse();
    assertThat(agreement.differs("c")).isFalse();
  }

  @Test
  void withoutAMajorityEveryNodeDiffers() {
    RulesAgreement agreement = of("a=v1", "b=v2");

    assertThat(agreement.differs("a")).isTrue();
    assertThat(agreement.differs("b")).isTrue();
  }

  @Test
  void anUnknownNodeDiffersFromNothing() {
    assertThat(of("a=v1", "b=v2").differs("z")).isFalse();
    assertThat(of().agree()).isTrue();
  }
}
