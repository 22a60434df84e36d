package sctb.core.plan;

import java.util.List;
import sctb.core.text.Localized;

/**
 * The plan's identity: what it is called, its own number and date (when recorded), who issued it,
 * what it implements, and its phases.
 */
public record PlanInfo(
    String id,
    Localized title,
    Localized shortTitle,
    Issued issued,
    Localized issuer,
    Signer signer,
    Decision implementsDecision,
    List<Phase> phases) {

  public PlanInfo {
    phases = List.copyOf(phases);
  }

  /** The plan's years: from its first phase's start to its last phase's end (null when it has no phase). */
  public YearRange years() {
    if (phases.isEmpty()) {
      return null;
    }
    return new YearRange(phases.stream().mapToInt(Phase::start).min().getAsInt(),
        phases.stream().mapToInt(Phase::end).max().getAsInt());
  }

  /** The plan's number and symbol ({@code 123/KH-UBND}, "" when not recorded) and the day it was issued (null when not recorded). */
  public record Issued(String number, java.time.LocalDate date) {
    public static final Issued UNKNOWN = new Issued("", null);
  }

  /** Who signed the plan, and as what. */
  public record Signer(String name, Localized position) {}

  /** The national decision the plan implements (889/QĐ-TTg of 24/6/2020). */
  public record Decision(String number, java.time.LocalDate date, Localized issuer, Localized title) {}
}
