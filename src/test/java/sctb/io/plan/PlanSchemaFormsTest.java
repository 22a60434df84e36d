package sctb.io.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A plan-schema pattern error describes the form in words: every pattern of the schema has its description. */
class PlanSchemaFormsTest {

  @Test
  void everyPatternOfTheSchemaIsDescribed() throws IOException {
    String schema = Files.readString(Path.of("schema/plan.schema.json"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"pattern\": (\"(?:[^\"\\\\]|\\\\.)*\")").matcher(schema);
    int patterns = 0;
    while (m.find()) {
      String pattern = new ObjectMapper().readValue(m.group(1), String.class);
      assertThat(PlanSchema.FORMS).as("description of %s", pattern).containsKey(pattern);
      patterns++;
    }
    assertThat(patterns).isGreaterThan(10);
  }
}
