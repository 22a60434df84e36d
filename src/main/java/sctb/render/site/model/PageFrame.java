package sctb.render.site.model;

import sctb.core.plan.ProgressMethod;
import sctb.core.text.Language;
import sctb.render.report.model.Flattened;
import sctb.render.report.model.PeriodView;
import sctb.render.report.model.PlanView;
import sctb.render.report.model.RulesView;

/**
 * What every page of the site shares, read flat on the page ({@code lang}, {@code links.home}): its
 * language, the plan, the rules and method verdicts are judged by (as the reports state them), the
 * last period the site covers ({@code period}) and the first ({@code first}), which page this is, and
 * its links to the rest of the site.
 */
public record PageFrame(
    Language lang, PlanView plan, RulesView rules, ProgressMethod method, PeriodView period, String first, PageKind page,
    Links links) implements Flattened {

  /**
   * Relative links from this page: this language's home and statuses pages, the stylesheet, the same
   * page in the other language ({@code other}, whose code is {@code other_lang}).
   */
  public record Links(String home, String statuses, String css, String other, Language otherLang) {}
}
