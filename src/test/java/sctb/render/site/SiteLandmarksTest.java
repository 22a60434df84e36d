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
import org.junit.jupiter.api.Test;

/**
 * A screen reader lists a page's landmarks by name to jump between them: no two of a page's landmarks may
 * share one (axe landmark-unique). A section named by its heading ("Lịch sử đánh giá") held a table frame of
 * the same name; the headings structure the page, the named landmarks are the navigation and the table and
 * chart frames.
 */
class SiteLandmarksTest {
  private static final Pattern LABELLED = Pattern.compile("<(section|nav|div|aside|form)[^>]*?\\saria-label(ledby)?=\"([^\"]+)\"");

  @Test
  void noTwoLandmarksOfAPageShareAName() throws IOException {
    List<String> twice = new ArrayList<>();
    for (Path page : SiteLinksTest.pages()) {
      if (page.getParent().getFileName().toString().equals("bao-cao")) {
        continue;
      }
      String html = Files.readString(page);
      Set<String> names = new HashSet<>();
      Matcher m = LABELLED.matcher(html);
      while (m.find()) {
        String tag = m.group(0);
        boolean landmark = !m.group(1).equals("div") || tag.contains("role=\"region\"");
        String name = m.group(2) == null ? m.group(3) : textOf(html, m.group(3));
        if (landmark && !names.add(m.group(1).equals("nav") ? "nav " + name : name)) {
          twice.add(SampleSite.folder().relativize(page) + ": " + name);
        }
      }
    }
    assertThat(twice).isEmpty();
  }

  /** The text of the element with {@code id}, its tags left out. */
  private static String textOf(String html, String id) {
    Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</").matcher(html);
    return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : id;
  }
}
