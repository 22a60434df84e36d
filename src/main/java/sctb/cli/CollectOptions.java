package sctb.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import sctb.core.period.Period;
import sctb.render.OutputFormat;

/**
 * The options {@code feedback} and {@code remind} share: which agencies (codes or names), from which
 * submissions, into which folder, with which templates, the day to send by, and whether an undated
 * report may take its files' day.
 */
public final class CollectOptions {
  @Option(names = "--agency", paramLabel = "CODE", descriptionKey = "collect.agency")
  List<String> agencies;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "collect.out-dir")
  Path outDir;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "report.templates")
  Path templates;

  @Option(names = "--send-by", paramLabel = "D", descriptionKey = "collect.send-by")
  LocalDate sendBy;

  @Option(names = "--file-dates", descriptionKey = "collect.file-dates")
  boolean fileDates;

  /**
   * These options with the command's own ({@code --plan}, {@code -q}, the period, the formats, {@code -o})
   * as the record its work reads; a usage error for an {@code -o} the formats or {@code --out-dir} rule out.
   */
  CollectRequest request(Subcommand<?> command, Period period, List<OutputFormat> formats, OutOption out) {
    List<OutputFormat> chosen = List.copyOf(new LinkedHashSet<>(formats));
    Optional<Output> output = out.oneDocument(command.messages(), "collect.out-is-folder", outDir != null, chosen,
        OutputFormat::binary, "collect.binary-stdout");
    return new CollectRequest(command.plan, period, agencies == null ? List.of() : List.copyOf(agencies), chosen,
        Optional.ofNullable(data), output, Optional.ofNullable(outDir), Optional.ofNullable(templates),
        Optional.ofNullable(sendBy), fileDates, command.quiet);
  }
}
