package sctb.render.report.model;

import sctb.core.text.NumberFormats;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import sctb.core.progress.AgencyReporting;
import sctb.core.progress.IndicatorDuty;
import sctb.core.progress.DecimalMath;
import sctb.core.progress.ReportState;
import sctb.core.progress.ReportingStatus;
import sctb.core.progress.ThresholdDisplay;
import sctb.render.report.model.ReportingView.AgencyRow;
import sctb.render.report.model.ReportingView.ReportingAgency;

/** Builds the reporting section's view: discipline (who sent what, when) and completeness (what is missing). */
record ReportingViews(NumberFormats nf, PlanNames names) {

  ReportingView of(ReportingStatus r) {
    Function<Predicate<AgencyReporting>, List<ReportingAgency>> in = which -> r.agencies().stream().filter(which)
        .map(a -> new ReportingAgency(a.agency(), names.agency(a.agency()), NumberFormats.dmy(a.submittedOn()))).toList();
    List<ReportingAgency> onTime = in.apply(a -> a.state() == ReportState.ON_TIME);
    List<ReportingAgency> late = in.apply(a -> a.state() == ReportState.LATE);
    List<ReportingAgency> undated = in.apply(a -> a.state() == ReportState.UNDATED);
    List<ReportingAgency> missing = in.apply(a -> a.state() == ReportState.MISSING);
    List<ReportingAgency> unexpected = in.apply(a -> a.state() == ReportState.UNEXPECTED);
    List<ReportingAgency> partial = in.apply(AgencyReporting::partial);
    int expected = r.expected().size();
    int received = r.received().size();
    boolean moved = !r.onTimeUntil().equals(r.dueDate());
    return new ReportingView(NumberFormats.dmy(r.dueDate()),
        moved ? r.dueDate().getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT) : "",
        moved ? NumberFormats.dmy(r.onTimeUntil()) : "", count(expected), count(received), rate(received, expected),
        count(r.tasksAssigned()), count(r.tasksReported()), rate(r.tasksReported(), r.tasksAssigned()),
        count(r.complete().size()), count(partial.size()), partial,
        onTime, count(onTime.size()), late, count(late.size()), undated, count(undated.size()),
        missing, count(missing.size()), unexpected, count(unexpected.size()),
        r.agencies().stream().map(this::row).toList());
  }

  private AgencyRow row(AgencyReporting a) {
    IndicatorDuty rows = a.indicators();
    return new AgencyRow(a.agency(), names.agency(a.agency()), a.state(), NumberFormats.dmy(a.submittedOn()),
        count(a.assigned().size()), count(a.reportedOfAssigned()), count(a.onTime()), count(a.late()), count(a.undated()),
        a.missing(), count(rows.expected()), count(rows.received()), count(rows.added()), a.partial());
  }

  /**
   * {@code part} of {@code whole} as a percentage, whole numbers unless that would show 100% for less
   * than all ({@link ThresholdDisplay}: 199/200 is "99,5%"); "" when {@code whole} is 0.
   */
  private String rate(int part, int whole) {
    if (whole == 0) {
      return "";
    }
    BigDecimal percent = DecimalMath.div(BigDecimal.valueOf(part).multiply(DecimalMath.HUNDRED), BigDecimal.valueOf(whole));
    BigDecimal shown = ThresholdDisplay.displayed(percent, List.of(DecimalMath.HUNDRED), 0);
    return nf.plain(shown, shown.scale()) + "%";
  }

  private String count(int n) {
    return nf.plain(BigDecimal.valueOf(n), 0);
  }
}
