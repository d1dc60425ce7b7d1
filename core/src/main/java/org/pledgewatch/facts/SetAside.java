package org.pledgewatch.facts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pledgewatch.internal.IdList;
import org.pledgewatch.internal.ItemList;
import org.pledgewatch.model.Evidence;

/**
 * A rule's statement that evidence items were considered for a commitment and not counted, and why
 * ("a single press report is not enough", "announced before the meeting, not a record of it").
 * Items no rule used are listed as set aside anyway; this fact gives the reason.
 *
 * <p>One fact may cover many items: setting aside a whole {@link EvidenceGroup} is one fact ({@code
 * SetAside.of($g.items(), "...")}), not one per item, which matters when most of a million items
 * are set aside.
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
      throw new IllegalArgumentException(
          "a set-aside for "
              + commitment
              + " must name at least one evidence item, but named none");
    }
  }

  /**
   * The item is set aside, for the one commitment it bears on, for this reason.
   *
   * @throws IllegalArgumentException if the item bears on no commitment or several: name the
   *     commitment then
   */
  public static SetAside of(Evidence e, String reason) {
    if (e.commitments().size() != 1) {
      throw new IllegalArgumentException(
          "evidence '"
              + e.id()
              + "' bears on "
              + e.commitments().size()
              + " commitments "
              + e.commitments()
              + ": say which one it is set aside for with SetAside.of(commitment, items, reason)");
    }
    return new SetAside(List.of(e.id()), e.commitments().get(0), reason);
  }

  /** A group's items are set aside, for the group's commitment, for this reason. */
  public static SetAside of(EvidenceGroup group, String reason) {
    return new SetAside(IdList.of((ItemList) group.items()), group.commitment(), reason);
  }

  /**
   * These items are set aside for this reason: a group's items ({@code $g.items()}) for the group's
   * commitment, any other items for the one commitment they all bear on.
   *
   * @throws IllegalArgumentException if there are none, or they share no single commitment
   */
  public static SetAside of(Collection<Evidence> items, String reason) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException(
          "a set-aside must name at least one evidence item, but was given none");
    }
    if (items instanceof ItemList group && group.ordered && group.commitment != null) {
      // A group's items (the usual case): one commitment, ids in order and kept with their hashes.
      return new SetAside(IdList.of(group), group.commitment, reason);
    }
    Evidence first = items.iterator().next();
    if (first.commitments().size() != 1) {
      throw new IllegalArgumentException(
          "evidence '"
              + first.id()
              + "' bears on "
              + first.commitments().size()
              + " commitments "
              + first.commitments()
              + ": say which one the items are set aside for with SetAside.of(commitment, items, reason)");
    }
    String commitment = first.commitments().get(0);
    for (Evidence e : items) {
      if (!e.bearsOn(commitment)) {
        throw new IllegalArgumentException(
            "one set-aside covers one commitment, but evidence '"
                + e.id()
                + "' bears on "
                + e.commitments()
                + ", not '"
                + commitment
                + "'; name the commitment with SetAside.of(commitment, items, reason)");
      }
    }
    return of(commitment, items, reason);
  }

  /** These items are set aside for this commitment, for this reason. */
  public static SetAside of(String commitment, Collection<Evidence> items, String reason) {
    return new SetAside(items.stream().map(Evidence::id).toList(), commitment, reason);
  }
}
