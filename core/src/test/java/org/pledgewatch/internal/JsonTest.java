package org.pledgewatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void theStreamedFingerprintIsTheDigestOfTheWrittenJson() {
    Object value =
        Map.of(
            "names",
            List.of("Guatemala", "México", "Estados Unidos \u2014 \"EE. UU.\""),
            "count",
            3);
    assertThat(Json.fingerprint(value)).isEqualTo(Json.sha256(Json.write(value)));
    assertThat(Json.fingerprint(value)).startsWith("sha256:").hasSize("sha256:".length() + 64);
    assertThat(Json.fingerprint(Map.of("count", 4)))
        .isNotEqualTo(Json.fingerprint(Map.of("count", 3)));
  }
}
