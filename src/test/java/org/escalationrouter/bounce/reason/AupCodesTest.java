package org.escalationrouter.bounce.reason;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cox's and Spectrum's AUP# labels, as their postmaster pages explain them. */
class AupCodesTest {

  @Test
  void readsCoxNamesAndSpectrumRanges() {
    assertThat(AupCodes.match("550 5.1.0 sender rejected. aup#cdrbl"))
        .contains(BounceReason.BLOCKED);
    assertThat(AupCodes.match("554 rejected aup#ipbl0010")).contains(BounceReason.BLOCKED);
    assertThat(AupCodes.match("550 5.1.0 sender rejected. aup#in-1310"))
        .contains(BounceReason.TOO_MANY_CONN);
    assertThat(AupCodes.match("550 5.1.0 sender rejected. aup#o-1540"))
        .contains(BounceReason.SPEEDING);
    assertThat(AupCodes.match("550 no label here")).isEmpty();
  }
}
