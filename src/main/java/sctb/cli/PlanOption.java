package sctb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --plan FILE}: which plan to read (default ./plan.yaml). */
public final class PlanOption {
  @Option(names = "--plan", paramLabel = "FILE", defaultValue = "plan.yaml", descriptionKey = "common.plan")
  Path plan;
}
