package org.escalationrouter.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.escalationrouter.testsupport.TestClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class AddressHealthTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-03-02T09:00:00Z"));

  private final AddressHealth addresses = addresses();

  private AddressHealth addresses() {
    DriverManagerDataSource db =
        new DriverManagerDataSource(
            "jdbc:h2:mem:addr"
                + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "sa",
            "");
    Flyway.configure().dataSource(db).load().migrate();
    return new AddressHealth(JdbcClient.create(db), clock, new AddressSettings(Duration.ofDays(7)));
  }

  @Test
  void aFailingAddressExpiresAWeekAfterItsLastBounce() {
    addresses.failing("CEO@corp.example", "userunknown", "5.1.1");
    clock.advance(Duration.ofDays(5));
    addresses.failing("ceo@corp.example", "mailboxfull", "5.2.2");
    clock.advance(Duration.ofDays(6));
    assertThat(addresses.isFailing("ceo@corp.example")).isTrue();
    assertThat(addresses.all()).hasSize(1);
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    assertThat(addresses.isFailing("ceo@corp.example")).isFalse();
    assertThat(addresses.all()).isEmpty();
  }

  @Test
  void aLaterDeliveryClearsIt() {
    addresses.failing("ceo@corp.example", "userunknown", "5.1.1");
    addresses.cleared("CEO@corp.example");
    assertThat(addresses.isFailing("ceo@corp.example")).isFalse();
  }
}
