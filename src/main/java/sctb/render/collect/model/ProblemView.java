package sctb.render.collect.model;

import sctb.core.diag.Code;
import sctb.core.diag.Severity;

/**
 * One problem in an agency's file, as the clerk finds it: the file's name, the place in it ("dòng 2, cột
 * “Trạng thái”"; in a workbook "trang “Nhiệm vụ”, ô E3, …"; "" for the whole file), the sentence, what
 * to do, how bad, and its stable code.
 */
public record ProblemView(String file, String place, String message, String fix, Severity severity, Code code) {}
