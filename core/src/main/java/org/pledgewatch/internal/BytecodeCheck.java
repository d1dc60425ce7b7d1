package org.pledgewatch.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Verifies the classes Drools compiled from untrusted rules against an allowlist of what they may
 * touch, so the decision rests on what the rules compile to, not on how their text is spelled.
 *
 * <p>Every method call, field access, class literal, {@code invokedynamic} and superclass in every
 * generated class must be on the allowlist; on top of that, no method may loop (a backward jump),
 * recurse (a cycle among generated methods), synchronize, or allocate an array whose size is not a
 * small constant. What is left runs in time bounded by the size of the code and of its inputs: the
 * allowlist holds no call whose cost grows without bound on its arguments ({@code String.repeat},
 * {@code BigDecimal.pow}, regular expressions, streams and callbacks are not on it).
 *
 * <p>Classes compiled in the same module ("generated") may call each other, but a call through a
 * generated class to a method it inherits is checked against the class that declares it, so {@code
 * fact.getClass()} is refused even when {@code fact} is a declared type.
 */
final class BytecodeCheck {
  /** One refused use: in which class and method, of what, and why. */
  record Violation(String className, String method, String what, String reason, String token) {}

  /** Arrays generated code creates (varargs, enum values) have a small constant size. */
  static final int MAX_ARRAY = 4096;

  private static final String ALL = "*";

  /**
   * Owner (internal name, or a package prefix ending in {@code /}) to the members it allows: names,
   * {@code name(args)} for one overload, or {@code *} for every member.
   */
  private static final Map<String, Set<String>> ALLOWED = new HashMap<>();

  private static final String BOXED =
      "valueOf compare compareTo equals hashCode toString booleanValue intValue longValue"
          + " doubleValue floatValue shortValue byteValue charValue parseInt parseLong parseDouble"
          + " parseFloat parseBoolean parseShort parseByte max min sum signum isNaN isInfinite"
          + " isFinite MAX_VALUE MIN_VALUE TYPE TRUE FALSE isDigit isLetter isWhitespace"
          + " isUpperCase isLowerCase toUpperCase toLowerCase";

