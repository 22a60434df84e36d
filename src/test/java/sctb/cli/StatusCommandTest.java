package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb status} as the officer runs it: a terminal of 80 columns, an empty folder, file dates, exit codes. */
class StatusCommandTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir Path dir;

  @Test
  void theTableFitsEightyColumnsInBothLanguages() {
    for (String lang : new String[] {"vi", "en"}) {
      CliRun run = CliRun.runWithEnv(TODAY, "--lang", lang, "status", "--period", "2026H2");
      assertThat(run.out().lines()).as(lang).isNotEmpty()
          .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80));
    }
  }

  @Test
  void aTenCharacterCodeAndMonthsOverdueStillFitEightyColumnsHeadersWrappingFirst() throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, Files.readString(CliRun.PLAN).replaceAll("\\bNHNN\\b", "NHNNCNTHAN"));
    String samples = CliRun.REPO.resolve("samples").toString();
    for (String today : new String[] {"2027-04-15", "2030-06-30"}) {
      for (String lang : new String[] {"vi", "en"}) {
        CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", today), "--lang", lang, "status", "--period", "2026H2",
            "--plan", plan.toString(), "--data", samples);
        assertThat(run.out().lines()).as(lang + " " + today).isNotEmpty()
            .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80))
            .anySatisfy(line -> assertThat(line).startsWith("NHNNCNTHAN "));
      }
    }
    // what an agency's row says stays on its line; a header is what wraps
    CliRun en = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2027-04-15"), "--lang", "en", "status", "--period", "2026H2",
        "--plan", plan.toString(), "--data", samples);
    assertThat(en.out()).containsPattern("NHNNCNTHAN not received —  +115 days past +0 +0/1")
        .containsPattern("Ind\\. +Err\\. Warn\\.\\n +rows\\n");
  }

  @Test
  void anEmptyFolderIsAPeriodNobodyHasSentAnythingFor() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("2026H2"));
    CliRun run = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", empty.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("14 đơn vị phải báo cáo: 0 đủ, 0 chưa đủ, 0 có lỗi, 14 chưa gửi.")
        .containsPattern("SCT +chưa gửi +— +còn 26 ngày"); // 20/12/2026 is a Sunday: on time until Monday 21/12
    CliRun past = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-23"), "status", "--period", "2026H2", "--data",
        empty.toString());
    assertThat(past.out()).contains("Hôm nay 23/12/2026: đã quá hạn 2 ngày.").contains("quá 2 ngày");
  }

  @Test
  void withoutAPeriodThePeriodBeingCollectedIsShownAndSaidSo() {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2027-01-05"), "status");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // 2026H2's samples have errors
    assertThat(run.out()).startsWith("Tình hình nhận báo cáo 6 tháng cuối năm 2026 (kỳ 2026H2)");
    assertThat(run.err()).contains("Không ghi --period: xem kỳ 2026H2, kỳ có hạn gửi (20/12/2026) gần hôm nay (05/01/2027) nhất");
    CliRun quiet = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2027-01-05"), "status", "-q", "--format", "json");
    assertThat(quiet.err()).doesNotContain("--period");
    assertThat(quiet.out()).contains("\"period\" : \"2026H2\"");
  }

  @Test
  void aMissingFolderCannotBeRead() {
    CliRun run = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", dir.resolve("none").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("none");
  }

  @Test
  void anUndatedReportTakesItsFilesDayOnlyWhenAsked() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("2026H2"));
    Path file = folder.resolve("SGDDT-nhiem-vu.csv");
    Files.copy(CliRun.REPO.resolve("samples/2026H2/SGDDT-nhiem-vu.csv"), file);
    // 22/12/2026 09:00 in Vietnam, 02:00 UTC
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-22T02:00:00Z")));
    CliRun plain = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", folder.toString());
    assertThat(plain.out()).containsPattern("SGDDT +đủ +không ghi +— ");
    CliRun dated = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", folder.toString(), "--file-dates");
    assertThat(dated.out()).containsPattern("SGDDT +đủ +22/12/2026\\* +muộn 1 ngày").contains("* ngày sửa tệp");
    CliRun json = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", folder.toString(), "--file-dates",
        "--format", "json");
    assertThat(json.out()).contains("\"date_from\" : \"file-date\"").contains("\"modified_on\" : \"2026-12-22\"");
  }

  @Test
  void warningsPassUnlessStrict() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("2026H2"));
    Files.copy(CliRun.REPO.resolve("samples/2026H2/VCCI-nhiem-vu.csv"), folder.resolve("VCCI-nhiem-vu.csv"));
    assertThat(CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", folder.toString()).exitCode()).isZero();
    assertThat(CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--data", folder.toString(), "--strict")
        .exitCode()).isEqualTo(1);
  }

  @Test
  void requireAllExitsFiveWhileAnAgencyOwesAndZeroWhenAllHaveSent() throws Exception {
    // samples: 2025H2 SKHCN sent 3 of its 5 tasks; 2026H1 every agency sent every task, but the SCT never reports
    // the eco-innovation enterprises the plan asks of task IV.2; 2026H2 has errors
    CliRun owing = CliRun.runWithEnv(TODAY, "status", "--period", "2025H2", "--require-all");
    assertThat(owing.exitCode()).as(owing.out()).isEqualTo(5);
    assertThat(CliRun.runWithEnv(TODAY, "status", "--period", "2025H2").exitCode()).isZero();
    CliRun sctOwes = CliRun.runWithEnv(TODAY, "status", "--period", "2026H1", "--require-all");
    assertThat(sctOwes.exitCode()).as(sctOwes.out()).isEqualTo(5);
    assertThat(sctOwes.out()).containsPattern("SCT +chưa đủ .* 65/66 ");
    Path data = dir.resolve("samples");
    for (String period : java.util.List.of("2025H2", "2026H1")) {
      Path folder = Files.createDirectories(data.resolve(period));
      try (var files = Files.list(CliRun.REPO.resolve("samples").resolve(period))) {
        for (Path f : files.toList()) {
          Files.copy(f, folder.resolve(f.getFileName().toString()));
        }
      }
    }
    Files.writeString(data.resolve("2026H1/SCT-chi-so.csv"), "2026H1,SCT,IV.2-eco-innovation-enterprises,,,,4,,,\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    CliRun all = CliRun.runWithEnv(TODAY, "status", "--period", "2026H1", "--data", data.toString(), "--require-all");
    assertThat(all.exitCode()).as(all.out()).isZero();
    assertThat(CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--require-all").exitCode()).isEqualTo(1);
  }

  @Test
  void oneDayIsOneDayInEnglish() {
    // 20/12/2026 is a Sunday: on time until Monday 21/12, so the 22nd is one day past it
    CliRun en = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-22"), "--lang", "en", "status", "--period", "2026H2");
    assertThat(en.out()).contains("1 day past due.").contains("1 day past ").doesNotContain("1 days");
    CliRun ahead = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-20"), "--lang", "en", "status", "--period", "2026H2");
    assertThat(ahead.out()).contains("1 day left").doesNotContain("1 days");
    CliRun vi = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-22"), "status", "--period", "2026H2");
    assertThat(vi.out()).contains("đã quá hạn 1 ngày");
  }

  @Test
  void csvForExcelAndToAFile() throws Exception {
    Path out = dir.resolve("tinh-hinh.csv");
    CliRun run = CliRun.runWithEnv(TODAY, "status", "--period", "2026H2", "--format", "csv", "--excel", "-o",
        out.toString());
    assertThat(run.out()).isEmpty();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Mã đơn vị;Tên đơn vị;Tình trạng")
        .contains("\r\nCộng;;;;;11;41;59;;66;74;5;1;\r\n"); // no copy left out: the last column empty
  }

  @Test
  void aBadPeriodIsAUsageError() {
    CliRun run = CliRun.runWithEnv(TODAY, "status", "--period", "2026Q3");
    assertThat(run.exitCode()).isEqualTo(2);
  }
}
