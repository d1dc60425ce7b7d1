package org.pledgewatch.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.Problem;

/**
 * Reads the fields of one JSON object, noting a problem (with file, line, column and JSON path) for
 * every field that is missing, of the wrong type, or unknown. Getters return {@code null} after
 * noting a problem, so that every problem in a record is found in one pass.
 */
final class Rec {
  private final String file;
  private final String path;
  private final Node.Obj obj;
  private final List<Problem> problems;
  private final ErrorCode code;
  private final Set<String> read = new HashSet<>();

  private Rec(String file, String path, Node.Obj obj, List<Problem> problems, ErrorCode code) {
    this.file = file;
    this.path = path;
    this.obj = obj;
    this.problems = problems;
    this.code = code;
  }

  /** The object at {@code node}, or {@code null} (with a problem noted) if it is not an object. */
  static Rec of(String file, String path, Node node, List<Problem> problems, ErrorCode code) {
    if (node instanceof Node.Obj o) {
      return new Rec(file, path, o, problems, code);
    }
    problems.add(
        new Problem(code, where(file, node, path), "expected an object, found " + node.describe()));
    return null;
  }

  /** The list problems for this file are noted in. */
  List<Problem> problems() {
    return problems;
  }

  String path() {
    return path;
  }

  int line() {
    return obj.line();
  }

  /** The location of this record, for problems found after reading (cross-references). */
  Location location() {
    return where(file, obj, path);
  }

  private static Location where(String file, Node node, String path) {
    return Location.json(file, node.line(), node.column(), path);
  }

  void problem(Node at, String atPath, String message) {
    problems.add(new Problem(code, where(file, at == null ? obj : at, atPath), message));
  }

  /** Notes a problem about the record as a whole. */
  void problem(String message) {
    problems.add(new Problem(code, location(), message));
  }

  private Node get(String key, boolean required, String expected) {
    read.add(key);
    Node n = obj.fields().get(key);
    if (n == null || n instanceof Node.Null) {
      if (required) {
        problem(n, path + "." + key, "missing required field '" + key + "': expected " + expected);
      }
      return null;
    }
    return n;
  }

  String str(String key, boolean required) {
    Node n = get(key, required, "a string");
    if (n == null) {
      return null;
    }
    if (n instanceof Node.Str s) {
      if (s.value().isBlank()) {
        problem(n, path + "." + key, "expected a non-blank string, found \"\"");
        return null;
      }
      return s.value();
    }
    problem(n, path + "." + key, "expected a string, found " + n.describe());
    return null;
  }

  Boolean bool(String key) {
    Node n = get(key, false, "true or false");
    if (n == null) {
      return null;
    }
    if (n instanceof Node.Bool b) {
      return b.value();
    }
    problem(n, path + "." + key, "expected true or false, found " + n.describe());
    return null;
  }

  /** Whether the object has this field (without marking it read). */
  boolean has(String key) {
    return obj.fields().containsKey(key);
  }

  /** Every field name of this object, each marked as read. */
  List<String> keys() {
    read.addAll(obj.fields().keySet());
    return List.copyOf(obj.fields().keySet());
  }

  LocalDate date(String key, boolean required) {
    Node n = get(key, required, "a date YYYY-MM-DD");
    if (n == null) {
      return null;
    }
    if (n instanceof Node.Str s) {
      try {
        LocalDate d = LocalDate.parse(s.value());
        if (d.getYear() < 1900 || d.getYear() > 2200) {
          problem(
              n, path + "." + key, "expected a date between 1900 and 2200, found " + n.describe());
          return null;
        }
        return d;
      } catch (DateTimeParseException e) {
        problem(
            n,
            path + "." + key,
            "expected a date YYYY-MM-DD, found "
                + n.describe()
                + " ("
                + e.getMessage().replaceFirst("^Text '.*' could not be parsed: ?", "")
                + ")");
        return null;
      }
    }
    problem(n, path + "." + key, "expected a date YYYY-MM-DD, found " + n.describe());
    return null;
  }

  /**
   * The most digits, decimal places and powers of ten a number may have: far beyond any figure, and
   * small enough that nothing computed from a number (its plain text, a sum, a ratio) grows large.
   */
  static final int MAX_DIGITS = 100;