  static {
    // The domain model and the facts rules match and insert: Pledgewatch's own, bounded code.
    allow("org/pledgewatch/model/", ALL);
    allow("org/pledgewatch/facts/", ALL);
    // Java: values, text, dates, read-only collections, arithmetic.
    allow("java/lang/Object", "<init> equals hashCode toString");
    allow(
        "java/lang/String",
        "length isEmpty isBlank charAt codePointAt equals equalsIgnoreCase compareTo"
            + " compareToIgnoreCase contains contentEquals startsWith endsWith indexOf lastIndexOf"
            + " substring toLowerCase toUpperCase trim strip stripLeading stripTrailing concat"
            + " replace hashCode toString valueOf join regionMatches CASE_INSENSITIVE_ORDER");
    allow("java/lang/CharSequence", "length charAt isEmpty toString");
    allow("java/lang/StringBuilder", "<init> append length toString");
    for (String boxed :
        List.of("Boolean", "Integer", "Long", "Short", "Byte", "Double", "Float", "Character")) {
      allow("java/lang/" + boxed, "<init> " + BOXED);
    }
    allow("java/lang/Number", "intValue longValue doubleValue floatValue shortValue byteValue");
    allow("java/lang/Math", ALL);
    allow("java/lang/StrictMath", ALL);
    allow("java/lang/Comparable", "compareTo");
    allow("java/lang/Enum", "<init> valueOf name ordinal compareTo equals hashCode toString");
    for (String exception :
        List.of(
            "RuntimeException",
            "IllegalArgumentException",
            "IllegalStateException",
            "UnsupportedOperationException",
            "NullPointerException",
            "ArithmeticException")) {
      allow("java/lang/" + exception, "<init>");
    }
    // Generated code copies small constant arrays and deserializes its own lambdas.
    allow("java/lang/System", "arraycopy");
    allow(
        "java/lang/invoke/SerializedLambda",
        "getCapturedArg getFunctionalInterfaceClass getFunctionalInterfaceMethodName"
            + " getFunctionalInterfaceMethodSignature getImplClass getImplMethodKind"
            + " getImplMethodName getImplMethodSignature");
    String read =
        "size isEmpty contains containsAll get indexOf lastIndexOf subList equals hashCode toString"
            + " of copyOf";
    allow("java/util/Collection", read);
    allow("java/util/List", read + " add");
    allow("java/util/Set", read);
    allow(
        "java/util/Map",
        "get getOrDefault containsKey containsValue size isEmpty keySet values entrySet of copyOf"
            + " equals hashCode toString");
    allow("java/util/Map$Entry", "getKey getValue equals hashCode toString");
    allow("java/util/ArrayList", "<init>()");
    allow("java/util/Arrays", "asList");
    allow(
        "java/util/Collections",
        "emptyList emptySet emptyMap singletonList singleton singletonMap unmodifiableList"
            + " unmodifiableSet unmodifiableMap unmodifiableCollection");
    allow(
        "java/util/Objects",
        "equals deepEquals hashCode hash toString isNull nonNull requireNonNull requireNonNullElse");
    allow("java/util/Locale", "ENGLISH ROOT US");
    // Dates, but not the clock: a verdict depends on the as-of date, never on when it is computed.
    allow("java/time/", ALL);
    allow("java/time/Clock", "");
    allow("java/time/InstantSource", "");
    allow("java/time/zone/", "");
    allow("java/time/chrono/", "");
    allow("java/time/chrono/ChronoLocalDate", ALL);
    allow("java/time/chrono/ChronoPeriod", ALL);
    allow("java/time/temporal/", "");
    allow("java/time/temporal/ChronoUnit", ALL);
    allow("java/time/temporal/ChronoField", ALL);
    allow("java/time/temporal/TemporalAdjusters", ALL);
    allow("java/time/format/", "");
    allow("java/time/format/DateTimeFormatter", "format ofPattern ISO_LOCAL_DATE ISO_DATE");
    allow(
        "java/time/format/DateTimeFormatterBuilder",
        "<init> appendPattern parseCaseInsensitive toFormatter");
    // Comparisons only: sums, products and rescaling of rule-made numbers can take unbounded time.
    allow(
        "java/math/BigDecimal",
        "compareTo signum equals hashCode doubleValue floatValue toString scale precision"
            + " valueOf(J) valueOf(D) <init>(Ljava/lang/String;) ZERO ONE TEN");
    // Drools: the model the generated code builds, the consequence's insert/update/delete, and the
    // helpers its expressions compile to. Not the session, its context or its channels.
    allow("org/drools/model/", ALL);
    allow("org/drools/model/Drools", "insert update delete logicalInsert");
    allow("org/drools/model/DroolsEntryPoint", "insert update delete");
    allow("org/drools/model/operators/", "");
    for (String operator :
        List.of(
            "ContainsOperator",
            "ExcludesOperator",
            "InOperator",
            "MemberOfOperator",
            "SoundsLikeOperator",
            "StringStartsWithOperator",
            "StringEndsWithOperator",
            "StringLengthWithOperator")) {
      allow("org/drools/model/operators/" + operator, "INSTANCE");
    }
    allow("org/drools/modelcompiler/dsl/pattern/D", ALL);
    allow("org/drools/modelcompiler/util/EvaluationUtil", ALL);
    allow("org/drools/modelcompiler/consequence/DroolsImpl", "asKnowledgeHelper");
    allow("org/drools/core/rule/consequence/KnowledgeHelper", "insertLogical");
    allow("org/drools/core/base/accumulators/", "<init>");
    allow("org/drools/base/factmodel/", "");
    allow("org/drools/util/DateUtils", "getDateFormatMask");
    allow("java/io/Serializable", "");
  }

