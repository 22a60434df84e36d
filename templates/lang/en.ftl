<#-- English wording of the report. Change it here to rename headings, labels, summary sentences (see docs/templates.md). -->
<#import "document-en.ftl" as Doc>
<#assign t = Doc.d + {
  "number": "No.:        /BC-SCT",
  "doc_kind": "REPORT",
  "group": "Group",
  "s1": "I. SUMMARY OF RESULTS AGAINST THE TARGETS",
  "s2": "II. RESULTS BY INDICATOR",
  "s3": "III. IMPLEMENTATION OF THE TASKS",
  "s4": "IV. DIFFICULTIES AND PROPOSALS",
  "s5": "V. REPORTING DISCIPLINE",
  "annex": "ANNEX: DATA QUALITY AND METHODOLOGY",
  "difficulties": "1. Difficulties",
  "proposals": "2. Proposals",
  "none_reported": "None raised.",
  "col_indicator": "Indicator",
  "col_value": "Result",
  "col_expected": "Expected by now",
  "col_target": "Target",
  "col_verdict": "Assessment",
  "col_sector": "Sector",
  "col_ratio": "Progress ratio",
  "col_as_of": "Data period",
  "col_panel": "Establishments compared",
  "col_excluded": "Left out",
  "col_task": "No.",
  "col_task_title": "Task",
  "col_lead": "Lead agency",
  "col_status": "Status",
  "col_progress": "Progress",
  "col_agency": "Agency",
  "col_date": "Submitted on",
  "col_location": "Location",
  "col_severity": "Level",
  "col_message": "Message",
  "summary_table": "Table 1. Results of the indicators",
  "sector_table": "Results by sector",
  "group_table": "Tasks of group",
  "results_reported": "Results reported by the agencies",
  "no_results": "No agency reported results for the tasks of this group in the period.",
  "chart_value": "Result",
  "chart_expected": "Expected by now",
  "chart_target": "Minimum target",
  "chart_stretch": "Upper target",
  "chart_title": "Chart",
  "forecast": "Forecast at the end of the target year",
  "measure": "How it is measured",
  "target": "Target of the Plan",
  "panel": "Establishments compared",
  "left_out": "Establishments left out of the comparison",
  "nothing_left_out": "No establishment was left out.",
  "output_share": "share of output",
  "raised_by": "Raised by",
  "task_word": "task",
  "expected_reporters": "Agencies due to report",
  "received": "Agencies that reported",
  "on_time": "On time",
  "late": "Late",
  "undated": "Without a submission date",
  "missing": "Missing",
  "unexpected": "Not expected",
  "nobody": "none",
  "diag_intro": "Checks of the input data",
  "diag_none": "No error or warning was found in this period's data files.",
  "methodology": "Methodology",
  "recipient_list": ["Chairman of the Provincial People's Committee (for reporting);", "Ministry of Industry and Trade (for reporting);", "Departments, sectors and agencies concerned;", "Archive: VT, QLCN."],
  "stretch_met": "upper target met too",
  "col_basis": "Panel's share of output (assessed period / baseline year)",
  "legend": "How to read the “Assessment” column",
  "baseline": "Baseline value",
  "why": "Why",
  "basis": "Rests on",
  "by_sector": "By sector",
  "sector_notes": "Notes by sector",
  "final": "final",
  "col_change": "Since the last report",
  "changes": "Change since the last report",
  "reporting_table": "Reporting by agency",
  "col_sent_on": "Sent on",
  "col_tasks_reported": "Tasks reported",
  "col_on_time": "On time",
  "col_late": "Late",
  "col_undated": "Undated",
  "col_not_reported": "Tasks not reported",
  "col_rows": "Indicator rows (received/expected)",
  "col_state": "State",
  "reporting_table_note": "Tasks on time, late and undated are judged on each task's first submission; a task sent without a date is not counted as on time. The indicator rows expected are those the agency sent in its previous report (less entities closed since), and one for each indicator and sector the plan asks of the agency for the period that that report did not have.",
  "corrections": "Corrected figures",
  "corrections_table": "Corrections received since the last report was due",
  "col_period": "Data period",
  "col_subject": "Subject",
  "col_correction": "Old → new",
  "col_rows_replaced": "Original → correction",
  "col_effect": "Effect",
  "no_corrections": "No agency corrected figures it had sent since the last report was due.",
  "corrected": "correction",
  "partial": "incomplete",
  "no_value": "—"
}>
<#assign status = {
  "achieved": "Achieved",
  "on-track": "On track",
  "acceleration-needed": "Acceleration needed",
  "limited-progress": "Limited progress",
  "deterioration": "Deterioration",
  "not-achieved": "Not achieved",
  "no-data": "No data",
  "insufficient-data": "Insufficient data",
  "qualitative": "Qualitative"
}>
<#assign task_status = {
  "done": "Done",
  "ongoing": "Carried out regularly",
  "in-progress": "In progress",
  "delayed": "Delayed",
  "not-started": "Not started",
  "none": "Not reported"
}>
<#assign severity = {"error": "Error", "warning": "Warning", "info": "Info"}>
<#assign reasons = {
  "no-baseline": "no baseline data",
  "baseline-incomplete": "incomplete baseline data",
  "zero-output-baseline": "zero output in the baseline year",
  "no-current": "no data for the assessed period",
  "zero-output-current": "zero output in the assessed period",
  "closed": "closed (register)",
  "implausible-change": "intensity more than " + rules.outlier_factor + " times different from the baseline year, not a real change: check the figures and units of both periods"
}>
<#assign methods = {
  "linear": "Linear progress: the expected value moves in a straight line by whole months from the baseline value (at the end of the baseline year; 0 for consumption reductions) to the minimum target at the end of the target year. Progress ratio = (result − baseline) / (expected − baseline). Assessment: Achieved when the minimum target is met; On track when the ratio is at least " + rules.on_track + "; Acceleration needed from " + rules.acceleration_needed + "; Limited progress from " + rules.limited_progress + "; Deterioration below. A ratio above 100% is written “ahead of the path”: the result is past the expected value, and the ratio's size then mostly reflects how few months of the phase have passed; a ratio below 0 is written “worse than the baseline”: the result is further from the target than the baseline.",
  "cagr": "Compound annual growth (Eurostat method): progress ratio = observed average annual growth since the baseline / growth needed to reach the target on time. Same thresholds as the linear method: On track from " + rules.on_track + ", Acceleration needed from " + rules.acceleration_needed + ", Limited progress from " + rules.limited_progress + "."
}>
<#assign methods_common = "Consumption reduction: sector intensity = total consumption / total output of the establishments with positive output in both the baseline year and the assessed period whose intensity changed at most " + rules.outlier_factor + " times between them; reduction = (1 − current intensity / baseline intensity) × 100; the sectors' pooled reduction is computed on consumption converted to " + rules.common_unit + ", as context only. Shares: 100 × Σ numerators / Σ denominators over the latest row of each establishment. Tasks: share of tasks done or carried out regularly. Forecasts: a least-squares straight line through the values since the baseline, with the range that holds the result with 95% probability.">
<#assign forecast_methods = {"least-squares": "least-squares straight line"}>
<#-- What a figure rests on, one phrase per kind. -->
<#assign facts = {
  "panel-output-current": "the panel holds {share} of the output in the assessed period",
  "panel-output-baseline": "the panel holds {share} of the output in the baseline year",
  "panel-consumption-current": "the panel holds {share} of the consumption in the assessed period",
  "sectors-current": "{part} of {whole} sectors have current data",
  "tasks-current": "{part} of {whole} tasks have a current status",
  "population-current": "{share} of the population ({part} of {whole}) has current data",
  "rows-current": "{part} of {whole} rows are current",
  "agencies-current": "{part} of {whole} reporting agencies have current data"
}>
<#assign pooled_reasons = {
  "no-data": "no data",
  "not-current": "data too old or not from the target year",
  "no-conversion": "no conversion factor"
}>

