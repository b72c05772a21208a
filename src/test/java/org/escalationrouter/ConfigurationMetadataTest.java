package org.escalationrouter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IDEs complete and explain every escalation.* property from the metadata the build writes. */
class ConfigurationMetadataTest {

  @Test
  void everyEscalationPropertyHasADescription() throws Exception {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("metadata written by spring-boot-configuration-processor").isNotNull();
      metadata = JsonMapper.builder().build().readTree(in);
    }
    List<String> names = new ArrayList<>();
    List<String> undescribed = new ArrayList<>();
    for (JsonNode p : metadata.get("properties")) {
      String name = p.get("name").asString();
      if (name.startsWith("escalation.")) {
        names.add(name);
        if (!p.hasNonNull("description") || p.get("description").asString().isBlank()) {
          undescribed.add(name);
        }
      }
    }
    assertThat(names)
        .contains(
            "escalation.notify.max-attempts",
            "escalation.smtp.host",
            "escalation.routes.dir",
            "escalation.outbox.lease");
    assertThat(undescribed).isEmpty();
  }
}
