package org.pledgewatch.web;

import java.time.Clock;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.model.EvidenceSet;
import org.pledgewatch.packs.Trilateral2024;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine is built once at start-up and shared: it is immutable and thread-safe. */
@Configuration
public class PledgewatchConfiguration {
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  ComplianceEngine complianceEngine(Clock clock) {
    return Trilateral2024.engineBuilder().clock(clock).build();
  }

  @Bean
  Catalog catalog() {
    return Trilateral2024.catalog();
  }

  /** The evidence the pack ships with; evidence posted to the service is added to it. */
  @Bean
  EvidenceSet bundledEvidence(Catalog catalog) {
    return Trilateral2024.evidence(catalog);
  }
}
