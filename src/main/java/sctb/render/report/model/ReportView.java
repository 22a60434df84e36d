package sctb.render.report.model;

import java.util.List;
import sctb.core.plan.ProgressMethod;
import sctb.core.text.Language;

/**
 * The data model every report template reads (docs/templates.md lists each name): the engine's
 * result for one period joined once with the plan's names, every figure formatted for the language.
 * Built by {@link ReportViews}; templates see only these components, as snake_case names.
 */
public record ReportView(
    Language lang,
    PlanView plan,
    DocView doc,
    PeriodView period,
    PhaseView phase,
    ProgressMethod method,
    RulesView rules,
    List<IndicatorView> indicators,
    List<RetiredView> retired,
    List<GroupView> groups,
    List<CompiledText> difficulties,
    List<CompiledText> proposals,
    ReportingView reporting,
    PreviousView previous,
    List<CorrectionView> corrections,
    DiagnosticsView diagnostics) {

  public ReportView {
    corrections = List.copyOf(corrections);
    indicators = List.copyOf(indicators);
    retired = List.copyOf(retired);
    groups = List.copyOf(groups);
    difficulties = List.copyOf(difficulties);
    proposals = List.copyOf(proposals);
  }
}
