package sctb.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.plan.Plan;
import sctb.render.Json;
import sctb.render.plan.PlanJson;
import sctb.render.plan.PlanOverview;

/** {@code sctb plan}: shows the plan (overview or JSON), or only checks it with {@code --check}. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class PlanCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "plan.format")
  Format format;

  @Option(names = "--check", descriptionKey = "plan.check")
  boolean check;

  private final Context context;

  public PlanCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    Plan plan = PlanLoading.load(planOption.plan, context, spec.commandLine().getErr());
    if (check) {
      if (!common.quiet) {
        out.println(context.messages().get("plan.ok", planOption.plan, plan.groups().size(), plan.tasks().count(),
            plan.indicators().size()));
      }
      return ExitCode.OK.code();
    }
    out.print(format == Format.json ? Json.write(PlanJson.of(plan)) : PlanOverview.render(plan, context.messages()));
    return ExitCode.OK.code();
  }
}
