package org.pledgewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posted evidence, kept in the database as the JSON records it was posted as: one row per source
 * and per item, each item with the agreement it was posted for. Sources are shared: a source is a
 * publication, whichever agreement cites it. Reading it back goes through the same loader and
 * checks as a file.
 */
@Repository
public class EvidenceStore {
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public EvidenceStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Stores the records of an already-validated evidence document, posted for an agreement, all or
   * nothing.
   */
  @Transactional
  public void save(String agreement, JsonNode document) {
    Timestamp now = Timestamp.from(clock.instant());
    for (JsonNode source : document.path("sources")) {
      String id = source.path("id").asText();
      Integer existing =
          jdbc.queryForObject("SELECT COUNT(*) FROM posted_source WHERE id = ?", Integer.class, id);
      if (existing == null || existing == 0) {
        jdbc.update(
            "INSERT INTO posted_source (id, body, posted_at) VALUES (?, ?, ?)",
            id,
            source.toString(),
            now);
      }
    }
    for (JsonNode item : document.path("evidence")) {
      jdbc.update(
          "INSERT INTO posted_evidence (id, agreement, body, posted_at) VALUES (?, ?, ?, ?)",
          item.path("id").asText(),
          agreement,
          item.toString(),
          now);
    }
  }

  /** Removes a posted item; false if none with this id was posted for the agreement. */
  @Transactional
  public boolean delete(String agreement, String evidenceId) {
    return jdbc.update(
            "DELETE FROM posted_evidence WHERE id = ? AND agreement = ?", evidenceId, agreement)
        == 1;
  }

  /** The agreement an item was posted for, if one with this id is held. */
  public Optional<String> agreementOf(String evidenceId) {
    return jdbc
        .queryForList(
            "SELECT agreement FROM posted_evidence WHERE id = ?", String.class, evidenceId)
        .stream()
        .findFirst();
  }

  /**
   * Every source posted so far and the items posted for these agreements, checked against the
   * catalog.
   */
  public EvidenceSet load(Catalog catalog, List<String> agreements) {
    ObjectNode doc = json.createObjectNode();
    ArrayNode sources = doc.putArray("sources");
    ArrayNode evidence = doc.putArray("evidence");
    try {
      for (String body :
          jdbc.queryForList("SELECT body FROM posted_source ORDER BY id", String.class)) {
        sources.add(json.readTree(body));
      }
      List<String> items =
          jdbc.query(
              "SELECT body, agreement FROM posted_evidence ORDER BY id",
              (row, n) -> agreements.contains(row.getString(2)) ? row.getString(1) : null);
      for (String body : items) {
        if (body != null) {
          evidence.add(json.readTree(body));
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored evidence is not JSON", e);
    }
    return JsonLoader.evidence(
        "database",
        new ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)),
        catalog);
  }

  public int count() {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM posted_evidence", Integer.class);
    return n == null ? 0 : n;
  }
}
