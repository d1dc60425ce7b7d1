package org.pledgewatch.internal;

import java.util.Collection;
import java.util.Objects;

/**
 * The ids of evidence items a finding or a set-aside names: immutable, with its hashes kept (see
 * {@link HashedList}).
 */
public final class IdList extends HashedList<String> {
  /**
   * The items these ids name, when they came from a group's items (which the engine holds), else
   * null; never changed.
   */
  final org.pledgewatch.model.Evidence[] items;

  private IdList(
      String[] ids, int[] hashes, boolean ordered, org.pledgewatch.model.Evidence[] items) {
    super(ids, hashes, ordered);
    this.items = items;
  }

  /**
   * The ids of a group's items, which are in order and distinct: the arrays are shared, not copied
   * (none ever changes), the items included, so that reading a finding built from a group looks
   * nothing up.
   */
  public static IdList of(ItemList items) {
    return new IdList(items.ids, items.hashes, true, items.items);
  }

  /**
   * The ids of these items in order, each once, the items kept alongside (so that reading a finding
   * looks nothing up).
   */
  public static IdList ofItems(org.pledgewatch.model.Evidence[] given) {
    org.pledgewatch.model.Evidence[] items = given.clone();
    boolean ordered = true;
    for (int i = 1; i < items.length && ordered; i++) {
      ordered = items[i - 1].id().compareTo(items[i].id()) < 0;
    }
    if (!ordered) {
      java.util.Arrays.sort(
          items, java.util.Comparator.comparing(org.pledgewatch.model.Evidence::id));
      int n = 0;
      for (int i = 0; i < items.length; i++) {
        if (n == 0 || !items[n - 1].id().equals(items[i].id())) {
          items[n++] = items[i];
        }
      }
      items = java.util.Arrays.copyOf(items, n);
    }
    String[] ids = new String[items.length];
    int[] hashes = new int[items.length];
    for (int i = 0; i < items.length; i++) {
      ids[i] = items[i].id();
      hashes[i] = ids[i].hashCode();
    }
    return new IdList(ids, hashes, true, items);
  }

  /**
   * These ids as given, in their order (nulls are refused, as {@code List.copyOf} refuses them).
   */
  public static IdList copyOf(Collection<String> ids) {
    String[] out = new String[ids.size()];
    int[] hashes = new int[out.length];
    int n = 0;
    boolean ordered = true;
    for (String id : ids) {
      out[n] = Objects.requireNonNull(id, "evidence id");
      hashes[n] = id.hashCode();
      ordered &= n == 0 || out[n - 1].compareTo(id) < 0;
      n++;
    }
    return new IdList(out, hashes, ordered, null);
  }

  /** These ids in order, each once. */
  public static IdList sorted(Collection<String> ids) {
    IdList given = ids instanceof IdList l ? l : copyOf(ids);
    return given.ordered ? given : copyOf(given.stream().distinct().sorted().toList());
  }
}
