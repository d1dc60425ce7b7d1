package org.pledgewatch.io;

import java.util.List;
import java.util.Map;

/** A JSON value with the line and column it starts at. */
sealed interface Node {
  int line();

  int column();

  /** What the value is, for "expected X, found Y" messages. */
  String describe();

  record Obj(Map<String, Node> fields, List<String> duplicates, int line, int column)
      implements Node {
    public String describe() {
      return "an object";
    }
  }

  record Arr(List<Node> items, int line, int column) implements Node {
    public String describe() {
      return "an array";
    }
  }

  record Str(String value, int line, int column) implements Node {
    public String describe() {
      String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
      return "\"" + shown + "\"";
    }
  }

  /**
   * A number as written: parsed only by {@link Rec#number}, within its bounds, so that no input (an
   * exponent of a billion digits' worth) is ever expanded.
   */
  record Num(String text, int line, int column) implements Node {
    public String describe() {
      return "the number " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
    }
  }

  record Bool(boolean value, int line, int column) implements Node {
    public String describe() {
      return String.valueOf(value);
    }
  }

  record Null(int line, int column) implements Node {
    public String describe() {
      return "null";
    }
  }
}
