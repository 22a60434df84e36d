package sctb.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** CHANGELOG.md has a section for pom.xml's version, in Vietnamese then English: the release notes of a tag. */
class ChangelogTest {
  @Test
  void theVersionBeingBuiltHasItsNotesInBothLanguages() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("<artifactId>sctb</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(version.find()).isTrue();
    String changelog = Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
    Matcher heading = Pattern.compile("(?m)^## " + Pattern.quote(version.group(1)) + " — \\d{4}-\\d{2}-\\d{2}$").matcher(changelog);
    assertThat(heading.find()).as("a '## " + version.group(1) + " — YYYY-MM-DD' section").isTrue();
    int next = changelog.indexOf("\n## ", heading.end());
    String section = changelog.substring(heading.end(), next < 0 ? changelog.length() : next);
    assertThat(section).contains("### Tiếng Việt").contains("### English");
    assertThat(section.indexOf("### Tiếng Việt")).isLessThan(section.indexOf("### English"));
    assertThat(changelog.indexOf("## Chưa phát hành / Unreleased")).as("Unreleased comes first").isLessThan(heading.start());
  }
}
