package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import sctb.core.period.Period;
import sctb.core.submission.DecimalStyle;
import sctb.core.text.Language;
import sctb.render.OutputFormat;
import sctb.render.report.JsonDetail;

/**
 * Parse only (nothing runs, nothing is read): what each command's options become — the record the
 * command hands to its work — and the combinations refused before any work, as a usage error.
 */
class CommandOptionsTest {
  private static final Path PLAN = Path.of("plan.yaml");

  private CommandLine cli;

  /** The options record of the subcommand that {@code args} name. */
  private Object options(String... args) {
    cli = Cli.create(Map.of(), args);
    CommandLine.ParseResult parsed = cli.parseArgs(args);
    return ((Subcommand<?>) parsed.subcommand().commandSpec().userObject()).options();
  }

  private Session session() {
    return ((SctbCommand) cli.getCommand()).session();
  }

  @Test
  void plan() {
    assertThat(options("plan")).isEqualTo(new PlanCommand.Options(PLAN, PlanCommand.Format.text, false, Output.STDOUT, false));
    assertThat(options("plan", "--format", "JSON", "--check", "-q", "--plan", "ke-hoach.yaml", "-o", "ke-hoach.json"))
        .isEqualTo(new PlanCommand.Options(Path.of("ke-hoach.yaml"), PlanCommand.Format.json, true,
            new Output.File(Path.of("ke-hoach.json")), true));
  }

  @Test
  void validate() {
    assertThat(options("validate")).isEqualTo(new ValidateCommand.Options(PLAN, List.of(), Optional.empty(),
        Optional.empty(), ValidateCommand.Format.text, false, Output.STDOUT, false));
    assertThat(options("validate", "a.csv", "samples/2024H1", "--period", "6 tháng đầu năm 2024", "--decimal", "comma",
        "--format", "junit", "--out", "junit.xml", "--strict", "--quiet"))
        .isEqualTo(new ValidateCommand.Options(PLAN, List.of(Path.of("a.csv"), Path.of("samples/2024H1")),
            Optional.of(Period.half(2024, 1)), Optional.of(DecimalStyle.COMMA), ValidateCommand.Format.junit, true,
            new Output.File(Path.of("junit.xml")), true));
    assertThat(options("validate", "-o", "-")).extracting(o -> ((ValidateCommand.Options) o).output()).isEqualTo(Output.STDOUT);
  }

  @Test
  void template() {
    assertThat(options("template", "--agency", "SCT", "--period", "2026H1"))
        .isEqualTo(new TemplateCommand.Options(PLAN, "SCT", Period.half(2026, 1), TemplateCommand.Kind.tasks,
            TemplateCommand.Format.csv, false, Optional.empty(), false));
    assertThat(options("template", "--agency", "Sở Tài chính", "--period", "S2-2025", "--kind", "indicators",
        "--format", "xlsx", "-o", "STC-chi-so.xlsx", "--excel"))
        .isEqualTo(new TemplateCommand.Options(PLAN, "Sở Tài chính", Period.half(2025, 2), TemplateCommand.Kind.indicators,
            TemplateCommand.Format.xlsx, true, Optional.of(new Output.File(Path.of("STC-chi-so.xlsx"))), false));
    assertThatThrownBy(() -> options("template", "--agency", "SCT", "--period", "2026H1", "--format", "xlsx", "-o", "-"))
        .isInstanceOf(UsageError.class).hasMessageContaining("nhị phân");
  }

  @Test
  void status() {
    assertThat(options("status", "--period", "2026H2")).isEqualTo(new StatusCommand.Options(PLAN, Optional.of(Period.half(2026, 2)),
        Optional.empty(), StatusCommand.Format.text, Output.STDOUT, false, false, false, false, false));
    assertThat(options("status", "--period", "6 tháng cuối năm 2026", "--format", "csv", "--excel", "--data", "du-lieu",
        "-o", "tinh-hinh.csv", "--file-dates", "--strict", "--require-all", "-q"))
        .isEqualTo(new StatusCommand.Options(PLAN, Optional.of(Period.half(2026, 2)), Optional.of(Path.of("du-lieu")),
            StatusCommand.Format.csv, new Output.File(Path.of("tinh-hinh.csv")), true, true, true, true, true));
    // the only command whose period may be left out: it reads, and picks the period being collected
    assertThat(options("status")).isEqualTo(new StatusCommand.Options(PLAN, Optional.empty(),
        Optional.empty(), StatusCommand.Format.text, Output.STDOUT, false, false, false, false, false));
  }

