package org.pledgewatch.packs.g7aismes2025;

import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.io.JsonLoader;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;

/**
 * The rule pack for one commitment of the 2025 G7 Kananaskis Summit, "sustain investments in AI
 * adoption programs for SMEs", scored per member as the G7 Research Group's final compliance
 * report's interpretive guideline reads, on the actions that report lists for each member.
 *
 * <pre>{@code
 * ComplianceEngine engine = G7AiSmes2025.engineBuilder().build();
 * Report report = engine.evaluate(G7AiSmes2025.catalog(), G7AiSmes2025.evidence(), G7AiSmes2025.REPORT_DATE);
 * Scorecard card = Scorecard.of(report);
 * }</pre>
 */
public final class G7AiSmes2025 {
  /** The classpath folder of the pack. */
  public static final String BASE = "pledgewatch/packs/g7-2025-ai-smes";

  /** The classpath folder of the pack's DRL. */
  public static final String RULES = BASE + "/rules";

  /** The name of the pack's KIE base, precompiled at build time (see META-INF/kmodule.xml). */
  public static final String KIE_BASE = "pledgewatch-g7-2025-ai-smes";

  /** The agreement's id in the catalog. */
  public static final String AGREEMENT = "g7-2025";

  /** The commitment's id in the catalog. */
  public static final String COMMITMENT = "g7-2025-ai-smes";

  /**
   * The date of the G7 Research Group's final compliance report, 13 June 2026: after its compliance
   * period (18 June 2025 to 1 June 2026), as the report assessed it.
   */
  public static final java.time.LocalDate REPORT_DATE = java.time.LocalDate.of(2026, 6, 13);

  private G7AiSmes2025() {}

  /** {@return a builder with the pack's rules added, precompiled} Build it once and share it. */
  public static ComplianceEngine.Builder engineBuilder() {
    return ComplianceEngine.builder()
        .addPrecompiledRules(KIE_BASE, RULES, G7AiSmes2025.class.getClassLoader());
  }

  /** The pack's catalog: the summit, the eight members, and the commitment. */
  public static Catalog catalog() {
    return JsonLoader.catalog(G7AiSmes2025.class.getClassLoader(), BASE + "/catalog.json");
  }

  /** Every action the report lists for each member, with its source and classification. */
  public static EvidenceSet evidence() {
    return evidence(catalog());
  }

  /** The bundled evidence, checked against the given catalog. */
  public static EvidenceSet evidence(Catalog catalog) {
    return JsonLoader.evidence(
        G7AiSmes2025.class.getClassLoader(), BASE + "/evidence.json", catalog);
  }
}
