package sctb.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Editors complete plan.yaml from schema/plan.schema.json and analysts read docs/plan-format.md: every
 * field the schema knows is named (as `field`) in both the Vietnamese and the English half of the guide.
 * An output's required id and name, a period's from and to, the signer's position were missing.
 */
class PlanFormatDocsTest {

  @Test
  void everySchemaFieldIsInBothHalvesOfTheGuide() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(Path.of("schema/plan.schema.json").toFile());
    Set<String> fields = new TreeSet<>();
    collect(schema, fields);
    String guide = Files.readString(Path.of("docs/plan-format.md"), StandardCharsets.UTF_8);
    int english = guide.indexOf("\n## English");
    String vi = guide.substring(0, english);
    String en = guide.substring(english);
    assertThat(fields).hasSizeGreaterThan(40);
    assertThat(fields).allSatisfy(f -> {
      assertThat(vi).as("Vietnamese guide names `%s`", f).contains("`" + f + "`");
      assertThat(en).as("English guide names `%s`", f).contains("`" + f + "`");
    });
  }

  private static void collect(JsonNode node, Set<String> fields) {
    if (node.has("properties") && node.get("properties").isObject()) {
      node.get("properties").fieldNames().forEachRemaining(fields::add);
    }
    node.forEach(child -> collect(child, fields));
  }
}
