package sctb.render.collect.model;

import java.util.List;
import sctb.core.collect.IntakeState;
import sctb.core.progress.ReportState;
import sctb.core.text.Language;
import sctb.render.report.model.DocView;
import sctb.render.report.model.PeriodView;
import sctb.render.report.model.PlanView;

/**
 * The data model of the feedback to one agency on its report for a period (docs/collection.md lists each
 * name): the plan, the day it is written ({@code doc}), the period, the agency, where its report stands,
 * when it came and whether on time, its files, the errors to fix and warnings to check at their places
 * (the same problem on many rows is one item) and how many there are in all,
 * the tasks of its duty missing, the parts of a split report gone to other successors ({@code others}, told to the
 * general one), its indicator rows, the day to send or resend by, and whom to call.
 */
public record FeedbackView(
    Language lang,
    PlanView plan,
    DocView doc,
    PeriodView period,
    AgencyView agency,
    IntakeState state,
    String receivedOn,
    ReportState timeliness,
    List<FileView> files,
    List<ProblemView> errors,
    List<ProblemView> warnings,
    String errorCount,
    String warningCount,
    List<TaskRef> missingTasks,
    List<OtherPart> others,
    RowsView indicatorRows,
    String sendBy,
    ContactView contact) {

  public FeedbackView {
    files = List.copyOf(files);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    missingTasks = List.copyOf(missingTasks);
    others = List.copyOf(others);
  }
}
