package sctb.core.plan;

import java.util.List;
import sctb.core.text.Localized;

/** The plan's identity: what it is called, who issued it, what it implements, and its phases. */
public record PlanInfo(
    String id,
    Localized title,
    Localized shortTitle,
    Localized issuer,
    Signer signer,
    Decision implementsDecision,
    List<Phase> phases) {

  public PlanInfo {
    phases = List.copyOf(phases);
  }

  /** Who signed the plan, and as what. */
  public record Signer(String name, Localized position) {}

  /** The national decision the plan implements (889/QĐ-TTg of 24/6/2020). */
  public record Decision(String number, java.time.LocalDate date, Localized issuer, Localized title) {}
}
