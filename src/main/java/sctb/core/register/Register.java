package sctb.core.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;

/**
 * The register of who is counted (docs/submissions.md, "Register"): its entries in file order, by
 * id, and what reading it found wrong. {@link #NONE} when the workspace has none: then entities are
 * matched by their normalised names only.
 */
public final class Register {
  public static final Register NONE = new Register(null, List.of(), List.of());

  private final String file;
  private final List<RegisterEntry> entries;
  private final Map<String, RegisterEntry> byKey = new LinkedHashMap<>();
  private final List<Diagnostic> diagnostics;
  private final EntityMatcher matcher;

  /** {@code file}: the register as shown to users (null: no register); {@code entries} with distinct ids. */
  public Register(String file, List<RegisterEntry> entries, List<Diagnostic> diagnostics) {
    this.file = file;
    this.entries = List.copyOf(entries);
    this.diagnostics = List.copyOf(diagnostics);
    for (RegisterEntry e : this.entries) {
      byKey.putIfAbsent(e.key(), e);
    }
    this.matcher = new EntityMatcher(this);
  }

  /**
   * A register that could not be read at all (an unreadable path, a file that is no register): its
   * problems kept, and entities matched as without a register, so that one broken file does not turn
   * every named entity into an unmatched one.
   */
  public static Register unreadable(List<Diagnostic> diagnostics) {
    return new Register(null, List.of(), diagnostics);
  }

  /** True when the workspace has a register (even an empty one). */
  public boolean present() {
    return file != null;
  }

  public String file() {
    return file;
  }

  public List<RegisterEntry> entries() {
    return entries;
  }

  /** The entry rows matched to it are counted under {@code key} ({@link EntityMatcher.Match#key}). */
  public Optional<RegisterEntry> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The problems found reading it, for the reader to report with the submissions'. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public EntityMatcher matcher() {
    return matcher;
  }

  /** Entries of {@code kind} (of {@code sector} too, unless null) open at some time in {@code period}. */
  public List<RegisterEntry> openIn(Period period, EntityKind kind, String sector) {
    List<RegisterEntry> out = new ArrayList<>();
    for (RegisterEntry e : entries) {
      if (e.kind() == kind && (sector == null || sector.equals(e.sector())) && e.openIn(period)) {
        out.add(e);
      }
    }
    return out;
  }
}
