package sctb.core.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import sctb.core.diag.Diagnostic;
import sctb.core.period.PathPeriods;
import sctb.core.period.Period;

/**
 * What the reader found in the workspace: files read, every diagnostic (stable order), rows left out for
 * errors; and which of the diagnostics are on the report period's own files, the ones its annex lists.
 */
public record DataQuality(int files, List<Diagnostic> diagnostics, int rejectedRows) {

  public DataQuality {
    diagnostics = List.copyOf(diagnostics);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }

  /** The diagnostics on {@code period}'s own files ({@link #isOwnFile}), in order. */
  public List<Diagnostic> ofPeriod(Period period) {
    return onOwnFiles(period, true);
  }

  /** The diagnostics on other periods' files: counted in a report, not listed. */
  public List<Diagnostic> elsewhere(Period period) {
    return onOwnFiles(period, false);
  }

  /**
   * The diagnostics whose file is {@code period}'s own ({@code own}) or not, in order. Diagnostics come
   * sorted by file, so a file's answer is kept for the next diagnostic: reading its path's period for
   * each took 18 of the 2.02 M-row JSON report's 55 rendering samples.
   */
  private List<Diagnostic> onOwnFiles(Period period, boolean own) {
    List<Diagnostic> kept = new ArrayList<>();
    String lastFile = null;
    boolean lastOwn = false;
    for (Diagnostic d : diagnostics) {
      String file = d.location().file();
      if (lastFile == null || !lastFile.equals(file)) {
        lastFile = file;
        lastOwn = isOwnFile(file, period);
      }
      if (lastOwn == own) {
        kept.add(d);
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /**
   * True for a file of {@code period}: its path names that period ({@code 2024H1/SCT-chi-so.csv}), or the
   * year whose figures are due with it (a {@code 2024} file for 2024H2 and for 2024), or names no period at
   * all — as the reading order reads a path ({@link PathPeriods}).
   */
  public static boolean isOwnFile(String file, Period period) {
    Optional<Period> named = file == null ? Optional.empty() : PathPeriods.hint(file);
    if (named.isEmpty() || named.get().equals(period)) {
      return true;
    }
    Period p = named.get();
    if (p.year() != period.year()) {
      return false;
    }
    return period.isYear() || (p.isYear() && period.half() == 2);
  }
}
