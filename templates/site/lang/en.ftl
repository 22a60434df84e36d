<#-- English wording of the progress site (sctb site). Verdict names, task statuses and the sentences about the
     indicators come from the report's lang/en.ftl, so that the site and the reports say the same (docs/site.md). -->
<#assign s = {
  "site": "Progress of the",
  "skip": "Skip to the content",
  "nav": "Main sections",
  "nav_home": "Overview",
  "nav_indicators": "Indicators",
  "nav_statuses": "Tasks",
  "nav_agencies": "Agencies",
  "nav_reports": "Reports by period",
  "other_language": "Tiếng Việt",
  "breadcrumb": "You are here",
  "indicators": "The indicators",
  "indicator": "Indicator",
  "latest": "Latest period",
  "target": "Target",
  "qualitative": "qualitative",
  "data_as_of": "Data",
  "trend": "Trend since the baseline",
  "no_trend": "No data yet",
  "tasks": "Tasks",
  "tasks_intro": "The latest status of the tasks up to",
  "all_statuses": "Every task's status over the periods",
  "reports": "Consolidated reports and reporting discipline",
  "reports_intro": "Every half-year has a consolidated report (HTML to read and print; JSON for machines) and a count of the agencies that reported on time, late or not at all (by their first submission), of the tasks reported and of the partial reports.",
  "col_period": "Period",
  "col_report": "Report",
  "col_received": "Reported / due",
  "col_on_time": "On time",
  "col_late": "Late",
  "col_undated": "Undated",
  "col_missing": "Missing",
  "col_tasks_reported": "Tasks reported / assigned",
  "col_partial": "Partial reports",
  "col_as_of": "Data period",
  "col_value": "Result",
  "col_expected": "Expected by now",
  "col_ratio": "Progress ratio",
  "col_verdict": "Assessment",
  "col_note": "Notes",
  "col_sector": "Sector",
  "col_task": "Task",
  "col_lead": "Responsible",
  "col_latest": "Latest",
  "col_agency": "Agency",
  "col_status": "Status",
  "col_progress": "Progress",
  "col_sectors_met": "Sectors achieved",
  "col_count": "Tasks",
  "col_times": "Periods on time / late / missing",
  "data": "Download the data",
  "data_intro": "The full, unrounded figures: CSV (comma-separated, decimal point) and JSON for machines (the same fields as the report's JSON file).",
  "csv": "CSV",
  "json": "JSON",
  "tasks_csv": "Every task's status over the periods (CSV)",
  "reporting_csv": "Every agency's reporting over the periods (CSV)",
  "facts": "About the indicator",
  "unit": "Unit",
  "measure": "How it is measured",
  "population": "Population",
  "phase_target": "target",
  "by_year": "by",
  "chart_title": "Over time",
  "sectors_title": "By sector",
  "sectors_intro": "The target is set for each sector, and each sector is judged on its own. The charts share one scale.",
  "pooled_note": "The line is the sectors' pooled reduction in a common unit, as context only; the assessment rests on each sector (see the charts by sector).",
  "legend_value": "Result (square: a whole year's data)",
  "legend_baseline": "Baseline",
  "legend_path": "Path to the minimum target",
  "legend_band": "Target: minimum to upper end, in the target year",
  "legend_forecast": "Forecast at the end of the target year, with its 95% range",
  "chart_values": "Values",
  "chart_baseline": "baseline",
  "chart_year_row": "whole year's data",
  "chart_target": "target",
  "chart_forecast": "forecast",
  "history": "Assessment history",
  "history_intro": "Each row is the indicator as that period's consolidated report shows it (the charts' table of values).",
  "sector_history": "Each sector over the periods",
  "how": "How it is computed and judged",
  "not_judged_here": "not part of that period's target",
  "agency": "Agency",
  "predecessors": "Took over the tasks of",
  "successors": "Tasks passed to",
  "from": "from",
  "only_tasks": "only tasks",
  "led_tasks": "Tasks led",
  "led_tasks_intro": "The tasks the agency leads in the plan or took over after a reorganisation or a transfer, with their status in each period. Italic, hatched cells: not reported that period, the last status known; dashed cells: another agency (its code below) was responsible then.",
  "no_tasks": "The agency leads no task.",
  "partner_tasks": "Tasks as a partner",
  "reporting": "Reporting discipline",
  "reporting_intro": "Whether each period's report came in on time (by its first submission) and whether it was complete, as that period's consolidated report found it (by the plan's due dates).",
  "indicator_data": "Indicator data sent",
  "no_indicator_data": "The agency has sent no indicator data.",
  "periods_of_data": "periods",
  "task": "Task",
  "group": "Group",
  "lead": "Lead",
  "partners": "Partners",
  "years": "Years",
  "counted_by": "Counted in the indicator",
  "annex_text": "The plan's annex says",
  "task_history": "Status over the periods",
  "responsible": "Responsible",
  "results": "Results reported by the agencies",
  "results_none": "No agency reported on this task in the period.",
  "not_due": "outside the task's years",
  "carried": "not reported this period; status as of",
  "carried_key": "not reported this period, the last status known",
  "other_key": "another agency responsible that period",
  "outputs": "What the task is to deliver",
  "difficulties": "Difficulties",
  "proposals": "Proposals",
  "submitted": "sent on",
  "statuses": "Status of the tasks",
  "statuses_intro": "Each cell is the task's latest status up to the end of the period, as that period's consolidated report found it.",
  "by_group": "By task group",
  "by_lead": "By responsible agency",
  "by_lead_intro": "The agency responsible in the latest period (after the reorganisation, tasks sit with the successor).",
  "status_legend": "Status symbols",
  "tasks_reported_of": "tasks reported / assigned",
  "partial": "partial report",
  "partial_key": "partial report (tasks or indicator rows missing against the previous report)",
  "not_reported": "not reported",
  "rows_received_of": "indicator rows received / expected",
  "reporting_legend": "Reporting symbols",
  "total": "Total",
  "footer_data": "Data up to the end of",
  "footer_made": "Built by sctb from the plan (plan.yaml) and the agencies' submissions; the same figures as the consolidated reports."
}>
<#assign task_symbol = {"done": "✔", "ongoing": "↻", "in-progress": "◐", "delayed": "!", "not-started": "○", "none": "–"}>
<#assign reporting_symbol = {"on-time": "✔", "late": "!", "undated": "?", "missing": "✖", "unexpected": "+", "not-due": "·"}>
<#assign reporting_state = {"on-time": "on time", "late": "late", "undated": "no submission date", "missing": "missing", "unexpected": "not on the list", "not-due": "not due"}>

