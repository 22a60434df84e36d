package sctb.core.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.IndicatorKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.NameArena;

/**
 * The outlier rule for reduction indicators (warnings only; docs/diagnostics.md). With F the plan's
 * {@code progress.outlier_factor} and intensity = numerator / denominator of an establishment's row:
 * (1) an establishment's intensity differs by more than F times from its previous reported period;
 * (2) in one period, with at least {@value #MIN_PEERS} establishments of a sector reporting, an
 * intensity above F × the sector's median or below the median / F. Rows with zero output or zero
 * consumption, or a blank entity, are left out.
 *
 * <p>Rows are added as they are read and judged when their period is complete ({@link #complete},
 * see {@link ReadOrder}) or at the end: then only the rows of periods not yet complete are held
 * (about 40 bytes each in primitive arrays, and the entity's name as UTF-8 in one array), plus per
 * establishment its last judged intensity, so memory follows establishments, not rows. The intensity
 * is a double division (within a unit in the 16th digit of the exact quotient): enough for a factor
 * test whose messages show 4 digits.
 */
final class Outliers {
  static final int MIN_PEERS = 5;
  private static final MathContext SHOWN = new MathContext(4);

  private final double f;
  // Per establishment series (indicator, sector, entity key), by the key's fingerprint.
  private final Fingerprints seriesIds = new Fingerprints();
  private int seriesCount;
  private int[] lastGroup = new int[1024];
  private double[] lastIntensity = new double[1024];
  // Peer groups (indicator, sector, period): a few per period.
  private final Map<Group, Integer> groupIds = new HashMap<>();
  // Rows come a file, so mostly a group, at a time: the last row's group saves hashing a record a row
  // (the map's look-up was ~10 % of the ordering thread's samples, JFR of validate at 2 M rows).
  private Group lastGroupKey;
  private int lastGroupId;
  private final List<Period> groupPeriod = new ArrayList<>();
  private final List<String> groupSector = new ArrayList<>();
  private final List<Location> fileNumerator = new ArrayList<>();
  private final List<String> fileNames = new ArrayList<>();
  // The rows of periods not yet complete.
  private int[] series = new int[1024];
  private int[] group = new int[1024];
  private double[] intensity = new double[1024];
  private int[] fileOf = new int[1024];
  private int[] lineOf = new int[1024];
  // Each row's entity as a message shows it, as UTF-8 in one array: a String a row would be ~100 bytes
  // each, a fifth of the heap of a 5 M-row report while a period's rows are held.
  private NameArena entities = new NameArena();
  private long[] entity = new long[1024];
  private int n;
  private final List<Diagnostic> found = new ArrayList<>();

  Outliers(double factor) {
    this.f = factor;
  }

  /** Registers the next file (files are numbered in the order given); its index for {@link #add}. */
  int file(String name) {
    fileNames.add(name);
    fileNumerator.add(null);
    return fileNames.size() - 1;
  }

  /**
   * What the rule needs of one row, computed where the row is checked (any thread): the fingerprint
   * of its series (indicator, sector, entity key), its peer group's key and its intensity.
   */
  record Point(long series, Group group, double intensity) {}

  /** A peer group: one indicator's establishments of one sector in one period. */
  record Group(String indicator, String sector, Period period) {}

  /**
   * The peer groups of one file's rows, one {@link Group} for all the rows of a group: a file names a
   * handful (its period, an indicator or two, their sectors), and a new Group a row was ~2 % of
   * validate's bytes (JFR, round 11). Fields compared by identity: {@link Lookup} hands out one String
   * an indicator or sector id and one Period a spelling; an equal group missed so is only made anew.
   */
  static final class FileGroups {
    private final Group[] recent = new Group[64];

