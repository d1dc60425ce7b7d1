package org.pledgewatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotListTest {
  @Test
  void aSnapshotKeepsTheElementsItWasTakenWithWhateverTheListDoesAfter() {
    SnapshotList<String> list = new SnapshotList<>();
    assertThat(list.snapshot()).isEmpty();
    list.add("a");
    list.add("b");
    List<String> two = list.snapshot();
    list.add("c");
    list.add("d");
    list.add("e");
    List<String> five = list.snapshot();
    assertThat(list.removeIf("b"::equals)).isTrue();
    assertThat(list.removeIf("x"::equals)).isFalse();
    list.add("f");
    list.removeIf(s -> s.equals("a") || s.equals("d"));
    list.add("g");

    assertThat(two).containsExactly("a", "b");
    assertThat(five).containsExactly("a", "b", "c", "d", "e");
    assertThat(list.snapshot()).containsExactly("c", "e", "f", "g");
    assertThat(list.size()).isEqualTo(4);
    assertThat(two).isEqualTo(List.of("a", "b")).hasSameHashCodeAs(List.of("a", "b"));
    assertThat(SnapshotList.isSnapshot(two)).isTrue();
    assertThat(SnapshotList.isSnapshot(List.of("a"))).isFalse();
    assertThatThrownBy(() -> two.add("z")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> two.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
