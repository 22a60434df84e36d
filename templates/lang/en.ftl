<#-- English wording of the report. Change it here to rename headings, labels, summary sentences (see docs/templates.md). -->
<#assign t = {
  "parent_body": "THANH HOA PROVINCIAL PEOPLE'S COMMITTEE",
  "issuer": "DEPARTMENT OF INDUSTRY AND TRADE",
  "nation": "SOCIALIST REPUBLIC OF VIET NAM",
  "motto": "Independence - Freedom - Happiness",
  "number": "No.:        /BC-SCT",
  "place": "Thanh Hoa",
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
  "col_code": "Code",
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
  "diag_none": "No error or warning was found in the data used.",
  "methodology": "Methodology",
  "recipients": "Recipients:",
  "recipient_list": ["Chairman of the Provincial People's Committee (for reporting);", "Ministry of Industry and Trade (for reporting);", "Departments, sectors and agencies concerned;", "Archive: VT, QLCN."],
  "sign_for": "P.P. DIRECTOR",
  "sign_title": "DEPUTY DIRECTOR",
  "signer_name": "………………………",
  "stretch_met": "upper target met too",
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
  "closed": "closed (register)"
}>
<#assign methods = {
  "linear": "Linear progress: the expected value moves in a straight line by whole months from the baseline value (0 for consumption reductions) to the minimum target at the end of the target year. Progress ratio = (result − baseline) / (expected − baseline). Assessment: Achieved when the minimum target is met; On track when the ratio is at least 95%; Acceleration needed from 60%; Limited progress from 0%; Deterioration below 0.",
  "cagr": "Compound annual growth (Eurostat method): progress ratio = observed average annual growth since the baseline / growth needed to reach the target on time. Same thresholds as the linear method."
}>
<#assign methods_common = "Consumption reduction: sector intensity = total consumption / total output of the establishments with positive output in both the baseline year and the assessed period; reduction = (1 − current intensity / baseline intensity) × 100. Shares: 100 × Σ numerators / Σ denominators over the latest row of each establishment. Tasks: share of tasks done or carried out regularly. Details: docs/methodology.md.">

<#function period_words p>
  <#if p.half == "1"><#return "the first half of " + p.year>
  <#elseif p.half == "2"><#return "the second half of " + p.year>
  <#else><#return "the year " + p.year></#if>
</#function>

<#function subject p plan>
  <#return "Results of the " + plan.title + " in " + period_words(p)>
</#function>

<#function date_line d>
  <#if d.has_date><#return t.place + ", " + d.date>
  <#else><#return t.place + ", ……/……/……"></#if>
</#function>

<#function verdict s>
  <#return status[s]!s>
</#function>

<#-- One paragraph per indicator, written from the figures. -->
<#function summary i p>
  <#local s = i.name + " (target " + i.target_year + ": " + (i.target?has_content?then(i.target, "qualitative")) + "): ">
  <#if i.status == "no-data">
    <#return s + "no data to assess up to the end of " + period_words(p) + ".">
  </#if>
  <#if i.status == "qualitative">
    <#return s + "a qualitative target, assessed through the tasks.">
  </#if>
  <#local s = s + "by the end of " + period_words(p) + " the result is " + i.value>
  <#if i.expected?has_content && !i.final><#local s = s + ", against " + i.expected + " expected by now"></#if>
  <#if i.ratio?has_content && !i.final><#local s = s + " (" + i.ratio + " of the expected progress)"></#if>
  <#if i.sectors_total?has_content><#local s = s + "; " + i.sectors_meeting_min + " of " + i.sectors_total + " sectors meet the minimum"></#if>
  <#local s = s + ". Assessment: " + verdict(i.status)?lower_case>
  <#if i.stretch_met><#local s = s + ", " + t.stretch_met></#if>
  <#if i.forecast?has_content && !i.final && i.kind != "tasks"><#local s = s + ". At the current pace it would reach " + i.forecast + " by the end of " + i.target_year></#if>
  <#return s + ".">
</#function>

<#function reporting_sentence r>
  <#return r.received_count + " of the " + r.expected_count + " agencies due to report have reported (" + r.rate + "); reports were due on " + r.due + ".">
</#function>
