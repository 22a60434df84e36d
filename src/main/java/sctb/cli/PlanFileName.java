package sctb.cli;

import java.util.Locale;

/** A word on the command line that names a plan file (plan.yaml, ke-hoach.yml): what --plan takes, never a submission. */
final class PlanFileName {
  private PlanFileName() {}

  static boolean matches(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }
}
