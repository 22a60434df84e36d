package sctb.render.collect;

import java.util.ArrayList;
import java.util.List;
import sctb.core.collect.CollectionStatus;
import sctb.core.collect.DateSource;
import sctb.core.collect.FileIntake;
import sctb.core.collect.IntakeState;
import sctb.i18n.Messages;
import sctb.core.text.NumberFormats;

/**
 * {@code sctb status} for the terminal: a title with the due date and the days left or past, a table
 * of the agencies that fits 80 columns (long headers and cells wrapped when needed), the totals, then what to do next (feedback, reminders).
 */
public final class StatusText {
  private StatusText() {}

  public static String render(CollectionStatus s, Messages m) {
    StringBuilder out = new StringBuilder();
    out.append(m.get("status.title", StatusRows.periodWords(s.period(), m), s.period())).append('\n');
    long days = s.daysToDue();
    String today = NumberFormats.dmy(s.today());
    boolean weekend = !s.onTimeUntil().equals(s.dueDate());
    String due = NumberFormats.dmy(s.dueDate());
    if (weekend) {
      due = m.get("status.due.weekend", due, m.get("status.weekday." + s.dueDate().getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT)),
          NumberFormats.dmy(s.onTimeUntil()));
    }
    String dueLine = days > 0 ? m.count("status.due.ahead", days, due, today, days)
        : days < 0 ? m.count("status.due.past", -days, due, today, -days)
        : weekend ? m.get("status.due.last-day", due, today) : m.get("status.due.today", due);
    wrapped(dueLine, WIDTH).forEach(line -> out.append(line).append('\n'));
    out.append('\n');
    List<List<String>> rows = new ArrayList<>();
    rows.add(StatusRows.header(m));
    rows.addAll(StatusRows.agencies(s, m));
    List<String> total = StatusRows.total(s, m);
    table(rows, total, out);
    out.append('\n');
    List<String> notes = new ArrayList<>();
    notes.add(m.get("status.summary", s.expected().size(), s.in(IntakeState.COMPLETE).size(),
        s.in(IntakeState.INCOMPLETE).size(), s.in(IntakeState.HAS_ERRORS).size(), s.in(IntakeState.NOT_RECEIVED).size()));
    notes.add(m.get("status.columns"));
    if (s.agencies().stream().anyMatch(a -> a.receivedOn() == null && a.nothingRead())) {
      notes.add(m.get("status.unknown-date-note"));
    }
    if (s.agencies().stream().anyMatch(a -> a.dateSource() == DateSource.FILE_DATE)) {
      notes.add(m.get("status.file-date-note"));
    }
    for (FileIntake f : s.files()) {
      if (!f.namedAgency().isEmpty()) {
        notes.add(m.get("status.named-other", f.file(), f.namedAgency(), f.agency()));
      }
      for (String copy : f.copies()) {
        notes.add(m.get("status.copy-left-out", f.agency().isEmpty() ? "—" : f.agency(), copy, f.file()));
      }
    }
    for (FileIntake f : s.unattributed()) {
      notes.add(m.get("status.unattributed", f.file(), f.errors(), f.warnings()));
    }
    if (s.otherErrors() > 0) {
      notes.add(m.get("status.other-errors", s.otherErrors()));
    }
    if (!s.owing().isEmpty()) {
      notes.add(m.get("status.next", s.period()));
    }
    notes.forEach(n -> wrapped(n, WIDTH).forEach(line -> out.append(line).append('\n')));
    return out.toString();
  }

  /** A terminal's width. */
  static final int WIDTH = 80;

  /**
   * Columns as wide as their widest cell, one space apart; numbers and counts right-aligned. A table wider
   * than the terminal has its widest columns narrowed, their headers and cells wrapped between words onto
   * more lines, until it fits (never narrower than a column's longest word).
   */
  private static void table(List<List<String>> rows, List<String> total, StringBuilder out) {
    int columns = total.size();
    int[] width = new int[columns];
    int[] narrowest = new int[columns];
    int[] body = new int[columns];
    List<List<String>> all = new ArrayList<>(rows);
    all.add(total);
    for (int r = 0; r < all.size(); r++) {
      for (int c = 0; c < columns; c++) {
        String cell = all.get(r).get(c);
        width[c] = Math.max(width[c], length(cell));
        body[c] = r == 0 ? body[c] : Math.max(body[c], length(cell));
        for (String word : cell.split(" ")) {
          narrowest[c] = Math.max(narrowest[c], length(word));
        }
      }
    }
    // Headers wrap first (one more line in all), then cells (more lines per row).
    int[] headersWrapped = new int[columns];
    for (int c = 0; c < columns; c++) {
      headersWrapped[c] = Math.max(body[c], narrowest[c]);
    }
    narrow(width, headersWrapped);
    narrow(width, narrowest);
    for (int r = 0; r < all.size(); r++) {
      if (r == all.size() - 1) {
        line(width, out);
      }
      List<List<String>> cells = new ArrayList<>();
      int height = 1;
      for (int c = 0; c < columns; c++) {
        cells.add(wrapped(all.get(r).get(c), width[c]));
        height = Math.max(height, cells.get(c).size());
      }
      for (int k = 0; k < height; k++) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns; c++) {
          String cell = k < cells.get(c).size() ? cells.get(c).get(k) : "";
          String pad = " ".repeat(width[c] - length(cell));
          line.append(c == 0 ? "" : " ").append(StatusRows.NUMERIC.contains(c) ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
      }
      if (r == 0) {
        line(width, out);
      }
    }
  }

  /** Narrows the widest column wider than its {@code narrowest}, one character at a time, until the table fits {@link #WIDTH}. */
  private static void narrow(int[] width, int[] narrowest) {
    while (java.util.Arrays.stream(width).sum() + width.length - 1 > WIDTH) {
      int widest = -1;
      for (int c = 0; c < width.length; c++) {
        if (width[c] > narrowest[c] && (widest < 0 || width[c] > width[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return; // every column is down to its floor
      }
      width[widest]--;
    }
  }

  /** A cell's or a sentence's lines, at most {@code width} characters each (a longer word alone), broken between words. */
  private static List<String> wrapped(String cell, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : cell.split(" ")) {
      if (line.length() > 0 && length(line.toString()) + 1 + length(word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static void line(int[] width, StringBuilder out) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      line.append(c == 0 ? "" : " ").append("-".repeat(width[c]));
    }
    out.append(line).append('\n');
  }

  /** Characters as a terminal counts them (the text is NFC: one code point, one cell). */
  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