<#function period_words p><#return Doc.period_words(p)></#function>

<#function subject p plan>
  <#return "Results of the " + plan.title + " in " + period_words(p)>
</#function>

<#-- A report made before its period ends: the line under the title, and the short one at the foot of every page. -->
<#function provisional_line p>
  <#return "PROVISIONAL REPORT — data up to " + p.data_until + "; the reporting period has not ended (it runs to " + p.end + "), so the figures may still change.">
</#function>

<#function provisional_mark p>
  <#return "Provisional report — data up to " + p.data_until + "; the reporting period has not ended">
</#function>

<#function date_line d><#return Doc.date_line(d)></#function>

<#function verdict s>
  <#return status[s]!s>
</#function>

<#-- Why a figure is not judged (f: an indicator or a sector; year: the target year). -->
<#function why f year>
  <#switch f.reason>
    <#case "no-target"><#return "the indicator has no target">
    <#case "no-rows"><#return "no agency has reported data">
    <#case "all-closed"><#return "agencies reported, but every entity reported had closed according to the register, so there is nothing left to count">
    <#case "empty-panel"><#return "no establishment can be compared between the baseline year and the assessed period">
    <#case "baseline-year-only"><#return "there is data for the baseline year only, so no progress to measure yet">
    <#case "before-baseline"><#return "the latest data is from before the target's baseline year: the path to the target has not started, so no progress can be measured yet">
    <#case "no-target-year-data"><#return "a final assessment needs data from within " + year + ", and the latest is from " + f.as_of>
    <#case "stale-data"><#return "the latest data is from " + f.as_of + ", more than " + rules.max_data_age + " half-years before the assessed period">
    <#case "low-coverage"><#return "it rests on too little: " + f.coverage?filter(c -> !c.met)?map(c -> fact(c))?join("; ")>
    <#case "few-sectors-judged"><#return "fewer than half of the sectors are assessed">
    <#default><#return f.reason>
  </#switch>
</#function>

<#-- One thing a figure rests on, with its threshold if it has one. -->
<#function fact c>
  <#-- No share to give (nothing counted: 0/0): a dash, not a blank. -->
  <#local s = (facts[c.kind]!c.kind)?replace("{share}", c.share?has_content?then(c.share, t.no_value))?replace("{part}", c.part)?replace("{whole}", c.whole)>
  <#if c.threshold?has_content><#local s = s + " (at least " + c.threshold + " needed)"></#if>
  <#return s>
</#function>

<#-- Everything a figure rests on, a fact short of its threshold marked. -->
<#function basis f>
  <#return f.coverage?map(c -> fact(c) + (!c.met)?then(" — short", ""))?join("; ")>
</#function>

