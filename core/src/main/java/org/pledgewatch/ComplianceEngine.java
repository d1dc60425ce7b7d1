package org.pledgewatch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.pledgewatch.facts.AsOf;
import org.pledgewatch.internal.EvidenceCheck;
import org.pledgewatch.internal.Figures;
import org.pledgewatch.internal.Json;
import org.pledgewatch.internal.RuleCompiler;
import org.pledgewatch.internal.RuleText;
import org.pledgewatch.internal.UntrustedCompiler;
import org.pledgewatch.internal.WorkingMemory;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.Commitment;
import org.pledgewatch.model.Criterion;
import org.pledgewatch.model.Evidence;
import org.pledgewatch.model.EvidenceSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates pledge compliance: compiles criterion rules once, then assesses any catalog and
 * evidence as of any date. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builder()
 *     .addRulesFromClasspath("pledgewatch/rules/trilateral-2024")
 *     .build();
 * Report report = engine.evaluate(catalog, evidence, LocalDate.of(2024, 6, 1));
 * Status status = report.status("tmm24-lad-ministerial");
 * }</pre>
 *
 * <p>Rules derive {@link org.pledgewatch.facts.Finding}s (a criterion satisfied or contradicted by
 * evidence); the engine turns them, each commitment's combination of criteria and its deadline into
 * a {@link Status} with an {@link Explanation}. Evidence published after the as-of date is
 * invisible to the rules.
 */
