package sctb.render.report.model;

import sctb.core.text.NumberFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import sctb.core.progress.Change;
import sctb.core.progress.Changes;
import sctb.core.progress.Figure;
import sctb.core.progress.TaskProgress;
import sctb.core.submission.TaskRow;

/** Builds how each figure and task moved since the previous report ({@link ChangeView}, {@link TaskChangeView}). */
record ChangeViews(Changes changes, NumberFormats nf) {

  /** The change of an indicator's headline ({@code sector} null) or one sector's figure, now {@code now}. */
  ChangeView of(String id, String sector, Figure now, Figures figures) {
    return changes.of(id, sector).map(c -> view(c, now, figures)).orElse(ChangeView.NONE);
  }

  private static ChangeView view(Change c, Figure now, Figures figures) {
    Figure before = c.previous();
    BigDecimal previous = before == null ? null : before.value();
    String published = c.restated() && c.restatement().published() != null ? figures.display(c.restatement().published()) : "";
    return new ChangeView(before == null || before.asOf() == null ? "" : before.asOf().toString(), figures.display(previous),
        Optional.ofNullable(c.previousVerdict()), c.difference() == null ? "" : figures.difference(now.value(), previous), c.restated(), published);
  }

  TaskChangeView of(TaskProgress now) {
    return changes.task(now.task().id()).map(t -> {
      TaskRow before = t.previous();
      BigDecimal then = before == null ? null : before.progress();
      BigDecimal latest = now.latest() == null ? null : now.latest().progress();
      // The difference of the progress values as shown (whole percentages), as a reader would subtract them.
      BigDecimal d = then == null || latest == null ? null
          : latest.setScale(0, RoundingMode.HALF_UP).subtract(then.setScale(0, RoundingMode.HALF_UP));
      String difference = d == null ? "" : Figures.signed(nf.plain(d, 0), d);
      return new TaskChangeView(TaskState.of(t.previousStatus()), before == null ? "" : percent(then),
          before == null ? "" : before.period().toString(), t.changed(), difference, t.restated(), TaskState.of(t.published()));
    }).orElse(TaskChangeView.NONE);
  }

  private String percent(BigDecimal p) {
    return p == null ? "" : nf.plain(p, 0) + "%";
  }
}