  @Test
  void feedback() {
    assertThat(options("feedback", "--period", "2026H2")).isEqualTo(new CollectRequest(PLAN, Period.half(2026, 2),
        List.of(), List.of(OutputFormat.DOCX, OutputFormat.PDF), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, false));
    assertThat(options("feedback", "--period", "2026H2", "--agency", "SXD", "--agency", "Sở Tài chính", "--format", "md",
        "-o", "-", "--send-by", "05/12/2026", "--templates", "mau", "--data", "du-lieu", "--file-dates"))
        .isEqualTo(new CollectRequest(PLAN, Period.half(2026, 2), List.of("SXD", "Sở Tài chính"),
            List.of(OutputFormat.MD), Optional.of(Path.of("du-lieu")), Optional.of(Output.STDOUT), Optional.empty(),
            Optional.of(Path.of("mau")), Optional.of(LocalDate.of(2026, 12, 5)), true, false));
    assertThatThrownBy(() -> options("feedback", "--period", "2026H2", "--format", "pdf", "-o", "-"))
        .isInstanceOf(UsageError.class).hasMessageContaining("Word, PDF");
    assertThatThrownBy(() -> options("feedback", "--period", "2026H2", "--format", "md,html", "-o", "x.md"))
        .isInstanceOf(UsageError.class);
    assertThatThrownBy(() -> options("feedback", "--period", "2026H2", "--format", "md", "-o", "x.md", "--out-dir", "y"))
        .isInstanceOf(UsageError.class);
  }

  @Test
  void remind() {
    assertThat(options("remind", "--period", "2026H2")).isEqualTo(new RemindCommand.Options(new CollectRequest(PLAN,
        Period.half(2026, 2), List.of(), List.of(OutputFormat.DOCX, OutputFormat.PDF), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, false), false, Optional.empty()));
    assertThat(options("remind", "--period", "2026H2", "--combined", "--format", "docx", "--out-dir", "cong-van",
        "--date", "2026-12-01", "--send-by", "10/12/2026", "--agency", "SXD", "--file-dates", "-q"))
        .isEqualTo(new RemindCommand.Options(new CollectRequest(PLAN, Period.half(2026, 2), List.of("SXD"),
            List.of(OutputFormat.DOCX), Optional.empty(), Optional.empty(), Optional.of(Path.of("cong-van")), Optional.empty(),
            Optional.of(LocalDate.of(2026, 12, 10)), true, true), true, Optional.of(LocalDate.of(2026, 12, 1))));
    assertThatThrownBy(() -> options("remind", "--period", "2026H2", "--format", "docx", "-o", "-"))
        .isInstanceOf(UsageError.class);
    assertThatThrownBy(() -> options("remind", "--period", "2026H2", "--date", "31/11/2026"))
        .isInstanceOf(ParameterException.class);
  }