<#-- A sector's basis in its table: the panel's share of output in the assessed period / the baseline year, or its other facts. -->
<#function basis_cell s>
  <#local current = s.coverage?filter(c -> c.kind == "panel-output-current")>
  <#local baseline = s.coverage?filter(c -> c.kind == "panel-output-baseline")>
  <#-- Nothing reported in one of the two (a missing baseline year): no share to give, not an empty one. -->
  <#if current?has_content && baseline?has_content><#return current[0].share?has_content?then(current[0].share, t.no_value) + " / " + baseline[0].share?has_content?then(baseline[0].share, t.no_value)></#if>
  <#return s.coverage?map(c -> c.share)?join(", ")>
</#function>

<#-- After the verdict's name: final, stretch met, achieved late. -->
<#function verdict_tail f with_final=true>
  <#local s = "">
  <#if f.stretch_met><#local s = s + ", " + t.stretch_met></#if>
  <#if with_final && f.final && f.status != "no-data"><#local s = s + " (" + t.final + ")"></#if>
  <#if f.achieved_late?has_content><#local s = s + "; achieved late (" + f.achieved_late + ")"></#if>
  <#return s>
</#function>

<#-- The result with the tasks it counts (task shares) and the period of its data when that is not the report's: "100.0% (6 of 6 tasks; data of 2025H2)". -->
<#function value_words i always=false>
  <#local notes = []>
  <#if i.kind?? && i.kind == "tasks" && i.denominator?has_content><#local notes = notes + [i.numerator + " of " + i.denominator + " tasks"]></#if>
  <#if i.as_of?has_content && (always || i.as_of_earlier)><#local notes = notes + ["data of " + i.as_of]></#if>
  <#return i.value + notes?has_content?then(" (" + notes?join("; ") + ")", "")>
</#function>

<#function sector_names v>
  <#return v.sectors?map(n -> n?uncap_first)?join(", ")>
</#function>

<#-- Sectors per verdict: "achieved: 2 of 8 sectors (cement, beer); on track: 1 of 8 (textiles and garments)". -->
<#function tally i>
  <#local parts = []>
  <#list i.sector_verdicts as v>
    <#local parts = parts + [verdict(v.status)?lower_case + ": " + v.count + " of " + i.sectors_total + v?is_first?then(" sectors", "") + " (" + sector_names(v) + ")"]>
  </#list>
  <#return parts?join("; ")>
</#function>

<#-- The overall verdict of a target set for each sector, and why. -->
<#-- Why a target set for each sector has the overall verdict it has. -->
<#function overall_why i>
  <#local achieved = i.sector_verdicts?filter(v -> v.status == "achieved")>
  <#local n = achieved?has_content?then(achieved[0].count?number, 0)>
  <#switch i.status>
    <#case "achieved"><#return "every sector achieved it">
    <#case "not-achieved"><#return "the target is set for each sector, so it is achieved only when every sector achieves it">
    <#case "insufficient-data"><#case "no-data"><#return (i.reason?has_content)?then(why(i, i.target_year), "")>
    <#case "qualitative"><#return "">
    <#default>
      <#if i.status == "on-track" && n * 2 gte i.sectors_total?number><#return "at least half of the sectors achieved it, but not every sector"></#if>
      <#return "by the median sector: at least half of the sectors are at “" + verdict(i.status) + "” or better">
  </#switch>
</#function>

<#function overall_words i>
  <#local why = overall_why(i)>
  <#return verdict(i.status)?lower_case + verdict_tail(i) + why?has_content?then(" — " + why, "")>
</#function>

<#-- The “Result” cell of Table 1: sectors achieving (and the pooled figure as context) for a target set for each sector; the result and its data period otherwise. -->
<#-- The baseline's label: its year, or the first period with data when the baseline year has none (never dated to that year). -->
<#function baseline_label i>
  <#if i.baseline_from?has_content><#return t.baseline + " (first period with data, " + i.baseline_from + "; no data of " + i.baseline_year + ")"></#if>
  <#return t.baseline + " (" + i.baseline_year + ")">
</#function>

<#-- The "Expected by now" cell and line: the expectation is at the end of the data's period (methodology.md §4), so
     with data from an earlier period it names that period — not read as what was needed by the report's end. -->
<#function expected_cell i>
  <#if !i.expected?has_content><#return ""></#if>
  <#return i.expected + (i.as_of_earlier && !i.final)?then(" (by the end of " + i.as_of + ")", "")>
</#function>

<#function value_cell i>
  <#if i.sector_verdicts?has_content>
    <#return i.sectors_meeting_min + " of " + i.sectors_total + " sectors achieved" + i.pooled.value?has_content?then("; pooled " + i.pooled.value + " (context)", "") + i.as_of_earlier?then(" (data of " + i.as_of + ")", "")>
  </#if>
  <#if !i.value?has_content><#return t.no_value></#if>
  <#return i.value + i.as_of_earlier?then(" (data of " + i.as_of + ")", "")>
</#function>

<#-- A note on a sector that is not assessed, or whose data is from an earlier period. -->
<#function sector_note s year>
  <#local parts = []>
  <#if s.reason?has_content && s.reason != "no-rows"><#local parts = parts + [verdict(s.status)?lower_case + " — " + why(s, year)]></#if>
  <#if s.as_of_earlier && s.reason != "stale-data" && s.reason != "no-target-year-data"><#local parts = parts + ["data of " + s.as_of]></#if>
  <#return parts?join("; ")>
</#function>

