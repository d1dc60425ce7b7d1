package org.pledgewatch.facts;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pledgewatch.internal.GroupBuilder;
import org.pledgewatch.internal.ItemList;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * The published evidence about one commitment of one kind and stance, grouped by the engine before
 * the rules fire: a fact shaped for the question rules ask most ("is this corroborated?") without a
 * join or an accumulate over every item.
 *
 * <p>The engine keeps one group per (commitment, kind, stance) that has at least one item visible
 * at the as-of date, and replaces it whenever an item joins or leaves, so a rule that matches a
 * group re-fires and its logical insertions follow. A rule that asks for two independent sources is
 * one constraint:
 *
 * <pre>{@code
 * rule "corroborated by two independent sources"
 * when
 *     $g : EvidenceGroup(stance == Stance.SUPPORTS, origins >= 2)
 * then
 *     insertLogical(Finding.satisfied($g.commitment(), "established", $g.items()));
 * end
 * }</pre>
 *
 * <p>Groups are immutable. Keeping one up to date costs time in proportion to its size: a
 * commitment with a very large number of items of one kind makes each update of that group
 * correspondingly slower.
 *
 * @param commitment the commitment the items bear on (they may bear on others too, and each of
 *     those has its own group)
 * @param kind their kind
 * @param stance their stance
 * @param items the items, in id order; at least one
 * @param origins how many distinct origins they have (items whose sources derive from one another
 *     count once; see {@link Evidence#origin()})
 * @param sourceTypes the types of their sources
 */
public record EvidenceGroup(
    String commitment,
    String kind,
    Stance stance,
    List<Evidence> items,
    int origins,
    Set<SourceType> sourceTypes) {
  public EvidenceGroup {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
    // Kept with each item's id, hash and source type (a group built by a Builder already is): a
    // rule that builds a finding or a set-aside from the items then reads arrays, not every item.
    items = ItemList.copyOf(items, commitment);
    // An enum set, not Set.copyOf's hash set: a group fact is rebuilt whenever one of its items
    // comes or goes, and rules test its source types often.
    Set<SourceType> types = EnumSet.noneOf(SourceType.class);
    types.addAll(sourceTypes);
    sourceTypes = Collections.unmodifiableSet(types);
    if (items.isEmpty()) {
      throw new IllegalArgumentException(
          "an evidence group for "
              + commitment
              + "/"
              + kind
              + " must have at least one item, but had none");
    }
  }

  /**
   * The group of these items about this commitment, which must share kind and stance; counts
   * origins and source types.
   */
  public static EvidenceGroup of(String commitment, Collection<Evidence> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an evidence group needs at least one item, but had none");
    }
    GroupBuilder b = new GroupBuilder(commitment);
    items.forEach(b::add);
    return b.build();
  }

  /** The items whose source is of one of these types, in id order (empty if none). */
  public List<Evidence> from(SourceType... types) {
    return ((ItemList) items).from(types);
  }

  /**
   * Whether the group is corroborated by the library's evidence standard: an official or
   * intergovernmental source, or two independent origins. It is the bar that dates a finding (see
   * docs/statuses.md); packs with another standard test {@link #origins()} and {@link
   * #sourceTypes()} themselves.
   */
  public boolean corroborated() {
    return sourceTypes.contains(SourceType.OFFICIAL)
        || sourceTypes.contains(SourceType.INTERGOVERNMENTAL)
        || origins >= 2;
  }

  /**
   * What corroborates the group, for a finding's note: "an official or intergovernmental source",
   * or "N independent sources"; {@code null} if nothing does.
   */
  public String corroboration() {
    if (sourceTypes.contains(SourceType.OFFICIAL)
        || sourceTypes.contains(SourceType.INTERGOVERNMENTAL)) {
      return "an official or intergovernmental source";
    }
    return origins >= 2 ? origins + " independent sources" : null;
  }

  /**
   * The items that corroborate the group: its official and intergovernmental items if it has any
   * (each enough on its own), else all of them (independent origins together); empty if it is not
   * corroborated.
   */
  public List<Evidence> corroborating() {
    if (sourceTypes.contains(SourceType.OFFICIAL)
        || sourceTypes.contains(SourceType.INTERGOVERNMENTAL)) {
      return from(SourceType.OFFICIAL, SourceType.INTERGOVERNMENTAL);
    }
    return origins >= 2 ? items : List.of();
  }

  /**
   * The group of the items that carry every one of these tags: this group if there are no tags, an
   * empty list if no item carries them, else a group of those items with their origins and source
   * types counted again. For rules that read a criterion's {@code tags}: {@code $s :
   * EvidenceGroup(corroborated) from $g.tagged($criterion.tags())}.
   */
  public List<EvidenceGroup> tagged(List<String> tags) {
    if (tags.isEmpty()) {
      return List.of(this);
    }
    List<Evidence> kept = items.stream().filter(e -> e.tags().containsAll(tags)).toList();
    return kept.isEmpty() ? List.of() : List.of(of(commitment, kept));
  }

  /** Whether any item's source is of one of these types. */
  public boolean anyFrom(SourceType... types) {
    for (SourceType t : types) {
      if (sourceTypes.contains(t)) {
        return true;
      }
    }
    return false;
  }
}
