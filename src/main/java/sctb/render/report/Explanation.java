package sctb.render.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Target;
import sctb.core.progress.Assessment;
import sctb.core.progress.Exclusion;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.OutputProgress;
import sctb.core.progress.PanelEntity;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.SectorProgress;
import sctb.core.progress.Sources;
import sctb.core.progress.TaskProgress;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.render.report.model.NumberFormats;
import sctb.render.report.model.PlanNames;

/**
 * {@code sctb explain}: one figure of the report as text an analyst can recompute by hand — the
 * formula with its numbers filled in, then every row behind it as file:line.
 */
public final class Explanation {
  private final ProgressReport report;
  private final Messages m;
  private final List<String> lines = new ArrayList<>();

  private Explanation(ProgressReport report, Messages messages) {
    this.report = report;
    this.m = messages;
  }

  /** The explanation of an indicator (overall, or one sector when {@code sector} is not null). */
  public static String of(ProgressReport report, IndicatorProgress indicator, SectorProgress sector, Messages messages) {
    Explanation e = new Explanation(report, messages);
    e.indicator(indicator, sector);
    return e.text();
  }

  /** The explanation of a task output. */
  public static String of(ProgressReport report, OutputProgress output, Messages messages) {
    Explanation e = new Explanation(report, messages);
    e.output(output);
    return e.text();
  }

  private String text() {
    lines.add("");
    lines.add(m.get("explain.rounding"));
    return String.join("\n", lines) + "\n";
  }

  /** The figure explained — an indicator's overall one, or one of its sectors' — as the steps below read it. */
  private record Figure(Assessment assessment, Period asOf, BigDecimal value, List<IndicatorRow> rows) {
    static Figure of(IndicatorProgress ip) {
      return new Figure(ip.assessment(), ip.asOf(), ip.value(), ip.rows());
    }

    static Figure of(SectorProgress s) {
      return new Figure(s.assessment(), s.asOf(), s.value(), s.rows());
    }
  }

  private void indicator(IndicatorProgress ip, SectorProgress sector) {
    Figure figure = sector == null ? Figure.of(ip) : Figure.of(sector);
    Language lang = m.language();
    lines.add(m.get("explain.header", ip.indicator().id(), ip.indicator().name().in(lang)));
    Target t = ip.target();
    Period p = report.period();
    if (t == null || t.isQualitative()) {
      lines.add(m.get("explain.context.qualitative", p, NumberFormats.dmy(p.end()), report.phase().name().in(lang),
          t == null ? "" : t.year()));
    } else {
      String unit = ip.indicator().unitName().in(lang);
      String stretch = t.stretch() == null ? "" : m.get("explain.stretch", num(t.stretch()), unit);
      lines.add(m.get("explain.context", p, NumberFormats.dmy(p.end()), report.phase().name().in(lang), t.year(),
          t.baseline(), num(t.min()), stretch, m.get("method." + report.plan().progress().method().id()), unit));
    }
    lines.add("");
    IndicatorKind kind = ip.indicator().kind();
    if (kind == IndicatorKind.REDUCTION) {
      if (sector != null) {
        reductionSector(sector, t);
      } else {
        reductionOverall(ip);
      }
      return;
    }
    Assessment a = figure.assessment();
    Period asOf = figure.asOf();
    BigDecimal value = figure.value();
    List<IndicatorRow> rows = figure.rows();
    if (kind == IndicatorKind.TASKS) {
      if (value != null) {
        lines.add(m.get("explain.tasks", num(ip.numerator()), num(ip.denominator()), num(value)));
      }
      assessment(a, asOf, value, ip.baselineSource(), t);
      lines.add("");
      lines.add(m.get("explain.rows", ip.tasks().size()));
      for (TaskProgress tp : ip.tasks()) {
        if (tp.latest() == null) {
          lines.add(m.get("explain.row.task-none", tp.task().id()));
        } else {
          lines.add(m.get("explain.row.task", Sources.text(tp.latest().at()), tp.task().id(),
              m.get("task-status." + tp.latest().status().id()), tp.latest().period()));
        }
      }
      return;
    }
    if (value != null) {
      if (kind == IndicatorKind.SHARE) {
        BigDecimal n = rows.stream().map(r -> zero(r.numerator())).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal d = rows.stream().map(r -> zero(r.denominator())).reduce(BigDecimal.ZERO, BigDecimal::add);
        lines.add(m.get("explain.share", num(n), num(d), num(value)));
      } else {
        lines.add(m.get("explain.count", num(value)));
      }
    }
    assessment(a, asOf, value, ip.baselineSource(), t);
    rows(rows, kind);
  }