<#-- The sectors left out of a pooled figure, grouped by why: "thép (…); nhựa, giấy (không có số liệu)". -->
<#function left_out p>
  <#local parts = []>
  <#list pooled_reasons?keys as reason>
    <#local out = p.left_out?filter(l -> l.reason == reason)>
    <#if out?has_content><#local parts = parts + [out?map(l -> l.sector?uncap_first)?join(", ") + " (" + pooled_reasons[reason] + ")"]></#if>
  </#list>
  <#return parts?join("; ")>
</#function>

<#function pooled_words i>
  <#local p = i.pooled>
  <#if !p.value?has_content><#return ""></#if>
  <#local s = "Pooled over " + p.included + " sectors in " + p.unit + ", the reduction is " + p.value + (p.as_of != period.id)?then(" (data up to " + p.as_of + ")", "") + ", as context only">
  <#if p.left_out?has_content><#local s = s + "; not pooled: " + left_out(p)></#if>
  <#return s + ".">
</#function>

<#-- The sectors' forecasts, grouped by where they lie against the target: a short sentence for the summary, names for the details. -->
<#assign reaches = {"reached": "reaching the", "uncertain": "not surely reaching the", "short": "short of the"}>
<#function sector_outlook i full>
  <#local forecast = i.sectors?filter(s -> s.forecast_reach?has_content)>
  <#if !forecast?has_content><#return ""></#if>
  <#if !full>
    <#local reached = forecast?filter(s -> s.forecast_reach == "reached")>
    <#return "On each sector's trend, " + reached?size + " of " + i.sectors_total + " sectors would meet the minimum by the end of " + i.target_year + ".">
  </#if>
  <#local parts = []>
  <#list reaches?keys as reach>
    <#local these = forecast?filter(s -> s.forecast_reach == reach)>
    <#if these?has_content><#local parts = parts + [reaches[reach] + " " + i.min + " target: " + these?map(s -> s.name?uncap_first + " " + s.forecast)?join(", ")]></#if>
  </#list>
  <#return "Sector forecasts for the end of " + i.target_year + " (" + (forecast_methods[forecast[0].forecast_method]!forecast[0].forecast_method) + "): " + parts?join("; ")>
</#function>

<#function forecast_words i>
  <#if !i.forecast?has_content><#return ""></#if>
  <#local s = "On the trend since the baseline it would reach " + i.forecast + " by the end of " + i.target_year + " (likely between " + i.forecast_low + " and " + i.forecast_high + ")">
  <#switch i.forecast_reach>
    <#case "short"><#local s = s + ", short of the " + i.min + " target"><#break>
    <#case "uncertain"><#local s = s + ", not surely reaching the " + i.min + " target"><#break>
    <#case "reached"><#local s = s + ", reaching the " + i.min + " target"><#break>
  </#switch>
  <#return s + ".">
</#function>

<#-- The forecast line of the details, naming the method. -->
<#function forecast_line i>
  <#return "Forecast for the end of " + i.target_year + ": " + i.forecast + ", likely between " + i.forecast_low + " and " + i.forecast_high + " (" + (forecast_methods[i.forecast_method]!i.forecast_method) + " through " + i.forecast_points + " values since " + i.forecast_from + ", 95% range)">
</#function>

<#-- One paragraph per indicator, written from the figures. -->
<#function summary i p>
  <#local s = i.name + " (target " + i.target_year + ": " + i.target?has_content?then((i.kind == "reduction")?then(i.target + " lower in each sector", i.target), "qualitative") + "): ">
  <#local when = i.final?then("by the end of " + i.target_year, "by the end of " + period_words(p))>
  <#if !i.value?has_content && !i.sector_verdicts?has_content>
    <#return s + (i.status == "insufficient-data")?then("not enough data to assess ", "no data to assess ") + when + (i.reason?has_content)?then(" (" + why(i, i.target_year) + ")", "") + ".">
  </#if>
  <#if i.status == "qualitative">
    <#return s + "the target gives no number; " + when + " the result is " + value_words(i) + i.baseline?has_content?then(" (end of " + i.baseline_year + ": " + i.baseline + ")", "") + ".">
  </#if>
  <#if i.sector_verdicts?has_content>
    <#local s = s + when>
    <#if i.expected?has_content && !i.final><#local s = s + ", with each sector expected " + i.expected + " lower " + i.as_of_earlier?then("by the end of " + i.as_of + " (the latest data)", "by now")></#if>
    <#local s = s + ": " + tally(i) + ". Overall: " + overall_words(i) + ".">
    <#local pooled = pooled_words(i)>
    <#local outlook = sector_outlook(i, false)>
    <#return s + pooled?has_content?then(" " + pooled, "") + outlook?has_content?then(" " + outlook, "")>
  </#if>
  <#local s = s + when + " the result is " + value_words(i)>
  <#if i.expected?has_content && !i.final><#local s = s + ", against " + i.expected + " expected " + i.as_of_earlier?then("by the end of " + i.as_of, "by now")></#if>
  <#if i.ratio?has_content && !i.final><#local s = s + i.ratio_ahead?then(" (ahead of the path)", i.ratio_behind?then(" (worse than the baseline)", " (" + i.ratio + " of the expected progress)"))></#if>
  <#local s = s + ". Assessment: " + verdict(i.status)?lower_case + verdict_tail(i)>
  <#if i.reason?has_content><#local s = s + " — " + why(i, i.target_year)></#if>
  <#local s = s + ".">
  <#local f = (i.status == "achieved")?then("", forecast_words(i))>
  <#return s + f?has_content?then(" " + f, "")>
</#function>

