package org.pledgewatch.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
import org.pledgewatch.Problem;
import org.pledgewatch.RuleInfo;

/**
 * Compiles DRL on Drools' classic path, which reports errors with a row (and a column inside the
 * message text), and collects every error before failing.
 */
public final class RuleCompiler {
  private static final Pattern LINE_COLUMN = Pattern.compile("\\[?\\s*Line (\\d+):(\\d+)");
  private static final Pattern ERR_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*");

  private RuleCompiler() {}

  /**
   * Compiles all sources into one knowledge base, or throws {@code rule_compile_error} listing
   * every error.
   */
  public static KieBase compile(List<RuleText> sources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
    List<Problem> problems = new ArrayList<>();
    // One batch: type declarations in any source are known to rules in every other, whatever the
    // order.
    CompositeKnowledgeBuilder batch = builder.batch();
    for (RuleText source : sources) {
      batch.add(
          ResourceFactory.newByteArrayResource(source.bytes()).setSourcePath(source.name()),
          ResourceType.DRL);
    }
    String fallback = sources.size() == 1 ? sources.get(0).name() : "rules";
    try {
      batch.build();
    } catch (RuntimeException e) {
      problems.add(
          new Problem(
              ErrorCode.RULE_COMPILE_ERROR,
              Location.file(fallback),
              "Drools could not compile the rules: " + e));
    }
    for (KnowledgeBuilderError error : builder.getErrors()) {
      Problem p = toProblem(error, fallback);
      if (!problems.contains(p)) {
        problems.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw new PledgewatchException(ErrorCode.RULE_COMPILE_ERROR, problems);
    }
    InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
    kbase.addPackages(builder.getKnowledgePackages());
    return kbase;
  }

  static Problem toProblem(KnowledgeBuilderError error, String fallbackSource) {
    String source =
        error.getResource() != null && error.getResource().getSourcePath() != null
            ? error.getResource().getSourcePath()
            : fallbackSource;
    String message = error.getMessage() == null ? "unknown error" : error.getMessage().trim();
    int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : -1;
    int column = -1;
    Matcher m = LINE_COLUMN.matcher(message);
    if (m.find()) {
      if (line <= 0) {
        line = Integer.parseInt(m.group(1));
      }
      column = Integer.parseInt(m.group(2));
    }
    message = ERR_PREFIX.matcher(message).replaceFirst("").replaceAll("\\s+", " ");
    return new Problem(
        ErrorCode.RULE_COMPILE_ERROR,
        Location.file(source, line > 0 ? line : -1, line > 0 ? column : -1),
        message);
  }

  /**
   * The KIE base of this name from the class path's {@code kmodule.xml} (a precompiled pack), or
   * {@code null} if there is none.
   */
  public static KieBase precompiled(String name, ClassLoader loader) {
    try {
      KieContainer container = KieServices.Factory.get().getKieClasspathContainer(loader);
      if (!container.getKieBaseNames().contains(name)) {
        return null;
      }
      return container.getKieBase(name);
    } catch (RuntimeException e) {
      throw PledgewatchException.of(
          ErrorCode.RULE_SOURCE_ERROR,
          Location.of("kbase", name),
          "the precompiled KIE base could not be loaded: " + e);
    }
  }

  /**
   * The rules in a knowledge base, sorted by package and name. A rule's source is the resource
   * Drools recorded, or else the source whose text declares a rule of that name.
   */
  public static List<RuleInfo> rules(Collection<KiePackage> packages, List<RuleText> sources) {
    List<RuleInfo> out = new ArrayList<>();
    for (KiePackage pkg : packages) {
      for (Rule rule : pkg.getRules()) {
        String source =
            rule instanceof RuleImpl impl && impl.getResource() != null
                ? impl.getResource().getSourcePath()
                : null;
        if (source == null) {
          String declaration = "rule \"" + rule.getName() + "\"";
          source =
              sources.stream()
                  .filter(t -> t.drl().contains(declaration))
                  .map(RuleText::name)
                  .findFirst()
                  .orElse(null);
        }
        out.add(
            new RuleInfo(
                rule.getName(),
                pkg.getName(),
                source,
                meta(rule, "pledge"),
                meta(rule, "criterion"),
                rule.getMetaData().containsKey("criteriaByKind")));
      }
    }
    out.sort(
        (a, b) -> (a.packageName() + "\0" + a.name()).compareTo(b.packageName() + "\0" + b.name()));
    return List.copyOf(out);
  }

  static String meta(Rule rule, String key) {
    Object value = rule.getMetaData().get(key);
    if (value == null) {
      return null;
    }
    String text = value.toString();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return text;
  }
}
