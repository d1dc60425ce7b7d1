package org.pledgewatch.web;

import java.time.Clock;
import org.pledgewatch.model.Catalog;
import org.pledgewatch.packs.Trilateral2024;
import org.pledgewatch.packs.g7aismes2025.G7AiSmes2025;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The packs served, one bean each, in the order the dashboard lists them (the first is its
 * default). Each engine is built once at start-up and shared: it is immutable and thread-safe.
 */
@Configuration
public class PledgewatchConfiguration {
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  @Order(1)
  Pack trilateral2024(Clock clock) {
    Catalog catalog = Trilateral2024.catalog();
    return new Pack(
        "trilateral-2024",
        Trilateral2024.engineBuilder().clock(clock).build(),
        catalog,
        Trilateral2024.evidence(catalog));
  }

  @Bean
  @Order(2)
  Pack g7AiSmes2025(Clock clock) {
    Catalog catalog = G7AiSmes2025.catalog();
    return new Pack(
        "g7-2025-ai-smes",
        G7AiSmes2025.engineBuilder().clock(clock).build(),
        catalog,
        G7AiSmes2025.evidence(catalog));
  }
}