  /**
   * What the project model class (generated from the module descriptor this compiler writes itself,
   * never from rule text) may use on top of the allowlist.
   */
  private static final Map<String, Set<String>> PROJECT_MODEL =
      Map.of(
          "org/kie/api/KieServices", Set.of("get", "newKieModuleModel"),
          "org/kie/api/builder/model/", Set.of(ALL),
          "org/kie/api/conf/", Set.of(ALL),
          "org/kie/api/runtime/conf/", Set.of(ALL),
          "org/kie/util/maven/support/ReleaseIdImpl", Set.of("<init>"),
          "org/drools/modelcompiler/CanonicalKieModuleModel", Set.of(ALL),
          "java/util/HashMap", Set.of(ALL));

  private static final String GROWS = "work that grows without bound on its arguments";
  private static final String REGEX = "regular expressions, whose time can explode";

  /** Names of members that are refused with a reason more precise than "not allowed". */
  private static final Map<String, String> UNBOUNDED =
      Map.ofEntries(
          Map.entry("java/lang/String.repeat", GROWS),
          Map.entry("java/lang/String.format", GROWS),
          Map.entry("java/lang/String.formatted", GROWS),
          Map.entry("java/lang/String.matches", REGEX),
          Map.entry("java/lang/String.replaceAll", REGEX),
          Map.entry("java/lang/String.replaceFirst", REGEX),
          Map.entry("java/lang/String.split", REGEX),
          Map.entry("java/util/Collections.nCopies", GROWS),
          Map.entry("java/math/BigDecimal.pow", GROWS),
          Map.entry("java/math/BigDecimal.multiply", GROWS),
          Map.entry("java/math/BigDecimal.add", GROWS),
          Map.entry("java/math/BigDecimal.setScale", GROWS),
          Map.entry("java/math/BigDecimal.toPlainString", GROWS),
          Map.entry("java/util/List.toArray", GROWS),
          Map.entry("java/util/Collection.toArray", GROWS),
          Map.entry("java/util/List.forEach", "callbacks (a loop the time limit cannot stop)"),
          Map.entry("java/util/Collection.stream", "streams (a loop the time limit cannot stop)"),
          Map.entry("java/util/List.stream", "streams (a loop the time limit cannot stop)"),
          Map.entry("java/lang/Object.getClass", "reflection"),
          Map.entry("java/lang/Object.wait", "threads"),
          Map.entry("java/lang/Object.notify", "threads"),
          Map.entry("java/lang/Enum.getDeclaringClass", "reflection"),
          Map.entry("java/lang/Integer.getInteger", "the JVM's system properties"),
          Map.entry("java/lang/Long.getLong", "the JVM's system properties"),
          Map.entry("java/lang/Boolean.getBoolean", "the JVM's system properties"));

  private static final Set<String> CLOCK = Set.of("now", "datesUntil");
  private static final Map<String, String> INHERITED_REFUSED =
      Map.of(
          "getClass", "reflection",
          "getDeclaringClass", "reflection",
          "wait", "threads",
          "notify", "threads",
          "notifyAll", "threads",
          "random", "randomness (the same inputs must give the same verdicts)",
          "finalize", "code outside the rules");
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d{1,40}(\\.\\d{1,40})?");

  private static void allow(String owner, String members) {
    ALLOWED.put(owner, members.isBlank() ? Set.of() : Set.of(members.trim().split("\\s+")));
  }

  private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
  private final Set<String> extraTypes;
  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, Set<String>> calls = new HashMap<>();

  /** What one generated class declares, read before any check so calls between them resolve. */
  private record ClassInfo(
      String name, String superName, List<String> interfaces, Set<String> members, byte[] bytes) {}

