package sctb.core.submission;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every accepted row, for tests and small inputs that want them all as lists. */
public final class CollectedRows implements RowSink {
  private final List<TaskRow> tasks = new ArrayList<>();
  private final List<IndicatorRow> indicators = new ArrayList<>();

  @Override
  public void task(TaskRow row) {
    tasks.add(row);
  }

  @Override
  public void indicator(IndicatorRow row) {
    indicators.add(row);
  }

  @Override
  public void restart() {
    tasks.clear();
    indicators.clear();
  }

  public List<TaskRow> tasks() {
    return tasks;
  }

  public List<IndicatorRow> indicators() {
    return indicators;
  }
}
