package sctb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sctb.core.text.Language;

/** Where the site's files go, safe names for them, and the relative links between them. */
class SiteFilesTest {
  @Test
  void linksAreRelativeToTheLinkingPage() {
    assertThat(SiteFiles.link("index.html", "chi-tieu/x.html")).isEqualTo("chi-tieu/x.html");
    assertThat(SiteFiles.link("chi-tieu/x.html", "style.css")).isEqualTo("../style.css");
    assertThat(SiteFiles.link("en/chi-tieu/x.html", "style.css")).isEqualTo("../../style.css");
    assertThat(SiteFiles.link("en/chi-tieu/x.html", "en/co-quan/sct.html")).isEqualTo("../co-quan/sct.html");
    assertThat(SiteFiles.link("en/index.html", "en/trang-thai.html#nhom-iv")).isEqualTo("trang-thai.html#nhom-iv");
    assertThat(SiteFiles.link("chi-tieu/x.html", "chi-tieu/y.html")).isEqualTo("y.html");
    assertThat(SiteFiles.link("en/index.html", "index.html")).isEqualTo("../index.html");
  }

  @Test
  void theOtherLanguagesPageHasTheSameNameUnderItsPrefix() {
    assertThat(SiteFiles.inLanguage("chi-tieu/x.html", Language.VI, Language.EN)).isEqualTo("en/chi-tieu/x.html");
    assertThat(SiteFiles.inLanguage("en/index.html", Language.EN, Language.VI)).isEqualTo("index.html");
  }

  @Test
  void fileNamesFromIdsAreSafeLowerCaseAndNeverHidden() {
    assertThat(SiteFiles.slug("IV.2")).isEqualTo("iv.2");
    assertThat(SiteFiles.slug("UBND-HUYEN")).isEqualTo("ubnd-huyen");
    assertThat(SiteFiles.slug("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(SiteFiles.slug("Sở CT")).isEqualTo("s--ct");
    assertThat(SiteFiles.slug("...")).isEqualTo("x");
  }
}
