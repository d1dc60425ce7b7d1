package org.pledgewatch.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;

/** Parses JSON into {@link Node}s that remember where they start. Input must be UTF-8. */
final class TreeReader {
  /** Deeper than any real catalog; deeper input is rejected rather than risking the stack. */
  static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private TreeReader() {}

  static Node read(String name, InputStream in, ErrorCode code) {
    JsonParser parser = null;
    try (JsonParser p = FACTORY.createParser(in)) {
      parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        throw PledgewatchException.of(
            code, Location.file(name, 1, 1), "expected a JSON object, but the file is empty");
      }
      Node root = value(p, first);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        JsonLocation at = p.currentTokenLocation();
        throw PledgewatchException.of(
            code,
            Location.file(name, at.getLineNr(), at.getColumnNr()),
            "expected the end of the file after the top-level value, but found more JSON");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at =
          e.getLocation() != null
              ? e.getLocation()
              : parser == null ? null : parser.currentLocation();
      Location where =
          at == null ? Location.file(name) : Location.file(name, at.getLineNr(), at.getColumnNr());
      throw new PledgewatchException(
          code, List.of(new Problem(code, where, "malformed JSON: " + e.getOriginalMessage())), e);
    } catch (IOException e) {
      throw new PledgewatchException(
          ErrorCode.IO_ERROR,
          List.of(
              new Problem(
                  ErrorCode.IO_ERROR, Location.file(name), "cannot read: " + e.getMessage())),
          e);
    }
  }

  private static Node value(JsonParser p, JsonToken token) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> fields = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          Node v = value(p, p.nextToken());
          if (fields.put(key, v) != null) {
            duplicates.add(key);
          }
        }
        if (t != JsonToken.END_OBJECT) {
          throw new IllegalStateException("unbalanced object");
        }
        return new Node.Obj(fields, duplicates, line, col);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          items.add(value(p, t));
        }
        return new Node.Arr(items, line, col);
      }
      case VALUE_STRING -> {
        return new Node.Str(p.getText(), line, col);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node.Num(p.getText(), line, col);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node.Bool(token == JsonToken.VALUE_TRUE, line, col);
      }
      case VALUE_NULL -> {
        return new Node.Null(line, col);
      }
      default -> throw new IllegalStateException("unexpected token " + token);
    }
  }
}
