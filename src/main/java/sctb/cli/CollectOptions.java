package sctb.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

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

  List<String> agencies() {
    return agencies == null ? List.of() : List.copyOf(agencies);
  }
}
