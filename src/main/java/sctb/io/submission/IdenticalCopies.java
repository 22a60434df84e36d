package sctb.io.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;

/**
 * The same file saved twice ("SNNMT-nhiem-vu (1).csv" beside "SNNMT-nhiem-vu.csv", a download repeated):
 * read once. Its rows read twice would all be duplicate rows, errors blamed on the agency's own file.
 * Only files of equal size are compared, so a workspace of distinct files costs one size look-up each.
 */
final class IdenticalCopies {
  private IdenticalCopies() {}

  /**
   * {@code files} without the byte-for-byte copies, in their order; one {@code duplicate-file} warning
   * per copy left out. Of identical files the one with the shortest name is read (the original: copies
   * get a suffix), the first by name among equals.
   */
  static <T> List<T> withoutCopies(List<T> files, Function<T, Path> path, Function<T, String> name,
      List<Diagnostic> problems) {
    Map<Long, List<T>> bySize = new LinkedHashMap<>();
    for (T file : files) {
      long size = size(path.apply(file));
      if (size > 0) {
        bySize.computeIfAbsent(size, s -> new ArrayList<>()).add(file);
      }
    }
    List<T> copies = new ArrayList<>();
    for (List<T> same : bySize.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<T> originals = new ArrayList<>();
      same.stream().sorted(Comparator.comparingInt((T f) -> name.apply(f).length()).thenComparing(name))
          .forEach(file -> {
            T original = originals.stream().filter(o -> identical(path.apply(o), path.apply(file))).findFirst().orElse(null);
            if (original == null) {
              originals.add(file);
            } else {
              copies.add(file);
              problems.add(Diagnostic.of(Code.DUPLICATE_FILE, Location.file(name.apply(file)), name.apply(file),
                  name.apply(original)));
            }
          });
    }
    if (copies.isEmpty()) {
      return files;
    }
    return files.stream().filter(f -> !copies.contains(f)).toList();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1; // the reader reports it
    }
  }

  private static boolean identical(Path a, Path b) {
    try {
      return Files.mismatch(a, b) == -1;
    } catch (IOException e) {
      return false;
    }
  }
}
