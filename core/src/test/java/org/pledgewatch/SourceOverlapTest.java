package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceOverlapTest {
  @Test
  void figuresIgnoreSeparatorsAndYears() {
    assertThat(
            SourceOverlap.figures(
                "176,205 encounters in January 2024, down from 252.315 in 2023; 12 more"))
        .containsExactlyInAnyOrder("176205", "252315");
  }

  @Test
  void wordsAreDistinctiveWordsOfFourLettersOrMore() {
    assertThat(SourceOverlap.words("The three delegations pledged to expand labor pathways"))
        .containsExactlyInAnyOrder("pledged", "expand", "labor", "pathways");
  }
}
