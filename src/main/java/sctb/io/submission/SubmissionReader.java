package sctb.io.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.submission.RawFile;
import sctb.core.submission.Submissions;
import sctb.core.validate.SubmissionValidator;
import sctb.core.validate.ValidateOptions;
import sctb.io.Files2;
import sctb.io.UnreadableFileException;
import sctb.io.csv.CsvFileReader;
import sctb.io.xlsx.XlsxFile;
import sctb.io.xlsx.XlsxFileReader;

/**
 * Reads agencies' submissions from files and folders (folders searched recursively for {@code *.csv} and {@code *.xlsx},
 * in sorted order so every run is identical) and validates them against the plan. The one entry point
 * for every feature that needs submissions: {@link #read(Plan, List, ReadOptions)}.
 */
public final class SubmissionReader {
  /** Largest submission file read (a bigger one is reported unreadable rather than exhausting memory). */
  static final long MAX_BYTES = 512L * 1024 * 1024;

  private SubmissionReader() {}

  /**
   * Every accepted row and every diagnostic. Paths that are missing, unreadable, or folders without
   * any CSV or .xlsx file give an {@code unreadable} diagnostic (the CLI exits 3 on those).
   */
  public static Submissions read(Plan plan, List<Path> paths, ReadOptions options) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      collect(path, files, problems);
    }
    List<RawFile> raw = new ArrayList<>();
    Map<String, String> sheets = new TreeMap<>();
    for (Path file : files) {
      String name = display(file);
      try {
        if (isWorkbook(file)) {
          // sctb.io.xlsx (and Apache POI with it) is loaded here, only when a workbook is met
          XlsxFile workbook = XlsxFileReader.read(name, file, options.decimals());
          raw.add(workbook.raw());
          if (workbook.sheet() != null) {
            sheets.put(name, workbook.sheet());
          }
        } else {
          raw.add(CsvFileReader.read(name, Files2.readAll(file, MAX_BYTES), options.decimals()));
        }
      } catch (UnreadableFileException e) {
        problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, e.reason()));
      }
    }
    Submissions checked = SubmissionValidator.validate(plan, raw,
        new ValidateOptions(options.period(), options.today(), ValidateOptions.DEFAULT_CAP));
    if (problems.isEmpty() && sheets.isEmpty()) {
      return checked;
    }
    List<Diagnostic> all = new ArrayList<>(problems);
    for (Diagnostic d : checked.diagnostics()) {
      String sheet = sheets.get(d.location().file());
      all.add(sheet == null ? d : d.withLocation(d.location().inSheet(sheet)));
    }
    all.sort(sctb.core.diag.Diagnostics.ORDER);
    return new Submissions(checked.files(), checked.tasks(), checked.indicators(), all, checked.rejectedRows());
  }

  private static void collect(Path path, List<Path> files, List<Diagnostic> problems) {
    String name = display(path);
    if (Files.isDirectory(path)) {
      List<Path> found;
      try (Stream<Path> walk = Files.walk(path)) {
        found = walk.filter(p -> p.getFileName() != null && submission(p.getFileName().toString()) && Files.isRegularFile(p))
            .sorted()
            .toList();
      } catch (IOException | RuntimeException e) {
        problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, "io"));
        return;
      }
      if (found.isEmpty()) {
        problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, "no-csv"));
      }
      files.addAll(found);
    } else if (!Files.exists(path)) {
      problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name,
          Files.isSymbolicLink(path) ? "broken-link" : "missing"));
    } else {
      files.add(path);
    }
  }

  /**
   * A file a folder search picks up: {@code *.csv} and {@code *.xlsx}, and old {@code *.xls} workbooks
   * (so that they are reported, "save as .xlsx", rather than silently left out); not Excel's {@code ~$} lock files.
   */
  static boolean submission(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || ((lower.endsWith(".xlsx") || lower.endsWith(".xls")) && !lower.startsWith("~$"));
  }

  /** Files named {@code .xlsx}, {@code .xlsm} or {@code .xls} are read as workbooks, everything else as CSV. */
  static boolean isWorkbook(Path file) {
    String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
  }

  /** A path as shown to users: relative to the working folder when inside it, with forward slashes. */
  public static String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : path.normalize();
    return shown.toString().replace('\\', '/');
  }
}
