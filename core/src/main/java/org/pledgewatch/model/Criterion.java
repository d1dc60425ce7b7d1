package org.pledgewatch.model;

/**
 * One checkable part of a commitment: the executable form of a line of an interpretive guideline.
 * A rule decides when it is satisfied or contradicted; the catalog says what it means.
 *
 * @param id stable id within its commitment
 * @param description what must be true
 * @param satisfiedBy what evidence would satisfy it, shown for criteria not yet satisfied
 */
public record Criterion(String id, String description, String satisfiedBy) {
  public Criterion {
    Checks.id(id, "criterion id");
    Checks.text(description, "criterion '" + id + "': description");
    Checks.text(satisfiedBy, "criterion '" + id + "': satisfiedBy");
  }
}
