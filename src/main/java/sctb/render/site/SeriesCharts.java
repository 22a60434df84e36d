package sctb.render.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import sctb.core.plan.ProgressSettings;
import sctb.core.progress.Forecast;
import sctb.core.progress.Goal;
import sctb.core.progress.Trajectory;
import sctb.render.report.model.Coordinate;
import sctb.core.text.NumberFormats;
import sctb.render.site.model.SeriesChart;
import sctb.render.site.model.Spark;

/**
 * Lays out a {@link Series} as a {@link SeriesChart} over its phase — months from the end of the
 * baseline year across, values up — or as a {@link Spark}. Several charts drawn on one {@link Range}
 * share their scale (a phase's sectors, side by side).
 */
final class SeriesCharts {
  /** A chart's canvas and margins, and about how many value gridlines it gets. */
  record Size(int width, int height, int left, int right, int top, int bottom, int levels, double dot) {}

  static final Size FULL = new Size(640, 280, 60, 64, 14, 30, 5, 4);
  static final Size SMALL = new Size(300, 170, 44, 16, 10, 24, 3, 3);

  /** The values a chart must show, from {@code lo} to {@code hi}. */
  record Range(double lo, double hi) {
    Range with(double v) {
      return new Range(Math.min(lo, v), Math.max(hi, v));
    }

    Range with(Range other) {
      return new Range(Math.min(lo, other.lo), Math.max(hi, other.hi));
    }
  }

  private final ProgressSettings settings;
  private final NumberFormats nf;
  private final boolean percent;

  /** Charts of figures in {@code unit} ("%" gets its sign on the value labels), by the plan's {@code settings}. */
  SeriesCharts(ProgressSettings settings, NumberFormats nf, String unit) {
    this.settings = settings;
    this.nf = nf;
    this.percent = unit.equals("%");
  }

  /** Zero, every value, the baseline, the path, the target's ends and the forecast range. */
  Range range(Series s) {
    Range r = new Range(0, 0);
    for (Series.Point p : s.points()) {
      r = r.with(p.value().doubleValue());
    }
    if (s.baseline().isPresent()) {
      r = r.with(s.baseline().get().value().doubleValue());
    }
    for (Trajectory.Point p : Trajectory.of(s.goal(), settings)) {
      r = r.with(p.expected().doubleValue());
    }
    for (BigDecimal v : new BigDecimal[] {s.goal().min(), s.goal().stretch()}) {
      if (v != null) {
        r = r.with(v.doubleValue());
      }
    }
    if (s.forecast().isPresent()) {
      r = r.with(s.forecast().get().low().doubleValue()).with(s.forecast().get().high().doubleValue());
    }
    return r;
  }

