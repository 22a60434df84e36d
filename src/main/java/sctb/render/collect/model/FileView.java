package sctb.render.collect.model;

/**
 * One file an agency sent: its name as the clerk saved it (without the folder), the submission date
 * written on its rows ("" when none), its rows, those rejected, those of other periods, and its errors and warnings.
 */
public record FileView(String name, String submittedOn, String rows, String rejectedRows, String otherPeriodRows,
    String errors, String warnings) {}
