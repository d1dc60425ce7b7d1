package org.pledgewatch.model;

import java.util.List;

/**
 * One checkable part of a commitment: the executable form of a line of an interpretive guideline.
 * A rule decides when it is satisfied or contradicted; the catalog says what it means.
 *
 * @param id stable id within its commitment
 * @param description what must be true
 * @param satisfiedBy what evidence would satisfy it, shown for criteria not yet satisfied
 * @param evidenceKinds the kinds of corroborated evidence that satisfy it, for packs whose shared
 *     rules read criteria as data (see docs/writing-rules.md); empty when the pack's own rules decide
 */
public record Criterion(String id, String description, String satisfiedBy, List<String> evidenceKinds) {
  public Criterion {
    Checks.id(id, "criterion id");
    Checks.text(description, "criterion '" + id + "': description");
    Checks.text(satisfiedBy, "criterion '" + id + "': satisfiedBy");
    evidenceKinds = Checks.list(evidenceKinds, "criterion '" + id + "': evidenceKinds");
  }

  /** A criterion decided by rules of its own. */
  public Criterion(String id, String description, String satisfiedBy) {
    this(id, description, satisfiedBy, List.of());
  }
}
