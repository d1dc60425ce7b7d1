package org.pledgewatch.model;

import java.util.List;
import java.util.Objects;

/**
 * One checkable part of a commitment: the executable form of a line of an interpretive guideline.
 * Rules decide when it is satisfied or contradicted; the catalog says what it means and, for packs
 * whose shared rules read criteria as data, which evidence decides it (see docs/writing-rules.md).
 *
 * @param id stable id within its commitment
 * @param description what must be true
 * @param satisfiedBy what evidence would satisfy it, shown for criteria not yet satisfied
 * @param evidenceKinds the kinds of corroborated evidence that satisfy it; empty when rules of the
 *     pack's own decide
 * @param contraryKinds the kinds of evidence that contradict it (a programme closed, funding cut)
 * @param credit whether satisfying it counts toward "met" ({@link Credit#FULL}) or only toward
 *     partial compliance ({@link Credit#PARTIAL}: a bilateral step toward a trilateral pledge)
 * @param atLeast 0 when any supporting finding satisfies it; otherwise the number of distinct items
 *     naming a party that must support it for that party ("five or more strong actions")
 * @param measure what the criterion asks of a measure's figures, or {@code null}
 * @param tags the tags an item must carry to count for it ({@code scope:trilateral}: the pledge's
 *     own deliverable, where a bilateral step counts for a partial-credit criterion instead); empty
 *     for any item of its kinds
 */
public record Criterion(
    String id,
    String description,
    String satisfiedBy,
    List<String> evidenceKinds,
    List<String> contraryKinds,
    Credit credit,
    int atLeast,
    MeasureTarget measure,
    List<String> tags) {

  /** What satisfying a criterion earns. */
  public enum Credit {
    /** Counts toward met: the pledge's own deliverable. */
    FULL,
    /**
     * Counts toward partial compliance only: it can make a pledge in progress or partially met,
     * never met.
     */
    PARTIAL
  }

  public Criterion {
    Checks.id(id, "criterion id");
    Checks.text(description, "criterion '" + id + "': description");
    Checks.text(satisfiedBy, "criterion '" + id + "': satisfiedBy");
    evidenceKinds = Checks.list(evidenceKinds, "criterion '" + id + "': evidenceKinds");
    contraryKinds = Checks.list(contraryKinds, "criterion '" + id + "': contraryKinds");
    credit = credit == null ? Credit.FULL : credit;
    tags = Checks.list(tags, "criterion '" + id + "': tags");
    if (atLeast < 0) {
      throw new IllegalArgumentException(
          "criterion '" + id + "': atLeast must not be negative, but was " + atLeast);
    }
  }

  /** A criterion decided by rules of its own. */
  public Criterion(String id, String description, String satisfiedBy) {
    this(id, description, satisfiedBy, List.of(), List.of(), Credit.FULL, 0, null, List.of());
  }

  /** A criterion satisfied by corroborated evidence of these kinds. */
  public Criterion(String id, String description, String satisfiedBy, List<String> evidenceKinds) {
    this(id, description, satisfiedBy, evidenceKinds, List.of(), Credit.FULL, 0, null, List.of());
  }

  /** Whether it counts toward met. */
  public boolean full() {
    return credit == Credit.FULL;
  }

  /** Whether evidence of this kind bears on it, for or against. */
  public boolean counts(String kind) {
    return evidenceKinds.contains(Objects.requireNonNull(kind, "kind"))
        || contraryKinds.contains(kind);
  }
}
