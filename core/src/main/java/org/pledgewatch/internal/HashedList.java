package org.pledgewatch.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list that keeps its elements' hashes, and so its own. The rules engine hashes a fact
 * keyed by a list of items each time the fact is inserted or retracted, and a record's hash walks
 * its lists: with the hashes kept, hashing such a fact reads one array instead of every element,
 * which at a million items is a cache miss per element. Equal to any list with equal elements, and
 * hashed as {@link java.util.List#hashCode()} says.
 */
public class HashedList<E> extends AbstractList<E> implements RandomAccess {
  private final Object[] elements;

  /** Each element's hash, in order; never changed. */
  final int[] hashes;

  private final int hash;

  /**
   * Whether the elements are in ascending order and distinct (ids in a finding, items of a group by
   * id).
   */
  public final boolean ordered;

  HashedList(Object[] elements, int[] hashes, boolean ordered) {
    this.elements = elements;
    this.hashes = hashes;
    this.ordered = ordered;
    int h = 1;
    for (int x : hashes) {
      h = 31 * h + x;
    }
    this.hash = h;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[Objects.checkIndex(index, elements.length)];
  }

  @Override
  public int size() {
    return elements.length;
  }

  @Override
  public Object[] toArray() {
    return elements.clone();
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof HashedList<?> other) {
      return other.hash == hash && Arrays.equals(elements, other.elements);
    }
    return super.equals(o);
  }
}
