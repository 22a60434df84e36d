package sctb.io.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.submission.CollectedRows;
import sctb.core.submission.FileContent;
import sctb.core.submission.RawFile;
import sctb.core.submission.RowSink;
import sctb.core.submission.Submissions;
import sctb.core.text.SafeText;
import sctb.core.validate.CheckedFile;
import sctb.core.validate.Lookup;
import sctb.core.validate.ReadOrder;
import sctb.core.validate.SubmissionValidator;
import sctb.core.validate.ValidateOptions;
import sctb.core.validate.ValidationRun;
import sctb.io.Files2;
import sctb.io.KeptArray;
import sctb.io.ReadBytes;
import sctb.io.ReadFailure;
import sctb.io.UnreadableFileException;
import sctb.io.csv.CsvFileReader;
import sctb.io.csv.LineRows;
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

  /**
   * What a streamed read leaves besides the rows: the files read, every diagnostic, the rejected-row count, the rows
   * set aside as a retired indicator's and the accepted-row count.
   */
  public record Summary(List<String> files, List<Diagnostic> diagnostics, int rejectedRows, int retiredRows,
      long acceptedRows) {

    /** The same as {@link Submissions}, without the rows (a streamed read keeps none). */
    public Submissions withoutRows() {
      return new Submissions(files, List.of(), List.of(), diagnostics, rejectedRows, retiredRows, acceptedRows, List.of());
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
    List<Found> found = new ArrayList<>();
    for (Path path : paths) {
      collect(path, found, problems);
    }
    found = IdenticalCopies.withoutCopies(found, Found::path, Found::name, problems);
    ReadOrder order = ReadOrder.of(found.stream().map(Found::name).toList());
    List<Found> files = order.positions().stream().map(found::get).toList();
    // File name → how its places are shown as Excel shows them ("file.xlsx!Sheet1!E7", a CSV line's row).
    Map<String, UnaryOperator<Location>> places = new ConcurrentHashMap<>();
    Lookup lookup = new Lookup(plan, options.register());
    ValidateOptions validation = new ValidateOptions(options.period(), options.today(), ValidateOptions.DEFAULT_CAP);
    int threads = Math.max(1, Math.min(THREADS_MAX, Runtime.getRuntime().availableProcessors()));
    // A pool even for one file or one core: the ordering thread takes a file's rows while they are checked.
    ExecutorService pool = files.isEmpty() ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sctb-read");
      t.setDaemon(true);
      return t;
    });
    try {
      Reading reading = new Reading(files, order, lookup, options, validation, places, pool, threads);
      ValidationRun run = reading.pass(new ValidationRun(plan, lookup, validation), true, sink, progress);
      if (run == null) {
        // A file held rows of a period already complete: read again, completing nothing before the end.
        sink.restart();
        run = reading.pass(new ValidationRun(plan, lookup, validation), false, sink, progress);
      }
      problems.forEach(run::add);
      options.register().diagnostics().forEach(run::add);
      List<Diagnostic> diagnostics = run.finish();
      if (!places.isEmpty()) {
        diagnostics = diagnostics.stream().map(d -> {
          UnaryOperator<Location> shown = places.get(d.location().file());
          return shown == null ? d : d.withLocation(shown.apply(d.location()));
        }).toList();
      }
      return new Summary(run.files(), diagnostics, run.rejected(), run.retired(), run.accepted());
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * The day each submission file under {@code paths} was last modified, in Vietnam's time zone, by the
   * name it is shown by (as {@link #stream} names it). A copy or a download resets that day: it stands
   * for a submission date only when a user says so ({@code sctb status --file-dates}).
   */
  public static Map<String, LocalDate> modified(List<Path> paths) {
    List<Found> found = new ArrayList<>();
    for (Path path : paths) {
      collect(path, found, new ArrayList<>());
    }
    Map<String, LocalDate> days = new java.util.TreeMap<>();
    for (Found f : found) {
      try {
        days.put(f.name(), LocalDate.ofInstant(Files.getLastModifiedTime(f.path()).toInstant(), VIETNAM));
      } catch (IOException e) {
        // no date: the file is reported unreadable by the read itself
      }
    }
    return days;
  }

  private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

  /** A file to read and the name it is shown by. */
  private record Found(Path path, String name) {

    /** About the memory reading and checking it takes ({@link #CSV_MEMORY_PER_BYTE}); 0 when its size is unknown. */
    long memory() {
      try {
        return Files.size(path) * CSV_MEMORY_PER_BYTE;
      } catch (IOException | SecurityException e) {
        return 0; // the read itself reports the file unreadable
      }
    }
  }

  /** One way through the files in reading order: read and checked on the pool, fed to the run in order. */
  private record Reading(List<Found> files, ReadOrder order, Lookup lookup, ReadOptions options,
      ValidateOptions validation, Map<String, UnaryOperator<Location>> places, ExecutorService pool, int threads) {

    /** The run after every file, or null when a file did not fit the periods still open ({@code complete} only). */
    ValidationRun pass(ValidationRun run, boolean complete, RowSink sink, ReadProgress progress) {
      Deque<FileParts> pending = new ArrayDeque<>();
      InFlight inFlight = new InFlight(Runtime.getRuntime().maxMemory() / IN_FLIGHT_SHARE);
      long[] memory = files.stream().mapToLong(Found::memory).toArray();
      int next = 0;
      long rows = 0;
      try {
        for (int done = 0; done < files.size(); done++) {
          while (next < files.size() && pending.size() < threads + 1 && inFlight.admits(memory[next])) {
            Found file = files.get(next++);
            FileParts parts = new FileParts();
            parts.task = pool.submit(() -> parts.fill(() -> KeptArray.heldWhile(
                () -> checkFile(file, lookup, options, validation, places, parts::put))));
            pending.add(parts);
          }
          if (complete && order.horizon(done) != null) {
            run.complete(order.horizon(done));
          }
          FileParts parts = pending.peek();
          boolean first = true;
          for (FileRead part = parts.take(); part != null; part = parts.take()) {
            if (part instanceof FileRead.Checked read) {
              CheckedFile checked = read.file();
              if (complete && !run.fits(checked)) {
                return null;
              }
              if (first) {
                run.add(checked, sink);
              } else {
                run.addMore(checked, sink);
              }
              first = false;
              rows += checked.rows().size() + checked.rejected();
            } else {
              run.add(((FileRead.Unreadable) part).diagnostic());
            }
          }
          pending.poll();
          inFlight.done(memory[done]);
          progress.fileDone(done + 1, files.size(), rows);
        }
        return run;
      } finally {
        pending.forEach(p -> p.task.cancel(true));
      }
    }
  }

  private static final int THREADS_MAX = 4;

  /**
   * Files read ahead of the ordering thread may together take at most this share of the heap (by
   * {@link Found#memory}): small files overlap as many as the pool allows, a file too big for the
   * share is read while no other is.
   */
  private static final int IN_FLIGHT_SHARE = 4;

  /**
   * Checked rows handed over at a time: a file of hundreds of thousands of rows is passed to the
   * ordering thread as it is checked, never held whole as checked rows (~300 bytes each).
   */
  private static final int PART_ROWS = 4096;

  /** Parts a file's checker may be ahead of the ordering thread before it waits. */
  private static final int PARTS_AHEAD = 4;

  /** What reading one file gave: a part of the file parsed and checked on its own, or why it could not be read. */
  private sealed interface FileRead {
    /** Read and checked: the file's rows, or the next part of them. */
    record Checked(CheckedFile file) implements FileRead {}

    /** Not readable: the {@code unreadable} diagnostic. */
    record Unreadable(Diagnostic diagnostic) implements FileRead {}
  }

  /**
   * One file's parts, put by the worker checking it and taken in order by the ordering thread, the
   * worker waiting while {@value #PARTS_AHEAD} are not taken yet; a failure of the worker is thrown
   * where the parts are taken.
   */
  private static final class FileParts {
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(PARTS_AHEAD);
    Future<?> task;

    /** Runs {@code check} (which puts the parts), then marks the end or the failure. */
    void fill(Runnable check) {
      Object last = END;
      try {
        check.run();
      } catch (Cancelled e) {
        return;
      } catch (RuntimeException | Error e) {
        last = e;
      }
      put(last);
    }

    void put(Object part) {
      try {
        queue.put(part);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Cancelled();
      }
    }

    /** The next part, or null after the last. */
    FileRead take() {
      Object part;
      try {
        part = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading submissions", e);
      }
      if (part instanceof RuntimeException r) {
        throw r;
      }
      if (part instanceof Error err) {
        throw err;
      }
      return part == END ? null : (FileRead) part;
    }

    /** The ordering thread no longer takes this file's parts. */
    private static final class Cancelled extends RuntimeException {
      Cancelled() {
        super(null, null, false, false);
      }
    }
  }

  /** One file read, parsed and checked on its own, handed to {@code parts} as it is checked. */
  private static void checkFile(Found file, Lookup lookup, ReadOptions options, ValidateOptions validation,
      Map<String, UnaryOperator<Location>> places, Consumer<Object> parts) {
    String name = file.name();
    RawFile raw;
    try {
      raw = parse(file.path(), name, options, places);
    } catch (UnreadableFileException e) {
      parts.accept(new FileRead.Unreadable(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, e.reason().id())));
      return;
    }
    SubmissionValidator.check(lookup, raw, validation, PART_ROWS, part -> parts.accept(new FileRead.Checked(part)));
  }

  /**
   * The file's rows before the plan's rules (also the register's, {@link RegisterReader}), read as
   * what its first bytes say it is, whatever its name ({@link FileContent}): a zip as a workbook, text
   * as CSV (a name that says otherwise gets a {@code wrong-extension} warning); an old .xls or a
   * password-protected workbook, a PDF, a photo, a web page, an archive are refused with a message
   * saying what they are and what to do.
   * A CSV file's rows are read once, in order, as both callers do ({@link CsvFileReader#readOnce}).
   * {@code places} gets, for a file whose places Excel shows otherwise (a workbook's sheet, a CSV line
   * below cells with line breaks), how to show them.
   */
  static RawFile parse(Path file, String name, ReadOptions options, Map<String, UnaryOperator<Location>> places)
      throws UnreadableFileException {
    ReadBytes start = Files2.head(file, WHOLE_AT_ONCE, MAX_BYTES, FILE_BYTES);
    FileContent content = FileContent.of(Arrays.copyOf(start.array(), Math.min(start.length(), FileContent.HEAD_BYTES)));
    boolean workbookName = isWorkbook(file);
    switch (content) {
      case ZIP -> {
        // sctb.io.xlsx is loaded here, only when a workbook is met
        XlsxFile workbook = XlsxFileReader.read(name, file, options.decimals());
        if (workbook.sheet() != null) {
          String sheet = workbook.sheet();
          places.put(name, at -> at.inSheet(sheet));
        }
        return workbookName || workbook.sheet() == null ? workbook.raw()
            : workbook.raw().with(Diagnostic.of(Code.WRONG_EXTENSION, Location.file(name), name, "xlsx"));
      }
      case TEXT -> {
        // A longer file is read again whole, into the same kept array: its head is no longer needed.
        LineRows rows = new LineRows();
        RawFile csv = CsvFileReader.readOnce(name, start.length() < WHOLE_AT_ONCE ? start : whole(file), options.decimals(), rows);
        if (rows.shifted()) {
          places.put(name, at -> at.line() > 0 ? at.onRow(rows.rowOf(at.line())) : at);
        }
        // A file of no bytes is no CSV named as a workbook: it is empty, and says so.
        return workbookName && start.length() > 0
            ? csv.with(Diagnostic.of(Code.WRONG_EXTENSION, Location.file(name), name, "csv")) : csv;
      }
      case OLE -> {
        // The compound file's directory is near its start: a password-protected workbook is told from what is read.
        String which = FileContent.encryptedWorkbook(start.array(), start.length()) ? "password" : "old-format";
        return refused(name, Diagnostic.of(Code.MALFORMED_XLSX, Location.file(name), name, which));
      }
      default -> {
        return refused(name, Diagnostic.of(Code.UNSUPPORTED_FILE, Location.file(name), name, content.id()));
      }
    }
  }

  /**
   * A file shorter than this is read whole at once: the bytes that tell what it is hold its rows too,
   * so it is opened and checked once, not twice (the 219 CSV files of the samples and their register:
   * the everyday report's file system calls 7,130 -> 4,844, docs/performance.md, round 11).
   */
  static final int WHOLE_AT_ONCE = 64 * 1024;

  /** A CSV file's bytes, read whole once it is known to fit in memory. */
  private static ReadBytes whole(Path file) throws UnreadableFileException {
    requireMemory(file);
    return Files2.readAll(file, MAX_BYTES, FILE_BYTES);
  }

  /**
   * A CSV file is read whole: its bytes, its text and its cells take about
   * {@value #CSV_MEMORY_PER_BYTE} times its size (measured: a 40 MB file needs more than 256 MB). A
   * file that cannot fit in the memory sctb may use is refused with how to fix it, before reading,
   * rather than stopping the whole run out of memory.
   */
  private static void requireMemory(Path file) throws UnreadableFileException {
    try {
      if (Files.size(file) * CSV_MEMORY_PER_BYTE > Runtime.getRuntime().maxMemory()) {
        throw new UnreadableFileException(file, ReadFailure.NEEDS_MEMORY, null);
      }
    } catch (IOException e) {
      throw new UnreadableFileException(file, ReadFailure.IO, e);
    }
  }

  /**
   * A reading thread's array for a CSV file's bytes, needed only while the file is parsed: 9 % of the
   * bytes validate allocated at 2 M rows, one array a file (docs/performance.md, round 10). A file read
   * in two passes, the second as its rows are checked, has its own.
   */
  private static final KeptArray<byte[]> FILE_BYTES =
      new KeptArray<>(byte[]::new, a -> a.length, CsvFileReader.STREAMED_BYTES - 1);

  /** Memory a CSV file takes while it is read and checked, per byte of the file. */
  static final int CSV_MEMORY_PER_BYTE = 8;

  private static RawFile refused(String name, Diagnostic why) {
    return new RawFile(name, null, sctb.core.submission.DecimalStyle.COMMA, List.of(), List.of(why), false);
  }

  /**
   * The submission files {@code path} names: itself, or for a folder every {@code *.csv}, {@code *.xlsx}
   * and {@code *.xls} below it, following the link policy of {@link #insideFolder}.
   */
  private static void collect(Path path, List<Found> files, List<Diagnostic> problems) {
    String name = display(path);
    if (Files.isDirectory(path)) {
      Path root;
      List<Path> found;
      try {
        root = path.toRealPath();
        if (Files2.inSystemFolder(root)) {
          problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, "system"));
          return;
        }
        // The folder itself may be a link (a shared drive linked into the workspace): it is walked at its
        // real path, every file still shown and read under the name the user gave.
        Path realRoot = root;
        try (Stream<Path> walk = Files.walk(realRoot)) {
          found = walk.filter(p -> p.getFileName() != null && submission(p.getFileName().toString())
                  && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .map(p -> path.resolve(realRoot.relativize(p)))
              .sorted()
              .toList();
        }
      } catch (IOException | RuntimeException e) {
        problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, ReadFailure.IO.id()));
        return;
      }
      List<Found> accepted = new ArrayList<>();
      for (Path file : found) {
        String shown = displayUnder(path, file);
        String refused = insideFolder(file, root);
        if (refused == null) {
          accepted.add(new Found(file, shown));
        } else {
          problems.add(Diagnostic.of(Code.SKIPPED_FILE, Location.file(shown), shown, refused, displayUnder(path, path)));
        }
      }
      if (found.isEmpty()) {
        problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, ReadFailure.NO_SUBMISSIONS.id()));
      }
      files.addAll(accepted);
    } else if (!Files.exists(path)) {
      problems.add(Diagnostic.of(Code.UNREADABLE, Location.file(name), name,
          (Files.isSymbolicLink(path) ? ReadFailure.BROKEN_LINK : ReadFailure.MISSING).id()));
    } else {
      files.add(new Found(path, name));
    }
  }

  /**
   * The link and special-file policy inside a data folder (a file named on the command line is read
   * as named: the person running sctb chose it): a symbolic link is followed only when its real target
   * is a file inside the folder's real path, never outside it (an agency's pull request could add
   * {@code x.csv -> /proc/self/environ}) and never into a system folder; pipes, sockets and devices
   * are not read (reading could block forever). Null when {@code file} is read, else why not.
   */
  static String insideFolder(Path file, Path root) {
    Path target;
    try {
      target = file.toRealPath();
    } catch (IOException e) {
      return "broken-link";
    }
    if (Files.isSymbolicLink(file) && (!target.startsWith(root) || Files2.inSystemFolder(target))) {
      return "link-outside";
    }
    return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files2.inSystemFolder(target) ? null : "special";
  }

  /**
   * A file a folder search picks up: every name Excel or LibreOffice gives a table an agency may send.
   * {@code *.csv} and {@code *.xlsx}; Excel's "Unicode Text" and "Text (Tab delimited)" ({@code *.txt},
   * {@code *.tsv}: read as CSV, their content says so); macro workbooks ({@code *.xlsm}); and old
   * {@code *.xls}, binary {@code *.xlsb} and LibreOffice {@code *.ods} workbooks, so that they are reported
   * ("save as .xlsx") rather than silently left out while the agency counts as not having sent. Not
   * Excel's {@code ~$} lock files.
   */
  static boolean submission(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return !lower.startsWith("~$") && SUBMISSION_EXTENSIONS.contains(lower.substring(lower.lastIndexOf('.') + 1));
  }

  private static final Set<String> SUBMISSION_EXTENSIONS = Set.of("csv", "txt", "tsv", "xlsx", "xlsm", "xls", "xlsb", "ods");

  /** Files named as workbooks: {@code .xlsx}, {@code .xlsm} or {@code .xls}. */
  static boolean isWorkbook(Path file) {
    String lower = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
  }

  /**
   * A file found in {@code folder} as shown to users: as {@link #display} inside the working folder;
   * outside it, from the folder's own name on ({@code samples/2024H1/SCT-chi-so.csv}), so that a
   * report made with {@code --data /home/…/samples} does not publish where the data lies on the machine.
   */
  static String displayUnder(Path folder, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = folder.toAbsolutePath().normalize();
    if (absolute.startsWith(Path.of("").toAbsolutePath().normalize()) || base.getFileName() == null) {
      return display(file);
    }
    String inside = base.relativize(absolute).toString();
    return SafeText.line((inside.isEmpty() ? base.getFileName().toString() : base.getFileName() + "/" + inside).replace('\\', '/'));
  }

  /**
   * A path as shown to users: relative to the working folder when inside it, with forward slashes,
   * control characters in names escaped ({@link SafeText#line}).
   */
  public static String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : path.normalize();
    return SafeText.line(shown.toString().replace('\\', '/'));
  }
}