  private void output(OutputProgress o) {
    Language lang = m.language();
    lines.add(m.get("explain.output-header", o.output().id(), o.task().id(), o.output().name().in(lang)));
    Period p = report.period();
    lines.add(m.get("explain.context", p, NumberFormats.dmy(p.end()), report.phase().name().in(lang), o.goal().targetYear(),
        o.goal().baselineYear(), num(o.goal().min()), "", m.get("method." + report.plan().progress().method().id()),
        o.output().unit().in(lang)));
    lines.add("");
    if (o.value() != null) {
      lines.add(m.get("explain.count", num(o.value())));
    }
    assessment(o.assessment(), o.asOf(), o.value(), "zero", o.goal().min(), o.goal().targetYear());
    rows(o.rows(), IndicatorKind.COUNT);
  }

  private void reductionSector(SectorProgress s, Target t) {
    var d = s.reduction();
    lines.add(m.get("explain.sector", sectorName(s.sector()), s.asOf() == null ? "—" : s.asOf(),
        t.baseline(), s.panelSize() == null ? 0 : s.panelSize()));
    if (d != null && d.intensityBaseline() != null) {
      lines.add(m.get("explain.intensity-b", num(d.consumptionBaseline()), num(d.outputBaseline()), num(d.intensityBaseline())));
      lines.add(m.get("explain.intensity-c", num(d.consumptionCurrent()), num(d.outputCurrent()), num(d.intensityCurrent())));
      lines.add(m.get("explain.reduction", num(d.intensityCurrent()), num(d.intensityBaseline()), num(s.value())));
    }
    assessment(s.assessment(), s.asOf(), s.value(), "declared", t);
    if (d == null) {
      return;
    }
    lines.add("");
    int count = d.panel().stream().mapToInt(e -> e.baseline().sources().size() + e.current().sources().size()).sum();
    lines.add(m.get("explain.rows", count));
    for (PanelEntity e : d.panel()) {
      // A baseline built from BH1 + BH2 is one figure: one line naming both rows, so the sums add up by hand.
      lines.add(m.get("explain.row.reduction",
          String.join(" + ", e.baseline().sources().stream().map(Sources::text).toList()), t.baseline() + "", e.entity(),
          num(e.baseline().consumption()), num(e.baseline().output())));
      lines.add(m.get("explain.row.reduction", Sources.text(e.current().sources().get(0)), s.asOf(), e.entity(),
          num(e.current().consumption()), num(e.current().output())));
    }
    if (!d.excluded().isEmpty()) {
      lines.add("");
      lines.add(m.get("explain.excluded", d.excluded().size()));
      for (Exclusion x : d.excluded()) {
        BigDecimal share = x.outputShare() == null ? null : x.outputShare().multiply(BigDecimal.valueOf(100));
        String sources = String.join(", ", x.sources().stream().map(Sources::text).toList());
        // An establishment with no output at C or B (e.g. half a baseline year and nothing since) has no share to show.
        lines.add(x.output() == null
            ? m.get("explain.excluded.row-no-output", x.entity(), m.get("explain.reason." + x.reason().id()), sources)
            : m.get("explain.excluded.row", x.entity(), m.get("explain.reason." + x.reason().id()),
                num(x.output()), num(share), m.get("explain.basis." + x.shareBasis()), sources));
      }
    }
  }

