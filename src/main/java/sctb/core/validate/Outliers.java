package sctb.core.validate;

import java.math.BigDecimal;
import java.math.MathContext;
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

/**
 * The outlier rule for reduction indicators (warnings only; docs/diagnostics.md). With F the plan's
 * {@code progress.outlier_factor} and intensity = numerator / denominator of an establishment's row:
 * (1) an establishment's intensity differs by more than F times from its previous reported period;
 * (2) in one period, with at least {@value #MIN_PEERS} establishments of a sector reporting, an
 * intensity above F × the sector's median or below the median / F. Rows with zero output or zero
 * consumption, or a blank entity, are left out.
 *
 * <p>Rows are added as they are read and judged at the end. Each costs about 20 bytes (series,
 * peer group, intensity, file, line in primitive arrays) so that millions fit; the intensity,
 * computed to 16 significant digits, is kept as a double — enough for a factor test whose messages
 * show 4 digits.
 */
final class Outliers {
  static final int MIN_PEERS = 5;
  private static final MathContext SHOWN = new MathContext(4);

  private final double f;
  private final Lookup lookup;
  private final Map<String, Boolean> isReduction = new HashMap<>();
  private final Map<String, Integer> seriesIds = new HashMap<>();
  private final List<String> seriesEntity = new ArrayList<>();
  private final Map<String, Integer> groupIds = new HashMap<>();
  private final List<Period> groupPeriod = new ArrayList<>();
  private final List<String> groupSector = new ArrayList<>();
  private final Map<Integer, String> otherSpelling = new HashMap<>();
  private final List<Location> fileNumerator = new ArrayList<>();
  private final List<String> fileNames = new ArrayList<>();
  private int[] series = new int[1024];
  private short[] group = new short[1024];
  private double[] intensity = new double[1024];
  private short[] fileOf = new short[1024];
  private int[] lineOf = new int[1024];
  private int n;

  Outliers(double factor, Lookup lookup) {
    this.f = factor;
    this.lookup = lookup;
  }

  /** Registers the next file (files are numbered in the order given); its index for {@link #add}. */
  int file(String name) {
    fileNames.add(name);
    fileNumerator.add(null);
    return fileNames.size() - 1;
  }

  /** An accepted indicator row of file {@code fileIndex}; {@code at}: its numerator cell. */
  void add(IndicatorRow row, Location at, int fileIndex, String entityKey) {
    boolean reduction = isReduction.computeIfAbsent(row.indicator(),
        id -> lookup.indicator(id).map(i -> i.kind() == IndicatorKind.REDUCTION).orElse(false));
    if (!reduction || row.entity().isBlank() || row.denominator() == null
        || row.numerator().signum() <= 0 || row.denominator().signum() <= 0) {
      return;
    }
    if (fileIndex > Short.MAX_VALUE || groupIds.size() >= Short.MAX_VALUE) {
      return; // beyond 32 767 files or peer groups the rule is not applied (never the case in a workspace)
    }
    if (fileNumerator.get(fileIndex) == null) {
      fileNumerator.set(fileIndex, at);
    }
    String seriesKey = row.indicator() + "|" + row.sector() + "|" + entityKey;
    Integer s = seriesIds.get(seriesKey);
    if (s == null) {
      s = seriesIds.size();
      seriesIds.put(seriesKey, s);
      seriesEntity.add(row.entity());
    } else if (!seriesEntity.get(s).equals(row.entity())) {
      otherSpelling.put(n, row.entity());
    }
    String groupKey = row.indicator() + "|" + row.sector() + "|" + row.period();
    Integer g = groupIds.get(groupKey);
    if (g == null) {
      g = groupIds.size();
      groupIds.put(groupKey, g);
      groupPeriod.add(row.period());
      groupSector.add(row.sector());
    }
    if (n == series.length) {
      int size = n + (n >> 1);
      series = Arrays.copyOf(series, size);
      group = Arrays.copyOf(group, size);
      intensity = Arrays.copyOf(intensity, size);
      fileOf = Arrays.copyOf(fileOf, size);
      lineOf = Arrays.copyOf(lineOf, size);
    }
    series[n] = s;
    group[n] = (short) (int) g;
    intensity[n] = row.numerator().divide(row.denominator(), MathContext.DECIMAL64).doubleValue();
    fileOf[n] = (short) fileIndex;
    lineOf[n] = row.at().line();
    n++;
  }

  List<Diagnostic> find() {
    List<Diagnostic> found = new ArrayList<>();
    previous(found);
    sector(found);
    return found;
  }

