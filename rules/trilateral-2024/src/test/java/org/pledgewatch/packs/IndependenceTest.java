package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.SourceOverlap;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.model.Source;

/**
 * Seed 000 reads as a rewrite of seed 002: the pack declares it, and the detector finds it unaided
 * among the five articles. (Over the follow-up evidence the detector also points at reports that
 * quote one official statement or one monthly release template; those are listed in the pack
 * README, not declared as rewrites.)
 */
class IndependenceTest {
  /** The five articles and the items drawn from them. */
  static EvidenceSet seeds() {
    EvidenceSet bundled = Trilateral2024.evidence();
    return new EvidenceSet(
        bundled.sources().stream().filter(s -> s.id().startsWith("seed-")).toList(),
        bundled.evidence().stream().filter(e -> e.source().id().startsWith("seed-")).toList());
  }

  @Test
  void theBundledEvidenceDeclaresSeed000AsARewriteOfSeed002() {
    EvidenceSet bundled = seeds();
    assertThat(bundled.evidence())
        .filteredOn(e -> e.source().id().equals("seed-000"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.origin()).isEqualTo("seed-002"));
    assertThat(SourceOverlap.suspectedRewrites(bundled))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(List.of(s.first(), s.second())).containsExactly("seed-000", "seed-002");
              assertThat(s.declared()).isTrue();
            });
  }

  @Test
  void withoutTheDeclarationTheDetectorStillPointsAtSeed000AndSeed002Only() {
    EvidenceSet bundled = seeds();
    List<Source> undeclared =
        bundled.sources().stream()
            .map(
                s ->
                    new Source(
                        s.id(), s.type(), s.publisher(), s.title(), s.url(), s.publishedOn(), null))
            .toList();
    List<Evidence> items =
        bundled.evidence().stream()
            .map(
                e ->
                    e.toBuilder()
                        .source(
                            undeclared.stream()
                                .filter(s -> s.id().equals(e.source().id()))
                                .findFirst()
                                .orElseThrow())
                        .origin(null)
                        .build())
            .toList();
    List<SourceOverlap.Suspect> suspects =
        SourceOverlap.suspectedRewrites(new EvidenceSet(undeclared, items));
    assertThat(suspects)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(List.of(s.first(), s.second())).containsExactly("seed-000", "seed-002");
              assertThat(s.sharedFigures()).isEqualTo(2);
              assertThat(s.declared()).isFalse();
            });
  }
}
