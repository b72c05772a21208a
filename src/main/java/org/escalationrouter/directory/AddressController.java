package org.escalationrouter.directory;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/addresses}: executives' addresses that bounced, and since when. */
@RestController
class AddressController {

  private final AddressHealth addresses;

  AddressController(AddressHealth addresses) {
    this.addresses = addresses;
  }

  @GetMapping("/api/addresses")
  List<AddressHealth.Failing> failing() {
    return addresses.all();
  }

  /**
   * Health component {@code addresses}: lists executives' addresses that bounce. It stays UP: the
   * daemon works and escalations reach the deputies; the detail is for the operator.
   */
  @Component("addresses")
  static class AddressesHealth implements HealthIndicator {
    private final AddressHealth addresses;

    AddressesHealth(AddressHealth addresses) {
      this.addresses = addresses;
    }

    @Override
    public Health health() {
      List<AddressHealth.Failing> failing = addresses.all();
      return Health.up()
          .withDetail(
              "failing", failing.stream().map(f -> f.email() + " (" + f.reason() + ")").toList())
          .build();
    }
  }
}
