package sctb.render.report.model;

import sctb.core.plan.Agency;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.core.text.Language;

/** What the engine's ids are called in the plan, in one language: agencies and sectors (the id itself when the plan has no such one). */
public record PlanNames(Plan plan, Language lang) {

  public String agency(String id) {
    return id == null ? "" : plan.agency(id).map(Agency::name).map(n -> n.in(lang)).orElse(id);
  }

  public String sector(String id) {
    return plan.sector(id).map(Sector::name).map(n -> n.in(lang)).orElse(id);
  }
}
