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
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db") + ";MODE=PostgreSQL");
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
}
