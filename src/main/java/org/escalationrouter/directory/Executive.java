package org.escalationrouter.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.escalationrouter.sla.OutOfOffice;

/**
 * A person who receives escalations, as an admin wrote them in {@code routes/executives.yaml}.
 *
 * @param deputy who receives this executive's escalations while they are out of office or their
 *     address bounces
 * @param manager the next step up the escalation chain, or null at the top
 * @param workingHours e.g. {@code Mon-Fri 09:00-17:00}
 * @param outOfOffice absences, read as whole days (both included) in the executive's zone
 * @param locale the language their e-mails write dates in ({@code language: pl}), English if unset
 */
public record Executive(
    String id,
    String name,
    String title,
    String email,
    String deputy,
    String manager,
    ZoneId timeZone,
    String workingHours,
    List<LocalDate> holidays,
    List<OutOfOffice> outOfOffice,
    Locale locale) {

  public Executive {
    locale = locale == null ? Locale.ENGLISH : locale;
    holidays = List.copyOf(holidays);
    outOfOffice = List.copyOf(outOfOffice);
  }

  public boolean isOutOfOffice(Instant moment) {
    return outOfOffice.stream().anyMatch(o -> o.covers(moment));
  }
}
