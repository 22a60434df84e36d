package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Location;
import sctb.core.period.Period;

/** One read recorded and handed again: in the reader's order, a restart forgetting what came before, corrections applied. */
class RecordedReadTest {
  private static TaskRow task(String file, int line, String task, String submitted) {
    return new TaskRow(Location.at(file, line, 0), Period.half(2024, 1), "SCT", task, Status.IN_PROGRESS, null, "kết quả",
        null, null, null, LocalDate.parse(submitted));
  }

  /** A sink that writes down what it is handed. */
  private static final class Log implements RowSink {
    final List<String> seen = new ArrayList<>();

    @Override
    public void task(TaskRow row) {
      seen.add("task " + row.task());
    }

    @Override
    public void indicator(IndicatorRow row) {
      seen.add("indicator " + row.indicator());
    }

    @Override
    public void correction(Correction c) {
      seen.add("correction " + c.subject());
    }

    @Override
    public void restart() {
      seen.add("restart");
    }
  }

  @Test
  void everySinkIsHandedWhatTheReaderHandedAfterItsLastRestartInTheSameOrder() {
    RowRecorder recorder = new RowRecorder();
    recorder.task(task("a.csv", 2, "I.1", "2024-06-10"));
    recorder.restart();
    TaskRow older = task("a.csv", 2, "IV.2", "2024-06-10");
    TaskRow newer = task("b.csv", 2, "IV.2", "2024-06-18");
    recorder.task(older);
    recorder.correction(new Correction(older.period(), "IV.2", Correction.Reason.LATER_DATE,
        new Correction.Side(older.at(), older.submittedOn(), null, null), new Correction.Side(newer.at(), newer.submittedOn(), null, null)));
    recorder.task(newer);
    RecordedRead read = recorder.recorded(List.of("a.csv", "b.csv"), List.of(), 1);

    for (int i = 0; i < 2; i++) {
      Log log = new Log();
      read.replay(log);
      assertThat(log.seen).containsExactly("task IV.2", "correction IV.2", "task IV.2");
    }
    Submissions rows = read.submissions();
    assertThat(rows.tasks()).containsExactly(newer);
    assertThat(rows.corrections()).singleElement().satisfies(c -> {
      assertThat(c.older().task()).isEqualTo(older);
      assertThat(c.newer().task()).isEqualTo(newer);
    });
    assertThat(rows.files()).containsExactly("a.csv", "b.csv");
    assertThat(rows.rejectedRows()).isEqualTo(1);
  }
}