  @Test
  void report() {
    assertThat(options("report", "--period", "2024H1")).isEqualTo(new ReportCommand.Options(PLAN, Period.half(2024, 1),
        List.of(OutputFormat.MD, OutputFormat.HTML), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), JsonDetail.BOUNDED, false));
    assertThat(options("report", "--period", "2025", "--format", "json,md,json", "--data", "du-lieu", "--out-dir", "public",
        "--templates", "mau", "--date", "05/01/2026", "--detail", "full", "-q"))
        .isEqualTo(new ReportCommand.Options(PLAN, Period.year(2025), List.of(OutputFormat.JSON, OutputFormat.MD),
            Optional.of(Path.of("du-lieu")), Optional.empty(), Optional.of(Path.of("public")), Optional.of(Path.of("mau")),
            Optional.of(LocalDate.of(2026, 1, 5)), JsonDetail.FULL, true));
    ReportCommand.Options stdout = (ReportCommand.Options) options("report", "--period", "2024H1", "--format", "json", "-o", "-");
    assertThat(stdout.output()).contains(Output.STDOUT);
    ReportCommand.Options file = (ReportCommand.Options) options("report", "--period", "2024H1", "--format", "html",
        "--out", "bao-cao.html", "--date", "2024-07-03");
    assertThat(file.output()).contains(new Output.File(Path.of("bao-cao.html")));
    assertThat(file.signingDate()).contains(LocalDate.of(2024, 7, 3));
  }

  @Test
  void reportRefusesCombinationsThatCannotWork(@TempDir Path folder) {
    assertThatThrownBy(() -> options("report", "--period", "2024H1", "-o", "x.md"))
        .isInstanceOf(UsageError.class).hasMessageContaining("--out-dir");
    assertThatThrownBy(() -> options("report", "--period", "2024H1", "--format", "pdf", "-o", "-"))
        .isInstanceOf(UsageError.class).hasMessageContaining("pdf");
    assertThatThrownBy(() -> options("report", "--period", "2024H1", "--format", "md", "-o", "x.md", "--out-dir", "d"))
        .isInstanceOf(UsageError.class);
    // The old meaning of --out (a folder) is named and pointed at --out-dir.
    assertThatThrownBy(() -> options("report", "--period", "2024H1", "--out", folder.toString()))
        .isInstanceOf(UsageError.class).hasMessageContaining("--out-dir " + folder);
    assertThatThrownBy(() -> options("report", "--period", "2024H1", "--format", "json", "--out", "public/"))
        .isInstanceOf(UsageError.class).hasMessageContaining("--out-dir public/");
    assertThatThrownBy(() -> options("validate", "-o", folder.toString()))
        .isInstanceOf(UsageError.class).hasMessageContaining("thư mục");
    // A report cannot be signed before its period begins.
    assertThatThrownBy(() -> options("report", "--period", "2024H1", "--date", "01/01/2020"))
        .isInstanceOf(UsageError.class).hasMessageContaining("01/01/2020").hasMessageContaining("01/01/2024");
    assertThat(options("report", "--period", "2024H1", "--date", "01/01/2024")).isNotNull();
    // Nor a reminder letter (it was dated 01/01/2026 for the half-year from 01/07/2026 and written).
    assertThatThrownBy(() -> options("remind", "--period", "2026H2", "--date", "01/01/2026"))
        .isInstanceOf(UsageError.class).hasMessageContaining("01/01/2026").hasMessageContaining("01/07/2026");
    CliRun remind = CliRun.run("remind", "--period", "2026H2", "--date", "01/01/2026", "--out-dir", folder.toString());
    assertThat(remind.exitCode()).isEqualTo(2);
    assertThat(remind.err()).contains("công văn về một kỳ không thể ký trước kỳ đó");
    assertThat(options("remind", "--period", "2026H2", "--date", "01/07/2026")).isNotNull();
  }

  /** The formats of {@code command}'s {@code --format} as its options record holds them. */
  private List<OutputFormat> formats(String command, String formats) {
    Object parsed = options(command, "--period", "2026H2", "--format", formats);
    if (parsed instanceof ReportCommand.Options o) {
      return o.formats();
    }
    return parsed instanceof CollectRequest o ? o.formats() : ((RemindCommand.Options) parsed).request().formats();
  }

  @Test
  void eachCommandsFormatsMapToTheOutputFormatsItsDocumentIsMadeIn() {
    assertThat(formats("report", "md,HTML,json,Docx,pdf")).containsExactly(OutputFormat.MD, OutputFormat.HTML,
        OutputFormat.JSON, OutputFormat.DOCX, OutputFormat.PDF);
    assertThat(formats("feedback", "eml,md,html,docx,pdf,md")).containsExactly(OutputFormat.EML, OutputFormat.MD,
        OutputFormat.HTML, OutputFormat.DOCX, OutputFormat.PDF);
    assertThat(formats("remind", "html,pdf,docx")).containsExactly(OutputFormat.HTML, OutputFormat.PDF, OutputFormat.DOCX);
    for (String[] refused : List.of(new String[] {"report", "eml"}, new String[] {"feedback", "json"},
        new String[] {"remind", "md"}, new String[] {"remind", "json"}, new String[] {"remind", "eml"},
        new String[] {"report", " md"})) {
      assertThatThrownBy(() -> formats(refused[0], refused[1])).as(String.join(" ", refused))
          .isInstanceOf(ParameterException.class);
    }
  }

  @Test
  void aFormatACommandDoesNotMakeIsRefusedWithTheListOfThoseItDoes() {
    assertThat(CliRun.run("report", "--period", "2024H1", "--format", "eml").err())
        .contains("Giá trị 'eml' không hợp lệ cho tùy chọn '--format'; hãy viết một trong: md, html, json, docx, pdf");
    assertThat(CliRun.run("feedback", "--period", "2026H2", "--format", "json").err())
        .contains("'json'", "hãy viết một trong: md, html, docx, pdf, eml");
    CliRun remind = CliRun.run("--lang", "en", "remind", "--period", "2026H2", "--format", "md");
    assertThat(remind.exitCode()).isEqualTo(2);
    assertThat(remind.err()).contains("Invalid value 'md' for option '--format'; write one of: html, docx, pdf");
  }

  @Test
  void explain() {
    assertThat(options("explain", "--period", "2024H1", "--indicator", " zones-awareness "))
        .isEqualTo(new ExplainCommand.Options(PLAN, Period.half(2024, 1), "zones-awareness", Optional.empty(),
            Optional.empty(), Output.STDOUT, false));
    assertThat(options("explain", "--period", "năm 2024", "--indicator", "consumption-reduction", "--sector", "Xi măng",
        "--data", "d", "--out", "giai-thich.txt"))
        .isEqualTo(new ExplainCommand.Options(PLAN, Period.year(2024), "consumption-reduction", Optional.of("Xi măng"),
            Optional.of(Path.of("d")), new Output.File(Path.of("giai-thich.txt")), false));
  }

  @Test
  void site() {
    assertThat(options("site")).isEqualTo(new SiteCommand.Options(PLAN, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), false));
    assertThat(options("site", "--until", "6 tháng cuối năm 2025", "--data", "du-lieu", "--out-dir", "public", "--templates", "mau",
        "-q"))
        .isEqualTo(new SiteCommand.Options(PLAN, Optional.of(Period.half(2025, 2)), Optional.of(Path.of("du-lieu")),
            Optional.of(Path.of("public")), Optional.of(Path.of("mau")), true));
    assertThat(options("site", "--until", "2025")).extracting(o -> ((SiteCommand.Options) o).until()).isEqualTo(Optional.of(Period.year(2025)));
    // The site is a folder: the and report's old --out DIR is pointed at --out-dir.
    assertThatThrownBy(() -> options("site", "--out", "public"))
        .isInstanceOf(UsageError.class).hasMessageContaining("--out-dir public");
    assertThatThrownBy(() -> options("site", "-o", "site.html"))
        .isInstanceOf(UsageError.class).hasMessageContaining("--out-dir site.html");
  }

  @Test
  void languageAndDebugAreTakenAnywhereAndReadFromTheirOptions() {
    options("report", "--period", "2024H1");
    assertThat(session().language()).isEqualTo(Language.VI);
    assertThat(session().debug()).isFalse();
    options("--lang", "en", "plan");
    assertThat(session().language()).isEqualTo(Language.EN);
    options("validate", "--lang=EN", "--debug");
    assertThat(session().language()).isEqualTo(Language.EN);
    assertThat(session().debug()).isTrue();
    cli = Cli.create(Map.of("SCTB_LANG", "en"), "plan");
    cli.parseArgs("plan");
    assertThat(session().language()).isEqualTo(Language.EN);
  }

  @Test
  void valuesOutsideWhatAnOptionTakesDoNotParse() {
    for (String[] args : List.of(
        new String[] {"--lang", "fr", "plan"},
        new String[] {"plan", "--lang", "en_US"},
        new String[] {"report", "--period", "2024Q1"},
        new String[] {"report", "--period", "2024H1", "--date", "31/02/2025"},
        new String[] {"report", "--period", "2024H1", "--format", "md,pdff"},
        new String[] {"validate", "--decimal", "dot"},
        new String[] {"site", "--until", "soon"})) {
      assertThatThrownBy(() -> Cli.create(Map.of(), args).parseArgs(args)).as(String.join(" ", args))
          .isInstanceOf(ParameterException.class);
    }
  }
}
