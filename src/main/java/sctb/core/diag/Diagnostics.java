package sctb.core.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A collector that keeps every problem instead of stopping at the first one. */
public final class Diagnostics {
  /** The order of places, the first keys of {@link #ORDER}: file, line, column. */
  public static final Comparator<Location> PLACE = (a, b) -> comparePlace(a.file(), a.line(), a.column(), b);

  /** {@link #PLACE} of a place given by its parts ({@code file} as a {@link Location} holds it) and {@code b}. */
  public static int comparePlace(String file, int line, int column, Location b) {
    int byFile = nullToEmpty(file).compareTo(nullToEmpty(b.file()));
    if (byFile != 0) {
      return byFile;
    }
    return line != b.line() ? Integer.compare(line, b.line()) : Integer.compare(column, b.column());
  }

  /** The order all outputs use: file, line, column, code. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location, PLACE)
          .thenComparing(d -> d.code().id())
          .thenComparing(d -> nullToEmpty(d.value()));

  private final List<Diagnostic> all = new ArrayList<>();

  public void add(Diagnostic diagnostic) {
    all.add(diagnostic);
  }

  public void add(Code code, Location location, String value, String... args) {
    all.add(Diagnostic.of(code, location, value, args));
  }

  public void addAll(Collection<Diagnostic> more) {
    all.addAll(more);
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** All diagnostics, sorted in the stable output order. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(all);
    copy.sort(ORDER);
    return List.copyOf(copy);
  }

  public int size() {
    return all.size();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
