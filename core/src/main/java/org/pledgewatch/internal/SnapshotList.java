package org.pledgewatch.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * A list that hands out immutable snapshots of itself without copying: appending writes past the
 * end of every snapshot taken so far, and removing copies the array, leaving snapshots the old
 * one. For lists that mostly grow and are read whole after every change, such as a commitment's
 * items as evidence arrives (each assessment keeps a snapshot for its explanation). Not
 * thread-safe; snapshots are immutable and may be shared.
 */
public final class SnapshotList<E> {
  private static final Object[] EMPTY = {};

  private Object[] elements = EMPTY;
  private int size;

  public void add(E e) {
    if (size == elements.length) {
      elements = Arrays.copyOf(elements, Math.max(4, size * 2));
    }
    elements[size++] = e;
  }

  /** Removes the elements that match, into a new array; false if none did. */
  public boolean removeIf(Predicate<? super E> filter) {
    Object[] next = null;
    int kept = 0;
    for (int i = 0; i < size; i++) {
      @SuppressWarnings("unchecked")
      E e = (E) elements[i];
      if (filter.test(e)) {
        if (next == null) {
          next = new Object[elements.length];
          System.arraycopy(elements, 0, next, 0, i);
          kept = i;
        }
      } else if (next != null) {
        next[kept++] = e;
      }
    }
    if (next == null) {
      return false;
    }
    elements = next;
    size = kept;
    return true;
  }

  public int size() {
    return size;
  }

  /** The elements now, as an immutable list that later changes do not reach. */
  public List<E> snapshot() {
    return size == 0 ? List.of() : new Snapshot<>(elements, size);
  }

  /** Whether this list is a snapshot (and so immutable). */
  public static boolean isSnapshot(List<?> list) {
    return list instanceof Snapshot;
  }

  private static final class Snapshot<E> extends AbstractList<E> implements RandomAccess {
    private final Object[] elements;
    private final int size;

    Snapshot(Object[] elements, int size) {
      this.elements = elements;
      this.size = size;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      return (E) elements[Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Object[] toArray() {
      return Arrays.copyOf(elements, size);
    }
  }
}