  private void reductionOverall(IndicatorProgress ip) {
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    List<String> parts = new ArrayList<>();
    for (SectorProgress s : ip.sectors()) {
      if (s.value() != null && s.weight() != null) {
        weighted = weighted.add(s.value().multiply(s.weight()));
        weights = weights.add(s.weight());
        parts.add(m.get("explain.overall.sector", sectorName(s.sector()), num(s.value()), num(s.weight()), s.asOf()));
      } else {
        parts.add(m.get("explain.overall.sector-none", sectorName(s.sector()), m.get("status.no-data")));
      }
    }
    if (ip.value() != null) {
      lines.add(m.get("explain.overall", num(weighted), num(weights), num(ip.value())));
    }
    lines.addAll(parts);
    if (ip.target() != null && !ip.target().isQualitative()) {
      lines.add(m.get("explain.meeting", ip.sectorsMeetingMin(), ip.sectorsTotal()));
    }
    assessment(ip.assessment(), ip.asOf(), ip.value(), ip.baselineSource(), ip.target());
    lines.add("");
    lines.add(m.get("explain.rows", ip.sources().size()));
    ip.sources().forEach(s -> lines.add("  " + Sources.text(s)));
  }

  private void assessment(Assessment a, Period asOf, BigDecimal value, String baselineSource, Target t) {
    assessment(a, asOf, value, baselineSource, t == null ? null : t.min(), t == null ? null : t.year());
  }

  private void assessment(Assessment a, Period asOf, BigDecimal value, String baselineSource, BigDecimal min,
      Integer targetYear) {
    if (a == null) {
      return;
    }
    if (value == null) {
      lines.add(m.get("explain.no-data", report.period()));
    }
    lines.add(m.get("explain.baseline", num(a.baseline()), m.get("explain.baseline." + baselineSource)));
    if (a.expected() != null && asOf != null) {
      String method = report.plan().progress().method().id();
      if (method.equals("linear")) {
        lines.add(m.get("explain.expected.linear", asOf, num(a.baseline()), num(min),
            a.monthsElapsed(), a.monthsTotal(), num(a.expected())));
      } else {
        lines.add(m.get("explain.expected.cagr", asOf, num(min), a.monthsTotal(), num(a.expected())));
      }
    }
    if (a.ratio() != null) {
      if (report.plan().progress().method().id().equals("linear")) {
        lines.add(m.get("explain.ratio.linear", num(value), num(a.baseline()), num(a.expected()), num(a.ratio())));
      } else {
        lines.add(m.get("explain.ratio.cagr", num(a.observedGrowth()), num(a.neededGrowth()), num(a.ratio()),
            a.monthsElapsed(), a.monthsTotal()));
      }
    }
    if (a.forecast() != null && targetYear != null) {
      String line = m.get("explain.forecast", targetYear, num(a.baseline()), num(value), a.monthsTotal(),
          a.monthsElapsed(), num(a.forecast()));
      BigDecimal raw = sctb.core.progress.Assessor.forecast(a.baseline(), value, a.monthsElapsed(), a.monthsTotal());
      lines.add(raw != null && raw.compareTo(a.forecast()) != 0 ? line + " " + m.get("explain.capped") : line);
    }
    String verdict = m.get("status." + a.status().id()) + (a.stretchMet() ? m.get("status.stretch") : "");
    lines.add(m.get("explain.status", verdict) + (a.isFinal() ? " " + m.get("explain.final") : ""));
  }

  private void rows(List<IndicatorRow> rows, IndicatorKind kind) {
    lines.add("");
    lines.add(m.get("explain.rows", rows.size()));
    for (IndicatorRow r : rows.stream().sorted(Sources.INDICATOR_ROW).toList()) {
      String entity = r.entity().isBlank() ? m.get("explain.aggregate") : r.entity();
      if (kind == IndicatorKind.SHARE) {
        lines.add(m.get("explain.row.share", Sources.text(r.at()), r.period(), r.agency(), entity, num(r.numerator()),
            num(r.denominator())));
      } else {
        lines.add(m.get("explain.row.count", Sources.text(r.at()), r.period(), r.agency(), entity, num(r.numerator())));
      }
    }
  }

  private String sectorName(String id) {
    return new PlanNames(report.plan(), m.language()).sector(id);
  }

  /** Display only: at most 6 decimals, no thousands separator, decimal comma in Vietnamese. */
  private String num(BigDecimal b) {
    if (b == null) {
      return "—";
    }
    BigDecimal r = b.setScale(Math.min(Math.max(b.scale(), 0), 6), RoundingMode.HALF_EVEN).stripTrailingZeros();
    String s = r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    return m.language() == Language.VI ? s.replace('.', ',') : s;
  }

  private static BigDecimal zero(BigDecimal b) {
    return b == null ? BigDecimal.ZERO : b;
  }
}
