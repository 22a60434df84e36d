package sctb.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.Column;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.Numbers;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;

/** Turns a table's header and data records into a {@link RawFile}, the same way for every format. */
public final class Tables {
  private static final List<Column> NUMERIC = List.of(Column.PROGRESS, Column.SPENT_VND, Column.NUMERATOR, Column.DENOMINATOR);

  private Tables() {}

  /**
   * Maps the header, builds the rows, decides the decimal style from the text numbers (cells stored as
   * numbers give no evidence: they have no separators) unless {@code forced}; {@code delimiter} sets
   * the default when there is no evidence (see {@link DecimalStyle#decide}).
   */
  public static RawFile toRawFile(String file, TableRecord header, List<TableRecord> data, DecimalStyle forced,
      char delimiter, List<Diagnostic> diagnostics) {
    TableHeader h = TableHeader.map(file, header, data, diagnostics);
    List<RawRow> rows = new ArrayList<>();
    int commaEvidence = 0;
    int pointEvidence = 0;
    for (TableRecord r : data) {
      RawRow row = h.row(file, r);
      rows.add(row);
      for (Column c : NUMERIC) {
        if (row.number(c) != null) {
          continue;
        }
        Optional<Character> e = Numbers.evidence(row.text(c));
        if (e.isPresent()) {
          if (e.get() == ',') {
            commaEvidence++;
          } else {
            pointEvidence++;
          }
        }
      }
    }
    DecimalStyle style = forced != null ? forced : DecimalStyle.decide(commaEvidence, pointEvidence, delimiter);
    boolean usable = h.kind() != null && diagnostics.stream().noneMatch(d -> d.isError()
        && (d.code() == Code.DUPLICATE_HEADER || d.code() == Code.MISSING_COLUMN || d.code() == Code.UNKNOWN_FILE_KIND));
    return new RawFile(file, h.kind(), style, rows, diagnostics, usable);
  }
}
