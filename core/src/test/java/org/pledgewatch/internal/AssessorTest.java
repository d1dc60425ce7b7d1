package org.pledgewatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgewatch.Status.CONTESTED;
import static org.pledgewatch.Status.INSUFFICIENT_EVIDENCE;
import static org.pledgewatch.Status.IN_PROGRESS;
import static org.pledgewatch.Status.MET;
import static org.pledgewatch.Status.NOT_MET;
import static org.pledgewatch.Status.PARTIALLY_MET;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTest {
  @Test
  void aJointPledgesOverallStatusComesFromItsParties() {
    assertThat(Assessor.aggregate(List.of(MET, MET), false)).isEqualTo(MET);
    assertThat(Assessor.aggregate(List.of(MET, INSUFFICIENT_EVIDENCE), false)).isEqualTo(IN_PROGRESS);
    assertThat(Assessor.aggregate(List.of(MET, NOT_MET), true)).isEqualTo(PARTIALLY_MET);
    assertThat(Assessor.aggregate(List.of(PARTIALLY_MET, NOT_MET), true)).isEqualTo(PARTIALLY_MET);
    assertThat(Assessor.aggregate(List.of(MET, CONTESTED, NOT_MET), true)).isEqualTo(CONTESTED);
    assertThat(Assessor.aggregate(List.of(NOT_MET, INSUFFICIENT_EVIDENCE), false)).isEqualTo(NOT_MET);
    assertThat(Assessor.aggregate(List.of(INSUFFICIENT_EVIDENCE, INSUFFICIENT_EVIDENCE), false)).isEqualTo(INSUFFICIENT_EVIDENCE);
  }
}
