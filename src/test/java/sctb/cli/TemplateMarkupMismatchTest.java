package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A custom template saved under the other format's name: an HTML template as report.md.ftl wrote a web
 * page into the .md file, a Markdown one as report.html.ftlh text without a tag into the .html file, both
 * silently. The document is still written; a warning names the template and what to rename it.
 */
class TemplateMarkupMismatchTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir
  Path dir;

  @Test
  void anHtmlTemplateSavedAsMarkdownIsWarnedOfByName() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.copy(CliRun.REPO.resolve("templates/report.html.ftlh"), templates.resolve("report.md.ftl"));
    CliRun run = CliRun.runWithEnv(TODAY, "report", "--period", "2026H1", "--data", "samples", "--format", "md",
        "--templates", templates.toString(), "--out-dir", dir.resolve("out").toString());
    assertThat(run.err()).contains("Cảnh báo: mẫu riêng " + templates.resolve("report.md.ftl")
        + " tạo ra trang web (HTML, bắt đầu bằng “<!DOCTYPE” hoặc “<html”) nhưng được ghi vào tệp Markdown (.md)",
        "đổi tên mẫu thành report.html.ftlh");
    assertThat(dir.resolve("out/bao-cao-sxtdbv-2026H1.md")).exists();
  }

  @Test
  void aMarkdownTemplateSavedAsHtmlIsWarnedOfOnceInEnglishToo() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.copy(CliRun.REPO.resolve("templates/feedback.md.ftl"), templates.resolve("feedback.html.ftlh"));
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H1", "--data", "samples", "--format", "html",
        "--templates", templates.toString(), "--out-dir", dir.resolve("out").toString(), "--lang", "en");
    assertThat(run.err()).contains("Warning: the custom template " + templates.resolve("feedback.html.ftlh")
        + " makes text without any HTML tag");
    assertThat(run.err().split("Warning: the custom template", -1)).as("once, not once an agency").hasSize(2);
  }

  @Test
  void theDefaultTemplatesAndARightlyNamedCopyDrawNoWarning() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.copy(CliRun.REPO.resolve("templates/report.md.ftl"), templates.resolve("report.md.ftl"));
    Files.copy(CliRun.REPO.resolve("templates/report.html.ftlh"), templates.resolve("report.html.ftlh"));
    CliRun run = CliRun.runWithEnv(TODAY, "report", "--period", "2026H1", "--data", "samples", "--format", "md,html",
        "--templates", templates.toString(), "--out-dir", dir.resolve("out").toString());
    assertThat(run.err()).doesNotContain("mẫu riêng");
  }
}
