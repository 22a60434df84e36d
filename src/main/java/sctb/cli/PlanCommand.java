package sctb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sctb.core.plan.Plan;
import sctb.render.Json;
import sctb.render.plan.PlanJson;
import sctb.render.plan.PlanOverview;

/** {@code sctb plan}: shows the plan (overview or JSON), or only checks it with {@code --check}. */
@Command(name = "plan")
public final class PlanCommand extends Subcommand<PlanCommand.Options> {
  enum Format { text, json }

  /** What {@code sctb plan} was asked to do, and where the overview or JSON goes. */
  record Options(Path plan, Format format, boolean check, Output output, boolean quiet) {}

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "plan.format")
  Format format;

  @Option(names = "--check", descriptionKey = "plan.check")
  boolean check;

  @Mixin OutOption out;

  @Override
  Options options() {
    return new Options(plan, format, check, out.fileOrStdout(messages()), quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    Plan read = workspace(options.plan()).plan();
    if (options.check()) {
      if (!options.quiet()) {
        out().println(messages().get("plan.ok", options.plan(), read.groups().size(), read.tasks().count(),
            read.indicators().size()));
      }
      return ExitCode.OK;
    }
    String text = options.format() == Format.json ? Json.write(PlanJson.of(read)) : PlanOverview.render(read, messages());
    write(options.output(), text.getBytes(StandardCharsets.UTF_8));
    return ExitCode.OK;
  }
}
