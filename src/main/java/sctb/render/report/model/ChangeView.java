package sctb.render.report.model;

import java.util.Optional;
import sctb.core.progress.Verdict;

/**
 * One figure against the previous report (its period: {@code previous.id}): the figure there as
 * today's data gives it — the period of its data, its value and, when that report judged the same
 * target, its verdict —, the difference of the two values in the figure's unit ({@code +4,7}; "" when
 * either is missing), and whether corrections made since restate the figure that report published
 * ({@code restated}), with the value it published when sctb can recompute it ({@code published}).
 */
public record ChangeView(
    String previousAsOf,
    String previousValue,
    Optional<Verdict> previousStatus,
    String difference,
    boolean restated,
    String published) {

  /** No previous figure to compare with. */
  static final ChangeView NONE = new ChangeView("", "", Optional.empty(), "", false, "");
}
