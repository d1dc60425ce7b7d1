package org.pledgewatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A small real HTTP client for the tests: requests go through the network stack, as a browser's
 * would.
 */
final class Http {
  static final HttpClient CLIENT = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, String contentType, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private Http() {}

  static Response get(int port, String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build());
  }

  static Response post(int port, String path, String json)
      throws IOException, InterruptedException {
    return post(port, path, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The writer the tests configure ({@link #CREDENTIALS}); writes need credentials. */
  static final String USER = "analyst";

  static final String PASSWORD = "test-password";

  /** The properties that configure that writer, for a test's application context. */
  static final String[] CREDENTIALS = {
    "--spring.security.user.name=" + USER, "--spring.security.user.password=" + PASSWORD
  };

  static String basic() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (USER + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static Response post(int port, String path, byte[] json)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", basic())
            .POST(HttpRequest.BodyPublishers.ofByteArray(json))
            .build());
  }

  static Response send(int port, String method, String path)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic())
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static Response send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    return new Response(
        r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
  }

  /** An official report of the trilateral working group's first meeting, published 2 May 2024. */
  static String workingGroupMet(String id) {
    return """
        {"sources": [{"id": "state-%1$s", "type": "official", "publisher": "U.S. Department of State",
                      "title": "Trilateral working group meets", "publishedOn": "2024-05-02"}],
         "evidence": [{"id": "%1$s", "commitment": "tmm24-working-group", "kind": "body-established", "stance": "supports",
                       "parties": ["US", "Alicia Barcenas", "GT"], "occurredOn": "2024-05-01", "source": "state-%1$s",
                       "quote": "The trilateral working group on border security held its first meeting."}]}
        """
        .formatted(id);
  }
}
