package org.pledgewatch.facts;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * The published evidence about one commitment of one kind and stance, grouped by the engine before
 * the rules fire: a fact shaped for the question rules ask most ("is this corroborated?") without
 * a join or an accumulate over every item.
 *
 * <p>The engine keeps one group per (commitment, kind, stance) that has at least one item visible
 * at the as-of date, and replaces it whenever an item joins or leaves, so a rule that matches a
 * group re-fires and its logical insertions follow. A rule that asks for two independent sources
 * is one constraint:
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
 * @param commitment the commitment the items are about
 * @param kind their kind
 * @param stance their stance
 * @param items the items, in id order; at least one
 * @param origins how many distinct origins they have (items whose sources derive from one another
 *     count once; see {@link Evidence#origin()})
 * @param sourceTypes the types of their sources
 */
public record EvidenceGroup(String commitment, String kind, Stance stance, List<Evidence> items, int origins, Set<SourceType> sourceTypes) {
  public EvidenceGroup {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(stance, "stance");
    // Kept with each item's id, hash and source type (a group built by a Builder already is): a
    // rule that builds a finding or a set-aside from the items then reads arrays, not every item.
    items = ItemList.copyOf(items);
    // An enum set, not Set.copyOf's hash set: a group fact is rebuilt whenever one of its items
    // comes or goes, and rules test its source types often.
    Set<SourceType> types = EnumSet.noneOf(SourceType.class);
    types.addAll(sourceTypes);
    sourceTypes = Collections.unmodifiableSet(types);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an evidence group for " + commitment + "/" + kind + " must have at least one item, but had none");
    }
  }

  /** The group of these items, which must share commitment, kind and stance; counts origins and source types. */
  public static EvidenceGroup of(Collection<Evidence> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("an evidence group needs at least one item, but had none");
    }
    Builder b = new Builder();
    items.forEach(b::add);
    return b.build();
  }

  /** The items whose source is of one of these types, in id order (empty if none). */
  public List<Evidence> from(SourceType... types) {
    return ((ItemList) items).from(types);
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

  /**
   * A group kept up to date as items join and leave, which builds the group's fact without sorting
   * or counting again: items are kept in id order, with the count of items per origin and per
   * source type. The engine keeps one per (commitment, kind, stance). Not thread-safe.
   */
  public static final class Builder {
    private static final SourceType[] TYPES = SourceType.values();

    private Evidence[] items = new Evidence[2];
    private String[] ids = new String[2];
    private int[] hashes = new int[2];
    private byte[] types = new byte[2];
    private int size;
    /** Items that share their id with the item before them: while there are any, the items are not distinct. */
    private int repeats;
    private final Map<String, int[]> origins = new HashMap<>(4);
    private final int[] typeCounts = new int[TYPES.length];
    private String commitment;
    private String kind;
    private Stance stance;

    /**
     * Adds an item, in id order.
     *
     * @throws IllegalArgumentException if its commitment, kind or stance differs from the group's
     */
    public Builder add(Evidence e) {
      if (commitment == null) {
        commitment = e.commitment();
        kind = e.kind();
        stance = e.stance();
      } else if (!e.commitment().equals(commitment) || !e.kind().equals(kind) || e.stance() != stance) {
        throw new IllegalArgumentException("evidence '" + e.id() + "' (" + e.commitment() + ", " + e.kind() + ", " + e.stance()
            + ") does not belong in the group of (" + commitment + ", " + kind + ", " + stance + ")");
      }
      int at = search(e.id());
      if (at >= 0) {
        repeats++;
        at++;
      } else {
        at = -at - 1;
      }
      if (size == items.length) {
        int capacity = size * 2;
        items = Arrays.copyOf(items, capacity);
        ids = Arrays.copyOf(ids, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        types = Arrays.copyOf(types, capacity);
      }
      System.arraycopy(items, at, items, at + 1, size - at);
      System.arraycopy(ids, at, ids, at + 1, size - at);
      System.arraycopy(hashes, at, hashes, at + 1, size - at);
      System.arraycopy(types, at, types, at + 1, size - at);
      items[at] = e;
      ids[at] = e.id();
      hashes[at] = e.hashCode();
      byte type = (byte) e.source().type().ordinal();
      types[at] = type;
      size++;
      origins.computeIfAbsent(e.origin(), k -> new int[1])[0]++;
      typeCounts[type]++;
      return this;
    }

    /** Removes the item with this one's id; false if there is none. */
    public boolean remove(Evidence e) {
      int at = search(e.id());
      if (at < 0) {
        return false;
      }
      Evidence gone = items[at];
      if (at > 0 && ids[at - 1].equals(ids[at]) || at + 1 < size && ids[at + 1].equals(ids[at])) {
        repeats--;
      }
      int[] n = origins.get(gone.origin());
      if (--n[0] == 0) {
        origins.remove(gone.origin());
      }
      typeCounts[types[at]]--;
      size--;
      System.arraycopy(items, at + 1, items, at, size - at);
      System.arraycopy(ids, at + 1, ids, at, size - at);
      System.arraycopy(hashes, at + 1, hashes, at, size - at);
      System.arraycopy(types, at + 1, types, at, size - at);
      items[size] = null;
      ids[size] = null;
      return true;
    }

    private int search(String id) {
      return Arrays.binarySearch(ids, 0, size, id);
    }

    public boolean isEmpty() {
      return size == 0;
    }

    public int size() {
      return size;
    }

    /**
     * The group of the items now.
     *
     * @throws IllegalArgumentException if there are none
     */
    public EvidenceGroup build() {
      if (size == 0) {
        throw new IllegalArgumentException("an evidence group needs at least one item, but had none");
      }
      Set<SourceType> present = EnumSet.noneOf(SourceType.class);
      for (int i = 0; i < typeCounts.length; i++) {
        if (typeCounts[i] > 0) {
          present.add(TYPES[i]);
        }
      }
      ItemList list = new ItemList(Arrays.copyOf(items, size), Arrays.copyOf(ids, size), Arrays.copyOf(hashes, size),
          Arrays.copyOf(types, size), repeats == 0, commitment);
      return new EvidenceGroup(commitment, kind, stance, list, origins.size(), present);
    }
  }
}
