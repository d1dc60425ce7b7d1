package org.pledgewatch.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A pledge: what was promised, by whom, by when, and the criteria that say it was kept.
 *
 * @param id stable id; never reused once published
 * @param agreement the id of the agreement that made it
 * @param title a short name
 * @param wordings the pledge as each source words it
 * @param parties the parties responsible; a joint pledge names several and gets a verdict per party
 * @param category a free grouping ({@code law-enforcement}, {@code legal-pathways})
 * @param deadline when it is due
 * @param criteria the checkable parts, at least one of full credit
 * @param combination how the criteria of full credit combine into "met"
 * @param relations how it relates to other commitments
 */
public record Commitment(
    String id,
    String agreement,
    String title,
    List<Wording> wordings,
    List<String> parties,
    String category,
    Deadline deadline,
    List<Criterion> criteria,
    Combination combination,
    List<Relation> relations) {

  public Commitment {
    Checks.id(id, "commitment id");
    String where = "commitment '" + id + "': ";
    Checks.id(agreement, where + "agreement");
    Checks.text(title, where + "title");
    wordings = Checks.list(wordings, where + "wordings");
    parties = Checks.list(parties, where + "parties");
    if (parties.isEmpty()) {
      throw new IllegalArgumentException(
          where + "parties must name at least one responsible party, but was empty");
    }
    if (new HashSet<>(parties).size() != parties.size()) {
      throw new IllegalArgumentException(
          where + "parties must not repeat a party, but was " + parties);
    }
    Checks.id(category, where + "category");
    Objects.requireNonNull(deadline, where + "deadline must not be null (use Deadline.none())");
    criteria = Checks.list(criteria, where + "criteria");
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException(
          where + "criteria must hold at least one criterion, but was empty");
    }
    Set<String> seen = new HashSet<>();
    for (Criterion c : criteria) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException(
            where + "criterion ids must be unique, but '" + c.id() + "' appears twice");
      }
    }
    Objects.requireNonNull(combination, where + "combination must not be null");
    long full = criteria.stream().filter(Criterion::full).count();
    if (full == 0) {
      throw new IllegalArgumentException(
          where
              + "criteria must hold at least one criterion of full credit (the pledge's own deliverable), but all are partial");
    }
    if (combination.requiredOf((int) full) > full) {
      throw new IllegalArgumentException(
          where
              + "combination requires "
              + combination.required()
              + " criteria of full credit, but there are only "
              + full);
    }
    relations = Checks.list(relations, where + "relations");
  }

  /** The criterion with this id, if the commitment has one. */
  public Optional<Criterion> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  /** How many criteria of full credit must be satisfied for the commitment to be met. */
  public int required() {
    return combination.requiredOf((int) criteria.stream().filter(Criterion::full).count());
  }

  /** Whether any criterion counts evidence of this kind, for or against. */
  public boolean countsKind(String kind) {
    for (Criterion c : criteria) {
      if (c.counts(kind)) {
        return true;
      }
    }
    return false;
  }

  /** Whether several parties are bound, so that a verdict per party is given. */
  public boolean joint() {
    return parties.size() > 1;
  }
}
