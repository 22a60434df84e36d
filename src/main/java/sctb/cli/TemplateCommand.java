package sctb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Plan;
import sctb.core.register.Register;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.template.TemplateRows;
import sctb.core.text.Suggest;
import sctb.core.validate.Lookup;
import sctb.io.OutputFile;
import sctb.io.csv.CsvWriter;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.RegisterReader;
import sctb.io.submission.SubmissionReader;
import sctb.io.xlsx.XlsxTemplateWriter;

/**
 * {@code sctb template}: writes the CSV or Excel workbook an agency fills in for a period, prefilled from
 * the plan (and the register), or the register itself to complete ({@code --kind register}).
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class TemplateCommand implements Callable<Integer> {
  enum Kind { tasks, indicators, register }

  enum Format { csv, xlsx }

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--agency", required = true, paramLabel = "CODE", descriptionKey = "template.agency")
  String agency;

  @Option(names = "--period", required = true, paramLabel = "P", descriptionKey = "template.period")
  String period;

  @Option(names = "--kind", paramLabel = "tasks|indicators|register", defaultValue = "tasks", descriptionKey = "template.kind")
  Kind kind;

  @Option(names = "--excel", descriptionKey = "template.excel")
  boolean excel;

  @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv", descriptionKey = "template.format")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "template.out")
  Path out;

  private final Context context;

  public TemplateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Period p = PeriodParser.parse(period).orElseThrow(() ->
        new CliException(ExitCode.USAGE, context.messages().get("validate.bad-period-option", period)));
    Plan plan = PlanLoading.load(planOption.plan, context, spec.commandLine().getErr());
    Lookup lookup = new Lookup(plan);
    String code = lookup.agency(agency).orElseThrow(() -> new CliException(ExitCode.USAGE,
        context.messages().get("template.unknown-agency", agency,
            Suggest.closest(agency, lookup.agencySpellings()).orElse(String.join(", ",
                plan.agencies().stream().map(a -> a.id()).toList())))));
    List<List<String>> rows;
    Set<Integer> numeric;
    if (kind == Kind.tasks) {
      rows = TemplateRows.tasks(plan, code, p);
      numeric = Set.of(5, 9);
      supersededHint(plan, code, p, rows.size() - 1);
    } else {
      Register register = RegisterReader.forPlan(planOption.plan, plan);
      List<IndicatorRow> history = history(plan, register);
      rows = kind == Kind.indicators ? TemplateRows.indicators(plan, register, code, p, history)
          : TemplateRows.register(plan, register, code, p, history);
      numeric = kind == Kind.indicators ? Set.of(6, 7) : Set.of();
    }
    // "-o -" is standard output, as for `sctb report`; a workbook is binary and never goes to the terminal.
    boolean toStdout = out != null && "-".equals(out.toString());
    if (format == Format.xlsx) {
      if (toStdout) {
        throw new CliException(ExitCode.USAGE, context.messages().get("template.binary-stdout"));
      }
      return workbook(plan, code, p, rows);
    }
    byte[] bytes = CsvWriter.write(rows, numeric, excel);
    if (out != null && !toStdout) {
      OutputFile.write(out, bytes);
      if (!common.quiet) {
        spec.commandLine().getErr().println(context.messages().get("template.written", out, rows.size() - 1, code, p));
      }
    } else {
      spec.commandLine().getOut().print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
    return ExitCode.OK.code();
  }

  /**
   * The workbook template, written to {@code -o} or to {@code <CODE>-nhiem-vu.xlsx} / {@code <CODE>-chi-so.xlsx}
   * (never to the terminal: it is binary). Its document date is the period's due date, so reruns are identical.
   */
  private Integer workbook(Plan plan, String code, Period p, List<List<String>> rows) throws Exception {
    FileKind fileKind = switch (kind) {
      case tasks -> FileKind.TASKS;
      case indicators -> FileKind.INDICATORS;
      case register -> FileKind.REGISTER;
    };
    Path target = out != null ? out : Path.of(switch (kind) {
      case tasks -> code + "-nhiem-vu.xlsx";
      case indicators -> code + "-chi-so.xlsx";
      case register -> "co-so.xlsx";
    });
    String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
    byte[] bytes = XlsxTemplateWriter.write(fileKind, rows,
        TemplateGuide.lines(plan, code, p, fileKind, name, context.language(), context.messages()),
        plan.reporting().dueDate(p));
    OutputFile.write(target, bytes);
    if (!common.quiet) {
      spec.commandLine().getErr().println(context.messages().get("template.written", target, rows.size() - 1, code, p));
    }
    return ExitCode.OK.code();
  }

  /** An agency merged away before P gets an empty template: say who reports its tasks now, not just "0 rows". */
  private void supersededHint(Plan plan, String code, Period p, int taskRows) {
    var agency = plan.agency(code).orElse(null);
    if (taskRows > 0 || agency == null || agency.succession() == null || agency.succession().successor() == null
        || agency.succession().from() == null || agency.succession().from().isAfter(plan.reporting().dueDate(p))) {
      return;
    }
    spec.commandLine().getErr().println(context.messages().get("template.superseded", code,
        agency.succession().successor(),
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(agency.succession().from()), p));
  }

  /** What was already submitted in the plan's workspace, matched with its register (none when the folder is absent). */
  private List<IndicatorRow> history(Plan plan, Register register) {
    Path folder = ValidateCommand.Defaults.submissionsFolder(planOption.plan, plan);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    return SubmissionReader.read(plan, List.of(folder),
        ReadOptions.defaults(ValidateCommand.Defaults.of(context)).withRegister(register)).indicators();
  }
}
