package sctb.io.xlsx;

/**
 * Reading a workbook stops here: a limit of {@link XlsxLimits} was reached or the file makes no sense.
 * {@code reason} is the message key's last part ({@code diag.malformed-xlsx.<reason>}), {@code limit}
 * the bound named to the user, {@code row}/{@code column} where in the sheet (0 when not in one).
 */
final class Stop extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final String reason;
  final long limit;
  final int row;
  final int column;

  Stop(String reason, long limit, int row, int column) {
    super(reason, null, false, false);
    this.reason = reason;
    this.limit = limit;
    this.row = row;
    this.column = column;
  }

  Stop(String reason, long limit) {
    this(reason, limit, 0, 0);
  }

  /** The file is damaged or not what it claims: no limit to name. */
  static Stop invalid() {
    return new Stop("invalid", 0);
  }
}