  /**
   * @param classBytes every class compiled from the rules, by internal name
   * @param extraTypes types the host allowed in full (internal names, or packages ending in /)
   */
  BytecodeCheck(Map<String, byte[]> classBytes, Set<String> extraTypes) {
    this.extraTypes = extraTypes;
    for (Map.Entry<String, byte[]> e : classBytes.entrySet()) {
      ClassReader reader = new ClassReader(e.getValue());
      Set<String> members = new HashSet<>();
      reader.accept(
          new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(
                int access, String name, String desc, String signature, Object value) {
              members.add(name);
              return null;
            }

            @Override
            public MethodVisitor visitMethod(
                int access, String name, String desc, String signature, String[] exceptions) {
              members.add(name + desc);
              return null;
            }
          },
          ClassReader.SKIP_CODE);
      classes.put(
          reader.getClassName(),
          new ClassInfo(
              reader.getClassName(),
              reader.getSuperName(),
              List.of(reader.getInterfaces()),
              members,
              e.getValue()));
    }
  }

  /** Checks every class; the refused uses, in class order, at most one per use and method. */
  List<Violation> run() {
    for (ClassInfo info : classes.values()) {
      check(info);
    }
    findRecursion();
    return List.copyOf(violations);
  }

  private void check(ClassInfo info) {
    boolean projectModel = info.name().startsWith("org/drools/project/model/ProjectModel");
    for (String type : concat(info.superName(), info.interfaces())) {
      if (type != null && !typeAllowed(type, projectModel)) {
        refuse(info.name(), "", "extends " + dotted(type), why(type, null), simple(type));
      }
    }
    new ClassReader(info.bytes())
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public MethodVisitor visitMethod(
                  int access, String name, String desc, String signature, String[] exceptions) {
                String method = name + desc;
                if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                  refuse(info.name(), method, "a synchronized method", "threads (it can deadlock)");
                }
                if ((access & Opcodes.ACC_NATIVE) != 0 || name.equals("finalize")) {
                  refuse(info.name(), method, "a " + name + " method", "code outside the rules");
                }
                return new Code(info.name(), method, projectModel);
              }
            },
            0);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** One method's instructions. */
  private final class Code extends MethodVisitor {
    private final String owner;
    private final String method;
    private final boolean projectModel;
    private final Set<Label> seen = new HashSet<>();
    private Integer lastInt;
    private String lastString;

    /** The top of the stack is the length of an array that already exists (ecj's enum values()). */
    private boolean existingLength;

    private boolean duplicated;

    Code(String owner, String method, boolean projectModel) {
      super(Opcodes.ASM9);
      this.owner = owner;
      this.method = method;
      this.projectModel = projectModel;
    }

    private void other() {
      lastInt = null;
      lastString = null;
      existingLength = false;
      duplicated = false;
    }

    @Override
    public void visitLabel(Label label) {
      seen.add(label);
    }

    @Override
    public void visitInsn(int opcode) {
      if (opcode == Opcodes.DUP && existingLength) {
        duplicated = true;
        return;
      }
      other();
      if (opcode == Opcodes.ARRAYLENGTH) {
        existingLength = true;
      } else if (opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5) {
        lastInt = opcode - Opcodes.ICONST_0;
      } else if (opcode == Opcodes.MONITORENTER) {
        refuse(owner, method, "a synchronized block", "threads (it can deadlock)", "synchronized");
      }
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      if (opcode == Opcodes.NEWARRAY) {
        array();
      }
      other();
      if (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH) {
        lastInt = operand;
      }
    }

    @Override
    public void visitLdcInsn(Object value) {
      other();
      if (value instanceof Integer i) {
        lastInt = i;
      } else if (value instanceof String s) {
        lastString = s;
      } else if (value instanceof Type t) {
        Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
        if (element.getSort() == Type.OBJECT
            && !typeAllowed(element.getInternalName(), projectModel)) {
          refuse(
              owner,
              method,
              "the class literal " + dotted(element.getInternalName()) + ".class",
              why(element.getInternalName(), null),
              "class");
        }
      } else if (value instanceof Handle || value instanceof ConstantDynamic) {
        refuse(owner, method, "a method handle constant", "reflection");
      }
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
      if (opcode == Opcodes.ISTORE && duplicated) {
        duplicated = false;
        return;
      }
      other();
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
      other();
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      if (opcode == Opcodes.ANEWARRAY) {
        array();
      }
      other();
    }

    private void array() {
      if (!existingLength && (lastInt == null || lastInt < 0 || lastInt > MAX_ARRAY)) {
        refuse(
            owner,
            method,
            "an array whose size is not a constant of at most " + MAX_ARRAY,
            "memory that grows without bound",
            "new");
      }
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dims) {
      other();
      refuse(owner, method, "a multi-dimensional array", "memory that grows without bound", "new");
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      other();
      if (seen.contains(label)) {
        loop();
      }
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      other();
      switchTo(dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      other();
      switchTo(dflt, labels);
    }

    private void switchTo(Label dflt, Label[] labels) {
      boolean back = seen.contains(dflt);
      for (Label l : labels) {
        back |= seen.contains(l);
      }
      if (back) {
        loop();
      }
    }

    private void loop() {
      refuse(
          owner,
          method,
          "a loop",
          "a consequence or condition that never returns cannot be stopped by any limit",
          "for|while|do");
    }

    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
      other();
      boolean write = opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC;
      if (write && !classes.containsKey(fieldOwner)) {
        refuse(
            owner,
            method,
            "writes " + dotted(fieldOwner) + "." + name,
            "state outside the rules",
            name);
      } else if (!write) {
        String reason = memberReason(fieldOwner, name, null, projectModel);
        if (reason != null) {
          refuse(owner, method, dotted(fieldOwner) + "." + name, reason, name);
        }
      }
    }

    @Override
    public void visitMethodInsn(
        int opcode, String callee, String name, String descriptor, boolean isInterface) {
      boolean plainDecimal = lastString != null && PLAIN_DECIMAL.matcher(lastString).matches();
      other();
      if (callee.equals("java/math/BigDecimal")
          && name.equals("<init>")
          && descriptor.equals("(Ljava/lang/String;)V")
          && !plainDecimal) {
        refuse(
            owner,
            method,
            "new BigDecimal(String) of anything but a plain decimal constant",
            GROWS + " (an exponent such as 1E999999999)",
            "BigDecimal");
        return;
      }
      call(callee, name, descriptor);
    }

    private void call(String callee, String name, String descriptor) {
      if (classes.containsKey(callee)) {
        calls
            .computeIfAbsent(owner + "." + method, k -> new HashSet<>())
            .add(callee + "." + name + descriptor);
      }
      String reason = memberReason(callee, name, descriptor, projectModel);
      if (reason != null) {
        refuse(
            owner,
            method,
            signature(callee, name, descriptor),
            reason,
            name.equals("<init>") ? simple(callee) : name);
      }
    }

    @Override
    public void visitInvokeDynamicInsn(
        String name, String descriptor, Handle bootstrap, Object... args) {
      other();
      String bsm = bootstrap.getOwner();
      if (bsm.equals("java/lang/invoke/StringConcatFactory")) {
        return;
      }
      if (bsm.equals("java/lang/invoke/LambdaMetafactory")
          && args.length >= 2
          && args[1] instanceof Handle impl) {
        call(impl.getOwner(), impl.getName(), impl.getDesc());
        return;
      }
      refuse(owner, method, "invokedynamic through " + dotted(bsm), "reflection");
    }
  }

  /** Why this use is refused, or {@code null} if it is allowed. */
  private String memberReason(String owner, String name, String descriptor, boolean projectModel) {
    if (owner.startsWith("[")) {
      return name.equals("clone") ? null : "reflection";
    }
    // Inherited from Object or Enum by every type, the allowed ones included.
    if (INHERITED_REFUSED.containsKey(name) && descriptor != null) {
      return INHERITED_REFUSED.get(name);
    }
    ClassInfo generated = classes.get(owner);
    if (generated != null) {
      if (generated.members().contains(descriptor == null ? name : name + descriptor)
          || (descriptor != null && name.equals("<init>"))) {
        return null;
      }
      // Inherited: checked against the type that declares it.
      String reason = memberReason(generated.superName(), name, descriptor, projectModel);
      if (reason == null) {
        return null;
      }
      for (String itf : generated.interfaces()) {
        if (memberReason(itf, name, descriptor, projectModel) == null) {
          return null;
        }
      }
      return reason;
    }
    if (owner.startsWith("java/time/")
        && (CLOCK.contains(name) || owner.equals("java/time/Clock"))) {
      return "the clock (a verdict depends on the as-of date, never on when it is computed)";
    }
    Set<String> members = lookup(owner, projectModel);
    if (members != null) {
      String overload =
          descriptor == null ? name : name + descriptor.substring(0, descriptor.indexOf(')') + 1);
      if (members.contains(ALL) || members.contains(name) || members.contains(overload)) {
        return null;
      }
    }
    return why(owner, name);
  }

  private Set<String> lookup(String owner, boolean projectModel) {
    if (extraTypes.contains(owner)) {
      return Set.of(ALL);
    }
    Set<String> found = projectModel ? find(PROJECT_MODEL, owner) : null;
    if (found == null) {
      found = find(ALLOWED, owner);
    }
    if (found == null) {
      for (String extra : extraTypes) {
        if (extra.endsWith("/")
            && owner.startsWith(extra)
            && owner.indexOf('/', extra.length()) < 0) {
          return Set.of(ALL);
        }
      }
    }
    return found;
  }

  /** The entry for this owner: exact, else the longest package prefix. */
  private static Set<String> find(Map<String, Set<String>> table, String owner) {
    Set<String> exact = table.get(owner);
    if (exact != null) {
      return exact;
    }
    Set<String> best = null;
    int bestLength = -1;
    for (Map.Entry<String, Set<String>> e : table.entrySet()) {
      String key = e.getKey();
      if (key.endsWith("/") && owner.startsWith(key) && key.length() > bestLength) {
        best = e.getValue();
        bestLength = key.length();
      }
    }
    return best;
  }

  private boolean typeAllowed(String type, boolean projectModel) {
    return classes.containsKey(type) || lookup(type, projectModel) != null;
  }

  /** The reason a type or member is refused, by what it leads to. */
  static String why(String owner, String member) {
    if (member != null) {
      String precise = UNBOUNDED.get(owner + "." + member);
      if (precise != null) {
        return precise;
      }
    }
    String[][] routes = {
      {"java/io/", "files"},
      {"java/nio/", "files"},
      {"java/net/", "the network"},
      {"java/rmi/", "the network"},
      {"javax/naming/", "JNDI"},
      {"javax/script/", "scripting"},
      {"java/beans/", "java.beans (invocation by name)"},
      {"java/lang/ProcessBuilder", "processes"},
      {"java/lang/ProcessHandle", "processes"},
      {"java/lang/Process", "processes"},
      {"java/lang/Runtime", "processes and the JVM (Runtime)"},
      {"java/lang/System", "the JVM's environment (System)"},
      {"java/lang/ClassLoader", "class loading"},
      {"java/lang/ModuleLayer", "class loading"},
      {"java/lang/Class", "reflection"},
      {"java/lang/reflect/", "reflection"},
      {"java/lang/invoke/", "reflection"},
      {"java/lang/Module", "reflection"},
      {"java/lang/StackWalker", "reflection"},
      {"java/lang/Thread", "threads"},
      {"java/lang/InheritableThreadLocal", "threads"},
      {"java/util/concurrent/", "threads"},
      {"java/util/Timer", "threads"},
      {"java/util/stream/", "streams (a loop the time limit cannot stop)"},
      {"java/util/function/", "callbacks (a loop the time limit cannot stop)"},
      {"java/util/regex/", REGEX},
      {"java/util/logging/", "logging"},
      {"java/util/prefs/", "preferences (files)"},
      {"java/sql/", "databases"},
      {"java/lang/management/", "the JVM (management)"},
      {"sun/", "JDK internals"},
      {"jdk/", "JDK internals"},
      {"com/sun/", "JDK internals"},
      {"org/drools/", "the engine's session and internals"},
      {"org/kie/", "the engine's session and internals"},
      {"org/mvel2/", "the engine's internals"},
    };
    for (String[] route : routes) {
      if (owner.startsWith(route[0])) {
        return route[1];
      }
    }
    return "it is not on the allow list";
  }

  private void findRecursion() {
    Map<String, Integer> state = new HashMap<>();
    for (String start : calls.keySet()) {
      walk(start, state, new ArrayList<>());
    }
  }

  private void walk(String node, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(node);
    if (s != null && s == 2) {
      return;
    }
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
      cycle.add(node);
      String at = cycle.get(0);
      int dot = at.indexOf('.');
      refuse(
          at.substring(0, dot),
          at.substring(dot + 1),
          "recursion ("
              + String.join(" -> ", cycle.stream().map(BytecodeCheck::shortMethod).toList())
              + ")",
          "a call that never returns cannot be stopped by any limit",
          shortMethod(at));
      return;
    }
    state.put(node, 1);
    path.add(node);
    for (String next : calls.getOrDefault(node, Set.of())) {
      walk(next, state, path);
    }
    path.remove(path.size() - 1);
    state.put(node, 2);
  }

  private static String shortMethod(String node) {
    String method = node.substring(node.indexOf('.') + 1);
    return method.substring(0, method.indexOf('('));
  }

  private void refuse(String className, String method, String what, String reason) {
    refuse(className, method, what, reason, null);
  }

  /** {@code token}: a name the source may spell it with, to point at its line. */
  private void refuse(String className, String method, String what, String reason, String token) {
    Violation v = new Violation(className, method, what, reason, token);
    if (!violations.contains(v)) {
      violations.add(v);
    }
  }

  private static String simple(String internal) {
    String name = internal.substring(internal.lastIndexOf('/') + 1);
    return name.substring(name.lastIndexOf('$') + 1);
  }

  /**
   * Whether an import of this type (internal name), or of this package (ending in {@code /}), names
   * something rules may use.
   */
  static boolean importAllowed(String type, Set<String> extraTypes) {
    if (extraTypes.contains(type)) {
      return true;
    }
    for (String extra : extraTypes) {
      if (extra.endsWith("/") && type.startsWith(extra)) {
        return true;
      }
    }
    if (type.endsWith("/")) {
      for (Map.Entry<String, Set<String>> e : ALLOWED.entrySet()) {
        if (!e.getValue().isEmpty() && e.getKey().startsWith(type)) {
          return true;
        }
      }
      return false;
    }
    Set<String> members = find(ALLOWED, type);
    return members != null && !members.isEmpty() && !type.startsWith("org/drools/");
  }

  static String dotted(String internal) {
    return internal.replace('/', '.').replace('$', '.');
  }

  static String signature(String owner, String name, String descriptor) {
    StringBuilder out = new StringBuilder(dotted(owner));
    out.append('.').append(name.equals("<init>") ? "new" : name).append('(');
    Type[] args = Type.getArgumentTypes(descriptor);
    for (int i = 0; i < args.length; i++) {
      String cls = args[i].getClassName();
      out.append(i > 0 ? ", " : "").append(cls.substring(cls.lastIndexOf('.') + 1));
    }
    return out.append(')').toString();
  }
}
