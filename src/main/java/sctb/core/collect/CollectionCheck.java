package sctb.core.collect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.period.PathPeriods;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.progress.AgencyReporting;
import sctb.core.progress.IndicatorDuty;
import sctb.core.progress.ReportState;
import sctb.core.progress.ReportingStatus;
import sctb.core.validate.FileAgency;
import sctb.core.validate.Lookup;

/**
 * Where collection for P stands (docs/collection.md): the engine's reporting check (who is expected,
 * tasks assigned and missing, indicator rows, timeliness) joined with the files of P and their problems.
 * A file is of P when its path names P ({@code 2026H2/…}) or it holds a row of P; it is from the agency
 * most of its rows answer for at P's due date, else the one its name begins with ({@code SXD-…}), after
 * successions. An agency's report was received on its first submission date (the engine's), else the
 * earliest date on its rows of P, else — only when the user allows file dates — its files' earliest
 * last-modified date; it is late when that is after the last day on time (a weekend due date's Monday after).
 */
public final class CollectionCheck {
  private CollectionCheck() {}

  /** What the reader and the engine found, for {@link #compute}. */
  public record Inputs(List<String> files, List<Diagnostic> diagnostics, IntakeTally tally, ReportingStatus reporting,
      Map<String, LocalDate> fileDates) {}

  public static CollectionStatus compute(Plan plan, Period period, LocalDate today, Inputs in) {
    LocalDate due = plan.reporting().dueDate(period);
    LocalDate onTimeUntil = plan.reporting().onTimeUntil(period);
    Lookup lookup = new Lookup(plan);
    Map<String, List<Diagnostic>> byFile = new HashMap<>();
    // A copy left out is told with the file it copies: the copy itself holds nothing of anyone's report.
    Map<String, List<String>> copiesOf = new HashMap<>();
    for (Diagnostic d : in.diagnostics()) {
      if (d.code() == Code.DUPLICATE_FILE) {
        copiesOf.computeIfAbsent(d.args().get(0), f -> new ArrayList<>()).add(d.value());
      } else {
        byFile.computeIfAbsent(String.valueOf(d.location().file()), f -> new ArrayList<>()).add(d);
      }
    }
    Map<String, List<FileIntake>> filesOf = new LinkedHashMap<>();
    List<FileIntake> unattributed = new ArrayList<>();
    long otherErrors = 0;
    for (String file : in.files()) {
      IntakeTally.Counts c = in.tally().of(file);
      List<Diagnostic> problems = byFile.getOrDefault(file, List.of());
      boolean named = PathPeriods.hint(file).map(period::equals).orElse(false);
      if (!named && c.taskRows + c.indicatorRows == 0) {
        otherErrors += problems.stream().filter(Diagnostic::isError).count();
        continue;
      }
      String agency = agencyOf(c, file, plan, lookup, due);
      FileIntake f = new FileIntake(file, agency, namedOther(file, agency, plan, lookup), c.taskRows, c.indicatorRows,
          c.otherPeriodRows, c.rejectedRows, c.retiredRows, c.earliest, in.fileDates().get(file), problems, c.movedTasks,
          copiesOf.getOrDefault(file, List.of()));
      if (agency.isEmpty()) {
        unattributed.add(f);
      } else {
        filesOf.computeIfAbsent(agency, a -> new ArrayList<>()).add(f);
      }
    }
    List<AgencyIntake> agencies = new ArrayList<>();
    List<AgencyIntake> unexpected = new ArrayList<>();
    for (AgencyReporting r : in.reporting().agencies()) {
      AgencyIntake a = intake(r.agency(), Optional.of(r), filesOf.getOrDefault(r.agency(), List.of()), onTimeUntil);
      (a.state() == IntakeState.UNEXPECTED ? unexpected : agencies).add(a);
      filesOf.remove(r.agency());
    }
    for (Agency known : plan.agencies()) {
      List<FileIntake> files = filesOf.remove(known.id());
      if (files != null) {
        unexpected.add(intake(known.id(), Optional.empty(), files, onTimeUntil));
      }
    }
    agencies.addAll(unexpected);
    return new CollectionStatus(plan, period, due, today, agencies, unattributed, otherErrors);
  }

  /** {@code onTimeUntil}: the last day a report is on time. */
  private static AgencyIntake intake(String agency, Optional<AgencyReporting> reporting, List<FileIntake> files,
      LocalDate onTimeUntil) {
    List<String> assigned = reporting.map(AgencyReporting::assigned).orElse(List.of());
    List<String> missing = reporting.map(AgencyReporting::missing).orElse(List.of());
    IndicatorDuty indicators = reporting.map(AgencyReporting::indicators).orElse(IndicatorDuty.NONE);
    LocalDate received = reporting.map(AgencyReporting::submittedOn).orElse(null);
    DateSource source = DateSource.SUBMITTED_ON;
    if (received == null) {
      received = files.stream().map(FileIntake::submittedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }
    if (received == null) {
      received = files.stream().map(FileIntake::fileDate).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
      source = received == null ? DateSource.NONE : DateSource.FILE_DATE;
    }
    boolean errors = files.stream().anyMatch(f -> f.errors() > 0);
    IntakeState state;
    if (files.isEmpty() && reporting.map(r -> r.state() == ReportState.MISSING).orElse(true)) {
      state = IntakeState.NOT_RECEIVED;
    } else if (errors) {
      state = IntakeState.HAS_ERRORS;
    } else if (assigned.isEmpty()) {
      state = IntakeState.UNEXPECTED;
    } else if (!missing.isEmpty() || indicators.missing() > 0) {
      state = IntakeState.INCOMPLETE;
    } else {
      state = IntakeState.COMPLETE;
    }
    ReportState timeliness;
    if (assigned.isEmpty()) {
      timeliness = ReportState.UNEXPECTED;
    } else if (state == IntakeState.NOT_RECEIVED) {
      timeliness = ReportState.MISSING;
    } else if (received == null) {
      timeliness = ReportState.UNDATED;
    } else {
      timeliness = received.isAfter(onTimeUntil) ? ReportState.LATE : ReportState.ON_TIME;
    }
    long late = received != null && received.isAfter(onTimeUntil) ? ChronoUnit.DAYS.between(onTimeUntil, received) : 0;
    return new AgencyIntake(agency, state, timeliness, received, received == null ? DateSource.NONE : source, late,
        files, assigned, missing, indicators);
  }

  /** The agency the file's name says when its rows are credited to one that name does not fit, else "". */
  private static String namedOther(String file, String agency, Plan plan, Lookup lookup) {
    return FileAgency.named(file, lookup).filter(n -> !agency.isEmpty() && !FileAgency.fits(plan, n, agency)).orElse("");
  }

  /** The agency most of the file's rows answer for (ties: plan order), else the one its name begins with; "" when neither. */
  private static String agencyOf(IntakeTally.Counts c, String file, Plan plan, Lookup lookup, LocalDate due) {
    String best = "";
    int most = 0;
    for (Agency a : plan.agencies()) {
      int n = c.agencies.getOrDefault(a.id(), 0);
      if (n > most) {
        best = a.id();
        most = n;
      }
    }
    if (!best.isEmpty()) {
      return best;
    }
    return FileAgency.named(file, lookup).map(id -> Successions.follow(plan, id, null, due)).orElse("");
  }
}
