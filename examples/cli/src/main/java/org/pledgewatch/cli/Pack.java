package org.pledgewatch.cli;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.packs.Trilateral2024;
import org.pledgewatch.packs.g7aismes2025.G7AiSmes2025;

/** The rule packs this tool bundles, by the name {@code --pack} takes. */
enum Pack {
  TRILATERAL_2024(
      "trilateral-2024",
      Trilateral2024::engineBuilder,
      Trilateral2024::catalog,
      Trilateral2024::evidence,
      Trilateral2024.RULES,
      Trilateral2024.class),
  G7_2025_AI_SMES(
      "g7-2025-ai-smes",
      G7AiSmes2025::engineBuilder,
      G7AiSmes2025::catalog,
      G7AiSmes2025::evidence,
      G7AiSmes2025.RULES,
      G7AiSmes2025.class);

  final String id;
  final Supplier<ComplianceEngine.Builder> engineBuilder;
  final Supplier<Catalog> catalog;
  final Function<Catalog, EvidenceSet> evidence;
  final String rules;
  final Class<?> anchor;

  Pack(
      String id,
      Supplier<ComplianceEngine.Builder> engineBuilder,
      Supplier<Catalog> catalog,
      Function<Catalog, EvidenceSet> evidence,
      String rules,
      Class<?> anchor) {
    this.id = id;
    this.engineBuilder = engineBuilder;
    this.catalog = catalog;
    this.evidence = evidence;
    this.rules = rules;
    this.anchor = anchor;
  }

  /** The pack of that name; a name no pack has is an error that lists the names. */
  static Pack named(String id) {
    return Arrays.stream(values())
        .filter(p -> p.id.equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new picocli.CommandLine.TypeConversionException(
                    "expected one of "
                        + Arrays.stream(values()).map(p -> p.id).collect(Collectors.joining(", "))
                        + ", but was '"
                        + id
                        + "'"));
  }

  /** Reads {@code --pack NAME}. */
  static final class Converter implements picocli.CommandLine.ITypeConverter<Pack> {
    @Override
    public Pack convert(String value) {
      return named(value);
    }
  }

  /** The names, for {@code --help}. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(values()).map(p -> p.id).iterator();
    }
  }
}
