package org.pledgewatch;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.pledgewatch.internal.RuleText;
import org.pledgewatch.internal.UntrustedCompiler;

/**
 * Containment for DRL written by authors you do not trust ({@link
 * ComplianceEngine.Builder#validateWith}). The decision rests on what the rules compile to, not on
 * how their text is spelled:
 *
 * <ol>
 *   <li>Drools' own parser reads every source; the package, imports, globals, function and
 *       accumulate imports, rule attributes, annotation values and field initializers are checked
 *       on the parsed declarations (Drools evaluates annotation values while compiling, so they
 *       must be literals before it sees them).
 *   <li>The rules compile on Drools' executable model, where constraints and consequences alike
 *       become Java classes.
 *   <li>Every generated class is verified, before it is loaded, against an allowlist: the
 *       Pledgewatch model and facts, {@code String} and boxed values, {@code Math}, {@code
 *       java.time} without the clock, read-only collections, {@code BigDecimal} comparisons, and
 *       the consequence's {@code insert}, {@code update} and {@code delete}. No loops, recursion,
 *       lambdas that lead off the list, {@code synchronized}, or arrays of a size that is not a
 *       small constant.
 * </ol>
 *
 * <p>An engine built this way also runs with a time limit ({@link #DEFAULT_TIME_LIMIT} unless the
 * builder sets one). docs/untrusted-rules.md lists what is guaranteed and what is not.
 */
public final class RuleValidator {
  /** The time limit an engine with untrusted rules gets if its builder sets none. */
  public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofSeconds(30);

  private static final Pattern TYPE_NAME =
      Pattern.compile("[A-Za-z_][\\w$]*(\\.[A-Za-z_][\\w$]*)*(\\.\\*)?");

  private final Set<String> extraTypes;

  private RuleValidator(Set<String> extraTypes) {
    this.extraTypes = Set.copyOf(extraTypes);
  }

  /** The allowlist described above, and nothing more. */
  public static RuleValidator defaults() {
    return new RuleValidator(Set.of());
  }

  /**
   * A validator that also lets rules import and use every member of this type ({@code
   * "java.time.LocalTime"}), or of every type in a package ({@code "com.example.facts.*"}). Allow
   * only types you have read: their methods run with the host's rights.
   */
  public RuleValidator allowType(String qualifiedName) {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    if (!TYPE_NAME.matcher(qualifiedName).matches()) {
      throw new IllegalArgumentException(
          "expected a qualified type name such as java.time.LocalTime or a package such as"
              + " com.example.*, but got '"
              + qualifiedName
              + "'");
    }
    Set<String> more = new LinkedHashSet<>(extraTypes);
    String internal = qualifiedName.replace('.', '/');
    more.add(internal.endsWith("/*") ? internal.substring(0, internal.length() - 1) : internal);
    return new RuleValidator(more);
  }

  /**
   * Checks one source on its own (parse, declarations, compile, verify) and returns every problem,
   * each located: {@code untrusted_rule} for what it refuses, {@code rule_compile_error} if the
   * source does not compile. Empty if the source is accepted.
   */
  public List<Problem> validate(String name, String drl) {
    return UntrustedCompiler.check(
        List.of(new RuleText(Objects.requireNonNull(name), Objects.requireNonNull(drl))),
        extraTypes);
  }

  Set<String> extraTypes() {
    return extraTypes;
  }
}
