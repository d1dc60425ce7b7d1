package org.pledgewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Posted evidence is kept in the database: it is there after the service restarts. */
class PersistenceTest {
  static ConfigurableApplicationContext start(Path data) {
    // Command-line arguments, not builder defaults: application.properties would override those.
    return new SpringApplicationBuilder(WebApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL",
            Http.CREDENTIALS[0],
            Http.CREDENTIALS[1]);
  }

  static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void evidenceSurvivesARestart(@TempDir Path data) throws Exception {
    String path = "/api/commitments/tmm24-working-group?asOf=2024-06-01";
    try (ConfigurableApplicationContext first = start(data)) {
      assertThat(
              Http.post(
                      port(first), "/api/agreements/tmm24/evidence", Http.workingGroupMet("e-wg-1"))
                  .status())
          .isEqualTo(201);
      assertThat(Http.get(port(first), path).json().get("status").asText())
          .isEqualTo("in-progress");
    }
    try (ConfigurableApplicationContext second = start(data)) {
      assertThat(second.getBean(EvidenceStore.class).count()).isEqualTo(1);
      assertThat(Http.get(port(second), path).json().get("status").asText())
          .isEqualTo("in-progress");
    }
  }

  /**
   * A database made before the service served several agreements (no agreement column) is migrated
   * at start-up: its items are the trilateral's, as they were.
   */
  @Test
  void aDatabaseFromBeforeAgreementsIsMigrated(@TempDir Path data) throws Exception {
    String url = "jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL";
    String item =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Http.workingGroupMet("e-old-1"))
            .path("evidence")
            .get(0)
            .toString();
    String source =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Http.workingGroupMet("e-old-1"))
            .path("sources")
            .get(0)
            .toString();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE posted_source (id VARCHAR(200) PRIMARY KEY, body TEXT NOT NULL,"
              + " posted_at TIMESTAMP NOT NULL)");
      st.execute(
          "CREATE TABLE posted_evidence (id VARCHAR(200) PRIMARY KEY, body TEXT NOT NULL,"
              + " posted_at TIMESTAMP NOT NULL)");
      try (java.sql.PreparedStatement ps =
          c.prepareStatement("INSERT INTO posted_source VALUES (?, ?, CURRENT_TIMESTAMP)")) {
        ps.setString(1, "state-e-old-1");
        ps.setString(2, source);
        ps.executeUpdate();
      }
      try (java.sql.PreparedStatement ps =
          c.prepareStatement("INSERT INTO posted_evidence VALUES (?, ?, CURRENT_TIMESTAMP)")) {
        ps.setString(1, "e-old-1");
        ps.setString(2, item);
        ps.executeUpdate();
      }
    }
    try (ConfigurableApplicationContext context = start(data)) {
      assertThat(context.getBean(EvidenceStore.class).agreementOf("e-old-1")).contains("tmm24");
      assertThat(
              Http.get(port(context), "/api/commitments/tmm24-working-group?asOf=2024-06-01")
                  .json()
                  .get("status")
                  .asText())
          .isEqualTo("in-progress");
    }
  }
}
