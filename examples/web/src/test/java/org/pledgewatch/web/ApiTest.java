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
    registry.add("spring.security.user.name", () -> Http.USER);
    registry.add("spring.security.user.password", () -> Http.PASSWORD);
    registry.add("pledgewatch.max-body-bytes", () -> "100000");
  }

  @LocalServerPort int port;

  @Autowired EvidenceStore store;

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    Http.Response posted = Http.post(port, "/api/agreements/tmm24/evidence", body);
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

  /**
   * Reads are public; a write without credentials, or with wrong ones, is a 401 and stores nothing.
   */
  @Test
  void writesNeedCredentials() throws Exception {
    int before = store.count();
    for (String auth :
        new String[] {
          null,
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString("analyst:wrong".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        }) {
      java.net.http.HttpRequest.Builder request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(
                      "http://localhost:" + port + "/api/agreements/tmm24/evidence"))
              .header("Content-Type", "application/json")
              .POST(
                  java.net.http.HttpRequest.BodyPublishers.ofString(
                      Http.workingGroupMet("e-anon")));
      if (auth != null) {
        request.header("Authorization", auth);
      }
      java.net.http.HttpResponse<String> r =
          Http.CLIENT.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(Http.JSON.readTree(r.body()).get("code").asText()).isEqualTo("unauthorized");
    }
    assertThat(store.count()).isEqualTo(before);
    assertThat(Http.get(port, "/api/agreements").status()).isEqualTo(200);
  }

  /** A posted item can be retracted, and the verdict goes back; bundled items cannot. */
  @Test
  void aPostedItemCanBeRetracted() throws Exception {
    String path = "/api/commitments/tmm24-operational-cell?asOf=2024-06-01";
    String before = Http.get(port, path).json().get("status").asText();
    String body =
        Http.workingGroupMet("e-retract-1")
            .replace("tmm24-working-group", "tmm24-operational-cell")
            .replace(
                "\"kind\": \"body-established\"",
                "\"kind\": \"body-established\", \"tags\": [\"scope:trilateral\"]");
    assertThat(Http.post(port, "/api/agreements/tmm24/evidence", body).status()).isEqualTo(201);
    assertThat(Http.get(port, path).json().get("status").asText()).isEqualTo("met");

    Http.Response retracted =
        Http.send(port, "DELETE", "/api/agreements/tmm24/evidence/e-retract-1");
    assertThat(retracted.status()).as(retracted.body()).isEqualTo(200);
    assertThat(retracted.json().get("retracted").get(0).asText()).isEqualTo("e-retract-1");
    assertThat(Http.get(port, path).json().get("status").asText()).isEqualTo(before);
    assertThat(store.agreementOf("e-retract-1")).isEmpty();

    Http.Response again = Http.send(port, "DELETE", "/api/agreements/tmm24/evidence/e-retract-1");
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.json().get("detail").asText())
        .isEqualTo(
            "evidence e-retract-1: no evidence 'e-retract-1' was posted for agreement 'tmm24'");
    Http.Response bundled =
        Http.send(port, "DELETE", "/api/agreements/tmm24/evidence/e-000-joint-statement");
    assertThat(bundled.status()).isEqualTo(404);
    assertThat(bundled.json().get("detail").asText())
        .contains("ships with the pack trilateral-2024: only posted evidence can be retracted");
  }

  @Test
  void badEvidenceIsA400ProblemNamingTheFieldAndNothingIsStored() throws Exception {
    int before = store.count();
    String body =
        Http.workingGroupMet("e-bad")
            .replace("\"occurredOn\": \"2024-05-01\"", "\"occurredOn\": \"1 May 2024\"");
    Http.Response r = Http.post(port, "/api/agreements/tmm24/evidence", body);
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
    assertThat(
            Http.post(port, "/api/agreements/tmm24/evidence", Http.workingGroupMet("e-dup"))
                .status())
        .isEqualTo(201);
    int before = store.count();
    Http.Response dup =
        Http.post(port, "/api/agreements/tmm24/evidence", Http.workingGroupMet("e-dup"));
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.json().get("detail").asText()).contains("'e-dup' appears twice");
    Http.Response unknown =
        Http.post(
            port,
            "/api/agreements/tmm24/evidence",
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

  @Test
  void theServiceListsTheAgreementsOfEveryPack() throws Exception {
    JsonNode agreements = Http.get(port, "/api/agreements").json();
    assertThat(agreements)
        .extracting(a -> a.get("id").asText())
        .containsExactly("tmm24", "g7-2025");
    assertThat(agreements)
        .extracting(a -> a.get("pack").asText() + " " + a.get("commitments").asInt())
        .containsExactly("trilateral-2024 13", "g7-2025-ai-smes 1");
    assertThat(agreements.get(1).get("date").asText()).isEqualTo("2025-06-17");
  }

  /**
   * The G7 pack through the service: the verdicts per member its README gives as of the report's
   * date, and the scorecard shaped as the G7 Research Group's table.
   */
  @Test
  void theG7PackIsServedWithItsScorecard() throws Exception {
    JsonNode report = Http.get(port, "/api/agreements/g7-2025/report?asOf=2026-06-13").json();
    assertThat(report.get("assessments")).hasSize(1);
    JsonNode a = report.get("assessments").get(0);
    assertThat(a.get("commitment").asText()).isEqualTo("g7-2025-ai-smes");
    assertThat(a.get("status").asText()).isEqualTo("partially-met");

    JsonNode card = Http.get(port, "/api/agreements/g7-2025/scorecard?asOf=2026-06-13").json();
    assertThat(card.get("parties"))
        .extracting(JsonNode::asText)
        .containsExactly("CA", "DE", "EU", "FR", "IT", "JP", "UK", "US");
    JsonNode cells = card.get("rows").get(0).get("byParty");
    assertThat(cells.get("CA").get("score").asInt()).isEqualTo(1);
    assertThat(cells.get("CA").get("status").asText()).isEqualTo("met");
    // Eleven strong actions and seven weak ones decided Canada's cell.
    assertThat(cells.get("CA").get("items"))
        .hasSize(18)
        .extracting(JsonNode::asText)
        .contains("ca-00", "ca-03");
    assertThat(cells.get("US").get("score").asInt()).isZero();
    assertThat(cells.get("US").get("items"))
        .extracting(JsonNode::asText)
        .containsExactly("us-04", "us-00", "us-01", "us-02", "us-03", "us-05");
    assertThat(card.get("averages").get("UK").asDouble()).isEqualTo(1.0);
    assertThat(card.get("average").asDouble()).isEqualTo(0.375);
    assertThat(card.get("percentage").asDouble()).isEqualTo(68.75);

    // The trilateral's scorecard has its three parties, from its own pack.
    JsonNode trilateral = Http.get(port, "/api/agreements/tmm24/scorecard?asOf=2024-12-31").json();
    assertThat(trilateral.get("parties"))
        .extracting(JsonNode::asText)
        .containsExactly("GT", "MX", "US");
    assertThat(trilateral.get("rows")).hasSize(13);
    assertThat(Http.get(port, "/api/agreements/g7-2024/scorecard").status()).isEqualTo(404);
  }

  /**
   * Evidence posted for the G7 agreement is checked against the G7 catalog and counts there only:
   * four more strong actions give the United States five, the guideline's +1.
   */
  @Test
  void evidencePostedForTheG7AgreementCountsThereOnly() throws Exception {
    String path = "/api/agreements/g7-2025/scorecard?asOf=2026-06-13";
    JsonNode before = Http.get(port, path).json().get("rows").get(0).get("byParty").get("US");
    assertThat(before.get("score").asInt()).isZero();
    StringBuilder sources = new StringBuilder();
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 4; i++) {
      String sep = i == 1 ? "" : ",";
      sources.append(
          """
          %s{"id": "test-us-src-%d", "type": "official", "publisher": "Test publisher %d",
             "title": "A programme for small firms adopting AI, part %d", "publishedOn": "2025-10-0%d"}
          """
              .formatted(sep, i, i, i, i));
      items.append(
          """
          %s{"id": "test-us-%d", "commitment": "g7-2025-ai-smes", "kind": "strong-domestic",
             "stance": "supports", "parties": ["US"], "occurredOn": "2025-10-0%d",
             "source": "test-us-src-%d", "quote": "A programme funding AI adoption by SMEs, part %d."}
          """
              .formatted(sep, i, i, i, i));
    }
    String body = "{\"sources\": [" + sources + "], \"evidence\": [" + items + "]}";
    Http.Response posted = Http.post(port, "/api/agreements/g7-2025/evidence", body);
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    JsonNode us = Http.get(port, path).json().get("rows").get(0).get("byParty").get("US");
    assertThat(us.get("score").asInt()).isEqualTo(1);
    assertThat(us.get("items"))
        .hasSize(before.get("items").size() + 4)
        .extracting(JsonNode::asText)
        .contains("test-us-1", "test-us-4", "us-04");
    // The trilateral pack does not see them.
    JsonNode trilateral = Http.get(port, "/api/agreements/tmm24/report?asOf=2026-06-13").json();
    assertThat(trilateral.toString()).doesNotContain("test-us-1");

    // An item naming a trilateral pledge is not one of the G7 catalog's.
    Http.Response wrongPack =
        Http.post(port, "/api/agreements/g7-2025/evidence", Http.workingGroupMet("e-g7-wrong"));
    assertThat(wrongPack.status()).isEqualTo(400);
    assertThat(wrongPack.json().get("code").asText()).isEqualTo("unknown_commitment");
    // An id held for one agreement cannot be posted for another.
    Http.Response reused =
        Http.post(
            port,
            "/api/agreements/tmm24/evidence",
            Http.workingGroupMet("test-us-1").replace("state-test-us-1", "state-reused"));
    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.json().get("detail").asText())
        .contains("'test-us-1' is already held for agreement 'g7-2025'");
    // A source the G7 pack ships cannot be redefined through the trilateral agreement.
    Http.Response redefined =
        Http.post(
            port,
            "/api/agreements/tmm24/evidence",
            Http.workingGroupMet("e-redefine").replace("state-e-redefine", "g7rg-2025-final-ch4"));
    assertThat(redefined.status()).isEqualTo(400);
    assertThat(redefined.json().get("detail").asText())
        .contains("define source 'g7rg-2025-final-ch4' differently");
  }

  /**
   * A body over the limit is a 413, whether it declares its length or comes in chunks, and nothing
   * is stored.
   */
  @Test
  void aBodyOverTheLimitIs413AndNothingIsStored() throws Exception {
    int before = store.count();
    byte[] big =
        ("{\"sources\": [], \"evidence\": [], \"pad\": \"" + "x".repeat(200_000) + "\"}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Http.Response declared = Http.post(port, "/api/agreements/tmm24/evidence", big);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.contentType()).startsWith("application/problem+json");
    assertThat(declared.json().get("code").asText()).isEqualTo("body_too_large");
    assertThat(declared.json().get("detail").asText())
        .isEqualTo("the request body is larger than the limit of 100000 bytes");
    java.net.http.HttpResponse<String> chunked =
        Http.CLIENT.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://localhost:" + port + "/api/agreements/tmm24/evidence"))
                .header("Content-Type", "application/json")
                .header("Authorization", Http.basic())
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big)))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(store.count()).isEqualTo(before);
  }

  /** Figures are stored as the library validated them, never rounded through a double. */
  @Test
  void figuresAreStoredExactlyAsValidated() throws Exception {
    String body =
        """
        {"sources": [{"id": "cbp-exact", "type": "official", "publisher": "U.S. Customs and Border Protection",
                      "title": "Monthly update", "publishedOn": "2024-02-15"}],
         "evidence": [
           {"id": "e-exact-1", "commitment": "tmm24-border-management", "kind": "figure-reported",
            "stance": "supports", "parties": ["US"], "occurredOn": "2024-02-15", "source": "cbp-exact",
            "quote": "Encounters in January.",
            "figure": {"measure": "cbp-southwest-border-encounters", "quantity": 176205.00,
                       "unit": "encounters", "period": "2024-01", "party": "US"}},
           {"id": "e-exact-2", "commitment": "tmm24-border-management", "kind": "figure-reported",
            "stance": "supports", "parties": ["US"], "occurredOn": "2024-02-15", "source": "cbp-exact",
            "quote": "Encounters in December.",
            "figure": {"measure": "cbp-southwest-border-encounters", "quantity": 12345678901234567890.5,
                       "unit": "encounters", "period": "2023-11", "party": "US"}}]}
        """;
    Http.Response posted = Http.post(port, "/api/agreements/tmm24/evidence", body);
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    assertThat(
            jdbc.queryForObject(
                "SELECT body FROM posted_evidence WHERE id = 'e-exact-1'", String.class))
        .contains("\"quantity\":176205.00");
    assertThat(
            jdbc.queryForObject(
                "SELECT body FROM posted_evidence WHERE id = 'e-exact-2'", String.class))
        .contains("\"quantity\":12345678901234567890.5");
    // And read back through the loader, they are the numbers posted.
    assertThat(Http.get(port, "/api/agreements/tmm24/report?asOf=2024-03-01").status())
        .isEqualTo(200);
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
      Http.Response r = Http.post(port, "/api/agreements/tmm24/evidence", Files.readAllBytes(file));
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
    Http.Response post =
        Http.post(port, "/api/agreements/g7-2024/evidence", Http.workingGroupMet("e-404"));
    assertThat(post.status()).isEqualTo(404);
    assertThat(post.json().get("detail").asText()).contains("known: [tmm24, g7-2025]");
    Http.Response date = Http.get(port, "/api/agreements/tmm24/report?asOf=2024-13-01");
    assertThat(date.status()).isEqualTo(400);
    assertThat(date.json().get("errors").get(0).get("location").asText()).isEqualTo("asOf");
    // What was sent is quoted, at most 40 characters of it.
    Http.Response longDate =
        Http.get(port, "/api/agreements/tmm24/report?asOf=" + "9".repeat(5000));
    assertThat(longDate.status()).isEqualTo(400);
    assertThat(longDate.json().get("detail").asText())
        .isEqualTo("asOf: expected a date YYYY-MM-DD, found '" + "9".repeat(37) + "...'");
  }

  /**
   * Each point of a timeline is a full evaluation: an as-of date centuries away is a located 400,
   * answered at once, not a request that ties up the service.
   */
  @Test
  void aTimelineTooLongToComputeIsRefused() throws Exception {
    Http.Response far = Http.get(port, "/api/agreements/tmm24/timeline?asOf=9999-12-31");
    assertThat(far.status()).isEqualTo(400);
    assertThat(far.json().get("errors").get(0).get("location").asText()).isEqualTo("asOf");
    assertThat(far.json().get("detail").asText())
        .isEqualTo(
            "asOf: a timeline has at most 240 monthly points; from 2024-02-28 to 9999-12-31 would"
                + " be 95711: choose an earlier asOf");
    // Twenty years of months is served.
    assertThat(Http.get(port, "/api/agreements/tmm24/timeline?asOf=2044-01-31").json().get("dates"))
        .hasSize(240);
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
