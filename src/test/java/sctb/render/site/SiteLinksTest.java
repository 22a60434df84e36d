package sctb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The site works opened from disk and from any web server: every link and resource of every page is
 * a relative path to a file of the site (never a folder, never another host), its fragment an id on
 * the page it points to; nothing is loaded from the network, no page needs a script; every page
 * exists in both languages and links to its other-language twin.
 */
class SiteLinksTest {
  private static final Pattern REF = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

  static List<Path> pages() throws IOException {
    try (Stream<Path> all = Files.walk(SampleSite.folder())) {
      return all.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void everyLinkOfEveryPageResolvesToAFileOfTheSiteAndItsFragmentToAnId() throws IOException {
    Path root = SampleSite.folder().toAbsolutePath().normalize();
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      String html = Files.readString(page);
      Matcher m = REF.matcher(html);
      while (m.find()) {
        links++;
        String ref = m.group(1).replace("&amp;", "&");
        String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (ref.matches("^[a-z]+:.*") || ref.startsWith("/") || !target.startsWith(root) || !Files.isRegularFile(target)) {
          broken.add(root.relativize(page) + " → " + ref);
        } else if (!fragment.isEmpty() && !ids(target).contains(fragment)) {
          broken.add(root.relativize(page) + " → " + ref + " (no such id)");
        }
      }
    }
    assertThat(links).isGreaterThan(5_000);
    assertThat(broken).isEmpty();
  }

  @Test
  void noPageLoadsAnythingFromElsewhereOrNeedsAScript() throws IOException {
    for (Path page : pages()) {
      String html = Files.readString(page);
      assertThat(html).as(page.toString()).doesNotContain("<script").doesNotContain("@import").doesNotContain("url(")
          .doesNotContainPattern("(?:href|src)=\"[a-z]+:");
    }
    assertThat(SampleSite.read("style.css")).doesNotContain("url(").doesNotContain("@import").doesNotContain("@font-face");
  }

  @Test
  void everyPageHasItsTwinInTheOtherLanguageAndLinksToIt() throws IOException {
    Path root = SampleSite.folder();
    List<Path> pages = pages().stream().filter(p -> !root.relativize(p).toString().contains("bao-cao")).toList();
    Set<String> vi = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (Path page : pages) {
      String rel = root.relativize(page).toString().replace('\\', '/');
      String html = Files.readString(page);
      if (rel.startsWith("en/")) {
        en.add(rel.substring(3));
        assertThat(html).as(rel).contains("<html lang=\"en\">").contains("hreflang=\"vi\"");
      } else {
        vi.add(rel);
        assertThat(html).as(rel).contains("<html lang=\"vi\">").contains("hreflang=\"en\"");
      }
    }
    assertThat(vi).hasSizeGreaterThan(90).isEqualTo(en);
  }

  private static Set<String> ids(Path page) throws IOException {
    Set<String> ids = new HashSet<>();
    Matcher m = ID.matcher(Files.readString(page));
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }
}
