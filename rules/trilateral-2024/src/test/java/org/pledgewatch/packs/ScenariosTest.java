package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.Status;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.scenario.Scenario;
import org.pledgewatch.scenario.ScenarioRunner;
import org.pledgewatch.scenario.junit.ScenarioTests;

/** Every pledge's scenarios, and the catalog-wide checks that keep the pack whole. */
class ScenariosTest {
  static final Path PLEDGES = Path.of("src/main/resources/" + Trilateral2024.RULES + "/pledges");
  static final ComplianceEngine ENGINE = Trilateral2024.engineBuilder().build();
  static final Catalog CATALOG = Trilateral2024.catalog();
  static final ScenarioRunner RUNNER =
      ScenarioRunner.of(ENGINE, CATALOG).withBaseline(Trilateral2024.evidence());

  @TestFactory
  Stream<DynamicNode> everyScenarioOfEveryPledge() {
    return ScenarioTests.from(RUNNER, PLEDGES);
  }

  @Test
  void commitmentIdsAreUniqueAndEveryPledgeHasScenarios() throws Exception {
    // A pledge's criteria are data (catalog.json), decided by the shared rules; a pledge needs a
    // DRL file only for what they cannot say.
    Set<String> ids = new HashSet<>();
    for (Commitment c : CATALOG.commitments()) {
      assertThat(ids.add(c.id())).as("duplicate id " + c.id()).isTrue();
      assertThat(PLEDGES.resolve(c.id() + ".scenarios.json")).as("scenarios of " + c.id()).exists();
    }
    try (Stream<Path> files = Files.list(PLEDGES)) {
      assertThat(
              files.map(
                  p ->
                      p.getFileName().toString().replaceFirst("(\\.scenarios\\.json|\\.drl)$", "")))
          .as("files without a pledge in the catalog")
          .allSatisfy(id -> assertThat(ids).contains(id));
    }
  }

  @Test
  void idsOnceReleasedAreNeverRemoved() throws Exception {
    // The ids of the first release. A pledge may be deprecated; its id is never deleted or reused.
    List<String> released =
        Files.readAllLines(Path.of("src/test/resources/released-ids.txt")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
    assertThat(CATALOG.commitments()).extracting(Commitment::id).containsAll(released);
  }

  @Test
  void everyPledgeHasScenariosForMetInsufficientNotMetAndContested() {
    for (Commitment c : CATALOG.commitments()) {
      List<Scenario> scenarios = RUNNER.load(PLEDGES.resolve(c.id() + ".scenarios.json"));
      List<Status> expected = scenarios.stream().map(s -> s.expect().status()).toList();
      assertThat(expected)
          .as(c.id())
          .contains(Status.MET, Status.INSUFFICIENT_EVIDENCE, Status.NOT_MET, Status.CONTESTED);
      if (c.criteria().size() > 1) {
        assertThat(expected)
            .as(c.id() + " has criteria that allow partial compliance")
            .contains(Status.PARTIALLY_MET, Status.IN_PROGRESS);
      }
      // The real-evidence cases: the bundled evidence at the end of 2024 and today, as the pack
      // README argues them.
      assertThat(scenarios)
          .as(c.id() + " on the bundled evidence")
          .filteredOn(Scenario::baseline)
          .extracting(s -> s.asOf().toString())
          .contains("2024-12-31", "2026-12-02");
      assertThat(scenarios)
          .as(c.id())
          .allSatisfy(s -> assertThat(s.commitment()).isEqualTo(c.id()));
    }
  }
}
