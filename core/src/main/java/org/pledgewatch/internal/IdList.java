package org.pledgewatch.internal;

import java.util.Collection;
import java.util.Objects;

/** The ids of evidence items a finding or a set-aside names: immutable, with its hashes kept (see {@link HashedList}). */
public final class IdList extends HashedList<String> {
  private IdList(String[] ids, int[] hashes, boolean ordered) {
    super(ids, hashes, ordered);
  }

  /** The ids of a group's items, which are in order and distinct: the arrays are shared, not copied (neither ever changes). */
  public static IdList of(ItemList items) {
    return new IdList(items.ids, items.hashes, true);
  }

  /** These ids as given, in their order (nulls are refused, as {@code List.copyOf} refuses them). */
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
    return new IdList(out, hashes, ordered);
  }

  /** These ids in order, each once. */
  public static IdList sorted(Collection<String> ids) {
    IdList given = ids instanceof IdList l ? l : copyOf(ids);
    return given.ordered ? given : copyOf(given.stream().distinct().sorted().toList());
  }
}
