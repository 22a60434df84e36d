package sctb.io.xlsx;

import sctb.core.submission.RawFile;

/** A workbook read as a submission: the table of the sheet chosen, and that sheet's name (null when none was read). */
public record XlsxFile(RawFile raw, String sheet) {}
