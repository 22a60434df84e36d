package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb site}: what it writes and where, the periods it covers, reruns, templates, hostile text, mistakes. */
class SiteCommandTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  static CliRun site(String... extra) {
    String[] base = {"site", "--plan", CliRun.PLAN.toString()};
    return CliRun.runWithEnv(TODAY, Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }

  static List<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  /** A data folder under {@code dir} holding only the Department of Industry and Trade's task file with {@code rows}. */
  static Path sctTasks(Path dir, String rows) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("SCT-nhiem-vu.csv"),
        "period,agency,task,title,status,progress,result,difficulties,proposals,spent_vnd,submitted_on\n" + rows);
    return data;
  }

  @Test
  void writesEveryPageInBothLanguagesEachPeriodsReportAndTheDataAndSaysWhere(@TempDir Path dir) throws Exception {
    CliRun run = site("--until", "2022H1", "--out-dir", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> files = files(dir);
    assertThat(run.out()).isEqualTo("Đã ghi trang theo dõi tiến độ vào " + dir + " (" + (files.size() - 1)
        + " tệp, các kỳ 2021H1 – 2022H1); mở " + dir + "/index.html.\n");
    assertThat(files).contains("index.html", "en/index.html", "trang-thai.html", "en/trang-thai.html", "style.css",
        "chi-tieu/consumption-reduction.html", "en/chi-tieu/eco-packaging.html", "co-quan/sct.html", "en/co-quan/snnmt.html",
        "nhiem-vu/iv.2.html", "en/nhiem-vu/xv.1.html", "bao-cao/bao-cao-sxtdbv-2021H1.html", "bao-cao/bao-cao-sxtdbv-2022H1.json",
        "en/bao-cao/bao-cao-sxtdbv-2021H2.html", "du-lieu/zones-awareness.json", "du-lieu/zones-awareness.csv",
        "en/du-lieu/zones-awareness.csv", "du-lieu/nhiem-vu.csv", "en/du-lieu/bao-cao-dinh-ky.csv", SiteCommand.MANIFEST);
    assertThat(files).noneMatch(f -> f.contains("2022H2") || f.contains("2026"));
    assertThat(Files.readAllLines(dir.resolve(SiteCommand.MANIFEST))).isEqualTo(files.stream().filter(f -> !f.equals(SiteCommand.MANIFEST)).toList());
    assertThat(Files.readString(dir.resolve("index.html"))).contains("<html lang=\"vi\">", "Các kỳ từ 6 tháng đầu năm 2021 đến 6 tháng đầu năm 2022.");
    assertThat(Files.readString(dir.resolve("en/index.html"))).contains("<html lang=\"en\">",
        "Periods from the first half of 2021 to the first half of 2022.");
    // Vietnamese Excel opens the Vietnamese CSV: BOM, ";" and a decimal comma; the English one is plain.
    byte[] vi = Files.readAllBytes(dir.resolve("du-lieu/zones-awareness.csv"));
    assertThat(new String(vi, 0, 3, "UTF-8")).isEqualTo("\uFEFF");
    assertThat(new String(vi, "UTF-8")).startsWith("\uFEFFKỳ báo cáo;Ngành;Kỳ số liệu;").containsPattern(";\\d+,\\d+;");
    assertThat(Files.readString(dir.resolve("en/du-lieu/zones-awareness.csv"))).startsWith("Period,Sector,Data period,")
        .containsPattern(",\\d+\\.\\d+,");
  }

  @Test
  void sameInputsGiveAByteIdenticalSite(@TempDir Path dir) throws Exception {
    assertThat(site("--until", "2023H2", "--out-dir", dir.resolve("a").toString()).exitCode()).isZero();
    assertThat(site("--until", "2023H2", "--out-dir", dir.resolve("b").toString()).exitCode()).isZero();
    List<String> files = files(dir.resolve("a"));
    assertThat(files(dir.resolve("b"))).isEqualTo(files);
    for (String f : files) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
    }
  }

  @Test
  void byDefaultTheSiteGoesUpToTheLatestPeriodWithDataIntoTheReportsFolder(@TempDir Path dir) throws Exception {
    Path plan = Files.copy(CliRun.PLAN, dir.resolve("plan.yaml"));
    CliRun run = CliRun.runWithEnv(TODAY, "site", "--plan", plan.toString(), "--data", CliRun.REPO.resolve("samples").toString());
    // the latest period with data is the half-year being collected, 2026H2: written, and exit 1 for its deliberate errors
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(dir.resolve("reports/site/bao-cao/bao-cao-sxtdbv-2026H2.html")).isRegularFile();
    assertThat(dir.resolve("reports/site/bao-cao/bao-cao-sxtdbv-2027H1.html")).doesNotExist();
  }

  @Test
  void aWholeYearMeansUpToItsSecondHalf(@TempDir Path dir) throws Exception {
    assertThat(site("--until", "2022", "--out-dir", dir.toString(), "-q").exitCode()).isZero();
    assertThat(dir.resolve("bao-cao/bao-cao-sxtdbv-2022H2.html")).isRegularFile();
    assertThat(dir.resolve("bao-cao/bao-cao-sxtdbv-2022.html")).doesNotExist();
  }

  @Test
  void aPeriodOutsideThePlanNotBegunOrNotAPeriodIsAUsageError(@TempDir Path dir) {
    CliRun before = site("--until", "2020H2", "--out-dir", dir.toString());
    assertThat(before.exitCode()).isEqualTo(2);
    assertThat(before.err()).contains("Kỳ 2020H2 nằm ngoài thời gian của Kế hoạch (2021 - 2030)");
    assertThat(site("--until", "2031H1", "--out-dir", dir.toString()).exitCode()).isEqualTo(2);
    CliRun future = site("--until", "2027H1", "--out-dir", dir.toString());
    assertThat(future.exitCode()).isEqualTo(2);
    assertThat(future.err()).contains("Kỳ 2027H1 bắt đầu ngày 01/01/2027, sau hôm nay (25/11/2026)", "2026H2");
    CliRun word = site("--until", "soon", "--out-dir", dir.toString(), "--lang", "en");
    assertThat(word.exitCode()).isEqualTo(2);
    assertThat(word.err()).contains("soon");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aPeriodNotYetOverGivesAProvisionalSite(@TempDir Path dir) {
    CliRun run = site("--until", "2026H2", "--out-dir", dir.toString());
    // written; exit 1 for the deliberate errors of the samples' half-year being collected
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("kỳ 2026H2 chưa kết thúc (đến hết 31/12/2026); báo cáo kỳ 2026H2 trên trang là báo cáo tạm thời");
    assertThat(dir.resolve("bao-cao/bao-cao-sxtdbv-2026H2.html")).isRegularFile();
  }

  /** The pages themselves say it, not only the terminal of whoever built the site: its readers never see that. */
  @Test
  void everyPageOfAProvisionalSiteSaysItsLastPeriodsFiguresMayStillChange(@TempDir Path dir) throws IOException {
    site("--until", "2026H2", "--out-dir", dir.resolve("now").toString());
    String note = "Số liệu tạm thời: kỳ 2026H2 chưa kết thúc (đến hết ngày 31/12/2026); con số, đánh giá của kỳ này dựa trên "
        + "số liệu đến ngày 25/11/2026 và còn có thể thay đổi.";
    assertThat(Files.readString(dir.resolve("now/index.html"))).contains("<p class=\"provisional\" role=\"note\">" + note)
        .doesNotContain("Số liệu đến hết 6 tháng cuối năm 2026");
    assertThat(Files.readString(dir.resolve("now/chi-tieu/eco-packaging.html"))).contains(note);
    assertThat(Files.readString(dir.resolve("now/en/co-quan/sct.html")))
        .contains("Provisional figures: period 2026H2 has not ended (it runs to 31/12/2026); its figures and assessments rest "
            + "on data up to 25/11/2026 and may still change.");
    site("--until", "2026H1", "--out-dir", dir.resolve("over").toString());
    assertThat(Files.readString(dir.resolve("over/index.html"))).doesNotContain("Số liệu tạm thời")
        .contains("Số liệu đến hết 6 tháng đầu năm 2026 (2026H1).");
  }

  @Test
  void dataErrorsSayThatTheSiteIsWrittenAndWhichReportOnItListsThem(@TempDir Path dir) {
    CliRun vi = site("--until", "2026H2", "--out-dir", dir.toString(), "-q");
    assertThat(vi.exitCode()).isEqualTo(1);
    assertThat(vi.err()).contains("Trang vẫn được ghi; danh sách lỗi ở phụ lục của báo cáo kỳ 2026H2 trên trang")
        .doesNotContain("Báo cáo vẫn được ghi");
    CliRun en = site("--until", "2026H2", "--out-dir", dir.toString(), "--lang", "en");
    assertThat(en.err()).contains("The site was written, with the list of problems in the appendix of its 2026H2 report",
        "the site's 2026H2 report is provisional").doesNotContain("The report was written", "this report is provisional");
  }

  @Test
  void rowsWithErrorsAreLeftOutAndTheSiteIsWrittenWithExit1(@TempDir Path dir) throws Exception {
    Path data = sctTasks(dir, """
        2021H1,SCT,IV.2,,in-progress,10,Đã làm,,,,2021-06-10
        2021H1,SCT,IV.3,,in-progress,mười,Đã làm,,,,2021-06-10
        """);
    CliRun run = site("--data", data.toString(), "--out-dir", dir.resolve("out").toString(), "-q");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("1 lỗi", "báo cáo kỳ 2021H1 trên trang");
    assertThat(dir.resolve("out/nhiem-vu/iv.2.html")).isRegularFile();
  }

  @Test
  void filesAnEarlierRunWroteAndThisOneDoesNotAreRemovedAndNothingElse(@TempDir Path dir) throws Exception {
    assertThat(site("--until", "2022H1", "--out-dir", dir.toString(), "-q").exitCode()).isZero();
    Files.writeString(dir.resolve("CNAME"), "sxtdbv.example.vn\n");
    Files.writeString(dir.resolve("bao-cao/ghi-chu.txt"), "kept\n");
    assertThat(site("--until", "2021H2", "--out-dir", dir.toString(), "-q").exitCode()).isZero();
    assertThat(dir.resolve("bao-cao/bao-cao-sxtdbv-2022H1.html")).doesNotExist();
    assertThat(dir.resolve("en/bao-cao/bao-cao-sxtdbv-2022H1.html")).doesNotExist();
    assertThat(dir.resolve("bao-cao/bao-cao-sxtdbv-2021H2.html")).isRegularFile();
    assertThat(dir.resolve("CNAME")).hasContent("sxtdbv.example.vn");
    assertThat(dir.resolve("bao-cao/ghi-chu.txt")).hasContent("kept");
  }

  @Test
  void aDepartmentRewordsTheSiteWithItsOwnTemplatesAndABrokenOneWritesNothing(@TempDir Path dir) throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mau/site/lang"));
    String vi = new String(SiteCommandTest.class.getResourceAsStream("/sctb/templates/site/lang/vi.ftl").readAllBytes(), "UTF-8");
    Files.writeString(mine.resolve("vi.ftl"), vi.replace("\"nav_home\": \"Tổng quan\"", "\"nav_home\": \"Trang đầu\""));
    CliRun run = site("--until", "2021H2", "--out-dir", dir.resolve("out").toString(), "--templates", dir.resolve("mau").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("out/index.html"))).contains(">Trang đầu</a>");

    Path broken = Files.createDirectories(dir.resolve("hong/site"));
    Files.writeString(broken.resolve("task.ftlh"), "<#import \"/site/layout.ftlh\" as P>\n${task.titel}\n");
    CliRun bad = site("--until", "2021H2", "--out-dir", dir.resolve("none").toString(), "--templates", dir.resolve("hong").toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("site/task.ftlh, dòng 2", "task.titel", "title");
    assertThat(dir.resolve("none")).doesNotExist();
  }

  @Test
  void whatAgenciesTypeIsTextOnEveryPage(@TempDir Path dir) throws Exception {
    Path data = sctTasks(dir, """
        2021H1,SCT,IV.2,,in-progress,10,<script>alert(1)</script> & <b>xong</b>,"<img src=x onerror=alert(2)>",,,2021-06-10
        """);
    CliRun run = site("--data", data.toString(), "--out-dir", dir.resolve("out").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String task = Files.readString(dir.resolve("out/nhiem-vu/iv.2.html"));
    assertThat(task).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;xong&lt;/b&gt;", "&lt;img src=x onerror=alert(2)&gt;")
        .doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>xong");
  }

  @Test
  void aDataFolderThatCannotBeReadIsExit3(@TempDir Path dir) {
    CliRun run = site("--data", dir.resolve("khong-co").toString(), "--out-dir", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("khong-co");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
