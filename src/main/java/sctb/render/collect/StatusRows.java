package sctb.render.collect;

import java.util.ArrayList;
import java.util.List;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.collect.DateSource;
import sctb.core.collect.IntakeState;
import sctb.core.period.Period;
import sctb.core.progress.ReportState;
import sctb.i18n.Messages;
import sctb.core.text.NumberFormats;

/**
 * The status table as words, shared by the text and CSV forms of {@code sctb status}: a header, one row
 * per agency (code, state, date received, timeliness, files, tasks reported of assigned, indicator rows
 * received of expected, errors, warnings) and a total row.
 */
final class StatusRows {
  /** Columns holding numbers (0-based), right-aligned in text and never neutralised in CSV. */
  static final List<Integer> NUMERIC = List.of(4, 5, 6, 7, 8);

  private StatusRows() {}

  static List<String> header(Messages m) {
    return List.of(m.get("status.col.agency"), m.get("status.col.state"), m.get("status.col.received"),
        m.get("status.col.due"), m.get("status.col.files"), m.get("status.col.tasks"), m.get("status.col.indicators"),
        m.get("status.col.errors"), m.get("status.col.warnings"));
  }

  static List<List<String>> agencies(CollectionStatus s, Messages m) {
    List<List<String>> rows = new ArrayList<>();
    for (AgencyIntake a : s.agencies()) {
      rows.add(List.of(a.agency(), state(a.state(), m), received(a, m), timeliness(a, s, m),
          Integer.toString(a.files().size()), a.assigned().isEmpty() ? "—" : a.reported() + "/" + a.assigned().size(),
          a.indicators().expected() == 0 && a.indicatorRows() == 0 ? "—"
              : a.indicators().received() + "/" + a.indicators().expected(),
          Long.toString(a.errors()), Long.toString(a.warnings())));
    }
    return rows;
  }

  static List<String> total(CollectionStatus s, Messages m) {
    List<AgencyIntake> expected = s.expected();
    long sent = expected.stream().filter(a -> a.state() != IntakeState.NOT_RECEIVED).count();
    int assigned = expected.stream().mapToInt(a -> a.assigned().size()).sum();
    int reported = expected.stream().mapToInt(AgencyIntake::reported).sum();
    int rowsExpected = s.agencies().stream().mapToInt(a -> a.indicators().expected()).sum();
    int rowsReceived = s.agencies().stream().mapToInt(a -> a.indicators().received()).sum();
    return List.of(m.get("status.total"), m.get("status.total.sent", sent, expected.size()), "", "",
        Integer.toString(s.files().size()), reported + "/" + assigned, rowsReceived + "/" + rowsExpected,
        Long.toString(s.errors()), Long.toString(s.warnings()));
  }

  static String state(IntakeState state, Messages m) {
    return m.get("status.state." + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  static String received(AgencyIntake a, Messages m) {
    if (a.receivedOn() == null) {
      if (a.files().isEmpty()) {
        return "—";
      }
      return m.get(a.nothingRead() ? "status.unknown-date" : "status.undated");
    }
    return NumberFormats.dmy(a.receivedOn()) + (a.dateSource() == DateSource.FILE_DATE ? "*" : "");
  }

  /** Against the due date: on time, late by n days, or — nothing received, or nothing readable — days left or past. */
  static String timeliness(AgencyIntake a, CollectionStatus s, Messages m) {
    if (a.timeliness() == ReportState.MISSING || (a.receivedOn() == null && a.nothingRead())) {
      long days = s.daysToDue();
      return days > 0 ? m.count("status.days-left", days, days) : days == 0 ? m.get("status.days-none")
          : m.count("status.days-past", -days, -days);
    }
    return switch (a.timeliness()) {
      case ON_TIME -> m.get("status.on-time");
      case LATE -> m.count("status.late", a.daysLate(), a.daysLate());
      default -> "—";
    };
  }

  /** "6 tháng cuối năm 2026" / "second half of 2026". */
  static String periodWords(Period p, Messages m) {
    return p.isYear() ? m.get("period.year", p.year()) : m.get("period.half" + p.half(), p.year());
  }
}
