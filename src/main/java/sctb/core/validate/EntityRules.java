package sctb.core.validate;

import java.util.List;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.register.EntityKind;
import sctb.core.register.EntityMatcher;
import sctb.core.register.RegisterEntry;
import sctb.core.submission.Column;
import sctb.core.submission.RawRow;
import sctb.core.text.DayMonthYear;

/**
 * Which entity an indicator row is about ({@link EntityMatcher}), and what is worth telling the agency
 * about it when the workspace has a register: a name the register does not hold (with the closest
 * entry), or holds for two entries; an id it does not hold; a name that is not the entry's the id
 * names (perhaps a new name to add); an entity the register says had closed before the row's period.
 */
final class EntityRules {
  private EntityRules() {}

  /** The row's entity key; its warnings go to {@code cells}. */
  static String key(Cells cells, Lookup lookup, Lookup.IndicatorRef indicator, Period period) {
    RawRow row = cells.row();
    String id = row.text(Column.ENTITY_ID);
    String name = row.text(Column.ENTITY);
    EntityKind kind = indicator == null ? null : indicator.registerKind();
    EntityMatcher matcher = lookup.register().matcher();
    EntityMatcher.Match m = matcher.match(id, name, kind);
    switch (m.how()) {
      case UNMATCHED -> unmatched(cells, matcher, name, kind);
      case AMBIGUOUS -> {
        List<RegisterEntry> candidates = matcher.candidates(name, kind);
        cells.add(Code.UNMATCHED_ENTITY, Column.ENTITY, name, "ambiguous",
            String.join(", ", candidates.stream().map(e -> e.id() + " (" + e.name() + ")").toList()));
      }
      case ID -> {
        if (!name.isBlank() && !EntityMatcher.isNameOf(m.entry(), name)) {
          cells.add(Code.ENTITY_NAME_DIFFERS, Column.ENTITY, name, m.entry().id(), m.entry().name());
        }
      }
      default -> { }
    }
    if (m.unknownId() != null) {
      cells.add(Diagnostic.of(Code.UNKNOWN_ENTITY_ID, cells.at(Column.ENTITY_ID), m.unknownId(),
              m.entry() != null ? "by-name" : "unmatched", m.entry() != null ? m.entry().id() : "")
          .suggesting(m.entry() != null ? m.entry().id() : null));
    }
    RegisterEntry entry = m.entry();
    if (entry != null && period != null && entry.closedBefore(period)) {
      cells.add(Code.CLOSED_ENTITY, name.isBlank() ? Column.ENTITY_ID : Column.ENTITY, name.isBlank() ? id : name,
          entry.id(), DayMonthYear.of(entry.closedOn()), period.toString());
    }
    return m.key();
  }

  /**
   * An unmatched name: counted, and for the warnings shown, told with the register's closest entry.
   * Its own method: the shown ones come in bursts (the first of each file), and the optimising compiler
   * then recompiles only this, not {@link #key} with the closest-entry search inlined into it.
   */
  private static void unmatched(Cells cells, EntityMatcher matcher, String name, EntityKind kind) {
    if (name.isBlank()) {
      return;
    }
    if (!cells.shown(Code.UNMATCHED_ENTITY, Column.ENTITY)) {
      cells.count(Code.UNMATCHED_ENTITY); // a national roll-up's millions: the closest entry only for those shown
      return;
    }
    RegisterEntry closest = matcher.closest(name, kind);
    cells.add(Diagnostic.of(Code.UNMATCHED_ENTITY, cells.at(Column.ENTITY), name,
        closest == null ? "none" : "closest", closest == null ? "" : closest.name(),
        closest == null ? "" : closest.id()));
  }
}
