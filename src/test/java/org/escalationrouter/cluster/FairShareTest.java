package org.escalationrouter.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FairShareTest {

  private static final List<String> THREE = List.of("a", "b", "c");

  @ParameterizedTest(name = "{0} sources on {1} nodes: at most {2} each")
  @CsvSource({"3,1,3", "3,2,2", "3,3,1", "3,5,1", "1,2,1", "4,2,2", "5,2,3", "0,2,0", "2,0,2"})
  void eachNodeMayHoldTheRoundedUpShare(int sources, int nodes, int share) {
    assertThat(new FairShare(sources, nodes).perNode()).isEqualTo(share);
  }

  @Test
  void aNodeAloneTriesEverySourceNobodyHolds() {
    FairShare.Plan plan = new FairShare(3, 1).plan(THREE, Set.of(), Set.of());

    assertThat(plan.tryToTake()).containsExactly("a", "b", "c");
    assertThat(plan.letGo()).isEmpty();
  }

  @Test
  void aNodeTriesOnlyTheFreeSourcesUpToItsShare() {
    FairShare.Plan plan = new FairShare(3, 2).plan(THREE, Set.of(), Set.of("a"));

    assertThat(plan.tryToTake()).containsExactly("b", "c");
  }

  @Test
  void aNodeAtItsShareTakesNothingMore() {
    FairShare.Plan plan = new FairShare(3, 3).plan(THREE, Set.of("b"), Set.of());

    assertThat(plan.tryToTake()).isEmpty();
    assertThat(plan.letGo()).isEmpty();
  }

  @Test
  void aNodeOverItsShareLetsOneSourceGoPerTick() {
    FairShare.Plan plan = new FairShare(3, 3).plan(THREE, Set.of("a", "b", "c"), Set.of());

    assertThat(plan.letGo()).containsExactly("c");
    assertThat(plan.tryToTake()).isEmpty();
  }

  @Test
  void whenANodeIsGoneTheSurvivorMayTakeItsSources() {
    // three sources, the other node's heartbeat has aged out: one live node
    FairShare.Plan plan = new FairShare(3, 1).plan(THREE, Set.of("a", "b"), Set.of());

    assertThat(plan.tryToTake()).containsExactly("c");
  }

  @Test
  void aSourceNotReadyYetIsNotTried() {
    FairShare.Plan plan = new FairShare(3, 1).plan(List.of("a"), Set.of(), Set.of());

    assertThat(plan.tryToTake()).containsExactly("a");
  }
}
