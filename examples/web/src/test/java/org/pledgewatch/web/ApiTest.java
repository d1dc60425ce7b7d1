package org.pledgewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {
  @TempDir static Path data;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add(
        "spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL");
  }

  @LocalServerPort int port;

  @Autowired EvidenceStore store;

  @Autowired RequestMappingHandlerMapping mappings;

  @Test
  void postedEvidenceChangesAStatus() throws Exception {
    String path = "/api/commitments/tmm24-operational-cell?asOf=2024-06-01";
    assertThat(Http.get(port, path).json().get("status").asText())
        .isEqualTo("insufficient-evidence");
    // The cell of the three governments itself: the pledge's own deliverable.
    String body =
        Http.workingGroupMet("e-cell-1")
            .replace("tmm24-working-group", "tmm24-operational-cell")
            .replace(
                "\"kind\": \"body-established\"",
                "\"kind\": \"body-established\", \"tags\": [\"scope:trilateral\"]");
    Http.Response posted = Http.post(port, "/api/evidence", body);
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    assertThat(posted.json().get("stored").get(0).asText()).isEqualTo("e-cell-1");
    JsonNode after = Http.get(port, path).json();
    assertThat(after.get("status").asText()).isEqualTo("met");
    assertThat(
            after
                .get("explanation")
                .get("criteria")
                .get(0)
                .get("decisions")
                .get(0)
                .get("rule")
                .asText())
        .isEqualTo("shared: a criterion's evidence kinds, corroborated");
  }

  @Test
  void badEvidenceIsA400ProblemNamingTheFieldAndNothingIsStored() throws Exception {
    int before = store.count();
    String body =
        Http.workingGroupMet("e-bad")
            .replace("\"occurredOn\": \"2024-05-01\"", "\"occurredOn\": \"1 May 2024\"");
    Http.Response r = Http.post(port, "/api/evidence", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    JsonNode problem = r.json();
    assertThat(problem.get("code").asText()).isEqualTo("invalid_evidence");
    assertThat(problem.get("errors").get(0).get("location").asText())
        .startsWith("request body:")
        .endsWith("$.evidence[0].occurredOn");
    assertThat(problem.get("errors").get(0).get("message").asText())
        .isEqualTo(
            "expected a date YYYY-MM-DD, found \"1 May 2024\" (Text '1 May 2024' could not be parsed at index 0)");
    assertThat(store.count()).isEqualTo(before);
  }

  @Test
  void anIdAlreadyHeldIsRejectedWholeAndAnUnknownCommitmentIsNamed() throws Exception {
    assertThat(Http.post(port, "/api/evidence", Http.workingGroupMet("e-dup")).status())
        .isEqualTo(201);
    int before = store.count();
    Http.Response dup = Http.post(port, "/api/evidence", Http.workingGroupMet("e-dup"));
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.json().get("detail").asText()).contains("'e-dup' appears twice");
    Http.Response unknown =
        Http.post(
            port,
            "/api/evidence",
            Http.workingGroupMet("e-x").replace("tmm24-working-group", "tmm24-nope"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("code").asText()).isEqualTo("unknown_commitment");
    assertThat(unknown.json().get("errors").get(0).get("message").asText())
        .isEqualTo("commitments must name commitments in the catalog, but 'tmm24-nope' is not one");
    assertThat(store.count()).isEqualTo(before);
  }

  @Test
  void reportsForAnAgreementAsOfADate() throws Exception {
    JsonNode report = Http.get(port, "/api/agreements/tmm24/report?asOf=2024-02-29").json();
    assertThat(report.get("asOf").asText()).isEqualTo("2024-02-29");
    assertThat(report.get("assessments")).hasSize(13);
    JsonNode timeline = Http.get(port, "/api/agreements/tmm24/timeline?asOf=2024-06-15").json();
    assertThat(timeline.get("dates"))
        .extracting(JsonNode::asText)
        .containsExactly("2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-15");
    assertThat(timeline.get("commitments")).hasSize(13);
  }

  /**
   * The library's bad-input corpus, posted as request bodies: each is a located 400, and nothing is
   * stored.
   */
  @Test
  void everyFileOfTheBadInputCorpusIsA400NamingWhereAndWhy() throws Exception {
    Path corpus = Path.of("../../core/src/test/resources/bad-input");
    List<Path> cases;
    try (Stream<Path> files = Files.list(corpus)) {
      cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(19);
    int before = store.count();
    for (Path file : cases) {
      Map<String, String> expect = new HashMap<>();
      for (String line :
          Files.readAllLines(Path.of(file.toString().replaceFirst("\\.json$", ".expect")))) {
        expect.put(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
      }
      Http.Response r = Http.post(port, "/api/evidence", Files.readAllBytes(file));
      assertThat(r.status()).as(file + ": " + r.body()).isEqualTo(400);
      assertThat(r.contentType()).startsWith("application/problem+json");
      String location = expect.get("location").replace("{file}", "request body");
      assertThat(r.json().get("errors"))
          .as(file.toString())
          .anySatisfy(
              e -> {
                assertThat(e.get("location").asText()).startsWith(location);
                assertThat(e.get("location").asText() + ": " + e.get("message").asText())
                    .contains(expect.get("message"));
              });
    }
    assertThat(store.count()).isEqualTo(before);
  }

  @Test
  void unknownThingsAre404AndABadDateIs400() throws Exception {
    Http.Response commitment = Http.get(port, "/api/commitments/tmm24-nope");
    assertThat(commitment.status()).isEqualTo(404);
    assertThat(commitment.json().get("detail").asText())
        .isEqualTo("commitment 'tmm24-nope': no commitment 'tmm24-nope' in the catalog");
    assertThat(Http.get(port, "/api/agreements/g7-2024/report").status()).isEqualTo(404);
    Http.Response date = Http.get(port, "/api/agreements/tmm24/report?asOf=2024-13-01");
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.json().get("errors").get(0).get("location").asText()).isEqualTo("asOf");
  }

  @Test
  void theOpenApiDescriptionListsEveryRoute() throws Exception {
    JsonNode paths = Http.get(port, "/openapi.json").json().get("paths");
    Set<String> described = new TreeSet<>();
    paths
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey())));
    Set<String> served = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              if (method.getBeanType() == ApiController.class) {
                info.getPatternValues()
                    .forEach(
                        p ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> served.add(m + " " + p)));
              }
            });
    assertThat(served).isNotEmpty();
    assertThat(described).isEqualTo(served);
  }
}
