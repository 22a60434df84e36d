package sctb.core.progress;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import sctb.core.diag.Location;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TaskRow;

/** The one order of rows and their locations: by file, then line — independent of the order read. */
public final class Sources {
  public static final Comparator<Location> LOCATION =
      Comparator.comparing((Location l) -> l.file() == null ? "" : l.file()).thenComparingInt(Location::line)
          .thenComparingInt(Location::column);
  /** Period by end date, then file and line: the last one is the "latest" row. */
  public static final Comparator<IndicatorRow> INDICATOR_ROW =
      Comparator.comparing(IndicatorRow::period).thenComparing(IndicatorRow::at, LOCATION);
  public static final Comparator<TaskRow> TASK_ROW =
      Comparator.comparing(TaskRow::period).thenComparing(TaskRow::at, LOCATION);

  private Sources() {}

  public static List<Location> sorted(Stream<Location> locations) {
    return locations.distinct().sorted(LOCATION).toList();
  }

  /** "file:line", the form every output uses. */
  public static String text(Location l) {
    return l.file() + ":" + l.line();
  }
}
