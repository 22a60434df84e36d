package sctb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The plan's words and what agencies typed are Vietnamese in every language: an English page marks them
 * {@code lang="vi"} (WCAG 3.1.2) so a screen reader reads them as Vietnamese, not with English sounds; a Vietnamese page
 * has nothing to mark.
 */
class VietnameseWordsInEnglishPagesTest {
  @Test
  void anEnglishTaskPageMarksThePlansTextPartnersResultsDifficultiesAndProposals() {
    String en = SampleSite.read("en/nhiem-vu/i.1.html");
    assertThat(en).contains("<p class=\"text\" lang=\"vi\">Triển khai các chỉ đạo và hướng dẫn của Bộ Công Thương")
        .contains("<span class=\"muted\" lang=\"vi\">UBND cấp huyện và các đơn vị liên quan</span>")
        .containsPattern("<span class=\"text\" lang=\"vi\">[^<]+</span>")
        .containsPattern("<li class=\"text\" lang=\"vi\">[^<]+</li>");
    assertThat(SampleSite.read("nhiem-vu/i.1.html")).doesNotContain("\" lang=\"vi\"");
  }

  @Test
  void anEnglishIndicatorPageAndReportMarkThePlansTargets() {
    assertThat(SampleSite.read("en/chi-tieu/eco-packaging.html")).contains("<dd><span lang=\"vi\">85% trở lên các siêu thị");
    assertThat(SampleSite.read("en/bao-cao/bao-cao-sxtdbv-2026H1.html"))
        .contains("<li>Target of the Plan: <span lang=\"vi\">100% các siêu thị")
        .containsPattern("<li><span class=\"text\" lang=\"vi\">[^<]+</span> <span class=\"by\">");
    assertThat(SampleSite.read("bao-cao/bao-cao-sxtdbv-2026H1.html")).doesNotContain("<span lang=\"vi\">", "\" lang=\"vi\"");
  }
}
