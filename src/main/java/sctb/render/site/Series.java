package sctb.render.site;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.Target;
import sctb.core.progress.Baseline;
import sctb.core.progress.BaselineSource;
import sctb.core.progress.Figure;
import sctb.core.progress.Forecast;
import sctb.core.progress.Goal;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.SectorProgress;
import sctb.core.text.Language;
import sctb.render.report.model.FigureView;
import sctb.render.report.model.IndicatorView;
import sctb.render.report.model.SectorView;

/**
 * One figure — an indicator's, or one sector's — over the periods whose reports judge it against one
 * target: the goal (from the latest of those reports' baseline), its values one per data period (the
 * latest report's where several reports rest on the same data), the baseline as a value of its own
 * (not when it is merely the first value found), and the latest report's forecast; each number with
 * the text the reports display it with ({@code latest}: the latest report's view of the figure).
 */
record Series(Goal goal, List<Point> points, Optional<Point> baseline, Optional<Forecast> forecast, FigureView latest) {

  Series {
    points = List.copyOf(points);
  }

  /** A value and the period of its data, as displayed. */
  record Point(Period asOf, BigDecimal value, String text) {}

  /** Which figure of an indicator a series follows: the indicator's own, or one sector's. */
  interface Pick {
    Optional<Figure> figure(IndicatorProgress progress);

    Optional<FigureView> view(IndicatorView view);
  }

  /** The indicator's own figure. */
  static final Pick OVERALL = new Pick() {
    @Override
    public Optional<Figure> figure(IndicatorProgress progress) {
      return Optional.of(progress.figure());
    }

    @Override
    public Optional<FigureView> view(IndicatorView view) {
      return Optional.of(view.figure());
    }
  };

  /** One sector's figure. */
  static Pick sector(String id) {
    return new Pick() {
      @Override
      public Optional<Figure> figure(IndicatorProgress progress) {
        return progress.sector(id).map(SectorProgress::figure);
      }

      @Override
      public Optional<FigureView> view(IndicatorView view) {
        return view.sectors().stream().filter(s -> s.id().equals(id)).findFirst().map(SectorView::figure);
      }
    };
  }

  /** The series {@code pick} follows over the periods judged against {@code target}; empty when none is. */
  static Optional<Series> of(SiteSource source, Language lang, Indicator indicator, Target target, Pick pick) {
    TreeMap<LocalDate, Point> points = new TreeMap<>();
    Figure last = null;
    FigureView lastView = null;
    for (int i = 0; i < source.periods().size(); i++) {
      IndicatorProgress ip = source.report(i).indicator(indicator.id()).orElse(null);
      if (ip == null || !target.equals(ip.target())) {
        continue;
      }
      Optional<Figure> f = pick.figure(ip);
      Optional<FigureView> v = source.indicatorView(lang, i, indicator.id()).flatMap(pick::view);
      if (f.isEmpty() || v.isEmpty()) {
        continue;
      }
      last = f.get();
      lastView = v.get();
      if (last.value() != null) {
        points.put(last.asOf().end(), new Point(last.asOf(), last.value(), lastView.value()));
      }
    }
    if (last == null) {
      return Optional.empty();
    }
    Baseline baseline = last.assessment().baseline();
    boolean ownValue = baseline.value() != null && baseline.source() != BaselineSource.FIRST_OBSERVED;
    Optional<Point> base = ownValue ? Optional.of(new Point(Period.year(target.baseline()), baseline.value(), lastView.baseline()))
        : Optional.empty();
    return Optional.of(new Series(Goal.of(indicator.kind(), target, baseline), new ArrayList<>(points.values()), base,
        Optional.ofNullable(last.assessment().forecast()), lastView));
  }
}
