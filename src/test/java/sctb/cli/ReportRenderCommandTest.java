package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb report} as Markdown/HTML: where files go, determinism, bad templates, atomic writing. */
class ReportRenderCommandTest {
  static CliRun report(String... extra) {
    String[] base = {"report", "--period", "2024H1", "--plan", CliRun.PLAN.toString()};
    return CliRun.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }

  @Test
  void writesMarkdownAndHtmlByDefaultAndPrintsThePaths(@TempDir Path dir) throws Exception {
    CliRun run = report("--out-dir", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Path md = dir.resolve("bao-cao-sxtdbv-2024H1.md");
    Path html = dir.resolve("bao-cao-sxtdbv-2024H1.html");
    assertThat(run.out()).isEqualTo(md + "\n" + html + "\n");
    assertThat(Files.readString(md)).contains("# BÁO CÁO", "6 tháng đầu năm 2024", "ngày …… tháng …… năm ……");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").doesNotContain("<script");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(md.getFileName().toString(), html.getFileName().toString());
    }
    // Reports are read by colleagues on shared folders: not owner-only like a temporary file.
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(md))).isEqualTo("rw-r--r--");
  }

  @Test
  void sameInputsGiveByteIdenticalFiles(@TempDir Path dir) throws Exception {
    assertThat(report("--out-dir", dir.resolve("a").toString(), "--format", "md,html,json").exitCode()).isZero();
    assertThat(report("--out-dir", dir.resolve("b").toString(), "--format", "md,html,json").exitCode()).isZero();
    for (String ext : new String[] {"md", "html", "json"}) {
      String name = "bao-cao-sxtdbv-2024H1." + ext;
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
  }

  @Test
  void dateAndLanguageShowInTheHeader() {
    CliRun vi = report("--format", "md", "-o", "-", "--date", "09/02/2025");
    assertThat(vi.out()).contains("*Thanh Hóa, ngày 09 tháng 02 năm 2025*");
    CliRun en = report("--format", "html", "-o", "-", "--date", "2025-10-09", "--lang", "en");
    assertThat(en.out()).contains("<html lang=\"en\">", "Thanh Hoa, 09/10/2025", "DEPARTMENT OF INDUSTRY AND TRADE");
  }

  @Test
  void minusOWithSeveralFormatsIsAUsageError() {
    CliRun run = report("--format", "md,html", "-o", "x.md");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("-o");
  }

  @Test
  void badDateIsAUsageError() {
    assertThat(report("--date", "31/02/2025").exitCode()).isEqualTo(2);
  }

  @Test
  void syntaxErrorInACustomTemplateNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(templates.resolve("report.md.ftl"), "# ${period.id}\n\n<#if>\n");
    CliRun run = report("--templates", templates.toString(), "--out-dir", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("report.md.ftl, dòng 3").doesNotContain("\tat ", "Exception");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void syntaxErrorInACopiedLangFileNamesThatFileLineAndColumnInWords(@TempDir Path dir) throws Exception {
    // A civil servant's edit of a heading that lost its closing quote: the report template imports lang/vi.ftl.
    Path lang = Files.createDirectories(dir.resolve("mau/lang"));
    String wording = Files.readString(CliRun.PLAN.resolveSibling("templates/lang/vi.ftl"));
    Files.writeString(lang.resolve("vi.ftl"), wording.replace("\"s1\": \"I. TÓM TẮT KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\",",
        "\"s1\": \"I. KẾT QUẢ CHUNG,"));
    CliRun run = report("--templates", dir.resolve("mau").toString(), "--out-dir", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Mẫu báo cáo lang/vi.ftl, dòng 8, cột 4: sai cú pháp: gặp “s2” ở chỗ không thể có nó; thường do dòng trên")
        .doesNotContain("Template importing failed", "Syntax error", "report.md.ftl");
    assertThat(dir.resolve("out")).doesNotExist();
    Files.writeString(dir.resolve("mau/report.md.ftl"), "<#list plan.indicators as i>\n${i.id}\n</#lis>\n<#if true>\n");
    CliRun en = report("--templates", dir.resolve("mau").toString(), "--format", "md", "-o", "-", "--lang", "en");
    assertThat(en.err()).contains("Report template report.md.ftl, line 3, column 2: syntax error: there is no directive “#lis”");
  }

  @Test
  void aLangFileCopiedFromAnOlderSctbIsNamedAsTheFileToCopyAgain(@TempDir Path dir) throws Exception {
    // The department's lang/vi.ftl predates a function the default report.md.ftl now calls.
    Path lang = Files.createDirectories(dir.resolve("mau/lang"));
    String wording = Files.readString(CliRun.PLAN.resolveSibling("templates/lang/vi.ftl"));
    int from = wording.indexOf("<#function subject ");
    Files.writeString(lang.resolve("vi.ftl"), wording.substring(0, from) + wording.substring(wording.indexOf("</#function>", from) + 12));
    CliRun run = report("--templates", dir.resolve("mau").toString(), "--format", "md", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("“L.subject” không có giá trị: tệp lang/vi.ftl không có “subject”",
        "chép lại tệp mặc định (templates/lang/vi.ftl) rồi sửa lại những dòng đã đổi").doesNotContain("mô hình dữ liệu của báo cáo");
  }

  @Test
  void undefinedVariableInACustomTemplateIsNamed(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(templates.resolve("report.html.ftlh"), "<p>${period.id}</p>\n<p>${chi_tieu_moi}</p>\n");
    CliRun run = report("--templates", templates.toString(), "--format", "html", "-o", "-", "--lang", "en");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Report template report.html.ftlh, line 2: “chi_tieu_moi” has no value").doesNotContain("\tat ");
  }

  @Test
  void misspeltFieldInACustomTemplateListsTheNamesThereAndSuggestsOne(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(templates.resolve("report.md.ftl"), "# ${period.id}\n<#list groups as g><#list g.tasks as k>\n${k.titl}\n</#list></#list>\n");
    CliRun run = report("--templates", templates.toString(), "--format", "md", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Mẫu báo cáo report.md.ftl, dòng 3: “k.titl” không có giá trị: mô hình dữ liệu của báo cáo "
        + "không có tên này ở vị trí đó (có phải là “title”?); các tên có ở đó: id, title, lead, lead_id, status, progress, as_of, reported_for_period, reports, change.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void includeOutsideTheTemplatesFolderIsRefused(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(templates.resolve("report.md.ftl"), "<#include \"../../etc/passwd\">\n");
    CliRun run = report("--templates", templates.toString(), "--format", "md", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Mẫu báo cáo report.md.ftl, dòng 1: tệp mẫu “../../etc/passwd” nằm ngoài thư mục mẫu riêng")
        .doesNotContain("Template inclusion failed", "Backing out");
    assertThat(run.out()).doesNotContain("root:");
  }

  @Test
  void includeOfAMissingFileNamesItInWords(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(templates.resolve("report.md.ftl"), "# ${period.id}\n<#include \"dau-trang.ftl\">\n");
    CliRun run = report("--templates", templates.toString(), "--format", "md", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Mẫu báo cáo report.md.ftl, dòng 2: không có tệp mẫu “dau-trang.ftl” (cả trong thư mục mẫu riêng lẫn "
        + "mẫu mặc định)").doesNotContain("Template not found");
  }

  @Test
  void javaFromATemplateIsRefused(@TempDir Path dir) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(templates.resolve("report.md.ftl"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + dir.resolve("pwned") + "\")}\n");
    CliRun run = report("--templates", templates.toString(), "--format", "md", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("report.md.ftl, dòng 1", "not allowed");
    assertThat(dir.resolve("pwned")).doesNotExist();
  }

  @Test
  void missingTemplatesFolderIsAFileError(@TempDir Path dir) {
    assertThat(report("--templates", dir.resolve("khong-co").toString()).exitCode()).isEqualTo(3);
  }

  @Test
  void failedWriteKeepsThePreviousReportAndLeavesNoPartialFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bao-cao-sxtdbv-2024H1.md"), "OLD");
    Files.createDirectories(dir.resolve("bao-cao-sxtdbv-2024H1.html"));
    CliRun run = report("--out-dir", dir.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("bao-cao-sxtdbv-2024H1.html");
    assertThat(Files.readString(dir.resolve("bao-cao-sxtdbv-2024H1.md"))).isEqualTo("OLD");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bao-cao-sxtdbv-2024H1.md", "bao-cao-sxtdbv-2024H1.html");
    }
  }

  @Test
  void unwritableFolderIsAFileError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-file"), "x");
    CliRun run = report("--out-dir", dir.resolve("a-file").resolve("sub").toString());
    assertThat(run.exitCode()).isEqualTo(3);
  }
}
