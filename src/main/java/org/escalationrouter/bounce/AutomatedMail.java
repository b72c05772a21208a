package org.escalationrouter.bounce;

import java.util.List;

/** A message recognised as sent by a machine, with one record per recipient it reports on. */
public record AutomatedMail(AutomatedKind kind, List<DeliveryRecord> records) {

  public AutomatedMail {
    records = List.copyOf(records);
  }
}
