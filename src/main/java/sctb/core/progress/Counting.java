package sctb.core.progress;

import java.util.function.UnaryOperator;
import sctb.core.register.Register;

/**
 * What the counting rules need besides the rows: the agency a row's writer answers for at the report's
 * due date (a successor's row replaces its predecessor's), the maximum data age in half-years, and the
 * register (which entities had closed).
 */
record Counting(UnaryOperator<String> answersFor, int maxAge, Register register) {}