  BigDecimal number(String key, boolean required) {
    Node n = get(key, required, "a number");
    if (n == null) {
      return null;
    }
    if (n instanceof Node.Num num) {
      BigDecimal value = bounded(num.text());
      if (value == null) {
        problem(
            n,
            path + "." + key,
            "expected a number of at most "
                + MAX_DIGITS
                + " digits, "
                + MAX_DIGITS
                + " decimal places and below 1e"
                + MAX_DIGITS
                + " in size, found "
                + n.describe());
      }
      return value;
    }
    problem(n, path + "." + key, "expected a number, found " + n.describe());
    return null;
  }

  /** The number, or {@code null} if it is out of bounds (its exponent may not even fit an int). */
  static BigDecimal bounded(String text) {
    BigDecimal v;
    try {
      v = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
    // precision - scale - 1 is the power of ten of the first digit; long, as scale may be
    // Integer.MIN_VALUE.
    long magnitude = (long) v.precision() - v.scale() - 1;
    return v.precision() > MAX_DIGITS || v.scale() > MAX_DIGITS || magnitude >= MAX_DIGITS
        ? null
        : v;
  }

  Integer integer(String key, boolean required) {
    BigDecimal d = number(key, required);
    if (d == null) {
      return null;
    }
    try {
      return d.intValueExact();
    } catch (ArithmeticException e) {
      problem(
          obj.fields().get(key),
          path + "." + key,
          "expected a whole number, found " + d.toPlainString());
      return null;
    }
  }

  <E extends Enum<E>> E enumeration(String key, boolean required, Class<E> type) {
    String s = str(key, required);
    if (s == null) {
      return null;
    }
    String norm = s.toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(norm)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    problem(
        obj.fields().get(key),
        path + "." + key,
        "expected one of " + String.join(", ", names) + ", found \"" + s + "\"");
    return null;
  }

  List<String> strings(String key) {
    Node n = get(key, false, "an array of strings");
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof Node.Arr arr)) {
      problem(n, path + "." + key, "expected an array of strings, found " + n.describe());
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < arr.items().size(); i++) {
      Node item = arr.items().get(i);
      if (item instanceof Node.Str s && !s.value().isBlank()) {
        out.add(s.value());
      } else {
        problem(
            item,
            path + "." + key + "[" + i + "]",
            "expected a non-blank string, found " + item.describe());
      }
    }
    return out;
  }

  Rec record(String key, boolean required) {
    Node n = get(key, required, "an object");
    return n == null ? null : of(file, path + "." + key, n, problems, code);
  }

  /**
   * The objects in an array field, each read by {@code reader}; items that fail are left out after
   * noting problems.
   */
  <T> List<T> records(String key, boolean required, Function<Rec, T> reader) {
    List<T> out = new ArrayList<>();
    for (Rec r : recordList(key, required)) {
      T value = r.build(reader);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  List<Rec> recordList(String key, boolean required) {
    Node n = get(key, required, "an array of objects");
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof Node.Arr arr)) {
      problem(n, path + "." + key, "expected an array of objects, found " + n.describe());
      return List.of();
    }
    List<Rec> out = new ArrayList<>();
    for (int i = 0; i < arr.items().size(); i++) {
      Rec r = of(file, path + "." + key + "[" + i + "]", arr.items().get(i), problems, code);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Reads this record with {@code reader}, then notes unknown fields; a constructor's {@code
   * IllegalArgumentException} becomes a problem at this record. Returns {@code null} if any problem
   * was noted for it.
   */
  <T> T build(Function<Rec, T> reader) {
    int before = problems.size();
    // Noted here, not when the object was parsed, so that a lenient load rejects just this record.
    for (String dup : obj.duplicates()) {
      problem(
          obj.fields().get(dup),
          path + "." + dup,
          "the field '" + dup + "' appears more than once; keep one");
    }
    T value;
    try {
      value = reader.apply(this);
    } catch (IllegalArgumentException
        | NullPointerException
        | org.pledgewatch.PledgewatchException e) {
      if (problems.size() == before) {
        problem(
            e instanceof org.pledgewatch.PledgewatchException pe
                ? pe.problems().get(0).message()
                : e.getMessage());
      }
      value = null;
    }
    for (String key : obj.fields().keySet()) {
      if (!read.contains(key) && !key.equals("$schema") && !key.equals("$comment")) {
        problem(
            obj.fields().get(key),
            path + "." + key,
            "unknown field '" + key + "'; expected one of " + new java.util.TreeSet<>(read));
      }
    }
    return problems.size() == before ? value : null;
  }
}
