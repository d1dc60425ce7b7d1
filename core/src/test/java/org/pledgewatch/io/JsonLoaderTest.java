package org.pledgewatch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Deadline;
import org.pledgewatch.model.EvidenceSet;

class JsonLoaderTest {
  static final String CATALOG =
      """
      {
        "parties": [
          {"id": "US", "name": "United States"},
          {"id": "MX", "name": "Mexico"},
          {"id": "MX-SRE", "name": "Alicia Bárcena", "memberOf": "MX", "aliases": ["Alicia Barcenas"]}
        ],
        "agreements": [
          {"id": "a1", "title": "Ministerial", "date": "2024-02-28", "place": "Washington", "parties": ["US", "MX"]}
        ],
        "commitments": [
          {
            "id": "p1", "agreement": "a1", "title": "Statement", "parties": ["US", "MX"], "category": "diplomacy",
            "wordings": [{"source": "src-1", "text": "a joint statement"}],
            "deadline": {"kind": "soft", "due": "2024-04-30", "text": "in April"},
            "criteria": [{"id": "issued", "description": "issued", "satisfiedBy": "an official copy"}]
          }
        ]
      }
      """;

  static Catalog catalog() {
    return JsonLoader.catalog("catalog.json", in(CATALOG));
  }

  static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static String evidence(String items) {
    return """
        {
          "sources": [
            {"id": "src-1", "type": "official", "publisher": "State", "title": "Joint statement", "publishedOn": "2024-02-28"},
            {"id": "src-2", "type": "press", "publisher": "Wire", "title": "Rewrite", "publishedOn": "2024-02-29", "derivedFrom": "src-1"}
          ],
          "evidence": [
        """
        + items
        + """
          ]
        }
        """;
  }

  static final String GOOD =
      """
        {"id": "e1", "commitment": "p1", "kind": "statement-issued", "stance": "supports", "parties": ["US", "Alicia Barcenas"],
         "occurredOn": "2024-02-28", "source": "src-1", "quote": "the three delegations agreed"}""";

  @Test
  void loadsACatalogAndResolvesDefaults() {
    Catalog c = catalog();
    assertThat(c.commitment("p1").orElseThrow().deadline())
        .isEqualTo(new Deadline(Deadline.Kind.SOFT, LocalDate.of(2024, 4, 30), "in April"));
    assertThat(c.resolveParty("alicia barcenas")).contains("MX-SRE");
  }

