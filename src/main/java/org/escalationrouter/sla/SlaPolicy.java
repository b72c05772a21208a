package org.escalationrouter.sla;

import java.time.Duration;
import java.util.List;

/**
 * How much working time a case gets to be acknowledged and to be resolved, both counted from the
 * moment it was routed, and at which fractions of each the executive is reminded.
 */
public record SlaPolicy(
    String name, Duration acknowledge, Duration resolve, List<Double> reminderFractions) {

  public static final List<Double> DEFAULT_REMINDER_FRACTIONS = List.of(0.5, 0.9);

  public SlaPolicy {
    if (name.isBlank()) {
      throw new IllegalArgumentException("an SLA policy needs a name");
    }
    requirePositive("acknowledge", acknowledge);
    requirePositive("resolve", resolve);
    for (double fraction : reminderFractions) {
      if (!(fraction > 0 && fraction < 1)) {
        throw new IllegalArgumentException("reminder fractions lie strictly between 0 and 1");
      }
    }
    reminderFractions = reminderFractions.stream().distinct().sorted().toList();
  }

  public SlaPolicy(String name, Duration acknowledge, Duration resolve) {
    this(name, acknowledge, resolve, DEFAULT_REMINDER_FRACTIONS);
  }

  private static void requirePositive(String what, Duration amount) {
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException(what + " time must be positive: " + amount);
    }
  }
}
