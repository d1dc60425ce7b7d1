package org.pledgewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 means the item is on disk: the service is killed with SIGKILL while evidence is being
 * posted, started again on the same data, and every item it acknowledged is there.
 */
class CrashTest {
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * The service in a JVM of its own, with the shipped configuration and its data in {@code dir}.
   */
  static Process start(Path dir, int port) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            WebApplication.class.getName(),
            "--server.port=" + port,
            "--pledgewatch.data-dir=" + dir,
            Http.CREDENTIALS[0],
            Http.CREDENTIALS[1])
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("service.log").toFile())
        .start();
  }

  static void awaitUp(Process p, int port, Path dir) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as(() -> log(dir)).isTrue();
      try {
        if (Http.get(port, "/api/agreements").status() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the service did not start: " + log(dir));
  }

  static String log(Path dir) {
    try {
      return Files.readString(dir.resolve("service.log"));
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void everyAcknowledgedItemSurvivesSigkill(@TempDir Path dir) throws Exception {
    int port = freePort();
    Process service = start(dir, port);
    List<String> acknowledged = new ArrayList<>();
    try {
      awaitUp(service, port, dir);
      // A bounded stream of posts; the kill lands in the middle of it.
      Thread killer =
          new Thread(
              () -> {
                try {
                  Thread.sleep(1500);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                service.destroyForcibly(); // SIGKILL on Linux: no shutdown hook runs
              });
      killer.start();
      for (int i = 0; i < 2000 && service.isAlive(); i++) {
        String id = "e-crash-" + i;
        try {
          if (Http.post(port, "/api/agreements/tmm24/evidence", Http.workingGroupMet(id)).status()
              == 201) {
            acknowledged.add(id);
          }
        } catch (IOException killed) {
          break;
        }
      }
      killer.join();
      assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      service.destroyForcibly();
    }
    assertThat(acknowledged).as("posts acknowledged before the kill").isNotEmpty();

    // Started again on the same data, the service serves it.
    Process again = start(dir, port);
    try {
      awaitUp(again, port, dir);
      assertThat(Http.get(port, "/api/agreements/tmm24/report?asOf=2024-06-01").status())
          .isEqualTo(200);
    } finally {
      again.destroy();
      assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    List<String> stored = new ArrayList<>();
    try (java.sql.Connection c =
            java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("pledgewatch") + ";MODE=PostgreSQL");
        java.sql.ResultSet rows =
            c.createStatement().executeQuery("SELECT id FROM posted_evidence")) {
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
    }
    assertThat(stored).as("every acknowledged item is stored").containsAll(acknowledged);
  }
}
