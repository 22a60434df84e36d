package sctb.core.period;

import java.util.Optional;

/**
 * The period a submission file's path suggests ({@code 2024H1/SCT-chi-so.csv},
 * {@code thanh-hoa/2024-H1/…}, {@code SCT-6T-2024.csv}): the name nearest the file that reads as a
 * period — the file's own name first, then its folders upwards; within a name, the whole name, then
 * two neighbouring words, then one word. Only a hint for the order in which files are read (files of
 * one period together, oldest first); what a file really holds is checked as it is read.
 */
public final class PathPeriods {
  private PathPeriods() {}

  /** {@code path}: folders separated by {@code /}. */
  public static Optional<Period> hint(String path) {
    String[] names = path.split("/");
    for (int i = names.length - 1; i >= 0; i--) {
      String name = i == names.length - 1 ? stem(names[i]) : names[i];
      Optional<Period> p = inName(name);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /**
   * Years a path may name: a folder "CV-1258" or "QD-889" holds a document's number, not a year (1258 was
   * taken for one and every row of the folder warned of a period differing from "1258").
   */
  private static Optional<Period> parse(String text) {
    return PeriodParser.parse(text).filter(p -> p.year() >= 2000 && p.year() <= 2099);
  }

  private static Optional<Period> inName(String name) {
    if (name.isEmpty() || name.chars().noneMatch(Character::isDigit)) {
      return Optional.empty();
    }
    Optional<Period> whole = parse(name);
    if (whole.isPresent()) {
      return whole;
    }
    String[] words = name.split("[-_. ]+");
    for (int i = words.length - 2; i >= 0; i--) {
      Optional<Period> two = parse(words[i] + "-" + words[i + 1]);
      if (two.isPresent()) {
        return two;
      }
    }
    for (int i = words.length - 1; i >= 0; i--) {
      Optional<Period> one = parse(words[i]);
      if (one.isPresent()) {
        return one;
      }
    }
    return Optional.empty();
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
