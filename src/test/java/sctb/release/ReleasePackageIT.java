package sctb.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The release zip holds what a department needs and says what it is made of: launchers, jar, plan,
 * templates, samples, read-me, licences; an SBOM naming every library inside the jar with its licence,
 * matching THIRD-PARTY.md; every Apache NOTICE text in NOTICE.txt; a SHA-256 file beside it.
 */
class ReleasePackageIT {
  static Map<String, Integer> entries;
  static Map<String, byte[]> jar;
  static JsonNode sbom;

  @BeforeAll
  static void read() throws IOException {
    entries = ReleaseZip.entries();
    jar = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ReleaseZip.read(ReleaseZip.root() + "lib/sctb.jar")))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().startsWith("META-INF/") || e.getName().equals("picocli/CommandLine.class")) {
          jar.put(e.getName(), in.readAllBytes());
        }
      }
    }
    sbom = new ObjectMapper().readTree(ReleaseZip.read(ReleaseZip.root() + "sctb-" + ReleaseZip.version() + ".cdx.json"));
  }

  @Test
  void holdsWhatADepartmentNeeds() {
    String root = ReleaseZip.root();
    assertThat(entries.keySet()).allSatisfy(name -> assertThat(name).startsWith(root));
    assertThat(entries).containsKeys(root + "sctb", root + "sctb.cmd", root + "lib/sctb.jar", root + "lib/jvm.options",
        root + "plan.yaml", root + "schema/plan.schema.json", root + "templates/report.md.ftl",
        root + "samples/2024H1/SCT-chi-so.csv", root + "registers/co-so.csv", root + "README.txt", root + "CHANGELOG.md", root + "LICENSE.txt",
        root + "NOTICE.txt", root + "THIRD-PARTY.md", root + "licenses/LICENSE-Tinos.txt",
        root + "docs/submissions.md", root + "examples/ci/github-workflow.yml",
        root + "sctb-" + ReleaseZip.version() + ".cdx.json");
    assertThat(entries.get(root + "sctb") & 0777).as("POSIX launcher executable").isEqualTo(0755);
    assertThat(entries.get(root + "plan.yaml") & 0777).isEqualTo(0644);
    assertThat(entries.keySet()).noneMatch(name -> name.contains("/target/") || name.endsWith(".jsa"));
  }

  @Test
  void windowsTextFilesHaveCrlfAndThePosixLauncherLf() throws IOException {
    for (String name : new String[] {"sctb.cmd", "README.txt", "NOTICE.txt", "LICENSE.txt"}) {
      String text = new String(ReleaseZip.read(ReleaseZip.root() + name), StandardCharsets.UTF_8);
      assertThat(text.replace("\r\n", "")).as(name + ": every line ends with CRLF").doesNotContain("\n").doesNotContain("\r");
    }
    assertThat(new String(ReleaseZip.read(ReleaseZip.root() + "sctb"), StandardCharsets.UTF_8)).doesNotContain("\r");
    String readme = new String(ReleaseZip.read(ReleaseZip.root() + "README.txt"), StandardCharsets.UTF_8);
    assertThat(readme).contains("sctb " + ReleaseZip.version()).doesNotContain("${").contains("CÀI ĐẶT").contains("INSTALLING");
  }

  @Test
  void checksumBesideTheZipIsItsSha256() throws IOException, NoSuchAlgorithmException {
    Path zip = ReleaseZip.zip();
    String line = Files.readString(zip.resolveSibling(zip.getFileName() + ".sha256"), StandardCharsets.UTF_8).strip();
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(zip)));
    assertThat(line).isEqualTo(sha256 + " *" + zip.getFileName());
  }

  /** group:artifact → version of every library the fat jar holds (its pom.properties, licence folder or picocli's classes). */
  private static Map<String, String> librariesInTheJar() throws IOException {
    Map<String, String> found = new TreeMap<>();
    for (var e : jar.entrySet()) {
      if (e.getKey().matches("META-INF/maven/[^/]+/[^/]+/pom\\.properties") && !e.getKey().contains("/vn.thanhhoa.sctb/")) {
        Properties p = new Properties();
        p.load(new ByteArrayInputStream(e.getValue()));
        found.put(p.getProperty("groupId") + ":" + p.getProperty("artifactId"), p.getProperty("version"));
      }
    }
    if (jar.containsKey("picocli/CommandLine.class")) {
      found.put("info.picocli:picocli", "?");
    }
    return found;
  }

  @Test
  void sbomListsEveryLibraryInTheJarWithItsLicence() throws IOException {
    Map<String, String> listed = new TreeMap<>();
    Set<String> licenceFolders = new TreeSet<>();
    for (JsonNode c : sbom.get("components")) {
      String id = c.get("group").asText() + ":" + c.get("name").asText();
      listed.put(id, c.get("version").asText());
      assertThat(c.path("licenses").path(0).path("license").path("id").asText()).as(id + " licence").isNotBlank();
      assertThat(c.get("scope").asText()).as(id).isEqualTo("required");
      licenceFolders.add(c.get("name").asText() + "-" + c.get("version").asText());
    }
    Map<String, String> inJar = librariesInTheJar();
    assertThat(inJar).hasSizeGreaterThan(20);
    inJar.forEach((id, version) -> {
      assertThat(listed).as("SBOM lists " + id).containsKey(id);
      if (!version.equals("?")) {
        assertThat(listed.get(id)).as(id).isEqualTo(version);
      }
    });
    // and nothing the jar does not hold: each listed library has its pom.properties, its licence files or its classes
    for (String id : listed.keySet()) {
      String folder = licenceFolders.stream().filter(f -> f.startsWith(id.split(":")[1] + "-")).findFirst().orElseThrow();
      boolean present = inJar.containsKey(id)
          || jar.keySet().stream().anyMatch(n -> n.startsWith("META-INF/licenses/third-party/" + folder + "/"));
      assertThat(present).as(id + " is in the jar").isTrue();
    }
    assertThat(sbom.at("/metadata/component/licenses/0/license/id").asText()).isEqualTo("Apache-2.0");
  }

  @Test
  void thirdPartyTableMatchesTheSbom() throws IOException {
    String table = new String(ReleaseZip.read(ReleaseZip.root() + "THIRD-PARTY.md"), StandardCharsets.UTF_8);
    Matcher row = Pattern.compile("^\\| ([\\w.-]+:[\\w.-]+) \\| (\\S+) \\| (\\S+) \\|$", Pattern.MULTILINE).matcher(table);
    Set<String> rows = new TreeSet<>();
    while (row.find()) {
      rows.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
    }
    Set<String> components = new TreeSet<>();
    for (JsonNode c : sbom.get("components")) {
      components.add(c.get("group").asText() + ":" + c.get("name").asText() + " " + c.get("version").asText() + " "
          + c.at("/licenses/0/license/id").asText());
    }
    assertThat(rows).as("THIRD-PARTY.md rows (update it from the SBOM when a library changes)").isEqualTo(components);
  }

  @Test
  void noticesCoverEveryBundledNoticeText() throws IOException {
    String release = squeeze(new String(ReleaseZip.read(ReleaseZip.root() + "NOTICE.txt"), StandardCharsets.UTF_8));
    String inJar = squeeze(new String(jar.get("META-INF/NOTICE"), StandardCharsets.UTF_8));
    int notices = 0;
    for (var e : jar.entrySet()) {
      if (e.getKey().matches("META-INF/licenses/third-party/[^/]+/(META-INF/)?NOTICE(\\.txt|\\.md)?")) {
        String notice = squeeze(new String(e.getValue(), StandardCharsets.UTF_8));
        assertThat(release).as("NOTICE.txt holds " + e.getKey()).contains(notice);
        for (String line : new String(e.getValue(), StandardCharsets.UTF_8).split("\\R")) {
          assertThat(inJar).as("the jar's META-INF/NOTICE holds " + e.getKey()).contains(squeeze(line));
        }
        notices++;
      }
    }
    assertThat(notices).as("Apache libraries with a NOTICE").isGreaterThan(15);
    assertThat(release).contains("Sở Công Thương").contains("Tinos");
  }

  @Test
  void everyLibrarysLicenceFilesAreKeptInTheJar() {
    assertThat(jar).containsKeys("META-INF/licenses/LICENSE", "META-INF/licenses/THIRD-PARTY.md",
        "META-INF/licenses/third-party/slf4j-api-" + version("org.slf4j:slf4j-api") + "/META-INF/LICENSE.txt",
        "META-INF/LICENSE-LGPL-2.1.txt");
    assertThat(jar.keySet()).noneMatch(n -> n.equals("META-INF/LICENSE") || n.equals("META-INF/LICENSE.txt")
        || n.equals("META-INF/DEPENDENCIES"));
  }

  private static String version(String id) {
    for (JsonNode c : sbom.get("components")) {
      if ((c.get("group").asText() + ":" + c.get("name").asText()).equals(id)) {
        return c.get("version").asText();
      }
    }
    throw new AssertionError(id + " not in the SBOM");
  }

  /** Whitespace runs as one space: the merge may rewrap nothing, but line ends differ (CRLF in the zip). */
  private static String squeeze(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
