package org.escalationrouter.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AckLinksTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final Instant EXPIRES = NOW.plus(Duration.ofDays(7));

  final AckLinks links = new AckLinks(secret("a-server-secret-of-at-least-32-bytes!"));

  @Test
  void signedLinkVerifiesAsValidForItsCaseExecutiveAndAction() {
    String token = links.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);

    assertThat(links.verify(token, NOW))
        .isEqualTo(new Verdict.Valid("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE));
  }

  @Test
  void tokenNeedsNoEscapingInAUrl() {
    String token = links.sign("C-2026-0042", "Zoë Ünal/ops+1", LinkAction.RESOLVE, EXPIRES);

    assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    assertThat(links.verify(token, NOW))
        .isEqualTo(new Verdict.Valid("C-2026-0042", "Zoë Ünal/ops+1", LinkAction.RESOLVE));
  }

  @Test
  void linkSignedUnderAnotherSecretIsForged() {
    AckLinks other = new AckLinks(secret("another-server-secret-32-bytes-long"));
    String token = other.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);

    assertThat(links.verify(token, NOW)).isInstanceOf(Verdict.Forged.class);
  }

  @Test
  void linkIsExpiredFromItsExpiryOn() {
    String token = links.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);

    assertThat(links.verify(token, EXPIRES.minusSeconds(1))).isInstanceOf(Verdict.Valid.class);
    assertThat(links.verify(token, EXPIRES))
        .isEqualTo(new Verdict.Expired("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES));
    assertThat(links.verify(token, EXPIRES.plus(Duration.ofDays(30))))
        .isInstanceOf(Verdict.Expired.class);
  }

  @Test
  void linkForOneExecutiveCannotBeRewrittenForAnother() {
    String token = links.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);

    String rewritten = withPayload(token, payloadOf(token).replace("\ncoo\n", "\nceo\n"));

    assertThat(links.verify(rewritten, NOW)).isInstanceOf(Verdict.Forged.class);
    assertThat(links.verify(token, NOW))
        .isInstanceOfSatisfying(
            Verdict.Valid.class, valid -> assertThat(valid.executiveId()).isNotEqualTo("ceo"));
  }

  @Test
  void acknowledgeLinkCannotBeTurnedIntoResolve() {
    String token = links.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);

    String tampered = withPayload(token, payloadOf(token).replace("acknowledge", "resolve"));

    assertThat(links.verify(tampered, NOW)).isInstanceOf(Verdict.Forged.class);
  }

  @Test
  void expiryCannotBeExtended() {
    String token = links.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, NOW.plusSeconds(60));
    String payload = payloadOf(token);
    String later = payload.substring(0, payload.lastIndexOf('\n') + 1) + EXPIRES.getEpochSecond();

    assertThat(links.verify(withPayload(token, later), NOW.plusSeconds(120)))
        .isInstanceOf(Verdict.Forged.class);
  }

  @Test
  void flippedSignatureBitIsForged() {
    String token = links.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);
    String[] halves = token.split("\\.");
    byte[] mac = Base64.getUrlDecoder().decode(halves[1]);
    mac[mac.length - 1] ^= 1;

    String flipped = halves[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac);

    assertThat(links.verify(flipped, NOW)).isInstanceOf(Verdict.Forged.class);
  }

  @Test
  void garbageIsMalformedNotForged() {
    String token = links.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);

    assertThat(links.verify("", NOW)).isInstanceOf(Verdict.Malformed.class);
    assertThat(links.verify("no-dot-here", NOW)).isInstanceOf(Verdict.Malformed.class);
    assertThat(links.verify("a.b.c", NOW)).isInstanceOf(Verdict.Malformed.class);
    assertThat(links.verify("!!!.???", NOW)).isInstanceOf(Verdict.Malformed.class);
    assertThat(links.verify(token.substring(0, token.length() - 4), NOW))
        .as("a truncated signature")
        .isInstanceOf(Verdict.Malformed.class);
  }

  @Test
  void refusesShortSecretsAndFieldsThatWouldBreakTheLayout() {
    assertThatThrownBy(() -> new AckLinks(secret("too-short")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> links.sign("C-1\nceo", "coo", LinkAction.RESOLVE, EXPIRES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomSecretsDifferSoTheirLinksDoNotCross() {
    AckLinks first = AckLinks.withRandomSecret();
    AckLinks second = AckLinks.withRandomSecret();
    String token = first.sign("C-2026-0042", "coo", LinkAction.ACKNOWLEDGE, EXPIRES);

    assertThat(first.verify(token, NOW)).isInstanceOf(Verdict.Valid.class);
    assertThat(second.verify(token, NOW)).isInstanceOf(Verdict.Forged.class);
  }

  static byte[] secret(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static String payloadOf(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
  }

  static String withPayload(String token, String payload) {
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + token.split("\\.")[1];
  }
}
