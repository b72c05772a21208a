package org.escalationrouter.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.sla.OutOfOffice;
import org.junit.jupiter.api.Test;

/** Who receives an escalation instead: out of office and bouncing addresses count alike. */
class RecipientsTest {

  private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final Instant MONDAY_10 = MONDAY.atTime(10, 0).atZone(WARSAW).toInstant();

  private final Map<String, Executive> people = new LinkedHashMap<>();
  private final Set<String> bouncing = new HashSet<>();
  private final Recipients recipients =
      new Recipients(id -> Optional.ofNullable(people.get(id)), bouncing::contains);

  RecipientsTest() {
    person("ceo", null, null, false);
    person("coo", "head-of-legal", "ceo", false);
    person("head-of-legal", "coo", "coo", false);
  }

  private void person(String id, String deputy, String manager, boolean away) {
    List<OutOfOffice> absences =
        away ? List.of(OutOfOffice.days(MONDAY, MONDAY, WARSAW)) : List.of();
    people.put(
        id,
        new Executive(
            id,
            id.toUpperCase(Locale.ROOT),
            "",
            id + "@corp.example",
            deputy,
            manager,
            WARSAW,
            "Mon-Fri 09:00-17:00",
            List.of(),
            absences,
            Locale.ENGLISH));
  }

  private Recipient forCoo() {
    return recipients.whoReceives(people.get("coo"), MONDAY_10);
  }

  @Test
  void anExecutiveInOfficeWithAWorkingAddressReceivesTheirOwn() {
    assertThat(forCoo().executive().id()).isEqualTo("coo");
    assertThat(forCoo().standsIn()).isFalse();
  }

  @Test
  void theDeputyReceivesWhileTheExecutiveIsOutOfOffice() {
    person("coo", "head-of-legal", "ceo", true);

    assertThat(forCoo().executive().id()).isEqualTo("head-of-legal");
    assertThat(forCoo().why()).isEqualTo(Unreachable.OUT_OF_OFFICE);
    assertThat(forCoo().standsInAs()).isEqualTo("deputy");
  }

  @Test
  void theDeputyReceivesWhileTheExecutivesAddressBounces() {
    bouncing.add("coo@corp.example");

    assertThat(forCoo().executive().id()).isEqualTo("head-of-legal");
    assertThat(forCoo().why()).isEqualTo(Unreachable.ADDRESS_FAILING);
  }

  @Test
  void aBouncingDeputyIsSkippedForTheManager() {
    person("coo", "head-of-legal", "ceo", true);
    bouncing.add("head-of-legal@corp.example");

    assertThat(forCoo().executive().id()).isEqualTo("ceo");
    assertThat(forCoo().standsInAs()).isEqualTo("manager");
  }

  @Test
  void anAbsentDeputyIsSkippedForTheManager() {
    person("coo", "head-of-legal", "ceo", true);
    person("head-of-legal", "coo", "coo", true);

    assertThat(forCoo().executive().id()).isEqualTo("ceo");
  }

  @Test
  void whenNobodyCanStandInTheExecutiveKeepsIt() {
    person("coo", "head-of-legal", "ceo", true);
    bouncing.add("head-of-legal@corp.example");
    bouncing.add("ceo@corp.example");

    assertThat(forCoo().executive().id()).isEqualTo("coo");
    assertThat(forCoo().standsIn()).isFalse();
  }

  @Test
  void theAbsenceIsOverAtMidnightInTheExecutivesZone() {
    person("coo", "head-of-legal", "ceo", true);
    Instant tuesday = MONDAY.plusDays(1).atStartOfDay(WARSAW).toInstant();

    assertThat(recipients.whoReceives(people.get("coo"), tuesday).executive().id())
        .isEqualTo("coo");
  }

  @Test
  void aStandInAfterABounceIsNeverTheOwnerAndMayBeNobody() {
    assertThat(recipients.standIn(people.get("coo"), MONDAY_10))
        .map(Executive::id)
        .contains("head-of-legal");
    bouncing.add("head-of-legal@corp.example");
    assertThat(recipients.standIn(people.get("coo"), MONDAY_10)).map(Executive::id).contains("ceo");
    assertThat(recipients.standIn(people.get("ceo"), MONDAY_10)).isEmpty();
  }
}
