package sctb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.register.Register;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.template.TemplateRows;
import sctb.io.OutputFile;
import sctb.io.csv.CsvWriter;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.SubmissionReader;
import sctb.io.xlsx.XlsxTemplateWriter;
import sctb.core.text.NumberFormats;

/**
 * {@code sctb template}: writes the file an agency fills in for a period — CSV, or an Excel workbook
 * with drop-downs, checks and an instructions sheet — prefilled from the plan (and the register), or
 * the register itself to complete ({@code --kind register}).
 */
@Command(name = "template")
public final class TemplateCommand extends Subcommand<TemplateCommand.Options> {
  enum Kind { tasks, indicators, register }

  enum Format { csv, xlsx }

  /** What {@code sctb template} was asked to write; no {@code output}: the terminal (CSV) or {@code <CODE>-….xlsx}. */
  record Options(Path plan, String agency, Period period, Kind kind, Format format, boolean excel,
      Optional<Output> output, boolean quiet) {}

  @Option(names = "--agency", required = true, paramLabel = "CODE", descriptionKey = "template.agency")
  String agency;

  @Mixin PeriodOption period;

  @Option(names = "--kind", paramLabel = "tasks|indicators|register", defaultValue = "tasks", descriptionKey = "template.kind")
  Kind kind;

  @Option(names = "--excel", descriptionKey = "template.excel")
  boolean excel;

  @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv", descriptionKey = "template.format")
  Format format;

  @Mixin OutOption out;

  @Override
  Options options() {
    Optional<Output> output = out.output(messages(), "cli.out.folder");
    // A workbook is binary: it never goes to the terminal.
    if (format == Format.xlsx && output.orElse(null) instanceof Output.Stdout) {
      throw usageError("template.binary-stdout");
    }
    return new Options(plan, agency, period.period, kind, format, excel, output, quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    PlanWorkspace workspace = workspace(options.plan());
    workspace.withData(options.period());
    Plan plan = workspace.plan();
    Period p = options.period();
    String code = workspace.agency(options.agency());
    List<List<String>> rows;
    Set<Integer> numeric;
    if (options.kind() == Kind.tasks) {
      rows = TemplateRows.tasks(plan, code, p);
      numeric = Set.of(5, 9);
      supersededHint(plan, code, p, rows.size() - 1);
    } else {
      Register register = workspace.register();
      List<IndicatorRow> history = history(workspace);
      rows = options.kind() == Kind.indicators ? TemplateRows.indicators(plan, register, code, p, history)
          : TemplateRows.register(plan, register, code, p, history);
      numeric = options.kind() == Kind.indicators ? Set.of(6, 7) : Set.of();
    }
    if (options.format() == Format.xlsx) {
      return workbook(options, plan, code, p, rows);
    }
    Output output = options.output().orElse(Output.STDOUT);
    write(output, CsvWriter.write(rows, numeric, options.excel()));
    if (output instanceof Output.File file && !options.quiet()) {
      err().println(messages().get("template.written", file.path(), rows.size() - 1, code, p));
    }
    return ExitCode.OK;
  }

  /**
   * The workbook template, written to {@code -o} or to {@code <CODE>-nhiem-vu.xlsx}, {@code <CODE>-chi-so.xlsx}
   * or {@code co-so.xlsx} (never to the terminal: it is binary). Its document date is the period's due date, so reruns are identical.
   */
  private ExitCode workbook(Options options, Plan plan, String code, Period p, List<List<String>> rows) throws Exception {
    FileKind fileKind = switch (options.kind()) {
      case tasks -> FileKind.TASKS;
      case indicators -> FileKind.INDICATORS;
      case register -> FileKind.REGISTER;
    };
    Path target = options.output().orElse(null) instanceof Output.File file ? file.path() : Path.of(switch (options.kind()) {
      case tasks -> code + "-nhiem-vu.xlsx";
      case indicators -> code + "-chi-so.xlsx";
      case register -> "co-so.xlsx";
    });
    String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
    byte[] bytes = XlsxTemplateWriter.write(fileKind, rows,
        TemplateGuide.lines(plan, code, p, fileKind, name, session().language(), messages()),
        plan.reporting().dueDate(p));
    OutputFile.write(target, bytes);
    if (!options.quiet()) {
      err().println(messages().get("template.written", target, rows.size() - 1, code, p));
    }
    return ExitCode.OK;
  }

  /** An agency merged away before P gets an empty template: say who reports its tasks now, not just "0 rows". */
  private void supersededHint(Plan plan, String code, Period p, int taskRows) {
    var agency = plan.agency(code).orElse(null);
    if (taskRows > 0 || agency == null || agency.succession() == null || agency.succession().successor() == null
        || agency.succession().from() == null || agency.succession().from().isAfter(plan.reporting().dueDate(p))) {
      return;
    }
    err().println(messages().get("template.superseded", code,
        agency.succession().successor(),
        NumberFormats.dmy(agency.succession().from()), p));
  }

  /** What was already submitted in the plan's workspace, matched with its register (none when the folder is absent). */
  private static List<IndicatorRow> history(PlanWorkspace workspace) {
    Path folder = workspace.submissions(null);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    return SubmissionReader.read(workspace.plan(), List.of(folder),
        ReadOptions.defaults(workspace.today()).withRegister(workspace.register())).indicators();
  }
}
