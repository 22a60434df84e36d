package sctb.render.collect.model;

/**
 * One file an agency sent: its name as the clerk saved it (without the folder), the submission date
 * written on its rows of the period ("" when none), whether any of its rows could be read (else that date
 * is unknown rather than missing), its rows, those rejected, those of other periods, its errors and warnings,
 * and the byte-for-byte copies of it left out unread (the same file saved twice), by name.
 */
public record FileView(String name, String submittedOn, boolean read, String rows, String rejectedRows,
    String otherPeriodRows, String errors, String warnings, java.util.List<String> copies) {

  public FileView {
    copies = java.util.List.copyOf(copies);
  }
}
