package sctb.core.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * A sink that keeps every accepted row, for tests and small inputs that want them all as lists: a
 * replaced row is dropped, and every correction kept with both its rows.
 */
public final class CollectedRows implements RowSink {
  private final List<TaskRow> tasks = new ArrayList<>();
  private final List<IndicatorRow> indicators = new ArrayList<>();
  private final List<Correction> corrections = new ArrayList<>();

  @Override
  public void task(TaskRow row) {
    tasks.add(row);
    completeNewer(row, null);
  }

  @Override
  public void indicator(IndicatorRow row) {
    indicators.add(row);
    completeNewer(null, row);
  }

  @Override
  public void correction(Correction c) {
    if (!c.older().known()) {
      // The older row was handed over: take it out, and keep it with the correction.
      var at = c.older().at();
      TaskRow t = tasks.stream().filter(r -> r.at().equals(at)).findFirst().orElse(null);
      IndicatorRow i = indicators.stream().filter(r -> r.at().equals(at)).findFirst().orElse(null);
      tasks.remove(t);
      indicators.remove(i);
      corrections.add(c.withOlder(c.older().withRow(t != null ? t : i)));
    } else {
      var at = c.newer().at();
      TaskRow t = tasks.stream().filter(r -> r.at().equals(at)).findFirst().orElse(null);
      IndicatorRow i = indicators.stream().filter(r -> r.at().equals(at)).findFirst().orElse(null);
      corrections.add(c.withNewer(c.newer().withRow(t != null ? t : i)));
    }
  }

  /** A newer row handed over right after its correction: the correction gets it. */
  private void completeNewer(TaskRow t, IndicatorRow i) {
    int last = corrections.size() - 1;
    if (last >= 0 && !corrections.get(last).newer().known()
        && corrections.get(last).newer().at().equals(t != null ? t.at() : i.at())) {
      corrections.set(last, corrections.get(last).withNewer(corrections.get(last).newer().withRow(t != null ? t : i)));
    }
  }

  @Override
  public void restart() {
    tasks.clear();
    indicators.clear();
    corrections.clear();
  }

  public List<TaskRow> tasks() {
    return tasks;
  }

  public List<IndicatorRow> indicators() {
    return indicators;
  }

  public List<Correction> corrections() {
    return corrections;
  }
}
