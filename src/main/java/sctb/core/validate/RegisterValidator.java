package sctb.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.text.SafeText;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.register.EntityKind;
import sctb.core.register.EntityMatcher;
import sctb.core.register.EntityNames;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;
import sctb.core.text.Suggest;

/**
 * The rules of the register's rows (docs/submissions.md, "Register"): an id, a kind and an official
 * name on every row; a known sector; dates that read, and a closing date not before the opening one;
 * ids unique; no name (or other spelling) shared by two entries of one kind, which would make that
 * name match neither. Rows with an error are left out; the rest make the {@link Register}.
 */
public final class RegisterValidator {
  private RegisterValidator() {}

  /** The register in {@code file} (a table of kind {@link FileKind#REGISTER}, else nothing but a diagnostic). */
  public static Register check(Lookup lookup, RawFile file) {
    CappedDiagnostics found = new CappedDiagnostics(ValidateOptions.DEFAULT_CAP);
    found.addAll(file.diagnostics());
    List<RegisterEntry> entries = new ArrayList<>();
    if (file.rowsUsable() && file.kind() != FileKind.REGISTER) {
      found.add(Diagnostic.of(Code.UNKNOWN_FILE_KIND, Location.at(file.file(), 1, 0), file.file(), "not-register"));
    } else if (file.rowsUsable()) {
      Map<String, RegisterEntry> ids = new HashMap<>();
      ValidateOptions options = ValidateOptions.of(null, null);
      Cells fileCells = Cells.of(lookup, options, file, found);
      for (RawRow row : file.rows()) {
        Cells cells = fileCells.on(row);
        Optional<RegisterEntry> entry = entry(cells, lookup);
        if (entry.isEmpty()) {
          continue;
        }
        RegisterEntry e = entry.get();
        RegisterEntry before = ids.putIfAbsent(EntityMatcher.idOf(e.id()), e);
        if (before != null) {
          found.add(Diagnostic.of(Code.REGISTER_DUPLICATE_ID, row.at(Column.ENTITY_ID), e.id(),
              Integer.toString(before.at().line())));
          continue;
        }
        entries.add(e);
      }
      clashes(entries, found);
    }
    return file.rowsUsable() && file.kind() == FileKind.REGISTER ? new Register(file.file(), entries, found.sorted())
        : Register.unreadable(found.sorted());
  }

  private static Optional<RegisterEntry> entry(Cells cells, Lookup lookup) {
    RawRow row = cells.row();
    String id = cells.required(Column.ENTITY_ID);
    if (id != null) {
      taxCode(cells, id);
    }
    String kindText = cells.required(Column.KIND);
    EntityKind kind = null;
    if (kindText != null) {
      kind = EntityKind.parse(kindText).orElse(null);
      if (kind == null) {
        cells.add(Diagnostic.of(Code.REGISTER_UNKNOWN_KIND, cells.at(Column.KIND), kindText)
            .suggesting(Suggest.closest(kindText, KIND_WORDS).orElse(null)));
      }
    }
    String name = cells.required(Column.NAME);
    String sectorText = row.text(Column.SECTOR);
    String sector = "";
    if (!sectorText.isBlank()) {
      sector = lookup.sector(sectorText).orElse(null);
      if (sector == null) {
        cells.add(Diagnostic.of(Code.UNKNOWN_SECTOR, cells.at(Column.SECTOR), sectorText,
                "register", "sectors:" + String.join("|", lookup.sectorIds()))
            .suggesting(Suggest.named(sectorText, lookup.sectorSpellings(lookup.sectorIds())).flatMap(lookup::sector)
                .map(s -> "sector:" + s).orElse(null)));
      }
    }
    LocalDate opened = cells.date(Column.OPENED_ON);
    LocalDate closed = cells.date(Column.CLOSED_ON);
    if (opened != null && closed != null && closed.isBefore(opened)) {
      cells.add(Code.REGISTER_DATES, Column.CLOSED_ON, row.text(Column.CLOSED_ON), row.text(Column.OPENED_ON));
    }
    if (cells.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new RegisterEntry(id.strip(), kind, sector, name.strip(), otherNames(row.text(Column.OTHER_NAMES)),
        row.text(Column.DISTRICT).strip(), row.text(Column.COMMUNE).strip(), opened, closed, row.at(Column.NAME)));
  }

  private static final List<String> KIND_WORDS = List.of("establishment", "outlet", "zone", "model", "cơ sở sản xuất",
      "siêu thị", "trung tâm thương mại", "khu công nghiệp", "cụm công nghiệp", "làng nghề", "mô hình");

  // Compiled once, not for every row of the register as String.split/matches/replaceAll do: three
  // compilations a row were 4 ms of the everyday report's main thread (JFR, docs/performance.md, round 11).
  private static final Pattern OTHER_NAME_SEPARATORS = Pattern.compile("[;|\\r\\n]+");
  private static final Pattern SPACE = Pattern.compile("\\s");
  private static final Pattern DIGITS_AND_DASHES = Pattern.compile("[0-9][0-9-]*");
  private static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");

  /** Other spellings, one per line or separated by ";" or "|". */
  static List<String> otherNames(String text) {
    List<String> out = new ArrayList<>();
    for (String s : OTHER_NAME_SEPARATORS.split(text)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** An id that looks like a tax code (digits, with a "-" before a branch's three) must have 10 digits, or 10 and 3. */
  private static void taxCode(Cells cells, String id) {
    String compact = SPACE.matcher(id).replaceAll("");
    if (DIGITS_AND_DASHES.matcher(compact).matches() && !TAX_CODE.matcher(compact).matches()) {
      cells.add(Code.REGISTER_TAX_CODE, Column.ENTITY_ID, id);
    }
  }

  /** Two entries of one kind sharing a name (folded, or with legal forms written one way): neither can be matched by it. */
  private static void clashes(List<RegisterEntry> entries, CappedDiagnostics found) {
    Map<String, RegisterEntry> seen = new HashMap<>();
    for (RegisterEntry e : entries) {
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.otherNames());
      for (String n : names.stream().map(EntityNames::canonical).distinct().toList()) {
        RegisterEntry other = seen.putIfAbsent(e.kind().id() + "\u0000" + n, e);
        if (other != null && other != e) {
          found.add(Diagnostic.of(Code.REGISTER_NAME_CLASH, e.at(), e.name(), other.id(),
              SafeText.excerpt(other.name()), Integer.toString(other.at().line())));
        }
      }
    }
  }
}
