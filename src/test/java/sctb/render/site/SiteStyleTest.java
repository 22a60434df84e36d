package sctb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every class the site's pages use has a rule in the site's style.css: a class the stylesheet lacks is a
 * look the template meant and the reader does not get (a result in words that should wrap kept on one
 * line took a table's width on screen and in print). The reports in bao-cao/ carry their own style.
 */
class SiteStyleTest {
  private static final Pattern CLASS = Pattern.compile("\\sclass=\"([^\"]+)\"");

  @Test
  void everyClassOfEveryPageHasARuleInTheStylesheet() throws IOException {
    String css = SampleSite.read("style.css");
    Map<String, Path> missing = new TreeMap<>(); // a class, the first page using it
    for (Path page : SiteLinksTest.pages()) {
      if (page.getParent().getFileName().toString().equals("bao-cao")) {
        continue;
      }
      Matcher m = CLASS.matcher(Files.readString(page));
      while (m.find()) {
        for (String name : m.group(1).split(" ")) {
          if (!Pattern.compile("\\." + Pattern.quote(name) + "(?![\\w-])").matcher(css).find()) {
            missing.putIfAbsent(name, SampleSite.folder().relativize(page));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}
