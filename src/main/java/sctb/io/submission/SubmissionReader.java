package sctb.io.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.submission.CollectedRows;
import sctb.core.submission.RawFile;
import sctb.core.submission.RowSink;
import sctb.core.submission.Submissions;
import sctb.core.validate.CheckedFile;
import sctb.core.validate.Lookup;
import sctb.core.validate.ReadOrder;
import sctb.core.validate.SubmissionValidator;
import sctb.core.validate.ValidateOptions;
import sctb.core.validate.ValidationRun;
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
    CollectedRows rows = new CollectedRows();
    Summary s = stream(plan, paths, options, rows, ReadProgress.NONE);
    return new Submissions(s.files(), rows.tasks(), rows.indicators(), s.diagnostics(), s.rejectedRows(), rows.corrections());
  }

  /** What a streamed read leaves besides the rows: the files read, every diagnostic, the rejected-row count. */
  public record Summary(List<String> files, List<Diagnostic> diagnostics, int rejectedRows, long acceptedRows) {

    /** The same as {@link Submissions}, without the rows (a streamed read keeps none). */
    public Submissions withoutRows() {
      return new Submissions(files, List.of(), List.of(), diagnostics, rejectedRows, acceptedRows);
    }
  }

  /**
   * Reads and checks the files with a small pool (files are independent: {@value #THREADS_MAX} at
   * most, one per core), then applies the cross-file rules and hands every accepted row to
   * {@code sink} in reading order ({@link ReadOrder}) on the calling thread, so the result is the same on any
   * machine. At most a few files are held in memory at once.
   */
  public static Summary stream(Plan plan, List<Path> paths, ReadOptions options, RowSink sink, ReadProgress progress) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> found = new ArrayList<>();
    for (Path path : paths) {
      collect(path, found, problems);
    }
    ReadOrder order = ReadOrder.of(found.stream().map(SubmissionReader::display).toList());
    List<Path> files = order.positions().stream().map(found::get).toList();
    // Workbook name → the sheet read, so that diagnostics can say "file.xlsx!Sheet1!E7".
    Map<String, String> sheets = new ConcurrentHashMap<>();
    Lookup lookup = new Lookup(plan, options.register());
    ValidateOptions validation = new ValidateOptions(options.period(), options.today(), ValidateOptions.DEFAULT_CAP);
    int threads = Math.max(1, Math.min(THREADS_MAX, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = threads == 1 || files.size() < 2 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sctb-read");
      t.setDaemon(true);
      return t;
    });
    try {
      Reading reading = new Reading(files, order, lookup, options, validation, sheets, pool, threads);
      ValidationRun run = reading.pass(new ValidationRun(plan, lookup, validation), true, sink, progress);
      if (run == null) {
        // A file held rows of a period already complete: read again, completing nothing before the end.
        sink.restart();
        run = reading.pass(new ValidationRun(plan, lookup, validation), false, sink, progress);
      }
      problems.forEach(run::add);
      options.register().diagnostics().forEach(run::add);
      List<Diagnostic> diagnostics = run.finish();
      if (!sheets.isEmpty()) {
        diagnostics = diagnostics.stream().map(d -> {
          String sheet = sheets.get(d.location().file());
          return sheet == null ? d : d.withLocation(d.location().inSheet(sheet));
        }).toList();
      }
      return new Summary(run.files(), diagnostics, run.rejected(), run.accepted());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** One way through the files in reading order: read and checked on the pool, fed to the run in order. */
  private record Reading(List<Path> files, ReadOrder order, Lookup lookup, ReadOptions options,
      ValidateOptions validation, Map<String, String> sheets, ExecutorService pool, int threads) {

    /** The run after every file, or null when a file did not fit the periods still open ({@code complete} only). */
    ValidationRun pass(ValidationRun run, boolean complete, RowSink sink, ReadProgress progress) {
      Deque<Future<Object>> pending = new ArrayDeque<>();
      int next = 0;
      long rows = 0;
      try {
        for (int done = 0; done < files.size(); done++) {
          while (pool != null && next < files.size() && pending.size() < threads + 1) {
            Path file = files.get(next++);
            pending.add(pool.submit(() -> checkFile(file, lookup, options, validation, sheets)));
          }
          if (complete && order.horizon(done) != null) {
            run.complete(order.horizon(done));
          }
          Object result = pool == null ? checkFile(files.get(done), lookup, options, validation, sheets) : await(pending.poll());
          if (result instanceof CheckedFile checked) {
            if (complete && !run.fits(checked)) {
              return null;
            }
            run.add(checked, sink);
            rows += checked.rows().size() + checked.rejected();
          } else {
            run.add((Diagnostic) result);
          }
          progress.fileDone(done + 1, files.size(), rows);
        }
        return run;
      } finally {
        pending.forEach(f -> f.cancel(true));
      }
    }
  }

  private static final int THREADS_MAX = 4;

  /** One file read, parsed and checked on its own: a {@link CheckedFile}, or the unreadable diagnostic. */
  private static Object checkFile(Path file, Lookup lookup, ReadOptions options, ValidateOptions validation,
      Map<String, String> sheets) {
    String name = display(file);
    try {
      RawFile raw = parse(file, name, options, sheets);
      return SubmissionValidator.check(lookup, raw, validation);
    } catch (UnreadableFileException e) {
      return Diagnostic.of(Code.UNREADABLE, Location.file(name), name, e.reason());
    }
  }

  /** The file's rows before the plan's rules (also the register's, {@link RegisterReader}). */
  static RawFile parse(Path file, String name, ReadOptions options, Map<String, String> sheets)
      throws UnreadableFileException {
    if (isWorkbook(file)) {
      // sctb.io.xlsx (and Apache POI with it) is loaded here, only when a workbook is met
      XlsxFile workbook = XlsxFileReader.read(name, file, options.decimals());
      if (workbook.sheet() != null) {
        sheets.put(name, workbook.sheet());
      }
      return workbook.raw();
    }
    return CsvFileReader.read(name, Files2.readAll(file, MAX_BYTES), options.decimals());
  }

  private static Object await(Future<Object> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading submissions", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
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
