package sctb.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's templates are set up once per process and parsed once; a department's overlay is read afresh every time. */
class ReportTemplatesTest {
  @Test
  void theDefaultConfigurationIsSharedAndAnOverlayIsNot(@TempDir Path overlay) throws Exception {
    assertThat(ReportTemplates.configuration(null)).isSameAs(ReportTemplates.configuration(null));
    assertThat(ReportTemplates.configuration(null).getTemplate("report.md.ftl"))
        .isSameAs(ReportTemplates.configuration(null).getTemplate("report.md.ftl"));
    Files.writeString(overlay.resolve("report.md.ftl"), "một\n");
    var first = ReportTemplates.configuration(overlay);
    assertThat(first).isNotSameAs(ReportTemplates.configuration(null));
    Files.writeString(overlay.resolve("report.md.ftl"), "hai\n");
    assertThat(ReportTemplates.configuration(overlay).getTemplate("report.md.ftl").toString()).isEqualTo("hai\n");
  }
}
