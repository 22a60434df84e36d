package sctb.render.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.progress.AgencyReport;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.TaskProgress;
import sctb.render.OutputFormat;
import sctb.core.submission.TaskRow;
import sctb.core.text.Language;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.ReportViews;

/** Hostile submission text stays text; broken or hostile custom templates are refused with file:line. */
class TemplateSafetyTest {
  static final String HOSTILE = "<script>alert(1)</script> | pipes | *bold* [link](http://x) `code`\n# heading";

  /** The samples' 2024H1 report with the first reported task's result and difficulty replaced by hostile text. */
  static ReportView hostile() {
    ProgressReport r = Reports.samples("2024H1");
    List<TaskProgress> tasks = new ArrayList<>(r.tasks());
    int k = 0;
    while (tasks.get(k).reports().isEmpty()) {
      k++;
    }
    TaskProgress tp = tasks.get(k);
    AgencyReport first = tp.reports().get(0);
    TaskRow row = first.row();
    TaskRow typed = new TaskRow(row.at(), row.period(), row.agency(), row.task(), row.status(), row.progress(), HOSTILE, HOSTILE,
        row.proposals(), row.spentVnd(), row.submittedOn());
    tasks.set(k, new TaskProgress(tp.task(), tp.responsible(), tp.latest(), tp.reportedForP(), List.of(new AgencyReport(typed, first.countsFor()))));
    return ReportViews.of(new ProgressReport(r.plan(), r.period(), r.phase(), r.otherPhase(), r.indicators(), r.outputs(), r.groups(),
        tasks, r.reporting(), r.dataQuality(), r.corrections(), r.changes(), r.standing()), Language.VI, null);
  }

  static String render(Path overlay, OutputFormat format) throws Exception {
    return new ReportDocuments(overlay).render(format, ReportViews.of(Reports.samples("2024H1"), Language.VI, null));
  }

  @Test
  void scriptInASubmissionIsTextInHtml() throws Exception {
    String html = new ReportDocuments(null).render(OutputFormat.HTML, hostile());
    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; | pipes |");
  }

