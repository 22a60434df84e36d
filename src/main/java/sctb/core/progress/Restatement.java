package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.submission.Correction;

/**
 * A previous report's figure that today's data restates (docs/methodology.md §15): the corrections
 * submitted after that report was due that replaced rows it rests on, and the value it had with the
 * rows it was published with ({@code published}; null when sctb cannot recompute it — the replaced
 * row was not kept, or the correction moved an establishment in or out of a panel). For a final
 * verdict (§7) also the rows it rests on that were first sent after that report was due ({@code late}),
 * which the published value leaves out.
 */
public record Restatement(BigDecimal published, List<Correction> corrections, List<LateSubmission> late) {

  public Restatement {
    corrections = List.copyOf(corrections);
    late = List.copyOf(late);
  }

  public Restatement(BigDecimal published, List<Correction> corrections) {
    this(published, corrections, List.of());
  }
}