<#-- The final verdict on the other phase's target once its year is over: a 2026–2030 report still says whether the 2025 target was met. -->
<#function other_phase_label c>
  <#return c.target_year + " target">
</#function>

<#-- The sectors that missed the target in its year and reached the minimum later. -->
<#function late_sectors c>
  <#return c.sectors_late?has_content?then("; achieved late: " + c.sectors_late?map(s -> s.sector?uncap_first + " (" + s.period + ")")?join(", "), "")>
</#function>

<#-- A final verdict changed since the report at the end of its target year published it (corrections sent after its due date): "" when not. -->
<#function revision_words c>
  <#local parts = []>
  <#local shown = c.revisions?filter(r -> r.published != r.now || r.published_status != r.now_status || !r.published_status?has_content)>
  <#list shown as r>
    <#local who = r.sector?has_content?then(r.sector?uncap_first + " ", (r.now?has_content || r.published?has_content)?then("", "the overall verdict "))>
    <#-- the overall verdict: its sectors name whose data came late -->
    <#local from = (r.late_from?has_content && who != "the overall verdict ")?then(", on data sent late by: " + r.late_from?map(l -> l.agency + l.sent_on?has_content?then(" (" + l.sent_on + ")", ""))?join(", "), "")>
    <#if !r.published_status?has_content><#local parts = parts + [who + "(the published figure cannot be recomputed), now " + r.now?has_content?then(r.now + " (" + verdict(r.now_status)?lower_case + ")", verdict(r.now_status)?lower_case) + from]>
    <#elseif r.published?has_content || r.now?has_content><#local parts = parts + [who + "published " + r.published + " (" + verdict(r.published_status)?lower_case + "), now " + r.now + " (" + verdict(r.now_status)?lower_case + ")" + from]>
    <#else><#local parts = parts + [who + "published: " + verdict(r.published_status)?lower_case + ", now: " + verdict(r.now_status)?lower_case + from]></#if>
  </#list>
  <#-- no published figure or verdict could be recomputed: do not assert that it differs -->
  <#local known = shown?filter(r -> r.published_status?has_content)?has_content>
  <#return parts?has_content?then(" This " + known?then("differs", "may differ") + " from the report at the end of " + c.target_year + ": data " + revision_cause(shown) + " after its due date (" + c.published_due + ") — " + parts?join("; ") + ".", "")>
</#function>

<#-- Why a final verdict changed: data corrected, data sent for the first time, or both. -->
<#function revision_cause revisions>
  <#local corrected = revisions?filter(r -> r.corrected)?has_content>
  <#local late = revisions?filter(r -> r.late_from?has_content)?has_content>
  <#return (corrected && late)?then("corrected or sent for the first time", late?then("sent for the first time", "corrected"))>
</#function>

<#function other_phase_line i>
  <#local c = i.other_phase>
  <#local s = other_phase_label(c) + " (" + c.target?has_content?then((i.kind == "reduction")?then(c.target + " lower in each sector", c.target), "qualitative") + "): ">
  <#local when = "by the end of " + c.target_year>
  <#if c.sector_verdicts?has_content><#return s + when + ": " + tally(c) + late_sectors(c) + ". Overall: " + verdict(c.status)?lower_case + verdict_tail(c) + "." + revision_words(c)></#if>
  <#if !c.value?has_content><#return s + "no data to assess " + when + c.reason?has_content?then(" (" + why(c, c.target_year) + ")", "") + "." + revision_words(c)></#if>
  <#local s = s + when + " the result is " + value_words(c, true) + ". Assessment: " + verdict(c.status)?lower_case + verdict_tail(c)>
  <#if c.reason?has_content><#local s = s + " — " + why(c, c.target_year)></#if>
  <#return s + "." + revision_words(c)>
</#function>

<#-- Section I: one sentence for each indicator an amendment stopped tracking (retired_from): not judged, not numbered. -->
<#function retired_line r>
  <#return "The indicator “" + r.name + "” is no longer tracked from " + period_words(r) + " (amended plan, from " + r.since + "): it is not judged or counted in this report; the reports of earlier periods keep its results.">
</#function>

<#-- Section I: one sentence on the final verdicts on the other phase's targets ("" when there are none), indicators by their number above. -->
<#function other_phase_summary indicators>
  <#local years = []>
  <#list indicators as i><#if i.other_phase.shown && !years?seq_contains(i.other_phase.target_year)><#local years = years + [i.other_phase.target_year]></#if></#list>
  <#if !years?has_content><#return ""></#if>
  <#-- the other phase's targets, and the indicators whose own target is of that year (final too) -->
  <#local entries = []>
  <#list indicators as i>
    <#if i.other_phase.shown><#local entries = entries + [{"n": i?counter, "f": i.other_phase}]>
    <#elseif i.final && years?seq_contains(i.target_year)><#local entries = entries + [{"n": i?counter, "f": i}]></#if>
  </#list>
  <#local parts = []>
  <#list legend() as v>
    <#local ids = entries?filter(e -> e.f.status == v[0])?map(e -> e.n)>
    <#if ids?has_content><#local parts = parts + [ids?size + "/" + entries?size + " " + verdict(v[0])?lower_case + " (indicator" + (ids?size > 1)?then("s ", " ") + ids?join(", ") + ")"]></#if>
  </#list>
  <#local late = []>
  <#list entries as e>
    <#if e.f.achieved_late?has_content><#local late = late + ["indicator " + e.n + " (" + e.f.achieved_late + ")"]></#if>
    <#if (e.f.sectors_late!)?has_content><#local late = late + ["indicator " + e.n + " — " + e.f.sectors_late?map(s -> s.sector?uncap_first + " (" + s.period + ")")?join(", ")]></#if>
  </#list>
  <#local revisedEntries = entries?filter(e -> (e.f.revisions!)?has_content && revision_words(e.f)?has_content)>
  <#local revised = revisedEntries?map(e -> e.n)>
  <#local revisions = []>
  <#list revisedEntries as e><#local revisions = revisions + e.f.revisions></#list>
  <#return "The " + years?join(", ") + " targets, final verdicts on the data up to the end of " + years?join(", ") + ": " + parts?join("; ") + late?has_content?then("; achieved late: " + late?join("; "), "") + "." + revised?has_content?then(" The verdict on indicator" + (revised?size > 1)?then("s ", " ") + revised?join(", ") + " has changed since the report at the end of " + years?join(", ") + ", by data " + revision_cause(revisions) + " later (see section II).", "")>
