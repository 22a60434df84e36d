package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A department's own templates past the limits of docs/templates.md: endless recursion, an endless
 * loop, a flood of output, a built-in asked for gigabytes, a Word field that fetches a file. Each is a
 * template problem — the template named, exit 1, nothing written — never a stack trace.
 */
class TemplateLimitsTest {
  @TempDir Path dir;

  @AfterEach
  void defaults() {
    System.clearProperty("sctb.template.seconds");
  }

  private CliRun report(String template, String body, String format) throws Exception {
    Path overlay = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(overlay.resolve(template), body);
    return CliRun.run("report", "--period", "2024H1", "--templates", overlay.toString(), "--format", format,
        "--out-dir", dir.resolve("out").toString());
  }

  private void refused(CliRun run, String template, String why) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("Mẫu báo cáo " + template + ": " + why, "Chưa ghi tệp nào")
        .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("dòng 0");
    assertThat(run.err().lines().count()).isLessThan(5);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMacroCallingItselfIsATemplateProblemNotAStackTrace() throws Exception {
    refused(report("report.md.ftl", "<#macro r n><@r n+1/></#macro><@r 0/>", "md"), "report.md.ftl",
        "một macro, hàm hoặc #include tự gọi lại mình không dừng");
  }

  @Test
  @Timeout(60)
  void aLoopThatNeverEndsStopsAtTheTimeLimit() throws Exception {
    System.setProperty("sctb.template.seconds", "2");
    refused(report("report.md.ftl", "<#list 1..2000000000 as i><#assign x = i></#list>", "md"), "report.md.ftl",
        "mẫu chạy quá 2 giây");
  }

  @Test
  @Timeout(60)
  void aFloodOfOutputStopsAtTheSizeLimit() throws Exception {
    refused(report("report.html.ftlh", "<#list 1..2000000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>", "html"),
        "report.html.ftlh", "mẫu ghi ra quá 20 MB");
  }

  @Test
  void aBuiltInAskedForGigabytesIsATemplateProblem() throws Exception {
    refused(report("report.md.ftl", "${''?left_pad(2147483647)}", "md"), "report.md.ftl", "mẫu đòi nhiều bộ nhớ");
  }

  @Test
  void aWordFieldThatFetchesAFileIsRefused() throws Exception {
    Path overlay = Files.createDirectories(dir.resolve("mau/docx"));
    String document = Files.readString(CliRun.REPO.resolve("templates/docx/document.xml.ftlx"));
    String field = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> INCLUDE"
        + "</w:instrText></w:r><w:r><w:instrText>TEXT \"C:\\\\secret.txt\" </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    Files.writeString(overlay.resolve("document.xml.ftlx"), document.replace("<w:body>", "<w:body>" + field));
    CliRun run = CliRun.run("report", "--period", "2024H1", "--templates", dir.resolve("mau").toString(), "--format",
        "docx", "--out-dir", dir.resolve("out").toString());
    refused(run, "docx/document.xml.ftlx", "mẫu ghi trường Word INCLUDETEXT, loại trường làm Word tải tệp");
    Files.writeString(overlay.resolve("document.xml.ftlx"), document.replace("<w:body>",
        "<w:body><w:p><w:fldSimple w:instr=\" PAGE \"/></w:p>"));
    assertThat(CliRun.run("report", "--period", "2024H1", "--templates", dir.resolve("mau").toString(), "--format",
        "docx", "--out-dir", dir.resolve("out").toString()).exitCode()).isZero();
  }
}
