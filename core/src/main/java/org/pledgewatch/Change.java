package org.pledgewatch;

/**
 * A verdict that changed in a {@link Monitor}, or between two reports: its status, its late flag
 * or a party's status. A new explanation alone (one more item set aside) is not a change.
 *
 * @param commitment the commitment's id
 * @param before the status before, or {@code null} if it was not assessed
 * @param after the status now, or {@code null} if it is no longer assessed
 * @param assessment the assessment now, with its explanation, or {@code null}
 */
public record Change(String commitment, Status before, Status after, Assessment assessment) {}
