package sctb.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sctb.core.diag.Diagnostic;
import sctb.core.plan.Plan;
import sctb.io.UnreadableFileException;
import sctb.io.plan.PlanReader;
import sctb.io.plan.PlanSchemaCache;
import sctb.render.DiagnosticPrinter;

/** Loads the plan for a command: prints its diagnostics and stops with exit 1 when it has errors. */
final class PlanLoading {
  private PlanLoading() {}

  static Plan load(Path path, Context context, PrintWriter err) throws UnreadableFileException {
    PlanReader.Result result = context.planPrefetch().resultFor(path);
    if (result == null) {
      result = PlanReader.read(path, PlanSchemaCache.of(context.env()));
    }
    List<Diagnostic> diagnostics = result.diagnostics();
    if (!diagnostics.isEmpty()) {
      new DiagnosticPrinter(context.messages()).print(diagnostics, sourceLines(path), err);
    }
    if (!result.ok()) {
      long errors = diagnostics.stream().filter(Diagnostic::isError).count();
      throw new CliException(ExitCode.INPUT_ERRORS, context.messages().get("plan.invalid", path, errors));
    }
    return result.plan();
  }

  private static List<String> sourceLines(Path path) {
    try {
      return List.of(new String(Files.readAllBytes(path), StandardCharsets.UTF_8).split("\r?\n", -1));
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }
}
