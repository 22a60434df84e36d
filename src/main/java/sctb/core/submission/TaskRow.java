package sctb.core.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import sctb.core.diag.Location;
import sctb.core.period.Period;

/**
 * One accepted task-progress row: what an agency says it did on a task in a period. Optional fields
 * are null when left blank. {@code at} is the file and physical line it came from.
 */
public record TaskRow(
    Location at,
    Period period,
    String agency,
    String task,
    Status status,
    BigDecimal progress,
    String result,
    String difficulties,
    String proposals,
    BigDecimal spentVnd,
    LocalDate submittedOn) implements SubmittedRow {}