    Group of(String indicator, String sector, Period period) {
      // The slot from the ids' (kept) hashes spread by a multiply; up to PROBES neighbours tried, as
      // eleven sectors of one indicator share some of 64 slots.
      int start = (indicator.hashCode() * 31 + sector.hashCode()) * 0x9E3779B9 >>> 26;
      for (int i = 0; i < PROBES; i++) {
        int slot = (start + i) & (recent.length - 1);
        Group g = recent[slot];
        if (g == null) {
          return recent[slot] = new Group(indicator, sector, period);
        }
        if (g.indicator() == indicator && g.sector() == sector && g.period() == period) {
          return g;
        }
      }
      return recent[start] = new Group(indicator, sector, period);
    }

    private static final int PROBES = 4;
  }

  /** The row's {@link Point}, or null when the rule leaves the row out; its group one of {@code groups}. */
  static Point point(Lookup lookup, IndicatorRow row, FileGroups groups) {
    Lookup.IndicatorRef indicator = lookup.indicatorWithId(row.indicator());
    boolean reduction = indicator != null && indicator.kind() == IndicatorKind.REDUCTION;
    if (!reduction || row.entity().isBlank() || row.denominator() == null
        || row.numerator().signum() <= 0 || row.denominator().signum() <= 0) {
      return null;
    }
    return new Point(Fingerprints.of(row.indicator(), row.sector(), row.entityKey()),
        groups.of(row.indicator(), row.sector(), row.period()),
        row.numerator().doubleValue() / row.denominator().doubleValue());
  }

  /** {@link Fingerprints#touch} of the series of {@code point}, whose row {@link #add} is about to take. */
  long touch(Point point) {
    return seriesIds.touch(point.series());
  }

  /** An accepted indicator row of file {@code fileIndex} whose point is not null. */
  void add(CheckedFile.IndicatorCandidate candidate, int fileIndex) {
    Point point = candidate.point();
    IndicatorRow row = candidate.row();
    if (fileNumerator.get(fileIndex) == null) {
      fileNumerator.set(fileIndex, candidate.numeratorAt());
    }
    long s = seriesIds.putIfAbsent(point.series(), seriesCount);
    if (s < 0) {
      s = seriesCount++;
      if (s == lastGroup.length) {
        // By half again, as the series table grows: doubling would leave up to half of both unused to the end.
        int size = (int) s + ((int) s >> 1);
        lastGroup = Arrays.copyOf(lastGroup, size);
        lastIntensity = Arrays.copyOf(lastIntensity, size);
      }
      lastGroup[(int) s] = -1;
    }
    int g = lastGroupId;
    if (!point.group().equals(lastGroupKey)) {
      g = groupIds.computeIfAbsent(point.group(), k -> {
        groupPeriod.add(row.period());
        groupSector.add(row.sector());
        return groupIds.size();
      });
      lastGroupKey = point.group();
      lastGroupId = g;
    }
    if (n == series.length) {
      int size = n + (n >> 1);
      series = Arrays.copyOf(series, size);
      group = Arrays.copyOf(group, size);
      intensity = Arrays.copyOf(intensity, size);
      fileOf = Arrays.copyOf(fileOf, size);
      lineOf = Arrays.copyOf(lineOf, size);
      entity = Arrays.copyOf(entity, size);
    }
    series[n] = (int) s;
    group[n] = g;
    intensity[n] = point.intensity();
    fileOf[n] = fileIndex;
    lineOf[n] = row.at().line();
    entity[n] = entities.add(row.entity());
    n++;
  }

  /** Judges the rows of every period that ends before {@code horizon} and forgets them. */
  void complete(LocalDate horizon) {
    int[] done = new int[n];
    int count = 0;
    int kept = 0;
    boolean[] groupDone = new boolean[groupPeriod.size()]; // a few groups a period: their end made once, not a row
    for (int g = 0; g < groupDone.length; g++) {
      groupDone[g] = groupPeriod.get(g).end().isBefore(horizon);
    }
    for (int i = 0; i < n; i++) {
      if (groupDone[group[i]]) {
        done[count++] = i;
      }
    }
    if (count == 0) {
      return;
    }
    done = Arrays.copyOf(done, count);
    previous(done);
    sector(done);
    for (int i = 0, d = 0; i < n; i++) {
      if (d < count && done[d] == i) {
        d++;
        continue;
      }
      series[kept] = series[i];
      group[kept] = group[i];
      intensity[kept] = intensity[i];
      fileOf[kept] = fileOf[i];
      lineOf[kept] = lineOf[i];
      entity[kept] = entity[i];
      kept++;
    }
    entities.keepOnly(entity, kept); // in place: the next period's names fill the room this one's took
    n = kept;
  }