</#function>

<#-- A task's status; when its agency did not report it this period, its last known status and that status's period. -->
<#function task_state k>
  <#local name = task_status[k.status]!k.status>
  <#if k.status == "none" || k.reported_for_period><#return name></#if>
  <#return "Not reported this period; last (" + k.as_of + "): " + name?lower_case>
</#function>

<#-- The verdicts explained, in the report's own words. -->
<#function legend>
  <#return [
    ["achieved", "the minimum target is met."],
    ["on-track", "not met yet, but the progress ratio (how far the figure has come from its baseline, against how far it should have come by now) is " + rules.on_track + " or more."],
    ["acceleration-needed", "progress ratio from " + rules.acceleration_needed + " to below " + rules.on_track + "."],
    ["limited-progress", "progress ratio from " + rules.limited_progress + " to below " + rules.acceleration_needed + "."],
    ["deterioration", "worse than the baseline, or the target was met at the baseline and the figure has fallen below it."],
    ["not-achieved", "the target year is over and the minimum was not met. This is final: judged on the data up to the end of the target year and never changed in later reports; if the target is reached later, the report adds “achieved late” with the period."],
    ["insufficient-data", "there is data, but too old (more than " + rules.max_data_age + " half-years before the assessed period) or too thin to decide (a panel below " + rules.min_panel_output + " of its sector's output; fewer than " + rules.min_current + " of the sectors, tasks or population with current data); the report gives the reason."],
    ["no-data", "there is no data to assess."],
    ["qualitative", "the target gives no number: the result is shown, not assessed."]
  ]>
</#function>

<#assign legend_notes = [
  "Targets set for each sector (consumption reduction): every sector is assessed on its own; the overall assessment is the median sector's — the best verdict that at least half of the sectors reach or beat — and is “Achieved” only when every sector is. The sectors' reduction pooled in " + rules.common_unit + " is context only, never the assessment.",
  "“Current” data is no more than " + rules.max_data_age + " half-years older than the assessed period; data from before the report's period is marked with its period (e.g. “data of 2023H2”).",
  "Forecasts for the end of the target year follow a least-squares straight line through the values since the baseline, with the range that holds the result with 95% probability; they are made only once there are at least " + rules.forecast_years + " years of data after the baseline year, and never for a target without a number, a share of tasks or a final assessment."
]>

<#function reporting_sentence r>
  <#local s = r.received_count + " of the " + r.expected_count + " agencies due to report have reported (" + r.rate + ")">
  <#if r.partial?has_content><#local s = s + ": " + r.complete_count + " sent everything, " + r.partial_count + " sent an incomplete report (" + r.partial?map(a -> a.name)?join("; ") + ")"></#if>
  <#if r.tasks_assigned != "0"><#local s = s + ". Reports came in on " + r.tasks_reported + " of the " + r.tasks_assigned + " tasks assigned (" + r.tasks_rate + ")"></#if>
  <#if r.on_time_until?has_content>
    <#return s + ". They were due on " + r.due + ", a " + r.due_weekday?cap_first + ", so a report sent by Monday " + r.on_time_until + " is on time (a time limit ending on a day off ends with the next working day).">
  </#if>
  <#return s + ". They were due on " + r.due + ".">
</#function>

<#-- An agency's reporting state, with “incomplete” when tasks or rows are missing. -->
<#assign agency_states = {"on-time": "On time", "late": "Late", "undated": "Without a date", "missing": "Not received", "unexpected": "Not due to report"}>
<#function agency_state a>
  <#return (agency_states[a.state]!a.state) + a.partial?then(", " + t.partial, "")>
</#function>

<#-- An agency's indicator rows: received/expected, and new rows. -->
<#function rows_cell a>
  <#if a.rows_expected == "0" && a.rows_received == "0" && a.rows_added == "0"><#return t.no_value></#if>
  <#return a.rows_received + "/" + a.rows_expected + (a.rows_added != "0")?then(" (" + a.rows_added + " new)", "")>
</#function>

<#function missing_cell a>
  <#return a.missing?has_content?then(a.missing?join(", "), t.no_value)>
</#function>

<#-- A difference with its unit: “+4.7 points”, “+1 models”, “unchanged”. -->
<#function difference d unit>
  <#if d?matches("[-+]?[0,.]+")><#return "unchanged"></#if>
  <#return d + (unit == "%")?then(" points", unit?has_content?then(" " + unit, ""))>
