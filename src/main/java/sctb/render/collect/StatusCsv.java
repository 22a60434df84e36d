package sctb.render.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.io.csv.CsvWriter;

/**
 * {@code sctb status --format csv}: one row per agency, then the total row, headers and words in the
 * user's language; counts in columns of their own (a cell "8/8" would become a date in Excel).
 */
public final class StatusCsv {
  private static final Set<Integer> NUMBERS = Set.of(5, 6, 7, 9, 10, 11, 12);

  private StatusCsv() {}

  /** {@code excel}: UTF-8 with BOM, ";" and CRLF, as Vietnamese Excel opens it. */
  public static byte[] render(CollectionStatus s, Messages m, boolean excel) {
    Language lang = m.language();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (String key : List.of("agency", "name", "state", "received", "due", "files", "tasks-reported", "tasks-assigned",
        "tasks-missing", "rows-received", "rows-expected", "errors", "warnings", "copies")) {
      header.add(m.get("status.csv." + key));
    }
    rows.add(header);
    for (AgencyIntake a : s.agencies()) {
      rows.add(List.of(a.agency(), s.plan().agency(a.agency()).map(x -> x.name().in(lang)).orElse(a.agency()),
          StatusRows.state(a.state(), m), StatusRows.received(a, m), StatusRows.timeliness(a, s, m),
          Integer.toString(a.files().size()), Integer.toString(a.reported()), Integer.toString(a.assigned().size()),
          String.join(", ", a.missing()), Integer.toString(a.indicators().received()),
          Integer.toString(a.indicators().expected()), Long.toString(a.errors()), Long.toString(a.warnings()),
          String.join(", ", a.files().stream().flatMap(f -> f.copies().stream()).toList())));
    }
    List<AgencyIntake> expected = s.expected();
    rows.add(List.of(m.get("status.total"), "", "", "", "", Integer.toString(s.files().size()),
        Integer.toString(expected.stream().mapToInt(AgencyIntake::reported).sum()),
        Integer.toString(expected.stream().mapToInt(a -> a.assigned().size()).sum()), "",
        Integer.toString(s.agencies().stream().mapToInt(a -> a.indicators().received()).sum()),
        Integer.toString(s.agencies().stream().mapToInt(a -> a.indicators().expected()).sum()),
        Long.toString(s.errors()), Long.toString(s.warnings()), ""));
    return CsvWriter.write(rows, NUMBERS, excel);
  }
}
