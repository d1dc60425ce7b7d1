package org.pledgewatch.facts;

import java.util.Objects;
import org.pledgewatch.model.Evidence;

/**
 * A routing rule's conclusion that an evidence item bears on a commitment its author did not name:
 * rules decide it from the item's kind, parties, tags and text, kept apart from the rules that
 * decide criteria, as classification is. Insert it with {@code insertLogical}; the engine then
 * treats the item as one of the commitment's own (its groups, its explanation), and the criterion
 * rules fire again.
 *
 * <pre>{@code
 * rule "route: information sharing against smuggling bears on law enforcement"
 * when
 *     $e : Evidence(kind == "information-sharing-launched", tags contains "smuggling")
 * then
 *     insertLogical(Route.of($e, "tmm24-law-enforcement", "information sharing against smuggling networks"));
 * end
 * }</pre>
 *
 * @param evidence the item
 * @param commitment the commitment it bears on
 * @param reason why, shown in the explanation
 */
public record Route(Evidence evidence, String commitment, String reason) {
  public Route {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(reason, "reason");
  }

  /** The item bears on this commitment, for this reason. */
  public static Route of(Evidence evidence, String commitment, String reason) {
    return new Route(evidence, commitment, reason);
  }

  /**
   * Identity of the item, by id: two routes of one item to one commitment are the same whatever
   * their reasons' order.
   */
  @Override
  public int hashCode() {
    return evidence.id().hashCode() * 31 + commitment.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Route r
        && r.evidence.id().equals(evidence.id())
        && r.commitment.equals(commitment)
        && r.reason.equals(reason);
  }
}
