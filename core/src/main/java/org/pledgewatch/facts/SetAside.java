package org.pledgewatch.facts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pledgewatch.internal.IdList;
import org.pledgewatch.internal.ItemList;
import org.pledgewatch.model.Evidence;

/**
 * A rule's statement that evidence items were considered for a commitment and not counted, and
 * why ("a single press report is not enough", "announced before the meeting, not a record of it").
 * Items no rule used are listed as set aside anyway; this fact gives the reason.
 *
 * <p>One fact may cover many items: setting aside a whole {@link EvidenceGroup} is one fact
 * ({@code SetAside.of($g.items(), "...")}), not one per item, which matters when most of a million
 * items are set aside.
 *
 * @param evidence the ids of the items, at least one, in id order
 * @param commitment the commitment they were considered for
 * @param reason why they do not count
 */
public record SetAside(List<String> evidence, String commitment, String reason) {
  public SetAside {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(reason, "reason");
    evidence = IdList.sorted(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a set-aside for " + commitment + " must name at least one evidence item, but named none");
    }
  }

  /** The item is set aside, for its own commitment, for this reason. */
  public static SetAside of(Evidence e, String reason) {
    return new SetAside(List.of(e.id()), e.commitment(), reason);
  }

  /** The items, all about one commitment, are set aside for this reason. */
  public static SetAside of(Collection<Evidence> items, String reason) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a set-aside must name at least one evidence item, but was given none");
    }
    if (items instanceof ItemList group && group.ordered && group.commitment != null) {
      // A group's items (the usual case): one commitment, ids in order and kept with their hashes.
      return new SetAside(IdList.of(group), group.commitment, reason);
    }
    String commitment = items.iterator().next().commitment();
    for (Evidence e : items) {
      if (!e.commitment().equals(commitment)) {
        throw new IllegalArgumentException("one set-aside covers one commitment, but evidence '" + e.id() + "' is about '"
            + e.commitment() + "', not '" + commitment + "'");
      }
    }
    return new SetAside(items.stream().map(Evidence::id).toList(), commitment, reason);
  }
}
