package org.pledgewatch.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.ErrorCode;
import org.pledgewatch.Location;
import org.pledgewatch.PledgewatchException;
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
   * A builder with the pack's rules added, precompiled: building it loads the executable model
   * generated at build time, with no DRL compiler. Add options or more rules (which compiles all of
   * them), then build once and share.
   */
  public static ComplianceEngine.Builder engineBuilder() {
    return ComplianceEngine.builder()
        .addPrecompiledRules(KIE_BASE, RULES, Trilateral2024.class.getClassLoader());
  }

  /**
   * The pack's catalog: the agreement, its parties with their aliases, and its thirteen pledges.
   */
  public static Catalog catalog() {
    return JsonLoader.catalog("classpath:" + BASE + "/catalog.json", open("catalog.json"));
  }

  /** The evidence drawn from the five source articles. */
  public static EvidenceSet evidence() {
    return evidence(catalog());
  }

  /** The bundled evidence, checked against the given catalog (the pack's, possibly extended). */
  public static EvidenceSet evidence(Catalog catalog) {
    return JsonLoader.evidence(
        "classpath:" + BASE + "/evidence.json", open("evidence.json"), catalog);
  }

  private static InputStream open(String name) {
    InputStream in = Trilateral2024.class.getClassLoader().getResourceAsStream(BASE + "/" + name);
    if (in == null) {
      throw PledgewatchException.of(
          ErrorCode.IO_ERROR,
          Location.file("classpath:" + BASE + "/" + name),
          "the pack's resource is missing from the class path");
    }
    return new java.io.BufferedInputStream(in) {
      @Override
      public void close() {
        try {
          super.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
