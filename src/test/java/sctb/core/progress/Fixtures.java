package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Indicator;
import sctb.core.plan.Plan;
import sctb.core.plan.ProgressMethod;
import sctb.core.plan.ProgressSettings;
import sctb.core.register.EntityKind;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/** The real plan.yaml and small hand-made rows for engine tests. */
final class Fixtures {
  static final Plan PLAN = sctb.RealPlan.PLAN;

  private Fixtures() {}


  static Plan withMethod(ProgressMethod method) {
    Plan p = PLAN;
    ProgressSettings s = p.progress();
    return new Plan(p.info(), p.workspace(), p.reporting(),
        new ProgressSettings(method, s.onTrack(), s.accelerationNeeded(), s.limitedProgress(), s.outlierFactor(),
            s.coverage(), s.maxDataAge(), s.commonUnit()),
        p.sectors(), p.agencies(), p.groups(), p.indicators());
  }

  /** The plan with {@code indicatorId}'s targets reduced to the first phase's (a target that ends in 2025). */
  static Plan withFirstPhaseOnly(String indicatorId) {
    Plan p = PLAN;
    List<Indicator> indicators = p.indicators().stream().map(i -> !i.id().equals(indicatorId) ? i
        : new Indicator(i.id(), i.kind(), i.name(), i.unit(), i.unitName(), i.unitOne(), i.measure(), i.population(), i.registerKind(), i.tasks(),
            i.targets().stream().filter(t -> t.phase().equals("2021-2025")).toList(), i.retiredFrom())).toList();
    return new Plan(p.info(), p.workspace(), p.reporting(), p.progress(), p.sectors(), p.agencies(), p.groups(), indicators);
  }

  static Period p(String text) {
    return PeriodParser.parse(text).orElseThrow();
  }

  static BigDecimal d(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  static IndicatorRow ind(String file, int line, String period, String agency, String indicator, String sector,
      String entity, String num, String den) {
    return new IndicatorRow(Location.at(file, line, 0), p(period), agency, indicator, sector, entity, d(num), d(den), "", "");
  }

  /** {@code row} with its entity id and its entity matched by {@code register}, as the reader does. */
  static IndicatorRow matched(IndicatorRow row, String id, Register register) {
    EntityKind kind = PLAN.indicators().stream().filter(i -> i.id().equals(row.indicator())).findFirst()
        .map(Indicator::registerKind).orElse(null);
    return new IndicatorRow(row.at(), row.period(), row.agency(), row.indicator(), row.sector(), row.entity(),
        row.numerator(), row.denominator(), row.unit(), row.note(), id, row.submittedOn(),
        register.matcher().match(id, row.entity(), kind).key());
  }

  /** A register entry. */
  static RegisterEntry entry(String id, EntityKind kind, String sector, String name, String opened, String closed,
      String... others) {
    return new RegisterEntry(id, kind, sector, name, List.of(others), "", "", opened == null ? null : LocalDate.parse(opened),
        closed == null ? null : LocalDate.parse(closed), Location.at("registers/co-so.csv", 2, 0));
  }

  /** A reduction row: consumption and output of one establishment. */
  static IndicatorRow red(String file, int line, String period, String sector, String entity, String cons, String out) {
    return ind(file, line, period, "SCT", "consumption-reduction", sector, entity, cons, out);
  }

  static TaskRow task(String file, int line, String period, String agency, String task, Status status, String progress,
      String submitted) {
    return new TaskRow(Location.at(file, line, 0), p(period), agency, task, status, d(progress), "kết quả " + task,
        null, null, null, submitted == null ? null : LocalDate.parse(submitted));
  }

  /** The reduction figure of one sector of an indicator. */
  static ReductionSector sector(IndicatorProgress ip, String sector) {
    return (ReductionSector) ip.sector(sector).orElseThrow();
  }

  static Submissions data(List<TaskRow> tasks, List<IndicatorRow> indicators) {
    return new Submissions(List.of("a.csv"), tasks, indicators, List.of(), 0);
  }
}