  /** Rule (1): each series in period, file, line order; consecutive periods compared. */
  private void previous(List<Diagnostic> found) {
    int[] order = bucket(series, seriesIds.size());
    int[] start = starts(series, seriesIds.size());
    int[] periodRank = periodRanks();
    int[] fileRank = fileRanks();
    for (int s = 0; s < seriesIds.size(); s++) {
      int from = start[s];
      int to = start[s + 1];
      // Series are short (one row per period): insertion sort by period, file, line.
      for (int i = from + 1; i < to; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= from && compare(order[j], x, periodRank, fileRank) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      for (int i = from + 1; i < to; i++) {
        int before = order[i - 1];
        int now = order[i];
        if (periodRank[group[before]] == periodRank[group[now]]
            && groupPeriod.get(group[before]).equals(groupPeriod.get(group[now]))) {
          continue;
        }
        double a = intensity[before];
        double b = intensity[now];
        if (b > a * f || a > b * f) {
          found.add(Diagnostic.of(Code.OUTLIER, at(now), entity(now), "previous", shown(b),
              groupPeriod.get(group[before]).toString(), shown(a), shown(f)));
        }
      }
    }
  }

  /** Rule (2): each period's peers against their median. */
  private void sector(List<Diagnostic> found) {
    int groups = groupIds.size();
    int[] order = bucket(groupsAsInts(), groups);
    int[] start = starts(groupsAsInts(), groups);
    for (int g = 0; g < groups; g++) {
      int size = start[g + 1] - start[g];
      if (size < MIN_PEERS) {
        continue;
      }
      double[] values = new double[size];
      for (int i = 0; i < size; i++) {
        values[i] = intensity[order[start[g] + i]];
      }
      Arrays.sort(values);
      double median = size % 2 == 1 ? values[size / 2] : (values[size / 2 - 1] + values[size / 2]) / 2;
      for (int i = start[g]; i < start[g + 1]; i++) {
        int m = order[i];
        double v = intensity[m];
        if (v > median * f || median > v * f) {
          found.add(Diagnostic.of(Code.OUTLIER, at(m), entity(m), "sector", shown(v),
              "sector:" + groupSector.get(g), shown(median), shown(f)));
        }
      }
    }
  }

  private int compare(int x, int y, int[] periodRank, int[] fileRank) {
    int c = Integer.compare(periodRank[group[x]], periodRank[group[y]]);
    if (c == 0) {
      c = Integer.compare(fileRank[fileOf[x]], fileRank[fileOf[y]]);
    }
    return c != 0 ? c : Integer.compare(lineOf[x], lineOf[y]);
  }

  private Location at(int row) {
    Location first = fileNumerator.get(fileOf[row]);
    return Location.cell(first.file(), lineOf[row], first.column(), first.columnName());
  }

  private String entity(int row) {
    String other = otherSpelling.get(row);
    return other != null ? other : seriesEntity.get(series[row]);
  }

  private int[] groupsAsInts() {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = group[i];
    }
    return out;
  }

  private int[] periodRanks() {
    List<Period> sorted = new ArrayList<>(groupPeriod);
    sorted.sort(null);
    int[] rank = new int[groupPeriod.size()];
    for (int g = 0; g < rank.length; g++) {
      rank[g] = java.util.Collections.binarySearch(sorted, groupPeriod.get(g));
    }
    return rank;
  }

  private int[] fileRanks() {
    List<String> sorted = new ArrayList<>(fileNames);
    sorted.sort(null);
    int[] rank = new int[fileNames.size()];
    for (int i = 0; i < rank.length; i++) {
      rank[i] = java.util.Collections.binarySearch(sorted, fileNames.get(i));
    }
    return rank;
  }

  /** Row indices grouped by {@code keys} (counting sort; stable). */
  private int[] bucket(int[] keys, int count) {
    int[] next = starts(keys, count).clone();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[next[keys[i]]++] = i;
    }
    return out;
  }

  private int[] starts(int[] keys, int count) {
    int[] start = new int[count + 1];
    for (int i = 0; i < n; i++) {
      start[keys[i] + 1]++;
    }
    for (int k = 0; k < count; k++) {
      start[k + 1] += start[k];
    }
    return start;
  }

  private static String shown(double value) {
    return shown(BigDecimal.valueOf(value));
  }

  private static String shown(BigDecimal value) {
    return value.round(SHOWN).stripTrailingZeros().toPlainString();
  }
}
