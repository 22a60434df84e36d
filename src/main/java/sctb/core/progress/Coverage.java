package sctb.core.progress;

import java.util.List;
import java.util.Optional;

/** What a figure rests on (docs/methodology.md §6), in a fixed order; the first fact short of its threshold makes it insufficient. */
public record Coverage(List<CoverageFact> facts) {
  public static final Coverage NONE = new Coverage(List.of());

  public Coverage {
    facts = List.copyOf(facts);
  }

  public static Coverage of(CoverageFact... facts) {
    return new Coverage(List.of(facts));
  }

  public Optional<CoverageFact> shortfall() {
    return facts.stream().filter(f -> !f.met()).findFirst();
  }

  /** The same facts shown only, without their thresholds: for a figure whose verdict they do not decide. */
  public Coverage shownOnly() {
    return new Coverage(facts.stream().map(f -> new CoverageFact(f.kind(), f.part(), f.whole(), null)).toList());
  }

  public Optional<CoverageFact> fact(CoverageKind kind) {
    return facts.stream().filter(f -> f.kind() == kind).findFirst();
  }
}
