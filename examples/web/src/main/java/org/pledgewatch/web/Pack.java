package org.pledgewatch.web;

import java.util.Objects;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;

/**
 * A rule pack the service serves: its engine, catalog and bundled evidence. Declare one bean per
 * pack (see {@link PledgewatchConfiguration}); each agreement of its catalog is served from it.
 * Packs keep separate engines: a pack's rules are not scoped to its agreement, so two packs never
 * share one.
 *
 * @param name the pack's name, as on the command line ({@code trilateral-2024})
 * @param engine built once from the pack's rules
 * @param catalog the pack's catalog
 * @param bundled the evidence the pack ships with; evidence posted for its agreements is added
 */
public record Pack(String name, ComplianceEngine engine, Catalog catalog, EvidenceSet bundled) {
  public Pack {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(bundled, "bundled");
  }
}
