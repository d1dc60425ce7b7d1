package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schemas shipped in the core jar describe the files the loader reads: the bundled catalog,
 * evidence and scenario files validate against them. The check implements the part of JSON Schema
 * the schemas use (type, enum, pattern, minLength, minItems, minimum, required, properties,
 * additionalProperties, items, $ref to $defs).
 */
class SchemaTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String BASE = "src/main/resources/" + Trilateral2024.BASE;

  static JsonNode schema(String name) throws Exception {
    try (InputStream in =
        SchemaTest.class
            .getClassLoader()
            .getResourceAsStream("org/pledgewatch/schema/" + name + ".schema.json")) {
      assertThat(in).as("schema " + name + " in the core jar").isNotNull();
      return JSON.readTree(in);
    }
  }

  @Test
  void theBundledFilesValidateAgainstTheShippedSchemas() throws Exception {
    assertThat(validate(schema("catalog"), JSON.readTree(Path.of(BASE, "catalog.json").toFile())))
        .isEmpty();
    assertThat(validate(schema("evidence"), JSON.readTree(Path.of(BASE, "evidence.json").toFile())))
        .isEmpty();
    try (Stream<Path> files = Files.list(Path.of(BASE, "rules/pledges"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".scenarios.json")).toList()) {
        assertThat(validate(schema("scenarios"), JSON.readTree(f.toFile())))
            .as(f.toString())
            .isEmpty();
      }
    }
  }

  @Test
  void theCheckRejectsWhatTheLoaderRejects() throws Exception {
    JsonNode bad =
        JSON.readTree(
            """
        {"sources": [{"id": "s", "type": "blog", "publisher": "", "title": "t", "publishedOn": "2024-2-1"}],
         "evidence": [{"id": "e", "commitment": "c", "kind": "Meeting Held", "stance": "supports", "occurredOn": "2024-02-01",
                       "source": "s", "quote": "q", "publshedOn": "2024-02-02"}]}
        """);
    assertThat(validate(schema("evidence"), bad))
        .containsExactlyInAnyOrder(
            "$.sources[0].type: not one of [\"official\",\"intergovernmental\",\"press\",\"ngo\",\"self-report\"]",
            "$.sources[0].publisher: shorter than 1",
            "$.sources[0].publishedOn: does not match ^\\d{4}-\\d{2}-\\d{2}$",
            "$.evidence[0].kind: does not match ^[a-z][a-z0-9-]*$",
            "$.evidence[0].publshedOn: not allowed");
  }

  static List<String> validate(JsonNode schema, JsonNode doc) {
    List<String> errors = new ArrayList<>();
    check(schema, schema, doc, "$", errors);
    return errors;
  }

  private static void check(
      JsonNode root, JsonNode s, JsonNode v, String path, List<String> errors) {
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      check(root, root.at(ref.substring(1)), v, path, errors);
      return;
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode option : s.get("enum")) {
        found |= option.equals(v);
      }
      if (!found) {
        errors.add(path + ": not one of " + s.get("enum"));
      }
      return;
    }
    String type = s.path("type").asText("");
    switch (type) {
      case "object" -> {
        if (!v.isObject()) {
          errors.add(path + ": not an object");
          return;
        }
        for (JsonNode r : s.path("required")) {
          if (!v.has(r.asText())) {
            errors.add(path + ": missing " + r.asText());
          }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          JsonNode prop = s.path("properties").get(f.getKey());
          JsonNode additional = s.get("additionalProperties");
          if (prop != null) {
            check(root, prop, f.getValue(), path + "." + f.getKey(), errors);
          } else if (additional != null && additional.isObject()) {
            check(root, additional, f.getValue(), path + "." + f.getKey(), errors);
          } else if (additional != null && !additional.asBoolean(true)) {
            errors.add(path + "." + f.getKey() + ": not allowed");
          }
        }
      }
      case "array" -> {
        if (!v.isArray()) {
          errors.add(path + ": not an array");
          return;
        }
        if (v.size() < s.path("minItems").asInt(0)) {
          errors.add(path + ": fewer than " + s.get("minItems") + " items");
        }
        for (int i = 0; i < v.size(); i++) {
          check(root, s.get("items"), v.get(i), path + "[" + i + "]", errors);
        }
      }
      case "string" -> {
        if (!v.isTextual()) {
          errors.add(path + ": not a string");
          return;
        }
        if (v.asText().length() < s.path("minLength").asInt(0)) {
          errors.add(path + ": shorter than " + s.get("minLength"));
        }
        if (s.has("pattern") && !v.asText().matches(s.get("pattern").asText())) {
          errors.add(path + ": does not match " + s.get("pattern").asText());
        }
      }
      case "number", "integer" -> {
        if (!v.isNumber() || ("integer".equals(type) && !v.canConvertToExactIntegral())) {
          errors.add(path + ": not a " + type);
        } else if (s.has("minimum")
            && v.decimalValue().compareTo(s.get("minimum").decimalValue()) < 0) {
          errors.add(path + ": below " + s.get("minimum"));
        }
      }
      case "boolean" -> {
        if (!v.isBoolean()) {
          errors.add(path + ": not a boolean");
        }
      }
      default ->
          errors.add(path + ": the schema uses '" + type + "', which this check does not know");
    }
  }
}
