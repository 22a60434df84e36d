package sctb.core.submission;

import java.util.List;
import sctb.core.diag.Diagnostic;

/**
 * A submission file as parsed, before the plan's rules: its display name, kind (null when unknown),
 * the decimal style its numbers use, its rows, the file-level diagnostics (encoding, header), whether
 * those stop its rows from being read ({@code rowsUsable}), and whether it writes dates month first
 * ({@link DateOrder}).
 */
public record RawFile(
    String file, FileKind kind, DecimalStyle decimals, List<RawRow> rows, List<Diagnostic> diagnostics,
    boolean rowsUsable, boolean monthFirstDates) {

  /** A file whose dates are day first, the Vietnamese order. */
  public RawFile(String file, FileKind kind, DecimalStyle decimals, List<RawRow> rows, List<Diagnostic> diagnostics,
      boolean rowsUsable) {
    this(file, kind, decimals, rows, diagnostics, rowsUsable, false);
  }

  public RawFile {
    rows = java.util.Collections.unmodifiableList(rows); // handed over by its reader, not copied (it may be a view)
    diagnostics = List.copyOf(diagnostics);
  }

  /** The same file with one more file-level diagnostic. */
  public RawFile with(Diagnostic more) {
    List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
    all.add(more);
    return new RawFile(file, kind, decimals, rows, all, rowsUsable, monthFirstDates);
  }
}