<#-- The site's name: "Progress of the Sustainable Production and Consumption Plan 2021–2030". -->
<#function site_name plan>
  <#return s.site + " " + plan.short_title>
</#function>

<#-- A period in words, from its id ("2024H1" → "the first half of 2024"). -->
<#function period_name id>
  <#if id?ends_with("H1")><#return "the first half of " + id?remove_ending("H1")>
  <#elseif id?ends_with("H2")><#return "the second half of " + id?remove_ending("H2")>
  <#else><#return "the year " + id></#if>
</#function>

<#function covered first last>
  <#return "Periods from " + period_name(first) + " to " + period_name(last) + ".">
</#function>

<#-- A takeover: "Department of Planning and Investment, from 01/03/2025 (only tasks I.3, VIII.3)". -->
<#function succession a>
  <#local x = a.from?has_content?then(", " + s.from + " " + a.from, "")>
  <#if a.tasks?has_content><#local x = x + " (" + s.only_tasks + " " + a.tasks?join(", ") + ")"></#if>
  <#return x>
</#function>

<#-- An indicator an amended plan no longer tracks (retired_from): on the home page (with_name) and atop its own page. -->
<#function retired_note r with_name>
  <#return with_name?then("The indicator “" + r.name + "” is no", "No") + " longer tracked from " + period_name(r.from) + " (amended plan, from " + r.since + "): periods from then on do not judge it; " + with_name?then("its page keeps the earlier periods' results.", "below are the earlier periods' results.")>
</#function>

<#function reporting_counts r>
  <#return r.on_time + " on time, " + r.late + " late, " + r.missing + " missing">
</#function>

<#-- A site built before its last period ends: the note at the top of every page and in the footer (the data is not "up to the end" of it). -->
<#function provisional_note p>
  <#return "Provisional figures: period " + p.id + " has not ended (it runs to " + p.end + "); its figures and assessments rest on data up to " + p.data_until + " and may still change.">
</#function>
