package org.pledgewatch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;

/**
 * The one path untrusted rules are compiled through, in an order that runs none of their code
 * before it is verified.
 *
 * <ol>
 *   <li>Parse each source with Drools' own DRL parser and check its declarations: the package,
 *       imports, globals, function and accumulate imports, rule attributes, and every annotation
 *       value and field initializer. Drools evaluates annotation values while it compiles, so these
 *       must be literals before the compiler sees them.
 *   <li>Compile on the executable model, where constraints and consequences alike become Java
 *       classes (the classic path interprets constraints with MVEL, which nothing could verify).
 *   <li>Verify every generated class ({@link BytecodeCheck}) and only then load it.
 * </ol>
 */
public final class UntrustedCompiler {
  private static final AtomicLong BUILDS = new AtomicLong();

  /** Packages rule code may not join: it would reach their package-private members. */
  private static final List<String> RESERVED_PACKAGES =
      List.of(
          "java",
          "javax",
          "jdk",
          "sun",
          "com.sun",
          "org.drools",
          "org.kie",
          "org.mvel2",
          "org.slf4j",
          "org.objectweb",
          "com.fasterxml");

  private static final Set<String> CORE_PACKAGES =
      Set.of(
          "org.pledgewatch",
          "org.pledgewatch.model",
          "org.pledgewatch.facts",
          "org.pledgewatch.internal",
          "org.pledgewatch.io",
          "org.pledgewatch.report",
          "org.pledgewatch.scenario",
          "org.pledgewatch.scenario.junit");

  /** The attributes that schedule rules on the engine's clock, outside any one evaluation. */
  private static final Set<String> TIMERS = Set.of("timer", "duration", "calendars");

  /** A literal: a quoted string, a number (with a unit, as in {@code 1h}), a boolean, a name. */
  private static final Pattern LITERAL =
      Pattern.compile(
          "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?[a-zA-Z]{0,2}|true|false|[A-Za-z_][A-Za-z0-9_]*");

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

  private UntrustedCompiler() {}

  /**
   * Parses, checks, compiles and verifies the sources.
   *
   * @param extraTypes types (internal names, or packages ending in {@code /}) the host allows
   * @throws PledgewatchException {@code untrusted_rule} with every refused use, located; {@code
   *     rule_compile_error} if the rules do not compile
   */
  public static KieBase compile(List<RuleText> sources, Set<String> extraTypes) {
    Compiled compiled = build(sources, extraTypes);
    KieServices ks = KieServices.Factory.get();
    try {
      return ks.newKieContainer(compiled.releaseId()).getKieBase();
    } finally {
      ks.getRepository().removeKieModule(compiled.releaseId());
    }
  }

  /** Everything {@link #compile} checks, without loading the result. */
  public static List<Problem> check(List<RuleText> sources, Set<String> extraTypes) {
    try {
      Compiled compiled = build(sources, extraTypes);
      KieServices.Factory.get().getRepository().removeKieModule(compiled.releaseId());
      return List.of();
    } catch (PledgewatchException e) {
      return e.problems();
    }
  }

  private record Compiled(ReleaseId releaseId) {}

  /** A parsed source, with the rules, functions and types it declares (for locating problems). */
  private record Parsed(RuleText source, PackageDescr pkg, String[] lines) {}

