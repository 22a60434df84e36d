package sctb.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import sctb.core.period.PathPeriods;
import sctb.core.period.Period;

/**
 * The order in which submission files are read, and from when on each period is complete. Files are
 * read one period at a time, oldest first, by the period their path suggests ({@link PathPeriods});
 * files whose path names no period come first, in the order given. Before the file at position i is
 * read, every period that ends before the start of the earliest period suggested by the files at
 * i, i+1, … is complete ({@link #horizon}): the cross-file rules judge it and forget its rows, so
 * that memory holds about one period at a time — also for a national roll-up laid out as
 * {@code province/period/agency.csv}. That a file holds no row of a period already complete is
 * checked as it is read ({@link ValidationRun#fits}); when one does, the reader starts again and
 * completes nothing before the end.
 *
 * @param positions for each reading position, the file's index in the list given to {@link #of}
 * @param horizons for each reading position, the date before which every period is complete, or
 *     null when nothing is complete yet
 */
public record ReadOrder(List<Integer> positions, List<LocalDate> horizons) {

  /** {@code paths}: the files as shown to users (folders separated by {@code /}), in path order. */
  public static ReadOrder of(List<String> paths) {
    Period[] hints = new Period[paths.size()];
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      hints[i] = PathPeriods.hint(paths.get(i)).orElse(null);
      positions.add(i);
    }
    positions.sort(Comparator.comparing((Integer i) -> hints[i], Comparator.nullsFirst(Comparator.naturalOrder())));
    LocalDate[] horizons = new LocalDate[positions.size()];
    LocalDate earliest = LocalDate.MAX;
    for (int i = positions.size() - 1; i >= 0; i--) {
      Period p = hints[positions.get(i)];
      earliest = p == null || earliest == null ? null : (p.start().isBefore(earliest) ? p.start() : earliest);
      horizons[i] = earliest;
    }
    return new ReadOrder(List.copyOf(positions), Collections.unmodifiableList(Arrays.asList(horizons)));
  }

  /** The date before which every period is complete when the file at reading position i is read (or null). */
  public LocalDate horizon(int i) {
    return horizons.get(i);
  }
}