</#function>

<#-- The previous value, with the period of its data when that is older than the previous report's. -->
<#function previous_value c>
  <#return c.previous_value + (c.previous_as_of?has_content && c.previous_as_of != previous.id)?then(" (data of " + c.previous_as_of + ")", "")>
</#function>

<#function restated_words c>
  <#return "the previous report's figure has been corrected" + c.published?has_content?then(" (published: " + c.published + ")", "")>
</#function>

<#-- How a figure moved since the last report: “54.7% → 59.4% (+4.7 points)”, the previous verdict when it differs, the correction flag. -->
<#function change_words f unit with_verdict=true>
  <#local c = f.change>
  <#if !c.previous_value?has_content>
    <#return c.restated?then(restated_words(c), "no figure to compare with in the last report")>
  </#if>
  <#local notes = []>
  <#local unchanged = c.difference?has_content && difference(c.difference, unit) == "unchanged">
  <#local s = unchanged?then(f.value, previous_value(c) + " → " + f.value?has_content?then(f.value, t.no_value))>
  <#if c.difference?has_content><#local notes = notes + [difference(c.difference, unit)]>
  <#-- both values, no difference: the pooled figure over other sectors than before -->
  <#elseif f.value?has_content><#local notes = notes + ["other sectors, not comparable"]></#if>
  <#if with_verdict && previous.same_phase && c.previous_status?has_content && c.previous_status != f.status><#local notes = notes + ["previously " + verdict(c.previous_status)?lower_case]></#if>
  <#return s + notes?has_content?then(" (" + notes?join("; ") + ")", "") + c.restated?then("; " + restated_words(c), "")>
</#function>

<#-- The “Since the last report” cell of Table 1 (a target set for each sector: the pooled figure, as context). -->
<#function change_cell i>
  <#if i.sector_verdicts?has_content && i.change.previous_value?has_content><#return "pooled " + change_words(i, "%")></#if>
  <#return change_words(i, i.unit)>
</#function>

<#-- The “Change since the last report” line of an indicator's details. -->
<#function change_line i>
  <#local s = t.changes + " (" + period_words(previous) + "): " + change_cell(i)>
  <#local moved = i.sectors?filter(x -> x.change.previous_value?has_content)>
  <#if moved?has_content><#local s = s + ". By sector: " + moved?map(x -> x.name?uncap_first + " " + change_words(x, "%"))?join("; ")></#if>
  <#return s + ".">
</#function>

<#-- A task's “Since the last report” cell. -->
<#function task_change k>
  <#local c = k.change>
  <#local s = "">
  <#if c.previous_status == "none">
    <#local s = (k.status == "none")?then(t.no_value, "first reported")>
  <#elseif c.changed>
    <#local s = (task_status[c.previous_status]!c.previous_status) + " → " + (task_status[k.status]!k.status)?lower_case>
  <#elseif c.progress_difference?has_content && c.progress_difference != "0">
    <#local s = "progress " + c.previous_progress + " → " + k.progress>
  <#else>
    <#local s = "unchanged">
  </#if>
  <#if c.restated><#local s = s + " (the previous report's figure has been corrected)"></#if>
  <#return s>
</#function>

<#-- The opening sentence of the tasks section: the tasks whose status changed since the last report. -->
<#function tasks_changed_sentence gs>
  <#local changed = []>
  <#list gs as g><#list g.tasks?filter(k -> k.change.changed) as k><#local changed = changed + [k.id]></#list></#list>
  <#if !changed?has_content><#return "Since the last report (" + period_words(previous) + "), no task changed status."></#if>
  <#return "Since the last report (" + period_words(previous) + "), " + changed?size + " tasks changed status: " + changed?join(", ") + ".">
</#function>

<#-- Entities of a share left out of its figure. -->
<#function left_out_line i>
  <#local parts = []>
  <#local closed = i.left_out?filter(x -> x.reason == "closed")>
  <#local stale = i.left_out?filter(x -> x.reason == "stale")>
  <#if closed?has_content><#local parts = parts + [closed?size + " closed according to the register (" + closed?map(x -> x.entity)?join("; ") + ")"]></#if>
  <#local named = stale?filter(x -> !x.aggregate)>
  <#local aggregates = stale?filter(x -> x.aggregate)>
  <#if named?has_content><#local parts = parts + [named?size + " without data in the last " + rules.max_data_age + " half-years (" + named?map(x -> x.entity + ", last data " + x.as_of)?join("; ") + ")"]></#if>
  <#-- An aggregate row is several entities not named: say whose it is and how many, never a blank name. -->
  <#if aggregates?has_content><#local parts = parts + [aggregates?size + " aggregate " + (aggregates?size == 1)?then("row", "rows") + " without data in the last " + rules.max_data_age + " half-years (" + aggregates?map(x -> x.agency + ": " + x.population + " entities, last data " + x.as_of)?join("; ") + ")"]></#if>
  <#return parts?has_content?then("Not counted: " + parts?join("; ") + ".", "")>
</#function>

<#-- The register's count of the population against the agencies' total. -->
<#-- The progress ratio as the reports write it: above 100% "ahead of the path", below 0 "worse than the baseline" (its size then mostly says how few months of the phase have passed: docs/methodology.md §10). -->
<#function ratio_words f>
  <#return f.ratio_ahead?then("ahead of the path", f.ratio_behind?then("worse than the baseline", f.ratio))>
</#function>

