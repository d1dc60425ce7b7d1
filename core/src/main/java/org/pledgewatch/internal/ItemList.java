package org.pledgewatch.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.SourceType;

/**
 * The items of an {@link org.pledgewatch.facts.EvidenceGroup}, with what rules and findings read of
 * each kept alongside (id, hash, source type): building a finding or a set-aside from a group, or
 * picking its items from some source types, then reads arrays, not every item. Immutable.
 */
public final class ItemList extends HashedList<Evidence> {
  private static final SourceType[] TYPES = SourceType.values();

  final Evidence[] items;
  final String[] ids;

  /** Source type ordinals. */
  final byte[] types;

  /** The commitment of the group the items are of, or null if they are not a group's. */
  public final String commitment;

  ItemList(
      Evidence[] items,
      String[] ids,
      int[] hashes,
      byte[] types,
      boolean ordered,
      String commitment) {
    super(items, hashes, ordered);
    this.items = items;
    this.ids = ids;
    this.types = types;
    this.commitment = commitment;
  }

  /**
   * These items, in their order, as the items of a group of this commitment (nulls are refused, as
   * {@code List.copyOf} refuses them).
   */
  public static ItemList copyOf(Collection<Evidence> given, String commitment) {
    if (given instanceof ItemList l && java.util.Objects.equals(l.commitment, commitment)) {
      return l;
    }
    int n = given.size();
    Evidence[] items = new Evidence[n];
    String[] ids = new String[n];
    int[] hashes = new int[n];
    byte[] types = new byte[n];
    boolean ordered = true;
    int i = 0;
    for (Evidence e : given) {
      Objects.requireNonNull(e, "evidence");
      items[i] = e;
      ids[i] = e.id();
      hashes[i] = e.hashCode();
      types[i] = (byte) e.source().type().ordinal();
      ordered &= i == 0 || ids[i - 1].compareTo(ids[i]) < 0;
      i++;
    }
    return new ItemList(items, ids, hashes, types, ordered, commitment);
  }

  /** The items whose source is of one of these types, in the same order. */
  public List<Evidence> from(SourceType... wanted) {
    boolean[] keep = new boolean[TYPES.length];
    for (SourceType t : wanted) {
      keep[t.ordinal()] = true;
    }
    int n = 0;
    for (byte t : types) {
      if (keep[t]) {
        n++;
      }
    }
    if (n == items.length) {
      return this;
    }
    Evidence[] e = new Evidence[n];
    String[] i = new String[n];
    int[] h = new int[n];
    byte[] ty = new byte[n];
    int k = 0;
    for (int j = 0; j < items.length; j++) {
      if (keep[types[j]]) {
        e[k] = items[j];
        i[k] = ids[j];
        h[k] = hashes[j];
        ty[k++] = types[j];
      }
    }
    return new ItemList(e, i, h, ty, ordered, commitment);
  }
}
