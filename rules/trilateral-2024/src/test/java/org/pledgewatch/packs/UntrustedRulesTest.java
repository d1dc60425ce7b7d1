package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ComplianceEngine;
import org.pledgewatch.RuleValidator;

/**
 * The pack is written the way an untrusted author must write: the default validator passes every
 * file.
 */
class UntrustedRulesTest {
  @Test
  void everyFileOfThePackPassesTheDefaultValidator() throws Exception {
    List<Path> drls;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/" + Trilateral2024.RULES))) {
      drls = files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
    assertThat(drls).hasSize(2);
    for (Path drl : drls) {
      assertThat(RuleValidator.defaults().validate(drl.toString(), Files.readString(drl)))
          .as(drl.toString())
          .isEmpty();
    }
    ComplianceEngine checked =
        ComplianceEngine.builder()
            .validateWith(RuleValidator.defaults())
            .addRulesFromClasspath(Trilateral2024.RULES)
            .build();
    ComplianceEngine unchecked =
        ComplianceEngine.builder().addRulesFromClasspath(Trilateral2024.RULES).build();
    assertThat(checked.rules()).hasSameSizeAs(unchecked.rules()).hasSizeGreaterThan(5);
  }
}
