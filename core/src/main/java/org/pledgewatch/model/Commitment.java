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
 * @param criteria the checkable parts, at least one
 * @param combination how the criteria combine into "met"
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
      throw new IllegalArgumentException(where + "parties must name at least one responsible party, but was empty");
    }
    if (new HashSet<>(parties).size() != parties.size()) {
      throw new IllegalArgumentException(where + "parties must not repeat a party, but was " + parties);
    }
    Checks.id(category, where + "category");
    Objects.requireNonNull(deadline, where + "deadline must not be null (use Deadline.none())");
    criteria = Checks.list(criteria, where + "criteria");
    if (criteria.isEmpty()) {
      throw new IllegalArgumentException(where + "criteria must hold at least one criterion, but was empty");
    }
    Set<String> seen = new HashSet<>();
    for (Criterion c : criteria) {
      if (!seen.add(c.id())) {
        throw new IllegalArgumentException(where + "criterion ids must be unique, but '" + c.id() + "' appears twice");
      }
    }
    Objects.requireNonNull(combination, where + "combination must not be null");
    if (combination.requiredOf(criteria.size()) > criteria.size()) {
      throw new IllegalArgumentException(where + "combination requires " + combination.required() + " criteria, but there are only " + criteria.size());
    }
    relations = Checks.list(relations, where + "relations");
  }

  /** The criterion with this id, if the commitment has one. */
  public Optional<Criterion> criterion(String criterionId) {
    return criteria.stream().filter(c -> c.id().equals(criterionId)).findFirst();
  }

  /** Whether several parties are bound, so that a verdict per party is given. */
  public boolean joint() {
    return parties.size() > 1;
  }
}