  /** {@code s} on {@code size}'s canvas, values from {@code range}; {@code band}: the target as written ("5 - 8%"). */
  SeriesChart chart(Series s, Range range, Size size, String band) {
    Goal goal = s.goal();
    int months = goal.monthsTotal();
    double left = size.left();
    double right = size.width() - size.right();
    double top = size.top();
    double bottom = size.height() - size.bottom();
    BigDecimal step = step(range, size.levels());
    BigDecimal lo = BigDecimal.valueOf(range.lo()).divide(step, 0, RoundingMode.FLOOR).multiply(step);
    BigDecimal hi = BigDecimal.valueOf(range.hi()).divide(step, 0, RoundingMode.CEILING).multiply(step);
    if (hi.compareTo(lo) <= 0) {
      hi = lo.add(step);
    }
    double min = lo.doubleValue();
    double span = hi.subtract(lo).doubleValue();
    int origin = origin(goal.baselineYear(), s.points());
    Scale scale = new Scale(left, right, top, bottom, origin, months, min, span);

    List<SeriesChart.Tick> years = new ArrayList<>();
    for (int m = origin; m < months; m += 12) {
      years.add(new SeriesChart.Tick(Integer.toString(goal.baselineYear() + 1 + m / 12), Coordinate.of(scale.x(m + 6)),
          Coordinate.of(scale.x(m))));
    }
    List<SeriesChart.Tick> levels = new ArrayList<>();
    for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
      Coordinate y = Coordinate.of(scale.y(v.doubleValue()));
      levels.add(new SeriesChart.Tick(label(v), y, y));
    }
    Optional<SeriesChart.Band> target = Optional.empty();
    if (goal.min() != null && months >= 12) {
      double yMin = scale.y(goal.min().doubleValue());
      double yTop = goal.stretch() == null ? yMin - 1.5 : scale.y(goal.stretch().doubleValue());
      double yBottom = goal.stretch() == null ? yMin + 1.5 : yMin;
      target = Optional.of(new SeriesChart.Band(Coordinate.of(scale.x(months - 12)), Coordinate.of(yTop),
          Coordinate.of(scale.x(months) - scale.x(months - 12)), Coordinate.of(yBottom - yTop), band));
    }
    StringBuilder path = new StringBuilder();
    for (Trajectory.Point p : Trajectory.of(goal, settings)) {
      point(path, scale.x(p.months()), scale.y(p.expected().doubleValue()));
    }
    List<SeriesChart.Dot> dots = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<Series.Point> all = new ArrayList<>();
    s.baseline().ifPresent(all::add);
    all.addAll(s.points());
    // In time order: a value from before the baseline year (the phase was the only target then) comes before the baseline.
    all.sort(Comparator.comparing(p -> p.asOf().end()));
    for (List<Series.Point> run : unbroken(all)) {
      StringBuilder line = new StringBuilder();
      for (Series.Point p : run) {
        boolean baseline = s.baseline().isPresent() && p == s.baseline().get();
        double x = baseline ? scale.x(0) : scale.x(Math.min(p.asOf().monthsAfterEndOf(goal.baselineYear()), months));
        double y = scale.y(p.value().doubleValue());
        point(line, x, y);
        dots.add(new SeriesChart.Dot(p.asOf().toString(), p.text(), Coordinate.of(x), Coordinate.of(y), p.asOf().isYear(), baseline));
      }
      lines.add(line.toString());
    }
    Optional<SeriesChart.Whisker> whisker = s.forecast().map(f -> whisker(f, scale, months, s));
    return new SeriesChart(Coordinate.of(size.width()), Coordinate.of(size.height()), Coordinate.of(left), Coordinate.of(right),
        Coordinate.of(top), Coordinate.of(bottom), years, levels, target, path.toString(), lines, dots, whisker);
  }

  private static final double SPARK_WIDTH = 160;
  private static final double SPARK_HEIGHT = 36;

  /** A trend line without values. */
  static final Spark NO_SPARK = new Spark(Coordinate.of(SPARK_WIDTH), Coordinate.of(SPARK_HEIGHT), List.of(), Coordinate.of(0),
      Coordinate.of(0), "", "");

  /**
   * A small trend line of the series of one figure, one per phase in order: across, the time from the
   * first phase's baseline year to the latest value; up, every value on one scale.
   */
  static Spark spark(List<Series> phases) {
    List<Series.Point> all = phases.stream().flatMap(s -> s.points().stream()).toList();
    if (all.isEmpty()) {
      return NO_SPARK;
    }
    double w = SPARK_WIDTH;
    double h = SPARK_HEIGHT;
    Range r = new Range(all.get(0).value().doubleValue(), all.get(0).value().doubleValue());
    for (Series.Point p : all) {
      r = r.with(p.value().doubleValue());
    }
    double span = r.hi() - r.lo() == 0 ? 1 : r.hi() - r.lo();
    int from = phases.get(0).goal().baselineYear();
    int origin = origin(from, all);
    int months = Math.max(origin + 6, all.stream().mapToInt(p -> p.asOf().monthsAfterEndOf(from)).max().orElse(6));
    List<String> lines = new ArrayList<>();
    double x = 0;
    double y = 0;
    for (Series s : phases) {
      for (List<Series.Point> run : unbroken(s.points())) {
        StringBuilder line = new StringBuilder();
        for (Series.Point p : run) {
          x = 4 + (w - 8) * (Math.min(p.asOf().monthsAfterEndOf(from), months) - origin) / (months - origin);
          y = h - 4 - (h - 8) * (p.value().doubleValue() - r.lo()) / span;
          point(line, x, y);
        }
        lines.add(line.toString());
      }
    }
    Series.Point first = all.get(0);
    Series.Point last = all.get(all.size() - 1);
    return new Spark(Coordinate.of(w), Coordinate.of(h), lines, Coordinate.of(x), Coordinate.of(y), first.asOf() + ": " + first.text(),
        last.asOf() + ": " + last.text());
  }

  private SeriesChart.Whisker whisker(Forecast f, Scale scale, int months, Series s) {
    return new SeriesChart.Whisker(Coordinate.of(scale.x(months)), Coordinate.of(scale.y(f.low().doubleValue())),
        Coordinate.of(scale.y(f.central().doubleValue())), Coordinate.of(scale.y(f.high().doubleValue())), s.latest().forecastLow(),
        s.latest().forecast(), s.latest().forecastHigh());
  }

  /**
   * The points in runs a line may join: a run ends where the next point's data begin later than the day
   * after the previous point's data end — periods without any data in between are a gap in the line, not a
   * straight stroke across them (a yearly value next to the following year's is no gap).
   */
  static List<List<Series.Point>> unbroken(List<Series.Point> points) {
    List<List<Series.Point>> runs = new ArrayList<>();
    List<Series.Point> run = new ArrayList<>();
    for (Series.Point p : points) {
      if (!run.isEmpty() && p.asOf().start().isAfter(run.get(run.size() - 1).asOf().end().plusDays(1))) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(p);
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /**
   * Where the time axis starts, in months after the end of {@code baselineYear}: there (0), or at the start of
   * the year of the earliest value when one is older — a phase that was the plan's only target for an
   * indicator (added to the plan later) was also the yardstick of the reports before its baseline year, and
   * their values are drawn where they belong, not piled up on the baseline.
   */
  private static int origin(int baselineYear, List<Series.Point> points) {
    int earliest = points.stream().mapToInt(p -> p.asOf().monthsAfterEndOf(baselineYear)).min().orElse(0);
    return Math.min(0, Math.floorDiv(earliest, 12) * 12);
  }

  /** A gridline's value as the language writes it, with "%" for percentages. */
  private String label(BigDecimal v) {
    String text = nf.plain(v, 2);
    return percent ? text + "%" : text;
  }

  /** 1, 2, 2.5 or 5 times a power of ten, so that about {@code levels} steps cover the range. */
  private static BigDecimal step(Range r, int levels) {
    double raw = Math.max((r.hi() - r.lo()) / levels, 1e-9);
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floor(Math.log10(raw)));
    for (String m : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal candidate = power.multiply(new BigDecimal(m));
      if (candidate.doubleValue() >= raw) {
        return candidate.stripTrailingZeros();
      }
    }
    return power.multiply(BigDecimal.TEN);
  }

  private static void point(StringBuilder out, double x, double y) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(Coordinate.of(x).text()).append(',').append(Coordinate.of(y).text());
  }

  /** Months and values to SVG units. */
  private record Scale(double left, double right, double top, double bottom, int origin, int months, double min, double span) {
    double x(int m) {
      return left + (right - left) * (m - origin) / Math.max(1, months - origin);
    }

    double y(double v) {
      return bottom - (bottom - top) * (v - min) / span;
    }
  }
}
