package sctb.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import sctb.core.period.Period;
import sctb.render.OutputFormat;

/**
 * What {@code feedback} and {@code remind} are both asked: the agencies (none: those the command picks,
 * the recipient of reports aside), the formats (distinct, in the order given), from the submissions in
 * {@code data} (else the plan's folder), into one file or standard output ({@code output}: one document,
 * one format) or a folder ({@code outDir}, else a folder of the period's reports), with a department's
 * templates, the day to send by, and whether an undated report may take its files' day.
 */
record CollectRequest(Path plan, Period period, List<String> agencies, List<OutputFormat> formats, Optional<Path> data,
    Optional<Output> output, Optional<Path> outDir, Optional<Path> templates, Optional<LocalDate> sendBy,
    boolean fileDates, boolean quiet) {}
