package org.pledgewatch.model;

/**
 * How a commitment relates to another, for bodies or pledges the sources may describe twice ("an
 * operational cell" and "a trilateral working group").
 *
 * @param commitment the id of the other commitment
 * @param kind {@code same-as}, {@code possibly-same-as}, {@code part-of}, or another hyphenated
 *     word
 * @param note why the catalog says so
 */
public record Relation(String commitment, String kind, String note) {
  public Relation {
    Checks.id(commitment, "relation commitment");
    Checks.id(kind, "relation kind");
    Checks.text(note, "relation note");
  }
}