  @Test
  void loadsEvidenceResolvingAliasesAndOrigins() {
    EvidenceSet set =
        JsonLoader.evidence(
            "evidence.json",
            in(evidence(GOOD + ",\n" + GOOD.replace("\"e1\"", "\"e2\"").replace("src-1", "src-2"))),
            catalog());
    assertThat(set.evidence()).hasSize(2);
    assertThat(set.evidence().get(0).parties()).containsExactly("US", "MX-SRE", "MX");
    assertThat(set.evidence().get(0).publishedOn()).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(set.evidence().get(1).origin()).isEqualTo("src-1");
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() {
    assertThatThrownBy(() -> JsonLoader.catalog("catalog.json", in("{\n  \"parties\": [,]\n}")))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CATALOG);
              assertThat(e.problems().get(0).location())
                  .isEqualTo(Location.file("catalog.json", 2, 15));
              assertThat(e.problems().get(0).message()).startsWith("malformed JSON");
            });
  }

  @Test
  void aTruncatedFileIsMalformedNotPartlyLoaded() {
    String truncated = evidence(GOOD).substring(0, evidence(GOOD).length() / 2);
    assertThatThrownBy(() -> JsonLoader.evidenceLenient("evidence.json", in(truncated), catalog()))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e ->
                assertThat(e.getMessage())
                    .contains("evidence.json:", "malformed JSON", "end-of-input"));
  }

  @Test
  void wrongTypesMissingFieldsAndUnknownFieldsAreEachReportedWithTheirPath() {
    String bad =
        """
        {"id": "e1", "commitment": 7, "kind": "statement-issued", "stance": "maybe",
         "occurredOn": "2024-02-30", "source": "src-1", "publshedOn": "2024-03-01"}""";
    assertThatThrownBy(() -> JsonLoader.evidence("evidence.json", in(evidence(bad)), catalog()))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "evidence.json:7:28 $.evidence[0].commitment: expected a string, found the number 7",
                        "evidence.json:7:69 $.evidence[0].stance: expected one of supports, contradicts, found \"maybe\"",
                        "evidence.json:8:16 $.evidence[0].occurredOn: expected a date YYYY-MM-DD, found \"2024-02-30\" (Invalid date 'FEBRUARY 30')",
                        "evidence.json:7:1 $.evidence[0].quote: missing required field 'quote': expected a string",
                        "evidence.json:8:63 $.evidence[0].publshedOn: unknown field 'publshedOn'; expected one of [commitment, commitments, criterion, figure, id, kind, note, occurredOn, parties, publishedOn, quote, source, stance, tags]"));
  }

  @Test
  void anEventPublishedBeforeItOccurredIsRejected() {
    String bad = GOOD.replace("\"occurredOn\": \"2024-02-28\"", "\"occurredOn\": \"2024-03-05\"");
    assertThatThrownBy(() -> JsonLoader.evidence("evidence.json", in(evidence(bad)), catalog()))
        .hasMessageContaining(
            "evidence.json:7:1 $.evidence[0]: evidence 'e1': occurredOn must not be after publishedOn, but was 2024-03-05 > 2024-02-28");
  }

  @Test
  void leniencyLoadsTheGoodItemsAndReturnsEveryRejectedOne() {
    String items =
        GOOD
            + ",\n"
            + GOOD
            + ",\n"
            + GOOD.replace("\"e1\"", "\"e3\"").replace("\"p1\"", "\"p9\"")
            + ",\n"
            + GOOD.replace("\"e1\"", "\"e4\"").replace("src-1", "src-404");
    Loaded<EvidenceSet> loaded =
        JsonLoader.evidenceLenient("evidence.json", in(evidence(items)), catalog());
    assertThat(loaded.value().evidence())
        .extracting(org.pledgewatch.model.Evidence::id)
        .containsExactly("e1");
    assertThat(loaded.rejected())
        .extracting(Problem::message)
        .containsExactly(
            "evidence ids must be unique, but 'e1' was already used at line 7",
            "commitments must name commitments in the catalog, but 'p9' is not one",
            "source must name a source in this file, but 'src-404' is not one (or was rejected)");
    assertThat(loaded.rejected())
        .extracting(Problem::code)
        .containsExactly(
            ErrorCode.INVALID_EVIDENCE, ErrorCode.UNKNOWN_COMMITMENT, ErrorCode.INVALID_EVIDENCE);
    assertThatThrownBy(() -> JsonLoader.evidence("evidence.json", in(evidence(items)), catalog()))
        .isInstanceOfSatisfying(
            PledgewatchException.class, e -> assertThat(e.problems()).hasSize(3));
  }

  @Test
  void catalogCrossReferencesAreCheckedTogether() {
    String bad =
        CATALOG
            .replace("\"agreement\": \"a1\"", "\"agreement\": \"a2\"")
            .replace(
                "\"parties\": [\"US\", \"MX\"], \"category\"",
                "\"parties\": [\"US\", \"FR\"], \"category\"");
    assertThatThrownBy(() -> JsonLoader.catalog("catalog.json", in(bad)))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "catalog.json commitment 'p1': agreement must name an agreement in the catalog, but was 'a2'",
                        "catalog.json commitment 'p1': parties must name parties in the catalog, but 'FR' is not one"));
  }

  @Test
  void duplicateKeysNonUtf8AndDeepNestingAreRejected() {
    assertThatThrownBy(
            () ->
                JsonLoader.catalog(
                    "c.json",
                    in(
                        "{\"parties\": [], \"parties\": [], \"agreements\": [], \"commitments\": []}")))
        .hasMessageContaining("the field 'parties' appears more than once");
    byte[] latin1 =
        "{\"parties\": [{\"id\": \"MX\", \"name\": \"M\u00e9xico\"}], \"agreements\": [], \"commitments\": []}"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> JsonLoader.catalog("c.json", new ByteArrayInputStream(latin1)))
        .hasMessageContaining("c.json:1:")
        .hasMessageContaining("Invalid UTF-8");
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThatThrownBy(() -> JsonLoader.catalog("c.json", in(deep)))
        .hasMessageContaining("c.json:1:")
        .hasMessageContaining("nesting depth");
  }

  @Test
  void aMissingFileIsAnIoErrorNamingIt() {
    assertThatThrownBy(() -> JsonLoader.catalog(java.nio.file.Path.of("no-such-catalog.json")))
        .isInstanceOfSatisfying(
            PledgewatchException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR);
              assertThat(e.getMessage()).contains("no-such-catalog.json", "no such file");
            });
  }

  /**
   * Numbers are kept exactly as written within the bounds, and refused beyond them without ever
   * being expanded: {@code 1e-999999999} as plain text would be a billion characters.
   */
  @Test
  void numbersAreBoundedAndKeptExactly() {
    assertThat(Rec.bounded("176205.00")).hasToString("176205.00");
    assertThat(Rec.bounded("1" + "0".repeat(99))).isNotNull();
    assertThat(Rec.bounded("1" + "0".repeat(100))).isNull();
    assertThat(Rec.bounded("9.99e99")).isNotNull();
    assertThat(Rec.bounded("1e100")).isNull();
    assertThat(Rec.bounded("0." + "0".repeat(98) + "1")).isNotNull();
    assertThat(Rec.bounded("1e-101")).isNull();
    for (String hostile :
        new String[] {"1e999", "-1e999", "1e-999999999", "0e-999999999", "1e2147483648"}) {
      assertThat(Rec.bounded(hostile)).as(hostile).isNull();
    }
  }
}
