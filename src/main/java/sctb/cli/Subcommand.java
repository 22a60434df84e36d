package sctb.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sctb.core.period.Period;
import sctb.i18n.Messages;
import sctb.io.AtomicFiles;
import sctb.io.OutputFile;
import sctb.io.ReadFailure;
import sctb.io.UnreadableFileException;
import sctb.io.UnwritableFileException;
import sctb.render.DocumentKind;
import sctb.render.MarkupMismatch;
import sctb.render.OutputFormat;
import sctb.render.report.TemplateProblem;
import sctb.core.text.NumberFormats;

/**
 * What every sctb subcommand shares: {@code --plan} and {@code -q}, the run's session and writers,
 * and a final {@code call()} that first maps the parsed options to the command's options record
 * (a bad combination is a usage error before any work) and then runs the command with it.
 *
 * @param <O> the command's options record
 */
abstract class Subcommand<O> implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand SctbCommand root;

  @Option(names = "--plan", paramLabel = "FILE", defaultValue = "plan.yaml", descriptionKey = "common.plan")
  Path plan;

  @Option(names = {"-q", "--quiet"}, descriptionKey = "common.quiet")
  boolean quiet;

  @Override
  public final Integer call() throws Exception {
    return run(options()).code();
  }

  /** The parsed options as this command's record; throws {@link UsageError} for a bad combination. */
  abstract O options();

  /** Does the command's work. */
  abstract ExitCode run(O options) throws Exception;

  Session session() {
    return root.session();
  }

  Messages messages() {
    return session().messages();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  UsageError usageError(String key, Object... args) {
    return new UsageError(spec.commandLine(), messages().get(key, args));
  }

  /** A document about a period (report, reminder letter) cannot be signed before the period begins. */
  void checkSigningDate(LocalDate signed, Period period) {
    if (signed != null && signed.isBefore(period.start())) {
      throw usageError("report.date-before-period", NumberFormats.dmy(signed), period,
          NumberFormats.dmy(period.start()));
    }
  }

  /** What the command made, to the file {@code -o} names or to standard output. */
  void write(Output output, byte[] bytes) throws UnwritableFileException {
    if (output instanceof Output.File file) {
      OutputFile.write(file.path(), bytes);
    } else {
      out().print(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  /** Text the command writes as it goes, to the file {@code -o} names (whole or not at all) or to standard output. */
  void write(Output output, AtomicFiles.TextContent text) throws IOException, UnwritableFileException {
    if (output instanceof Output.File file) {
      AtomicFiles.writeAllBodies(Map.of(file.path(), AtomicFiles.Body.text(text)));
    } else {
      text.writeTo(out());
      out().flush();
    }
  }

  /** The file a document named {@code name} goes to: {@code -o}'s file, else the one of that name in {@code folder}. */
  static Path documentFile(Optional<Output> output, Path folder, String name) {
    return output.orElse(null) instanceof Output.File one ? one.path() : folder.resolve(name);
  }

  /**
   * Writes the documents made, each whole or not at all, and says where unless {@code quiet}; with
   * {@code -o -}, prints the one text document instead.
   */
  void writeDocuments(Map<Path, AtomicFiles.Body> files, Optional<Output> output, boolean quiet) throws Exception {
    if (output.orElse(null) instanceof Output.Stdout) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      for (AtomicFiles.Body body : files.values()) {
        body.writeTo(text);
      }
      out().print(text.toString(StandardCharsets.UTF_8));
      out().flush();
      return;
    }
    AtomicFiles.writeAllBodies(files);
    if (!quiet) {
      files.keySet().forEach(path -> out().println(path.toString().replace('\\', '/')));
    }
  }

  /** Something rendered from templates ({@link #rendered}). */
  interface Rendering<T> {
    T render() throws TemplateProblem;
  }

  /** What {@code rendering} makes; a template's mistake is the user's to fix (exit 1), said with its place. */
  <T> T rendered(Rendering<T> rendering) {
    try {
      return rendering.render();
    } catch (TemplateProblem problem) {
      throw new CliException(ExitCode.INPUT_ERRORS, problem.message(messages()));
    }
  }

  /** The custom templates already warned of writing another markup than their format's: once a template a run. */
  private final java.util.Set<Path> markupWarned = new java.util.HashSet<>();

  /**
   * What a custom template in {@code templates} (null: none) rendered as {@code format}: a warning on standard
   * error, naming the template, when it is another markup than the format's (an HTML template saved as
   * report.md.ftl: {@link MarkupMismatch}); the document is still written, the exit code unchanged.
   */
  byte[] checkedMarkup(Path templates, OutputFormat format, DocumentKind kind, byte[] rendered) {
    if (templates == null || (format != OutputFormat.MD && format != OutputFormat.HTML)) {
      return rendered;
    }
    Path template = templates.resolve(format.template(kind));
    if (Files.isRegularFile(template) && !markupWarned.contains(template)
        && MarkupMismatch.of(format, new String(rendered, StandardCharsets.UTF_8))) {
      markupWarned.add(template);
      err().println(messages().get("template.markup-mismatch." + format.extension(), template));
    }
    return rendered;
  }

  PlanWorkspace workspace(Path planFile) throws UnreadableFileException {
    return PlanWorkspace.open(planFile, session(), err());
  }

  /** A department's templates folder ({@code --templates}, null when absent) must be a folder: exit 3 otherwise. */
  static void checkTemplates(Path templates) throws UnreadableFileException {
    if (templates != null && !Files.isDirectory(templates)) {
      throw new UnreadableFileException(templates, Files.exists(templates) ? ReadFailure.NOT_DIRECTORY : ReadFailure.MISSING, null);
    }
  }
}
