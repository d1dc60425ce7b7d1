package org.pledgewatch.packs;

import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;

/**
 * The rule pack for the pledges of the 28 Feb 2024 US-Mexico-Guatemala trilateral ministerial on
 * migration: its catalog, its rules, and the evidence drawn from the five source articles.
 *
 * <pre>{@code
 * ComplianceEngine engine = Trilateral2024.engineBuilder().build();
 * Report report = engine.evaluate(Trilateral2024.catalog(), Trilateral2024.evidence(), LocalDate.of(2024, 2, 29));
 * }</pre>
 */
public final class Trilateral2024 {
  /** The classpath folder of the pack. */
  public static final String BASE = "pledgewatch/packs/trilateral-2024";

  /**
   * The classpath folder of the pack's DRL: {@code shared/} classification and one file per pledge.
   */
  public static final String RULES = BASE + "/rules";

  /** The name of the pack's KIE base, precompiled at build time (see META-INF/kmodule.xml). */
  public static final String KIE_BASE = "pledgewatch-trilateral-2024";

  /** The agreement's id in the catalog. */
  public static final String AGREEMENT = "tmm24";

  private Trilateral2024() {}

  /**
   * {@return a builder with the pack's rules added, precompiled} Building it loads the executable
   * model generated at build time, with no DRL compiler. Add options or more rules (which compiles
   * all of them), then build once and share.
   */
  public static ComplianceEngine.Builder engineBuilder() {
    return ComplianceEngine.builder()
        .addPrecompiledRules(KIE_BASE, RULES, Trilateral2024.class.getClassLoader());
  }

  /**
   * The pack's catalog: the agreement, its parties with their aliases, and its thirteen pledges.
   */
  public static Catalog catalog() {
    return JsonLoader.catalog(Trilateral2024.class.getClassLoader(), BASE + "/catalog.json");
  }

  /** The bundled evidence: the five source articles' items and the sourced follow-up items. */
  public static EvidenceSet evidence() {
    return evidence(catalog());
  }

  /** The bundled evidence, checked against the given catalog (the pack's, possibly extended). */
  public static EvidenceSet evidence(Catalog catalog) {
    return JsonLoader.evidence(
        Trilateral2024.class.getClassLoader(), BASE + "/evidence.json", catalog);
  }
}