  @Test
  void pipesInASubmissionDoNotBreakMarkdown() throws Exception {
    String md = new ReportDocuments(null).render(OutputFormat.MD, hostile());
    assertThat(md).doesNotContain("<script>")
        .contains("\\<script\\>alert(1)\\</script\\> \\| pipes \\| \\*bold\\* \\[link\\](http\\://x) \\`code\\`<br>\\# heading");
    // Every row of every table keeps the number of cells of its header.
    List<String> lines = md.lines().toList();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("|") && lines.get(i - 1).startsWith("|")) {
        assertThat(cells(lines.get(i))).as("line %d: %s", i + 1, lines.get(i)).isEqualTo(cells(lines.get(i - 1)));
      }
    }
  }

  /** GitHub links bare URLs, "www." names and e-mail addresses; an escape in each keeps them text. */
  @Test
  void bareUrlsAndAddressesAreNotLinkedInMarkdown() {
    assertThat(MarkdownOutputFormat.escape("xem https://evil.example/a, WWW.evil.example hoặc lienhe@evil.example"))
        .isEqualTo("xem https\\://evil.example/a, WWW\\.evil.example hoặc lienhe\\@evil.example");
    assertThat(MarkdownOutputFormat.escape("12:30, 1.5")).isEqualTo("12:30, 1.5");
  }

  private static int cells(String row) {
    return row.replace("\\|", "").split("\\|", -1).length;
  }

  @Test
  void syntaxErrorNamesFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.md.ftl"), "# ok\n\n<#if>\n");
    assertThatThrownBy(() -> render(dir, OutputFormat.MD)).isInstanceOfSatisfying(TemplateProblem.class, p -> {
      assertThat(p.template()).isEqualTo("report.md.ftl");
      assertThat(p.line()).isEqualTo(3);
    });
  }

  @Test
  void unknownTopLevelNameListsTheNamesThereAre(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.html.ftlh"), "<p>${period.id}</p>\n<p>${no_such_thing}</p>\n");
    assertThatThrownBy(() -> render(dir, OutputFormat.HTML)).isInstanceOfSatisfying(TemplateProblem.class, p -> {
      assertThat(p.template()).isEqualTo("report.html.ftlh");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.reason()).isEqualTo(new TemplateProblem.UnknownName("no_such_thing", "no_such_thing", List.of("lang", "plan", "doc", "period",
          "phase", "method", "rules", "indicators", "retired", "groups", "difficulties", "proposals", "reporting", "previous", "corrections", "diagnostics")));
    });
  }

  @Test
  void misspeltNameInsideAListListsTheNamesOfThatRecord(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.md.ftl"), "<#list indicators as i>\n<#list i.sectors as s>\n${s.name} ${s.valeu}\n</#list>\n</#list>\n");
    assertThatThrownBy(() -> render(dir, OutputFormat.MD)).isInstanceOfSatisfying(TemplateProblem.class, p -> {
      assertThat(p.template()).isEqualTo("report.md.ftl");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.reason()).isInstanceOfSatisfying(TemplateProblem.UnknownName.class, unknown -> {
        assertThat(unknown.expression()).isEqualTo("s.valeu");
        assertThat(unknown.name()).isEqualTo("valeu");
        // A sector's own names and its figure's, flat, in declaration order.
        assertThat(unknown.names()).containsExactly("id", "name", "intensity_unit", "as_of", "as_of_earlier", "baseline",
            "baseline_from", "value", "expected", "ratio", "ratio_ahead", "ratio_behind", "status", "reason", "stretch_met", "final", "achieved_late",
            "forecast", "forecast_low", "forecast_high", "forecast_method", "forecast_points", "forecast_from", "forecast_reach",
            "coverage", "panel_size", "excluded", "excluded_count", "excluded_share", "change");
      });
    });
  }

  @Test
  void aMissingKeyOfATemplatesOwnHashIsUndefinedNotAModelName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.md.ftl"), "<#assign h = {\"a\": \"1\"}>\n${h.b}\n");
    assertThatThrownBy(() -> render(dir, OutputFormat.MD)).isInstanceOfSatisfying(TemplateProblem.class, p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.reason()).isEqualTo(new TemplateProblem.Undefined("h.b"));
    });
  }

  @Test
  void aDefaultStillAllowsAMissingName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.md.ftl"), "[${period.nothing!\"-\"}] ${period.id}\n");
    assertThat(render(dir, OutputFormat.MD)).isEqualTo("[-] 2024H1\n");
  }

  @Test
  void includeOutsideTheFolderIsRefused(@TempDir Path dir) throws Exception {
    Path overlay = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(dir.resolve("secret.ftl"), "SECRET");
    Files.writeString(overlay.resolve("report.md.ftl"), "<#include \"../secret.ftl\">\n");
    assertThatThrownBy(() -> render(overlay, OutputFormat.MD)).isInstanceOfSatisfying(TemplateProblem.class, p -> {
      assertThat(p.template()).isEqualTo("report.md.ftl");
      assertThat(p.line()).isEqualTo(1);
    });
    Files.writeString(overlay.resolve("report.md.ftl"), "<#include \"../../etc/passwd\">\n");
    assertThatThrownBy(() -> render(overlay, OutputFormat.MD)).isInstanceOf(TemplateProblem.class);
  }

  @Test
  void symlinkOutOfTheFolderIsRefused(@TempDir Path dir) throws Exception {
    Path overlay = Files.createDirectories(dir.resolve("mau"));
    Files.writeString(dir.resolve("secret.ftl"), "SECRET");
    Files.createSymbolicLink(overlay.resolve("link.ftl"), dir.resolve("secret.ftl"));
    Files.writeString(overlay.resolve("report.md.ftl"), "<#include \"link.ftl\">\n");
    assertThatThrownBy(() -> render(overlay, OutputFormat.MD)).isInstanceOf(TemplateProblem.class);
  }

  @Test
  void newAndApiAreRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.md.ftl"), "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
    assertThatThrownBy(() -> render(dir, OutputFormat.MD)).isInstanceOfSatisfying(TemplateProblem.class, p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.reason()).isInstanceOfSatisfying(TemplateProblem.Failure.class,
          f -> assertThat(f.detail()).containsIgnoringCase("not allowed"));
    });
    Files.writeString(dir.resolve("report.md.ftl"), "${period?api.getClass()}\n");
    assertThatThrownBy(() -> render(dir, OutputFormat.MD)).isInstanceOf(TemplateProblem.class);
  }

  @Test
  void overlayReplacesOnlyWhatItHas(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("lang"));
    String vi = new String(TemplateSafetyTest.class.getResourceAsStream("/sctb/templates/lang/vi.ftl").readAllBytes(), "UTF-8");
    Files.writeString(dir.resolve("lang/vi.ftl"), vi.replace("\"doc_kind\": \"BÁO CÁO\"", "\"doc_kind\": \"BÁO CÁO NHANH\""));
    assertThat(render(dir, OutputFormat.MD)).contains("# BÁO CÁO NHANH\n").contains("| Chỉ tiêu | Kết quả |");
  }

  @Test
  void numbersFollowTheLanguage() {
    NumberFormats vi = NumberFormats.of(Language.VI);
    NumberFormats en = NumberFormats.of(Language.EN);
    assertThat(vi.fixed(new java.math.BigDecimal("1234.55"), 1)).isEqualTo("1.234,6");
    assertThat(en.fixed(new java.math.BigDecimal("1234.55"), 1)).isEqualTo("1,234.6");
    assertThat(vi.plain(new java.math.BigDecimal("12.50"), 2)).isEqualTo("12,5");
    assertThat(vi.fixed(new java.math.BigDecimal("-0.04"), 1)).isEqualTo("0,0");
    assertThat(vi.fixed(new java.math.BigDecimal("-1234567.891"), 2)).isEqualTo("-1.234.567,89");
    assertThat(vi.ratioPercent(new java.math.BigDecimal("0.825"))).isEqualTo("83%");
    assertThat(NumberFormats.decreeDay(java.time.LocalDate.of(2025, 2, 9)) + "/" + NumberFormats.decreeMonth(java.time.LocalDate.of(2025, 2, 9)))
        .isEqualTo("09/02");
    assertThat(NumberFormats.decreeMonth(java.time.LocalDate.of(2025, 3, 9))).isEqualTo("3");
  }
}