  /** Every outlier, after judging what is left. */
  List<Diagnostic> find() {
    complete(LocalDate.MAX);
    entities = new NameArena();
    return found;
  }

  /** Rule (1): each series in period, file, line order, from its last judged row on. */
  private void previous(int[] rows) {
    int[] order = bucket(rows, i -> series[i], seriesCount);
    int[] start = starts(rows, i -> series[i], seriesCount);
    for (int s = 0; s < seriesCount; s++) {
      int from = start[s];
      int to = start[s + 1];
      // Series are short (one row per period): insertion sort by period, file, line.
      for (int i = from + 1; i < to; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= from && compare(order[j], x) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      for (int i = from; i < to; i++) {
        int now = order[i];
        int before = lastGroup[s];
        double a = lastIntensity[s];
        lastGroup[s] = group[now];
        lastIntensity[s] = intensity[now];
        // A series has one indicator and sector: the same group is the same period.
        if (before < 0 || before == group[now]) {
          continue;
        }
        double b = intensity[now];
        if (b > a * f || a > b * f) {
          found.add(Diagnostic.of(Code.OUTLIER, at(now), entities.get(entity[now]), "previous", shown(b),
              groupPeriod.get(before).toString(), shown(a), shown(f)));
        }
      }
    }
  }

  /** Rule (2): each period's peers against their median. */
  private void sector(int[] rows) {
    int groups = groupIds.size();
    int[] order = bucket(rows, i -> group[i], groups);
    int[] start = starts(rows, i -> group[i], groups);
    for (int g = 0; g < groups; g++) {
      int size = start[g + 1] - start[g];
      if (size < MIN_PEERS) {
        continue;
      }
      double[] values = new double[size];
      for (int i = 0; i < size; i++) {
        values[i] = intensity[order[start[g] + i]];
      }
      double median = Median.of(values);
      for (int i = start[g]; i < start[g + 1]; i++) {
        int m = order[i];
        double v = intensity[m];
        if (v > median * f || median > v * f) {
          found.add(Diagnostic.of(Code.OUTLIER, at(m), entities.get(entity[m]), "sector", shown(v),
              "sector:" + groupSector.get(g), shown(median), shown(f)));
        }
      }
    }
  }

  private int compare(int x, int y) {
    int c = groupPeriod.get(group[x]).compareTo(groupPeriod.get(group[y]));
    if (c == 0) {
      c = fileNames.get(fileOf[x]).compareTo(fileNames.get(fileOf[y]));
    }
    return c != 0 ? c : Integer.compare(lineOf[x], lineOf[y]);
  }

  private Location at(int row) {
    Location first = fileNumerator.get(fileOf[row]);
    return Location.cell(first.file(), lineOf[row], first.column(), first.columnName());
  }

  /** The rows grouped by {@code key} (counting sort; stable). */
  private static int[] bucket(int[] rows, java.util.function.IntUnaryOperator key, int count) {
    int[] next = starts(rows, key, count);
    int[] out = new int[rows.length];
    for (int row : rows) {
      out[next[key.applyAsInt(row)]++] = row;
    }
    return out;
  }

  private static int[] starts(int[] rows, java.util.function.IntUnaryOperator key, int count) {
    int[] start = new int[count + 1];
    for (int row : rows) {
      start[key.applyAsInt(row) + 1]++;
    }
    for (int k = 0; k < count; k++) {
      start[k + 1] += start[k];
    }
    return start;
  }

  /** A "number:" argument, so that the message writes it as its language does (0,0095 in Vietnamese). */
  private static String shown(double value) {
    return "number:" + BigDecimal.valueOf(value).round(SHOWN).stripTrailingZeros().toPlainString();
  }
}
