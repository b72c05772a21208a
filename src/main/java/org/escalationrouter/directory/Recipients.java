package org.escalationrouter.directory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one answer to "who receives this instead?", asked by the deadlines when a case starts, by the
 * SLA chain for every reminder and breach, and by fail-over after a bounce. An executive receives
 * their own escalations while they are in office and their address works; otherwise the first of
 * their deputy and their manager for whom both hold. When nobody can stand in, the escalation stays
 * with the executive: a case always has someone to answer for it.
 */
@Component
public class Recipients {

  private final Function<String, Optional<Executive>> executives;
  private final Predicate<String> failingAddress;

  @Autowired
  Recipients(ExecutivesInForce executives, AddressHealth addresses) {
    this(executives::executive, addresses::isFailing);
  }

  Recipients(Function<String, Optional<Executive>> executives, Predicate<String> failingAddress) {
    this.executives = executives;
    this.failingAddress = failingAddress;
  }

  /** Who receives what is meant for {@code executive} at {@code moment}. */
  public Recipient whoReceives(Executive executive, Instant moment) {
    Optional<Unreachable> why = unreachable(executive, moment);
    if (why.isEmpty()) {
      return Recipient.themselves(executive);
    }
    return standIn(executive, moment)
        .map(other -> new Recipient(other, executive, why.get()))
        .orElse(Recipient.themselves(executive));
  }

  /**
   * Who takes over from {@code executive}, known to be unreachable (their mail bounced or was
   * answered automatically): their deputy, else their manager, if in office with a working address.
   */
  public Optional<Executive> standIn(Executive executive, Instant moment) {
    return Stream.of(executive.deputy(), executive.manager())
        .filter(Objects::nonNull)
        .map(executives)
        .flatMap(Optional::stream)
        .filter(candidate -> unreachable(candidate, moment).isEmpty())
        .findFirst();
  }

  private Optional<Unreachable> unreachable(Executive executive, Instant moment) {
    if (executive.isOutOfOffice(moment)) {
      return Optional.of(Unreachable.OUT_OF_OFFICE);
    }
    if (failingAddress.test(executive.email())) {
      return Optional.of(Unreachable.ADDRESS_FAILING);
    }
    return Optional.empty();
  }
}
