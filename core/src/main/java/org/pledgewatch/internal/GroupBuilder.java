package org.pledgewatch.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.pledgewatch.facts.EvidenceGroup;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.SourceType;
import org.pledgewatch.model.Stance;

/**
 * An {@link EvidenceGroup} kept up to date as items join and leave, which builds the group's fact
 * without sorting or counting again: items are kept in id order, with the count of items per origin
 * and per source type. The engine keeps one per (commitment, kind, stance). Not thread-safe.
 */
public final class GroupBuilder {
  private static final SourceType[] TYPES = SourceType.values();

  private Evidence[] items = new Evidence[2];
  private String[] ids = new String[2];
  private int[] hashes = new int[2];
  private byte[] types = new byte[2];
  private int size;

  /**
   * Items that share their id with the item before them: while there are any, the items are not
   * distinct.
   */
  private int repeats;

  private final Map<String, int[]> origins = new HashMap<>(4);
  private final int[] typeCounts = new int[TYPES.length];
  private final String commitment;
  private String kind;
  private Stance stance;

  /** An empty group of items about this commitment. */
  public GroupBuilder(String commitment) {
    this.commitment = java.util.Objects.requireNonNull(commitment, "commitment");
  }

  /**
   * Adds an item, in id order.
   *
   * @throws IllegalArgumentException if its kind or stance differs from the group's
   */
  public GroupBuilder add(Evidence e) {
    if (kind == null) {
      kind = e.kind();
      stance = e.stance();
    } else if (!e.kind().equals(kind) || e.stance() != stance) {
      throw new IllegalArgumentException(
          "evidence '"
              + e.id()
              + "' ("
              + e.kind()
              + ", "
              + e.stance()
              + ") does not belong in the group of ("
              + commitment
              + ", "
              + kind
              + ", "
              + stance
              + ")");
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
    ItemList list =
        new ItemList(
            Arrays.copyOf(items, size),
            Arrays.copyOf(ids, size),
            Arrays.copyOf(hashes, size),
            Arrays.copyOf(types, size),
            repeats == 0,
            commitment);
    return new EvidenceGroup(commitment, kind, stance, list, origins.size(), present);
  }
}
