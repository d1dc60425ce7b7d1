package org.pledgewatch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Where a {@link Problem} is: a position in a file (line, column, JSON path), a rule, or a record
 * named by its id. Every part is optional; hosts read the parts they need instead of parsing text,
 * and {@link #toString()} gives the form people read: {@code catalog.json:12:5
 * $.commitments[3].deadline}, {@code rules/x.drl:6:4}, {@code rule 'name' (rules/x.drl)}, {@code
 * evidence 'e-17'}.
 *
 * @param file the file, resource or input name, or {@code null}
 * @param line the 1-based line, 0 if not known, or -1 if the file's tool could not give one
 * @param column the 1-based column, or -1 if not known
 * @param jsonPath the JSON path within the file, such as {@code $.evidence[3].kind}, or {@code
 *     null}
 * @param rule the rule's name, or {@code null}
 * @param kind what {@code id} names ({@code commitment}, {@code evidence}, {@code source}, {@code
 *     agreement}, {@code party}, {@code option}, {@code kbase}), or {@code null}
 * @param id the id of the record or option, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
    String file, int line, int column, String jsonPath, String rule, String kind, String id) {
  /** Nowhere more precise can be known. */
  public static final Location NONE = new Location(null, 0, -1, null, null, null, null);

  public Location {
    if ((kind == null) != (id == null)) {
      throw new IllegalArgumentException(
          "a location names a kind and an id together, but had kind " + kind + " and id " + id);
    }
  }

  /** A file, resource or input as a whole. */
  public static Location file(String file) {
    return new Location(Objects.requireNonNull(file, "file"), 0, -1, null, null, null, null);
  }

  /** A position in a file; {@code line} -1 when the tool that read it gave none. */
  public static Location file(String file, int line, int column) {
    return new Location(Objects.requireNonNull(file, "file"), line, column, null, null, null, null);
  }

  /** A position in a JSON file, with the path of the value there. */
  public static Location json(String file, int line, int column, String jsonPath) {
    return new Location(
        Objects.requireNonNull(file, "file"), line, column, jsonPath, null, null, null);
  }

  /** A rule. */
  public static Location rule(String name) {
    return new Location(null, 0, -1, null, Objects.requireNonNull(name, "rule"), null, null);
  }

  /** A rule, and the source it comes from. */
  public static Location rule(String name, String source) {
    return new Location(source, 0, -1, null, Objects.requireNonNull(name, "rule"), null, null);
  }

  /** A record or option by its id: {@code of("evidence", "e-17")}. */
  public static Location of(String kind, String id) {
    return new Location(
        null,
        0,
        -1,
        null,
        null,
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(id, "id"));
  }

  /** A commitment. */
  public static Location commitment(String id) {
    return of("commitment", id);
  }

  /** An evidence item. */
  public static Location evidence(String id) {
    return of("evidence", id);
  }

  /** A source. */
  public static Location source(String id) {
    return of("source", id);
  }

  /**
   * This location within a file (a catalog's cross-reference problem, placed in the file it was
   * loaded from).
   */
  public Location inFile(String name) {
    return new Location(name, line, column, jsonPath, rule, kind, id);
  }

  /** The commitment's id if this names one, else {@code null}. */
  public String commitment() {
    return "commitment".equals(kind) ? id : null;
  }

  /** Whether nothing is known. */
  public boolean isNone() {
    return equals(NONE);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (rule != null) {
      out.append("rule '").append(rule).append('\'');
      if (file != null) {
        out.append(" (").append(file).append(position()).append(')');
      }
    } else if (file != null) {
      out.append(file).append(position());
    }
    if (jsonPath != null) {
      append(out, jsonPath);
    }
    if (kind != null) {
      append(out, kind + " '" + id + "'");
    }
    return out.toString();
  }

  private String position() {
    if (line < 0) {
      return " (line unknown)";
    }
    return line == 0 ? "" : ":" + line + (column >= 0 ? ":" + column : "");
  }

  private static void append(StringBuilder out, String part) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(part);
  }
}
