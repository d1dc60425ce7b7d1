package org.pledgewatch;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The verdict on one commitment as of a date, with its reasons.
 *
 * @param commitment the commitment's id
 * @param title the commitment's title
 * @param status the overall verdict
 * @param late whether it was met after a hard or soft deadline
 * @param metOn the day the evidence shows it was met, or {@code null}
 * @param due the deadline's last day, or {@code null}
 * @param byParty the verdict for each responsible party (one entry for a single-party pledge)
 * @param confidence from 0 (nothing to go on) to 1; see {@code docs/statuses.md}
 * @param asOf the date evaluated as of
 * @param explanation why
 */
public record Assessment(
    String commitment,
    String title,
    Status status,
    boolean late,
    LocalDate metOn,
    LocalDate due,
    Map<String, Status> byParty,
    double confidence,
    LocalDate asOf,
    Explanation explanation) {
  public Assessment {
    byParty = java.util.Collections.unmodifiableMap(new TreeMap<>(byParty));
  }
}
