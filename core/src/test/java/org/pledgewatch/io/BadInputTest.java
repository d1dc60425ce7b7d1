package org.pledgewatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;

/**
 * Every file of the bad-input corpus fails to load strictly with the expected code, location and
 * message; lenient loading rejects exactly the bad records and keeps the rest, or fails as a whole
 * when there are no records to keep. Nothing loads partly while looking complete.
 */
class BadInputTest {
  static final Path CORPUS = Path.of("src/test/resources/bad-input");
  static final Catalog CATALOG =
      JsonLoader.catalog(Path.of("src/test/resources/bad-input-catalog.json"));

  /** A case's expectation. */
  record Expect(String code, String location, String message, String lenient) {
    static Expect read(Path file) throws Exception {
      Map<String, String> fields = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file)) {
        int colon = line.indexOf(": ");
        if (colon > 0) {
          fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
      }
      return new Expect(
          fields.get("code"), fields.get("location"), fields.get("message"), fields.get("lenient"));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyBadInputFailsWithItsLocationAndReason() throws Exception {
    List<Path> cases;
    try (Stream<Path> files = Files.list(CORPUS)) {
      cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(cases).as("the corpus").hasSizeGreaterThanOrEqualTo(19);
    return cases.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String name = file.getFileName().toString();
                      Expect expect =
                          Expect.read(Path.of(file.toString().replaceFirst("\\.json$", ".expect")));
                      byte[] bytes = Files.readAllBytes(file);
                      String location = expect.location().replace("{file}", name);

                      assertThatThrownBy(
                              () ->
                                  JsonLoader.evidence(
                                      name, new ByteArrayInputStream(bytes), CATALOG))
                          .isInstanceOfSatisfying(
                              PledgewatchException.class,
                              e ->
                                  assertThat(e.problems())
                                      .anySatisfy(
                                          p -> {
                                            assertThat(p.code().code()).isEqualTo(expect.code());
                                            assertThat(p.location().toString())
                                                .startsWith(location);
                                            assertThat(p.toString()).contains(expect.message());
                                          }));

                      if (expect.lenient().equals("fails")) {
                        assertThatThrownBy(
                                () ->
                                    JsonLoader.evidenceLenient(
                                        name, new ByteArrayInputStream(bytes), CATALOG))
                            .isInstanceOf(PledgewatchException.class);
                      } else {
                        int rejected = Integer.parseInt(expect.lenient().replace("rejects ", ""));
                        Loaded<EvidenceSet> loaded =
                            JsonLoader.evidenceLenient(
                                name, new ByteArrayInputStream(bytes), CATALOG);
                        assertThat(loaded.rejected())
                            .extracting(p -> p.location().file())
                            .as("rejected records")
                            .hasSizeGreaterThanOrEqualTo(rejected)
                            .containsOnly(name);
                        assertThat(
                                loaded.rejected().stream()
                                    .map(
                                        p ->
                                            p.location()
                                                .jsonPath()
                                                .replaceFirst(
                                                    "^\\$\\.evidence\\[(\\d+)\\].*", "$1"))
                                    .distinct())
                            .as("distinct rejected records")
                            .hasSize(rejected);
                        assertThat(loaded.value().evidence())
                            .as("the good records still load")
                            .extracting(e -> e.id())
                            .containsExactly("e-good");
                      }
                    }));
  }

  @Test
  void aHundredMegabyteFileLoads(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.json");
    int items = 0;
    try (var out = Files.newBufferedWriter(big)) {
      out.write(
          "{\"sources\": [{\"id\": \"src-a\", \"type\": \"press\", \"publisher\": \"Wire\", \"title\": \"Digest\", \"publishedOn\": \"2024-05-02\"}],\n\"evidence\": [\n");
      String quote = "q".repeat(900);
      long written = 0;
      while (written < 100L * 1024 * 1024) {
        String line =
            (items == 0 ? "" : ",\n")
                + "{\"id\": \"e-"
                + items
                + "\", \"commitment\": \"tmm24-working-group\", \"kind\": \"body-met\", "
                + "\"stance\": \"supports\", \"occurredOn\": \"2024-05-01\", \"source\": \"src-a\", \"quote\": \""
                + quote
                + "\"}";
        out.write(line);
        written += line.length();
        items++;
      }
      out.write("\n]}\n");
    }
    assertThat(Files.size(big)).isGreaterThan(100L * 1024 * 1024);
    EvidenceSet set = JsonLoader.evidence(big, CATALOG);
    assertThat(set.evidence()).hasSize(items);
  }
}
