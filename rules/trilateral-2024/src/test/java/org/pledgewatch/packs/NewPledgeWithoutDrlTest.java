package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.scenario.ScenarioResult;
import org.pledgewatch.scenario.ScenarioRunner;

/**
 * A pack author adds a typical pledge with a catalog entry and scenarios and no DRL: the pack's
 * shared rules decide its criteria from the kinds the entry names, in every band.
 */
class NewPledgeWithoutDrlTest {

  private static final String ID = "tmm24-example-asylum-capacity";

  @Test
  void aPledgeAddedAsACatalogEntryAndScenariosIsJudgedInEveryBandByTheSharedRules()
      throws IOException {
    String pack;
    try (InputStream in =
        Trilateral2024.class.getResourceAsStream(
            "/pledgewatch/packs/trilateral-2024/catalog.json")) {
      pack = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String entry = Files.readString(Path.of("src/test/resources/new-pledge/commitment.json"));
    String marker = "\"commitments\": [";
    assertThat(pack).contains(marker);
    String extended = pack.replace(marker, marker + "\n" + entry + ",");
    Catalog catalog =
        JsonLoader.catalog(
            "catalog.json + new-pledge/commitment.json",
            new ByteArrayInputStream(extended.getBytes(StandardCharsets.UTF_8)));
    assertThat(catalog.commitment(ID)).isPresent();

    ComplianceEngine engine = Trilateral2024.engineBuilder().build();
    assertThat(engine.rules()).noneMatch(r -> r.name().contains(ID));
    assertThat(engine.coverage(catalog))
        .as("every criterion of the new pledge is covered by the shared rules")
        .isEmpty();

    List<ScenarioResult> results =
        ScenarioRunner.of(engine, catalog)
            .runAll(Path.of("src/test/resources/new-pledge/scenarios"));
    assertThat(results).hasSize(6);
    assertThat(results.stream().filter(r -> !r.passed()).map(ScenarioResult::failureMessage))
        .isEmpty();
  }
}