public final class ComplianceEngine {
  private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngine.class);
  private static final String VERSION = readVersion();

  /**
   * The most rule firings one evaluation may take by default, plus twenty for every fact it
   * inserts: a rule set that fires once or twice per item is never mistaken for a loop.
   */
  public static final int DEFAULT_FIRING_LIMIT = 1_000_000;

  private final KieBase kbase;
  private final List<RuleText> sources;
  private final List<RuleInfo> rules;
  private final String rulesFingerprint;
  private final Clock clock;
  private final List<EvaluationListener> listeners;
  private final int firingLimit;
  private final java.time.Duration timeLimit;
  private final boolean precompiled;

  /**
   * The catalog last checked for coverage, held weakly: a host evaluating one catalog many times
   * checks it once.
   */
  private volatile java.lang.ref.WeakReference<Catalog> lastChecked =
      new java.lang.ref.WeakReference<>(null);

  private final boolean allowUncovered;

  /**
   * The fingerprints of the last catalog and evidence set reported on. Both are immutable, and
   * hosts evaluate one set at many dates (a timeline), so each is hashed once, not per evaluation:
   * at 100k items hashing costs about 2.5 us per item. Held weakly; one entry each.
   */
  private volatile Memo<Catalog> lastCatalog = new Memo<>((Catalog) null, null);

  private volatile Memo<EvidenceSet> lastEvidence = new Memo<>((EvidenceSet) null, null);

  private ComplianceEngine(Builder b, KieBase kbase, boolean precompiled) {
    this.kbase = kbase;
    this.precompiled = precompiled;
    this.sources = List.copyOf(b.sources);
    this.rules = RuleCompiler.rules(kbase.getKiePackages(), sources);
    this.rulesFingerprint =
        Json.sha256(
            sources.stream()
                .sorted(Comparator.comparing(RuleText::name))
                .map(s -> s.name() + "\0" + s.drl().replace("\r\n", "\n"))
                .collect(Collectors.joining("\0")));
    this.clock = b.clock;
    this.listeners = List.copyOf(b.listeners);
    this.firingLimit = b.firingLimit;
    // An engine with untrusted rules always has a time limit.
    this.timeLimit =
        b.timeLimit == null && b.validator != null ? RuleValidator.DEFAULT_TIME_LIMIT : b.timeLimit;
    this.allowUncovered = b.allowUncovered;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The library's version, as reports record it. */
  public static String version() {
    return VERSION;
  }

  /** Evaluates as of today in the engine clock's zone. */
  public Report evaluate(Catalog catalog, EvidenceSet evidence) {
    return evaluate(catalog, evidence, LocalDate.now(clock));
  }

  /**
   * Assesses every commitment in the catalog on the evidence published by {@code asOf}.
   *
   * @throws PledgewatchException {@code invalid_catalog} if a criterion has no rule that can
   *     satisfy it (unless {@link Builder#allowUncoveredCriteria()}); {@code unknown_commitment},
   *     {@code unknown_party} or {@code invalid_evidence} if evidence does not fit the catalog
   *     (every problem listed); {@code rule_runtime_error} naming the rule if a rule throws or
   *     derives a finding the catalog does not know; {@code firing_limit_exceeded} if rules loop.
   *     The engine stays usable after any of them.
   */
  public Report evaluate(Catalog catalog, EvidenceSet evidence, LocalDate asOf) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(asOf, "asOf");
    List<Evidence> items = EvidenceCheck.checkAll(catalog, evidence.evidenceById());
    checkCoverage(catalog);
    Snapshot snapshot = new Snapshot(asOf);
    items.forEach(snapshot::add);
    WorkingMemory memory = new WorkingMemory(kbase, firingLimit, timeLimit);
    try {
      memory.asOf(new AsOf(asOf));
      memory.insertCatalog(catalog);
      for (Evidence e : items) {
        if (e.publishedBy(asOf)) {
          memory.insert(e);
        }
      }
      memory.fire();
      java.util.Set<String> ids = new java.util.LinkedHashSet<>(catalog.commitmentIndex().keySet());
      ids.addAll(memory.takeDirty());
      Map<String, Assessment> assessed = snapshot.assess(catalog, ids, memory);
      Report report = report(catalog, evidence, asOf, snapshot, memory, assessed::get);
      listeners.forEach(l -> l.evaluated(report));
      return report;
    } finally {
      memory.dispose();
    }
  }

  Report report(
      Catalog catalog,
      EvidenceSet evidence,
      LocalDate asOf,
      Snapshot snapshot,
      WorkingMemory memory,
      java.util.function.Function<String, Assessment> assessed) {
    List<Assessment> ordered =
        catalog.commitmentsById().stream().map(c -> assessed.apply(c.id())).toList();
    Memo<Catalog> c = lastCatalog;
    if (c.of.get() != catalog) {
      c = lastCatalog = new Memo<>(catalog, fingerprint(catalog));
    }
    Memo<EvidenceSet> e = lastEvidence;
    if (e.of.get() != evidence) {
      e = lastEvidence = new Memo<>(evidence, fingerprint(evidence));
    }
    List<Evidence> visible = snapshot.visible().toList();
    Figures.Comparison figures = Figures.compare(visible, catalog);
    return new Report(
        VERSION,
        asOf,
        clock.instant(),
        rulesFingerprint,
        c.fingerprint,
        e.fingerprint,
        snapshot.visibleCount(),
        snapshot.unpublishedCount(),
        visible.stream().map(Evidence::publishedOn).max(LocalDate::compareTo).orElse(null),
        ordered,
        figures.conflicts(),
        figures.revisions(),
        snapshot.unrouted(memory));
  }

  /** A value and its fingerprint, the value held weakly. */
  private record Memo<T>(java.lang.ref.WeakReference<T> of, String fingerprint) {
    Memo(T value, String fingerprint) {
      this(new java.lang.ref.WeakReference<>(value), fingerprint);
    }
  }

  static String fingerprint(Catalog catalog) {
    return Json.fingerprint(
        Map.of(
            "parties",
                catalog.parties().stream()
                    .sorted(Comparator.comparing(org.pledgewatch.model.Party::id))
                    .toList(),
            "agreements",
                catalog.agreements().stream()
                    .sorted(Comparator.comparing(org.pledgewatch.model.Agreement::id))
                    .toList(),
            "commitments", catalog.commitmentsById()));
  }

  static String fingerprint(EvidenceSet evidence) {
    return Json.fingerprint(
        Map.of(
            "sources",
                evidence.sources().stream()
                    .sorted(Comparator.comparing(org.pledgewatch.model.Source::id))
                    .toList(),
            "evidence", evidence.evidenceById()));
  }

  /**
   * A long-lived monitor over one catalog, for hosts that receive evidence over time. Close it when
   * done.
   */
  public Monitor monitor(Catalog catalog, LocalDate asOf) {
    return new Monitor(this, catalog, asOf);
  }

  /** Every compiled rule, with its {@code @pledge} and {@code @criterion} metadata. */
  public List<RuleInfo> rules() {
    return rules;
  }

  /**
   * Whether the rules came precompiled from the class path rather than compiled by {@link
   * Builder#build()}.
   */
  public boolean precompiled() {
    return precompiled;
  }

  /** SHA-256 of the rule sources, as reports record it. */
  public String rulesFingerprint() {
    return rulesFingerprint;
  }

  /**
   * What does not line up between the rules and a catalog: a criterion no rule names in its
   * metadata (it can never be satisfied), and a rule naming a pledge or criterion the catalog does
   * not have. Empty when every criterion has a rule.
   */
  public List<Problem> coverage(Catalog catalog) {
    List<Problem> problems = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (RuleInfo r : rules) {
      if (r.pledge() == null) {
        continue;
      }
      var c = catalog.commitment(r.pledge());
      if (c.isEmpty()) {
        problems.add(
            new Problem(
                ErrorCode.UNKNOWN_COMMITMENT,
                Location.rule(r.name(), r.source()),
                "@pledge names '" + r.pledge() + "', which the catalog does not have"));
      } else if (r.criterion() == null || c.get().criterion(r.criterion()).isEmpty()) {
        problems.add(
            new Problem(
                ErrorCode.INVALID_CATALOG,
                Location.rule(r.name(), r.source()),
                "@criterion must name a criterion of '"
                    + r.pledge()
                    + "', but was '"
                    + r.criterion()
                    + "'"));
      } else {
        covered.add(r.pledge() + "/" + r.criterion());
      }
    }
    boolean byKind = rules.stream().anyMatch(RuleInfo::criteriaByKind);
    for (Commitment c : catalog.commitmentsById()) {
      for (Criterion cr : c.criteria()) {
        boolean data =
            !cr.evidenceKinds().isEmpty() || !cr.contraryKinds().isEmpty() || cr.measure() != null;
        if (data && !byKind) {
          problems.add(
              new Problem(
                  ErrorCode.INVALID_CATALOG,
                  Location.commitment(c.id()),
                  "criterion '"
                      + cr.id()
                      + "' declares evidence kinds or a measure, but no rule carries @criteriaByKind to read them"));
        } else if (!data && !covered.contains(c.id() + "/" + cr.id())) {
          problems.add(
              new Problem(
                  ErrorCode.INVALID_CATALOG,
                  Location.commitment(c.id()),
                  "criterion '"
                      + cr.id()
                      + "' has no rule (no rule has @pledge(\""
                      + c.id()
                      + "\") @criterion(\""
                      + cr.id()
                      + "\"))"));
        }
      }
    }
    return problems;
  }

  /**
   * Refuses a catalog with a criterion no rule can satisfy (its verdicts would silently be wrong),
   * unless the builder allowed it, then warns; checked once for a catalog evaluated repeatedly.
   */
  void checkCoverage(Catalog catalog) {
    if (lastChecked.get() == catalog) {
      return;
    }
    List<Problem> problems = coverage(catalog);
    if (!problems.isEmpty() && !allowUncovered) {
      throw new PledgewatchException(ErrorCode.INVALID_CATALOG, problems);
    }
    problems.forEach(p -> LOG.warn("{}", p));
    lastChecked = new java.lang.ref.WeakReference<>(catalog);
  }

  /** Sessions of this engine not yet disposed: zero between calls, unless monitors are open. */
  int openSessions() {
    return kbase.getKieSessions().size();
  }

  KieBase knowledgeBase() {
    return kbase;
  }

  int firingLimit() {
    return firingLimit;
  }

  java.time.Duration timeLimit() {
    return timeLimit;
  }

  List<EvaluationListener> listeners() {
    return listeners;
  }

  private static String readVersion() {
    try (InputStream in = ComplianceEngine.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Collects rule sources and options; {@link #build()} compiles them once. Not thread-safe. */
  public static final class Builder {
    private final List<RuleText> sources = new ArrayList<>();
    private final List<EvaluationListener> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private int firingLimit;
    private java.time.Duration timeLimit;
    private String precompiledBase;
    private ClassLoader precompiledLoader;
    private int precompiledSources;
    private RuleValidator validator;
    private boolean allowUncovered;

    private Builder() {}

    /**
     * Lets {@link ComplianceEngine#evaluate} and {@link ComplianceEngine#monitor} accept a catalog
     * with criteria no rule can satisfy (see {@link ComplianceEngine#coverage}), logging a warning
     * for each instead of failing with {@code invalid_catalog}. For hosts that load a catalog ahead
     * of its rules; a verdict on such a catalog can never reach what the uncovered criteria need.
     */
    public Builder allowUncoveredCriteria() {
      this.allowUncovered = true;
      return this;
    }

    /**
     * Treats every rule source as untrusted: compiles it through the verified path of {@link
     * RuleValidator} (never from a precompiled base), fails the build with {@code untrusted_rule}
     * listing every refused use with its location, and applies {@link
     * RuleValidator#DEFAULT_TIME_LIMIT} unless {@link #timeLimit} sets another.
     */
    public Builder validateWith(RuleValidator ruleValidator) {
      this.validator = Objects.requireNonNull(ruleValidator, "ruleValidator");
      return this;
    }

    /** Adds DRL from a string; {@code name} is used in error locations ({@code "my-rules.drl"}). */
    public Builder addRules(String name, String drl) {
      sources.add(
          new RuleText(Objects.requireNonNull(name, "name"), Objects.requireNonNull(drl, "drl")));
      return this;
    }

    /** Adds a {@code .drl} file, or every {@code .drl} file under a directory (sorted by path). */
    public Builder addRulesFrom(Path path) {
      Objects.requireNonNull(path, "path");
      if (!Files.exists(path)) {
        throw PledgewatchException.of(
            ErrorCode.RULE_SOURCE_ERROR,
            Location.file(path.toString()),
            "expected a .drl file or a directory of them, but nothing is there");
      }
      try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
        List<Path> drls = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        if (drls.isEmpty()) {
          throw PledgewatchException.of(
              ErrorCode.RULE_SOURCE_ERROR,
              Location.file(path.toString()),
              "expected .drl files, but found none");
        }
        for (Path p : drls) {
          sources.add(new RuleText(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new PledgewatchException(
            ErrorCode.RULE_SOURCE_ERROR,
            List.of(
                new Problem(
                    ErrorCode.RULE_SOURCE_ERROR,
                    Location.file(path.toString()),
                    "cannot read: " + e)),
            e);
      }
      return this;
    }

    /**
     * Adds a {@code .drl} classpath resource, or every {@code .drl} resource under a classpath
     * directory (in a jar or on disk), using this library's class loader.
     */
    public Builder addRulesFromClasspath(String location) {
      return addRulesFromClasspath(
          location,
          Thread.currentThread().getContextClassLoader() != null
              ? Thread.currentThread().getContextClassLoader()
              : ComplianceEngine.class.getClassLoader());
    }

    /**
     * Adds {@code .drl} classpath resources under {@code location}, found through {@code loader}.
     */
    public Builder addRulesFromClasspath(String location, ClassLoader loader) {
      String loc = location.startsWith("/") ? location.substring(1) : location;
      URL url = loader.getResource(loc);
      if (url == null) {
        throw PledgewatchException.of(
            ErrorCode.RULE_SOURCE_ERROR,
            Location.file("classpath:" + loc),
            "expected a .drl resource or a directory of them on the classpath, but found nothing");
      }
      try {
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
          try (FileSystem fs = newJarFileSystem(uri)) {
            addFromTree(fs.getPath(loc), loc);
          }
        } else {
          addFromTree(Path.of(uri), loc);
        }
      } catch (IOException | URISyntaxException e) {
        throw PledgewatchException.of(
            ErrorCode.RULE_SOURCE_ERROR, Location.file("classpath:" + loc), "cannot read: " + e);
      }
      return this;
    }

    private static FileSystem newJarFileSystem(URI uri) throws IOException {
      try {
        return FileSystems.newFileSystem(uri, Map.of());
      } catch (java.nio.file.FileSystemAlreadyExistsException e) {
        // Another caller holds it open; read through a private copy of the path instead.
        String spec = uri.toString();
        Path jar = Path.of(URI.create(spec.substring(4, spec.indexOf("!/"))));
        return FileSystems.newFileSystem(jar);
      }
    }

    private void addFromTree(Path root, String loc) throws IOException {
      try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
        List<Path> drls =
            files
                .filter(p -> p.toString().endsWith(".drl"))
                .sorted(Comparator.comparing(Path::toString))
                .toList();
        if (drls.isEmpty()) {
          throw PledgewatchException.of(
              ErrorCode.RULE_SOURCE_ERROR,
              Location.file("classpath:" + loc),
              "expected .drl resources, but found none");
        }
        for (Path p : drls) {
          String rel =
              Files.isDirectory(root)
                  ? loc + "/" + root.relativize(p).toString().replace('\\', '/')
                  : loc;
          sources.add(
              new RuleText("classpath:" + rel, Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    }

    /**
     * Adds the {@code .drl} resources under {@code location}, and names the KIE base that was
     * precompiled from exactly those sources at build time (kie-maven-plugin, executable model,
     * declared in the jar's {@code META-INF/kmodule.xml}). {@link #build()} then loads that KIE
     * base instead of compiling, unless other rule sources were added too, in which case it
     * compiles everything. The sources are still read: the report's rules fingerprint and {@link
     * ComplianceEngine#rules()} come from them. If the class path has no such KIE base (run from an
     * IDE without the plugin), the sources are compiled and a warning is logged.
     */
    public Builder addPrecompiledRules(String kieBaseName, String location, ClassLoader loader) {
      if (precompiledBase != null) {
        throw new IllegalStateException(
            "one precompiled KIE base per engine; '" + precompiledBase + "' is already added");
      }
      int before = sources.size();
      addRulesFromClasspath(location, loader);
      precompiledBase = Objects.requireNonNull(kieBaseName, "kieBaseName");
      precompiledLoader = loader;
      precompiledSources = sources.size() - before;
      return this;
    }

    /**
     * The clock reports take their time and default as-of date from; the system UTC clock by
     * default.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Adds a listener. */
    public Builder listener(EvaluationListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * The most rule firings one evaluation (or one monitor update) may take, whatever its size;
     * past it the evaluation fails with {@code firing_limit_exceeded} instead of looping forever.
     * By default the limit is {@value #DEFAULT_FIRING_LIMIT} plus twenty per fact inserted.
     */
    public Builder firingLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("firingLimit must be at least 1, but was " + limit);
      }
      this.firingLimit = limit;
      return this;
    }

    /**
     * The longest the rules may fire in one evaluation (or one monitor update); past it the session
     * is halted and the evaluation fails with {@code time_limit_exceeded} naming the busiest rules.
     * None by default. Rules are halted between firings: a consequence or condition that never
     * returns is not stopped by it (docs/untrusted-rules.md says what is).
     */
    public Builder timeLimit(java.time.Duration limit) {
      Objects.requireNonNull(limit, "limit");
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("timeLimit must be positive, but was " + limit);
      }
      this.timeLimit = limit;
      return this;
    }

    /**
     * Compiles every rule source.
     *
     * @throws PledgewatchException {@code rule_compile_error} listing every error with its source,
     *     line and column; {@code rule_source_error} if no source was given
     */
    public ComplianceEngine build() {
      if (sources.isEmpty()) {
        throw PledgewatchException.of(
            ErrorCode.RULE_SOURCE_ERROR,
            Location.NONE,
            "no rule sources were given: add rules with addRules, addRulesFrom or addRulesFromClasspath");
      }
      long start = System.nanoTime();
      // Untrusted rules are compiled from their sources through the one verified path, never
      // taken precompiled.
      if (validator == null && precompiledBase != null && precompiledSources == sources.size()) {
        KieBase kbase = RuleCompiler.precompiled(precompiledBase, precompiledLoader);
        if (kbase != null) {
          ComplianceEngine engine = new ComplianceEngine(this, kbase, true);
          LOG.debug(
              "loaded precompiled KIE base '{}' ({} rules) in {} ms",
              precompiledBase,
              engine.rules.size(),
              (System.nanoTime() - start) / 1_000_000);
          return engine;
        }
        LOG.warn(
            "no precompiled KIE base '{}' on the class path; compiling its {} rule sources instead",
            precompiledBase,
            sources.size());
      } else if (validator == null && precompiledBase != null) {
        LOG.debug(
            "rules were added beside precompiled KIE base '{}'; compiling all {} sources",
            precompiledBase,
            sources.size());
      }
      KieBase kbase =
          validator == null
              ? RuleCompiler.compile(Collections.unmodifiableList(sources))
              : UntrustedCompiler.compile(
                  Collections.unmodifiableList(sources), validator.extraTypes());
      ComplianceEngine engine = new ComplianceEngine(this, kbase, false);
      LOG.debug(
          "compiled {} {}rules from {} sources in {} ms",
          engine.rules.size(),
          validator == null ? "" : "untrusted, verified ",
          sources.size(),
          (System.nanoTime() - start) / 1_000_000);
      return engine;
    }
  }
}