  private static Compiled build(List<RuleText> sources, Set<String> extraTypes) {
    List<Problem> problems = new ArrayList<>();
    List<Parsed> parsed = new ArrayList<>();
    for (RuleText source : sources) {
      DrlParser parser = new DrlParser();
      PackageDescr pkg;
      try {
        pkg = parser.parse(false, source.drl());
      } catch (DroolsParserException | RuntimeException e) {
        problems.add(
            new Problem(
                ErrorCode.RULE_COMPILE_ERROR,
                Location.file(source.name()),
                "the DRL could not be parsed: " + e.getMessage()));
        continue;
      }
      if (parser.hasErrors() || pkg == null) {
        for (DroolsError error : parser.getErrors()) {
          int line = error instanceof ParserError p ? p.getRow() : -1;
          int column = error instanceof ParserError p ? p.getCol() : -1;
          problems.add(
              new Problem(
                  ErrorCode.RULE_COMPILE_ERROR,
                  Location.file(source.name(), line > 0 ? line : -1, line > 0 ? column : -1),
                  error.getMessage()));
        }
        continue;
      }
      parsed.add(new Parsed(source, pkg, source.drl().split("\n", -1)));
      declarations(source.name(), pkg, source.drl().split("\n", -1), extraTypes, problems);
    }
    if (!problems.isEmpty()) {
      ErrorCode code =
          problems.stream().anyMatch(p -> p.code() == ErrorCode.RULE_COMPILE_ERROR)
              ? ErrorCode.RULE_COMPILE_ERROR
              : ErrorCode.UNTRUSTED_RULE;
      throw new PledgewatchException(code, problems);
    }

    KieServices ks = KieServices.Factory.get();
    ReleaseId releaseId =
        ks.newReleaseId("org.pledgewatch.untrusted", "rules", "1." + BUILDS.incrementAndGet());
    KieFileSystem files = ks.newKieFileSystem();
    files.generateAndWritePomXML(releaseId);
    Map<String, String> byPath = new HashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      // In the folder of its package, as Drools expects (every source parsed, so they align).
      String pkg = parsed.get(i).pkg().getName();
      String folder = pkg == null || pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/";
      String path = "src/main/resources/" + folder + "untrusted-source" + i + ".drl";
      byPath.put(path, sources.get(i).name());
      files.write(path, sources.get(i).drl());
    }
    String fallback = sources.size() == 1 ? sources.get(0).name() : "rules";
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException e) {
      throw PledgewatchException.of(
          ErrorCode.RULE_COMPILE_ERROR,
          Location.file(fallback),
          "Drools could not compile the rules: " + e);
    }
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String source = byPath.get(m.getPath());
      String text = m.getText() == null ? "unknown error" : m.getText().trim();
      Problem p =
          source != null
              ? new Problem(
                  ErrorCode.RULE_COMPILE_ERROR,
                  Location.file(source, m.getLine() > 0 ? m.getLine() : -1, -1),
                  text.replaceAll("\\s+", " "))
              : new Problem(
                  ErrorCode.RULE_COMPILE_ERROR,
                  Location.file(fallback),
                  "in the code generated for the rules: " + firstLine(text));
      if (!problems.contains(p)) {
        problems.add(p);
      }
    }
    if (!problems.isEmpty()) {
      ks.getRepository().removeKieModule(releaseId);
      throw new PledgewatchException(ErrorCode.RULE_COMPILE_ERROR, problems);
    }

    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    Map<String, byte[]> classes = new LinkedHashMap<>();
    for (String name : module.getFileNames()) {
      if (name.endsWith(".class")) {
        classes.put(name.substring(0, name.length() - ".class".length()), module.getBytes(name));
      }
    }
    List<BytecodeCheck.Violation> violations = new BytecodeCheck(classes, extraTypes).run();
    if (!violations.isEmpty()) {
      ks.getRepository().removeKieModule(releaseId);
      Locator locator = new Locator(parsed, classes, fallback);
      List<Problem> refused = new ArrayList<>();
      for (BytecodeCheck.Violation v : violations) {
        Problem p = locator.problem(v);
        if (!refused.contains(p)) {
          refused.add(p);
        }
      }
      throw new PledgewatchException(ErrorCode.UNTRUSTED_RULE, refused);
    }
    return new Compiled(releaseId);
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).trim();
  }

  // ---- declarations

  private static void declarations(
      String name,
      PackageDescr pkg,
      String[] lines,
      Set<String> extraTypes,
      List<Problem> problems) {
    String packageName = pkg.getName() == null ? "" : pkg.getName();
    boolean reserved =
        CORE_PACKAGES.contains(packageName)
            || RESERVED_PACKAGES.stream()
                .anyMatch(r -> packageName.equals(r) || packageName.startsWith(r + "."));
    if (reserved) {
      problems.add(
          refused(
              name,
              1,
              "package '"
                  + packageName
                  + "' belongs to Pledgewatch, Drools or the JDK: rules get a package of their own"));
    }
    for (ImportDescr imp : pkg.getImports()) {
      String target = imp.getTarget();
      String internal = target.replace('.', '/');
      boolean wildcard = internal.endsWith("/*");
      String type = wildcard ? internal.substring(0, internal.length() - 1) : internal;
      if (!BytecodeCheck.importAllowed(type, extraTypes)) {
        problems.add(
            refused(
                name,
                imp.getLine(),
                "import " + target + ", refused: " + BytecodeCheck.why(type, null)));
      }
    }
    for (BaseDescr imp : pkg.getFunctionImports()) {
      problems.add(refused(name, imp.getLine(), "import function: it runs code outside the rules"));
    }
    for (BaseDescr imp : pkg.getAccumulateImports()) {
      problems.add(
          refused(
              name,
              imp.getLine(),
              "import accumulate: a custom accumulate function runs code outside the rules"));
    }
    for (BaseDescr global : pkg.getGlobals()) {
      problems.add(
          refused(
              name,
              global.getLine(),
              "global: untrusted rules get no objects from the host beyond the facts"));
    }
    attributes(name, pkg.getAttributes(), problems);
    for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
      annotations(name, type, lines, problems);
      for (TypeFieldDescr field : type.getFields().values()) {
        annotations(name, field, lines, problems);
        String init = field.getInitExpr();
        if (init != null && !LITERAL.matcher(init.trim()).matches()) {
          problems.add(
              refused(
                  name,
                  field.getLine(),
                  "the initial value of "
                      + type.getTypeName()
                      + "."
                      + field.getFieldName()
                      + " must be a literal (Drools evaluates it while compiling)"));
        }
      }
    }
    for (AnnotatedBaseDescr type : pkg.getEnumDeclarations()) {
      annotations(name, type, lines, problems);
    }
    for (RuleDescr rule : pkg.getRules()) {
      annotations(name, rule, lines, problems);
      attributes(name, rule.getAttributes().values(), problems);
      lhs(name, rule.getLhs(), lines, problems);
    }
  }

  private static void attributes(
      String name, Collection<AttributeDescr> attributes, List<Problem> problems) {
    for (AttributeDescr attribute : attributes) {
      String key = attribute.getName();
      String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
      if (TIMERS.contains(key)) {
        problems.add(
            refused(
                name,
                attribute.getLine(),
                key + ": it schedules rules on the engine's clock, outside any one evaluation"));
      } else if (key.equals("salience") && !INTEGER.matcher(value).matches()) {
        problems.add(
            refused(name, attribute.getLine(), "salience must be an integer, not an expression"));
      } else if (key.equals("enabled") && !value.equals("true") && !value.equals("false")) {
        problems.add(
            refused(name, attribute.getLine(), "enabled must be true or false, not an expression"));
      }
    }
  }

  private static void annotations(
      String name, AnnotatedBaseDescr descr, String[] lines, List<Problem> problems) {
    for (AnnotationDescr annotation : descr.getAnnotations()) {
      for (Map.Entry<String, Object> value : annotation.getValueMap().entrySet()) {
        Object v = value.getValue();
        List<Object> values = v instanceof Object[] array ? List.of(array) : List.of(v);
        for (Object one : values) {
          if (one != null && !LITERAL.matcher(one.toString().trim()).matches()) {
            int line = annotation.getLine();
            if (line <= 0) {
              int from = descr.getLine();
              int to = descr.getEndLine() >= from ? descr.getEndLine() : lines.length;
              line = lineNaming(lines, from - 1, to, "@" + annotation.getName());
              line = line < from ? from : line;
            }
            problems.add(
                refused(
                    name,
                    line,
                    "@"
                        + annotation.getName()
                        + " must hold literals (Drools evaluates annotation values while"
                        + " compiling)"));
          }
        }
      }
    }
  }

  private static void lhs(String name, BaseDescr descr, String[] lines, List<Problem> problems) {
    if (descr == null) {
      return;
    }
    if (descr instanceof AnnotatedBaseDescr annotated) {
      annotations(name, annotated, lines, problems);
    }
    if (descr instanceof PatternDescr pattern) {
      lhs(name, pattern.getSource(), lines, problems);
    }
    if (descr instanceof AccumulateDescr acc) {
      lhs(name, acc.getInput(), lines, problems);
    } else if (descr instanceof CollectDescr collect) {
      lhs(name, collect.getInputPattern(), lines, problems);
    } else if (descr instanceof ConditionalElementDescr ce && !(descr instanceof PatternDescr)) {
      for (BaseDescr child : ce.getDescrs()) {
        lhs(name, child, lines, problems);
      }
    }
  }

  private static Problem refused(String name, int line, String message) {
    return new Problem(
        ErrorCode.UNTRUSTED_RULE, Location.file(name, line > 0 ? line : -1, -1), message);
  }

  // ---- locating what the bytecode check refused

  /** Maps a generated class and method back to the rule, function or type it came from. */
  private static final class Locator {
    private final List<Parsed> parsed;
    private final String fallback;

    /** Rule method ("Class.method") to the rule it builds. */
    private final Map<String, String> ruleOfMethod = new HashMap<>();

    /** Lambda class to the rules that use it. */
    private final Map<String, Set<String>> rulesOfClass = new HashMap<>();

    Locator(List<Parsed> parsed, Map<String, byte[]> classes, String fallback) {
      this.parsed = parsed;
      this.fallback = fallback;
      for (Map.Entry<String, byte[]> e : classes.entrySet()) {
        String cls = e.getKey();
        new ClassReader(e.getValue())
            .accept(
                new ClassVisitor(Opcodes.ASM9) {
                  @Override
                  public MethodVisitor visitMethod(
                      int access, String name, String desc, String sig, String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                      final Set<String> used = new LinkedHashSet<>();
                      String lastString;

                      @Override
                      public void visitLdcInsn(Object value) {
                        if (value instanceof String s) {
                          lastString = s;
                        }
                      }

                      @Override
                      public void visitFieldInsn(int op, String owner, String field, String d) {
                        used.add(owner);
                      }

                      @Override
                      public void visitMethodInsn(
                          int op, String owner, String method, String d, boolean itf) {
                        if (owner.equals("org/drools/modelcompiler/dsl/pattern/D")
                            && method.equals("rule")
                            && lastString != null) {
                          ruleOfMethod.put(cls + "." + name, lastString);
                        }
                      }

                      @Override
                      public void visitEnd() {
                        String rule = ruleOfMethod.get(cls + "." + name);
                        if (rule != null) {
                          for (String owner : used) {
                            rulesOfClass
                                .computeIfAbsent(owner, k -> new LinkedHashSet<>())
                                .add(rule);
                          }
                        }
                      }
                    };
                  }
                },
                0);
      }
    }

    Problem problem(BytecodeCheck.Violation v) {
      String message = "uses " + v.what() + ", refused: " + v.reason();
      String rule = ruleFor(v);
      if (rule != null) {
        for (Parsed p : parsed) {
          for (RuleDescr r : p.pkg().getRules()) {
            if (r.getName().equals(rule)) {
              return at(p, r, "rule \"" + rule + "\" " + message, v);
            }
          }
        }
      }
      String method = methodName(v);
      String simple = v.className().substring(v.className().lastIndexOf('/') + 1);
      for (Parsed p : parsed) {
        for (FunctionDescr f : p.pkg().getFunctions()) {
          if (f.getName().equals(method)) {
            return at(p, f, "function " + f.getName() + " " + message, v);
          }
        }
        for (TypeDeclarationDescr t : p.pkg().getTypeDeclarations()) {
          if (t.getTypeName().equals(simple)) {
            return at(p, t, "type " + t.getTypeName() + " " + message, v);
          }
        }
      }
      return new Problem(
          ErrorCode.UNTRUSTED_RULE,
          Location.file(fallback),
          "generated class " + BytecodeCheck.dotted(v.className()) + " " + message);
    }

    /** The violation's method name without its descriptor ("" for the class itself). */
    private static String methodName(BytecodeCheck.Violation v) {
      int paren = v.method().indexOf('(');
      return paren < 0 ? "" : v.method().substring(0, paren);
    }

    private String ruleFor(BytecodeCheck.Violation v) {
      String method = methodName(v);
      String rule = ruleOfMethod.get(v.className() + "." + method);
      if (rule == null && method.startsWith("lambda$")) {
        String outer = method.substring("lambda$".length());
        int end = outer.indexOf('$');
        rule = ruleOfMethod.get(v.className() + "." + (end < 0 ? outer : outer.substring(0, end)));
      }
      if (rule == null) {
        Set<String> rules = rulesOfClass.get(v.className());
        rule = rules == null || rules.isEmpty() ? null : rules.iterator().next();
      }
      return rule;
    }

    /**
     * The line within the declaration that names what was refused (only to point the author at it;
     * the decision was made on the compiled code), else the declaration's first line.
     */
    private static Problem at(
        Parsed p, BaseDescr descr, String message, BytecodeCheck.Violation v) {
      int first = Math.max(1, descr.getLine());
      int last = descr.getEndLine() >= first ? descr.getEndLine() : p.lines().length;
      return new Problem(
          ErrorCode.UNTRUSTED_RULE,
          Location.file(p.source().name(), lineNaming(p.lines(), first, last, v.token()), -1),
          message);
    }
  }

  /**
   * The first line after a declaration's own line, up to its last, that names one of the tokens
   * ({@code a|b}); else the declaration's line. Only points the author at the spot: the decision
   * was made on the parsed declarations or the compiled code.
   */
  static int lineNaming(String[] lines, int first, int last, String token) {
    if (token == null || token.isEmpty()) {
      return first;
    }
    StringBuilder alternatives = new StringBuilder();
    for (String t : token.split("\\|")) {
      alternatives.append(alternatives.length() > 0 ? "|" : "").append(Pattern.quote(t));
    }
    Pattern word = Pattern.compile("(?<![\\w$])(?:" + alternatives + ")(?![\\w$])");
    for (int i = first + 1; i <= Math.min(last, lines.length); i++) {
      if (word.matcher(lines[i - 1]).find()) {
        return i;
      }
    }
    return first;
  }
}
