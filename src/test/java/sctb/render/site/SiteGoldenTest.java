package sctb.render.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sctb.render.report.Golden;

/**
 * Golden files of the samples' site: the home page, an indicator page (the reduction target set for
 * each sector: charts per phase, small multiples, verdict history) and an agency page (an agency formed
 * in 2025 from two predecessors), in Vietnamese, and the English home page; compared byte for byte with
 * src/test/resources/golden/site/. After a deliberate change:
 * {@code mvn test -Dtest=SiteGoldenTest -Dsctb.golden.update=true}, then review {@code git diff}.
 */
class SiteGoldenTest {
  @ParameterizedTest
  @ValueSource(strings = {"index.html", "chi-tieu/consumption-reduction.html", "co-quan/snnmt.html", "en/index.html"})
  void rendersAsReviewed(String page) throws Exception {
    Golden.check("site/" + page, SampleSite.read(page));
  }
}
