package org.pledgewatch;

/**
 * A verdict that changed in a {@link Monitor}: any of its fields, overall or for a party (status,
 * late flag, met-on date, confidence). A new explanation alone (one more item set aside) is not a
 * change.
 *
 * @param commitment the commitment's id
 * @param before the verdict before, or {@code null} if it was not assessed
 * @param after the verdict now, or {@code null} if it is no longer assessed
 * @param assessment the assessment now, with its explanation, or {@code null}
 */
public record Change(String commitment, Verdict before, Verdict after, Assessment assessment) {}