<#-- A cumulative figure that fell (docs/methodology.md §2.2): which row, from what in which period to what in which, and what to check. -->
<#function fall_line i>
  <#if !i.falls?has_content><#return ""></#if>
  <#local items = i.falls?map(f -> (f.aggregate?then("the aggregate row of " + f.agency, "“" + f.entity + "” (" + f.agency + ")") + ": " + fall_value(i, f.earlier_value, f.earlier_population) + " in " + f.earlier_period + " (" + f.earlier_at + ") → " + fall_value(i, f.later_value, f.later_population) + " in " + f.later_period + " (" + f.later_at + ")"))>
  <#if (items?size > 5)><#local items = items[0..4] + ["and " + (items?size - 5) + " more (see the cumulative-fall warnings in the appendix)"]></#if>
  <#return "A cumulative figure fell, to be checked: " + items?join("; ") + ". The result above takes the latest figure; the agency should say whether entities closed, the earlier figure was miscounted (then send a correction file for that period), or this period gives only the new ones instead of the cumulative total.">
</#function>

<#function fall_value i value population>
  <#return population?has_content?then(value + "/" + population, value + i.unit?has_content?then(" " + i.unit, ""))>
</#function>

<#function population_line i>
  <#local p = i.population>
  <#if !p.checked><#return ""></#if>
  <#if p.matches><#return "Entities in the register: " + p.registered + ", as many as the agencies reported."></#if>
  <#return "The register holds " + p.registered + " entities open in the period; the agencies reported " + p.reported?has_content?then(p.reported, "0") + " in all — to be reconciled.">
</#function>

<#-- One correction: its subject, old → new, both rows, its effect. -->
<#assign corrected_fields = {"consumption": "consumption", "output": "output", "numerator": "numerator", "denominator": "denominator", "count": "count", "status": "status", "progress": "progress", "result": "result", "difficulties": "difficulties", "proposals": "proposals", "spent": "amount spent"}>
<#function correction_subject c>
  <#if c.task?has_content><#return "Task " + c.task + " (" + c.title + ")"></#if>
  <#return [c.title, c.sector, c.entity]?filter(x -> x?has_content)?join(" — ")>
</#function>

<#function correction_values c>
  <#if !c.values?has_content><#return "figures unchanged"></#if>
  <#local parts = []>
  <#list c.values as v>
    <#if v.field == "status"><#local parts = parts + [corrected_fields[v.field] + ": " + (task_status[v.before]!t.no_value) + " → " + (task_status[v.after]!t.no_value)?lower_case]>
    <#elseif v.before?has_content || v.after?has_content><#local parts = parts + [corrected_fields[v.field] + ": " + v.before?has_content?then(v.before, t.no_value) + " → " + v.after?has_content?then(v.after, t.no_value)]>
    <#else><#local parts = parts + [corrected_fields[v.field] + " text revised"]></#if>
  </#list>
  <#return parts?join("; ")>
</#function>

<#function correction_rows c>
  <#local why = (c.reason == "correction-file")?then("correction file", "sent later")>
  <#return c.before + " (" + c.before_submitted_on?has_content?then("sent " + c.before_submitted_on, "no date") + ") → " + c.after + " (" + c.after_submitted_on?has_content?then("sent " + c.after_submitted_on, "no date") + "; " + why + ")">
</#function>

<#function correction_effect c>
  <#local parts = []>
  <#list c.restates as r>
    <#if r.task?has_content && r.published == r.now><#local parts = parts + ["the " + previous.id + " report used the original; the task's status is unchanged (" + (task_status[r.now]!t.no_value)?lower_case + ")"]>
    <#elseif r.task?has_content><#local parts = parts + ["status of task " + r.task + " in " + previous.id + " published as " + (task_status[r.published]!t.no_value)?lower_case + ", now " + (task_status[r.now]!t.no_value)?lower_case]>
    <#elseif r.final_year?has_content><#local parts = parts + [r.figure + " — the final verdict on the " + r.final_year + " target published as " + r.published?has_content?then(r.published, t.no_value) + ", now " + r.now?has_content?then(r.now, t.no_value)]>
    <#else><#local parts = parts + [(r.figure == c.title)?then("the result", r.figure) + " for " + previous.id + " published as " + r.published?has_content?then(r.published, t.no_value) + ", now " + r.now?has_content?then(r.now, t.no_value)]></#if>
  </#list>
  <#if c.after_due><#local parts = parts + ["this period's results use the corrected figures (a report made on the due date " + period.due + " used the old ones)"]></#if>
  <#return parts?has_content?then(parts?join("; "), t.no_value)>
</#function>

<#function earlier_corrections_sentence cs>
  <#local earlier = cs?filter(c -> !c.since_previous)>
  <#if !earlier?has_content><#return ""></#if>
  <#return earlier?size + " more corrections received before the last report was due (" + previous.due + ") were reflected in earlier reports.">
</#function>

<#-- Problems on other periods' files: counted, not listed ("" when there are none). -->
<#function elsewhere d>
  <#if d.elsewhere_errors == "0" && d.elsewhere_warnings == "0"><#return ""></#if>
  <#local parts = (d.elsewhere_errors != "0")?then([d.elsewhere_errors + " error(s)"], []) + (d.elsewhere_warnings != "0")?then([d.elsewhere_warnings + " warning(s)"], [])>
  <#return "Other periods' data files hold another " + parts?join(" and ") + ", not listed here as they do not concern this period (see the report of their period).">
</#function>
