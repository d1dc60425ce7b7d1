package org.pledgewatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An opt-in check for DRL written by authors you do not trust, run before compiling ({@link
 * ComplianceEngine.Builder#validateWith}). It rejects rules that reach outside the domain model:
 * files, the network, processes, reflection, class loading, threads, {@code System}, and the
 * engine's own internals.
 *
 * <p>What it checks, on the DRL text with comments and string contents blanked out (line numbers
 * kept):
 *
 * <ul>
 *   <li>every {@code import} is on the allow list (by default the Pledgewatch model and facts, a
 *       few {@code java.util} collections, {@code java.time} dates and {@code BigDecimal}); no
 *       {@code import function}, no {@code import static};
 *   <li>every qualified class name used in code ({@code java.util.List.of}) is on the allow list;
 *   <li>no {@code function} (unless allowed by name) and no {@code global} declarations;
 *   <li>no use of the names that lead out: {@code System}, {@code Runtime}, {@code Process*},
 *       {@code Thread*}, {@code Class}, {@code ClassLoader}, {@code getClass}, {@code forName},
 *       reflection and method-handle calls, {@code drools} and {@code kcontext} (the engine's
 *       session), and the packages {@code java.io}, {@code java.nio}, {@code java.net}, {@code
 *       java.lang.reflect}, {@code java.util.concurrent}, {@code javax}, {@code sun}...;
 *   <li>no {@code \\u} escapes anywhere (Java decodes them before reading the code, so they could
 *       spell any of the above), no loops and no array allocation (a consequence that never returns
 *       cannot be stopped by the firing limit).
 * </ul>
 *
 * <p>What it does not guarantee: it is a conservative text check, not a sandbox. It does not bound
 * the time or memory a rule's constraints use, it cannot see through a bug in Drools or in the JDK,
 * and a rule can still be wrong or slow. For real isolation, evaluate untrusted rules in a separate
 * process with its own limits; use this check to refuse the obvious early, with a location and a
 * reason.
 */
public final class RuleValidator {
  private static final Set<String> DEFAULT_IMPORTS =
      Set.of(
          "org.pledgewatch.model.*",
          "org.pledgewatch.facts.*",
          "org.pledgewatch.model.Evidence",
          "org.pledgewatch.model.Source",
          "org.pledgewatch.model.SourceType",
          "org.pledgewatch.model.Stance",
          "org.pledgewatch.model.Figure",
          "org.pledgewatch.facts.Finding",
          "org.pledgewatch.facts.SetAside",
          "org.pledgewatch.facts.AsOf",
          "java.util.List",
          "java.util.Set",
          "java.util.Map",
          "java.util.Collection",
          "java.util.Collections",
          "java.util.Objects",
          "java.time.LocalDate",
          "java.time.Period",
          "java.math.BigDecimal");

  /** The names that lead out of the domain model, and why. */
  private static final Map<String, String> DENIED =
      Map.ofEntries(
          Map.entry("System", "System (process, environment, exit)"),
          Map.entry("Runtime", "the runtime (processes, exit)"),
          Map.entry("Process", "processes"),
          Map.entry("ProcessBuilder", "processes"),
          Map.entry("ProcessHandle", "processes"),
          Map.entry("Thread", "threads"),
          Map.entry("ThreadGroup", "threads"),
          Map.entry("ThreadLocal", "threads"),
          Map.entry("InheritableThreadLocal", "threads"),
          Map.entry("Class", "reflection"),
          Map.entry("ClassLoader", "class loading"),
          Map.entry("Module", "reflection"),
          Map.entry("ModuleLayer", "class loading"),
          Map.entry("StackWalker", "reflection"),
          Map.entry("SecurityManager", "the security manager"),
          Map.entry("getClass", "reflection"),
          Map.entry("forName", "class loading"),
          Map.entry("loadClass", "class loading"),
          Map.entry("getClassLoader", "class loading"),
          Map.entry("getContextClassLoader", "class loading"),
          Map.entry("getDeclaredMethod", "reflection"),
          Map.entry("getDeclaredMethods", "reflection"),
          Map.entry("getDeclaredField", "reflection"),
          Map.entry("getDeclaredFields", "reflection"),
          Map.entry("getMethod", "reflection"),
          Map.entry("getMethods", "reflection"),
          Map.entry("getField", "reflection"),
          Map.entry("setAccessible", "reflection"),
          Map.entry("newInstance", "reflection"),
          Map.entry("invoke", "reflection"),
          Map.entry("MethodHandles", "reflection"),
          Map.entry("exec", "processes"),
          Map.entry("Unsafe", "memory access"),
          Map.entry("ScriptEngineManager", "scripting"),
          Map.entry("drools", "the engine's session (drools)"),
          Map.entry("kcontext", "the engine's session (kcontext)"),
          Map.entry("getKieRuntime", "the engine's session"),
          Map.entry("getWorkingMemory", "the engine's session"));

  private static final List<String> DENIED_PACKAGES =
      List.of(
          "java.io",
          "java.nio",
          "java.net",
          "java.lang.reflect",
          "java.lang.invoke",
          "java.lang.management",
          "java.lang.instrument",
          "java.util.concurrent",
          "java.util.logging",
          "java.util.prefs",
          "java.sql",
          "java.rmi",
          "java.security",
          "javax",
          "jdk",
          "sun",
          "com.sun",
          "org.kie",
          "org.drools");

  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^\\s*import\\s+(function\\s+|static\\s+)?(\\w+(?:\\.\\w+)*(?:\\.\\*)?)\\s*;?");
  private static final Pattern FUNCTION =
      Pattern.compile("(?m)^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");
  private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+");
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+)\\.([A-Z]\\w*)");
  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z_]\\w*\\b");
  private static final Pattern LOOP = Pattern.compile("\\b(while|for)\\s*\\(|\\bdo\\s*\\{");
  private static final Pattern ARRAY = Pattern.compile("\\bnew\\s+[\\w.]+\\s*\\[");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+[\\w.]+\\s*;?");

  private final Set<String> imports;
  private final Set<String> functions;

  private RuleValidator(Set<String> imports, Set<String> functions) {
    this.imports = Set.copyOf(imports);
    this.functions = Set.copyOf(functions);
  }

  /**
   * The default allow list: the Pledgewatch model and facts, collections, dates, BigDecimal; no
   * functions.
   */
  public static RuleValidator defaults() {
    return new RuleValidator(DEFAULT_IMPORTS, Set.of());
  }

  /** This validator, also allowing an import (a class name, or a package ending in {@code .*}). */
  public RuleValidator allowImport(String name) {
    Set<String> more = new LinkedHashSet<>(imports);
    more.add(name);
    return new RuleValidator(more, functions);
  }

  /**
   * This validator, also allowing a DRL {@code function} of this name (its body is still checked).
   */
  public RuleValidator allowFunction(String name) {
    Set<String> more = new LinkedHashSet<>(functions);
    more.add(name);
    return new RuleValidator(imports, more);
  }

  /** Every reason to refuse this source, each with {@code name:line}; empty if it passes. */
  public List<Problem> validate(String name, String drl) {
    List<Problem> problems = new ArrayList<>();
    if (drl.contains("\\u")) {
      problems.add(
          problem(
              name,
              lineOf(drl, drl.indexOf("\\u")),
              "unicode escapes (\\u) are not allowed: Java decodes them before reading the code"));
    }
    String code = blank(drl);
    Matcher m = IMPORT.matcher(code);
    while (m.find()) {
      String imported = m.group(2);
      if (m.group(1) != null) {
        problems.add(
            problem(
                name,
                lineOf(code, m.start()),
                "'import " + m.group(1).trim() + "' is not allowed"));
      } else if (!allowed(imported)) {
        problems.add(
            problem(
                name,
                lineOf(code, m.start()),
                "import '" + imported + "' is not on the allow list"));
      }
    }
    Matcher f = FUNCTION.matcher(code);
    while (f.find()) {
      if (!functions.contains(f.group(1))) {
        problems.add(
            problem(
                name,
                lineOf(code, f.start()),
                "function '" + f.group(1) + "' is not on the allow list"));
      }
    }
    Matcher g = GLOBAL.matcher(code);
    while (g.find()) {
      problems.add(
          problem(
              name,
              lineOf(code, g.start()),
              "globals are not allowed: rules see only the facts the engine inserts"));
    }
    String body =
        PACKAGE
            .matcher(IMPORT.matcher(code).replaceAll(match -> " ".repeat(match.group().length())))
            .replaceAll(match -> " ".repeat(match.group().length()));
    Matcher q = QUALIFIED.matcher(body);
    while (q.find()) {
      String type = q.group(1) + "." + q.group(2);
      String pkg = q.group(1);
      boolean denied =
          DENIED_PACKAGES.stream().anyMatch(d -> pkg.equals(d) || pkg.startsWith(d + "."));
      if (denied || !allowed(type)) {
        problems.add(
            problem(
                name,
                lineOf(body, q.start()),
                "'"
                    + type
                    + "' is not on the allow list"
                    + (denied ? " (package " + pkg + " leads outside the domain model)" : "")));
      }
    }
    Matcher w = WORD.matcher(body);
    while (w.find()) {
      String why = DENIED.get(w.group());
      if (why != null) {
        problems.add(
            problem(
                name,
                lineOf(body, w.start()),
                "'" + w.group() + "' is not allowed: it reaches " + why));
      }
    }
    if (body.contains(".class")) {
      problems.add(
          problem(
              name,
              lineOf(body, body.indexOf(".class")),
              "class literals ('.class') are not allowed: they lead to reflection"));
    }
    Matcher loop = LOOP.matcher(body);
    while (loop.find()) {
      problems.add(
          problem(
              name,
              lineOf(body, loop.start()),
              "loops are not allowed: a consequence that never returns cannot be stopped"));
    }
    Matcher array = ARRAY.matcher(body);
    while (array.find()) {
      problems.add(
          problem(
              name,
              lineOf(body, array.start()),
              "array allocation is not allowed: it can exhaust memory"));
    }
    problems.sort((a, b) -> Integer.compare(line(a), line(b)));
    return problems;
  }

  /** Whether a class (or a package wildcard) is allowed, by name or by its package's wildcard. */
  private boolean allowed(String name) {
    if (imports.contains(name)) {
      return true;
    }
    int dot = name.endsWith(".*") ? -1 : name.lastIndexOf('.');
    return dot > 0 && imports.contains(name.substring(0, dot) + ".*");
  }

  private static int line(Problem p) {
    return p.location().line();
  }

  private static Problem problem(String name, int line, String message) {
    return new Problem(ErrorCode.UNTRUSTED_RULE, Location.file(name, line, -1), message);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The text with comments and the contents of string and character literals replaced by spaces;
   * newlines kept.
   */
  static String blank(String drl) {
    StringBuilder out = new StringBuilder(drl.length());
    int i = 0;
    while (i < drl.length()) {
      char c = drl.charAt(i);
      char next = i + 1 < drl.length() ? drl.charAt(i + 1) : '\0';
      if (c == '/' && next == '/') {
        while (i < drl.length() && drl.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && next == '*') {
        out.append("  ");
        i += 2;
        while (i < drl.length()
            && !(drl.charAt(i) == '*' && i + 1 < drl.length() && drl.charAt(i + 1) == '/')) {
          out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
          i++;
        }
        out.append("  ");
        i += 2;
      } else if (c == '"' || c == '\'') {
        out.append(c);
        i++;
        while (i < drl.length() && drl.charAt(i) != c && drl.charAt(i) != '\n') {
          if (drl.charAt(i) == '\\' && i + 1 < drl.length()) {
            out.append("  ");
            i += 2;
            continue;
          }
          out.append(' ');
          i++;
        }
        if (i < drl.length()) {
          out.append(drl.charAt(i));
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
