<#-- English wording of the feedback and the reminder letters (docs/collection.md). Edit here to change it;
     the documents' header (bodies, national title, signature) is the report's: lang/document-en.ftl. -->
<#import "document-en.ftl" as L>
<#assign c = {
  "sender": "the Department of Industry and Trade",
  "letter_number": "No.:        /SCT-QLCN",
  "feedback_title": "FEEDBACK",
  "receipt_title": "ACKNOWLEDGEMENT OF RECEIPT",
  "to_listed": "To: the agencies listed in the table below.",
  "to": "To:",
  "received": "Report received",
  "errors": "Errors to fix",
  "warnings": "Points to check (fixing them is not required)",
  "missing": "Still missing",
  "request": "Request",
  "col_no": "No.",
  "col_file": "File",
  "col_date": "Sent on",
  "col_rows": "Rows",
  "col_rejected": "Rows left out",
  "col_errors": "Errors",
  "col_warnings": "Warnings",
  "col_place": "Place",
  "col_problem": "Problem",
  "col_fix": "What to do",
  "col_agency": "Agency",
  "col_state": "State",
  "col_owed": "Still missing",
  "whole_file": "whole file",
  "none": "none",
  "undated": "not given",
  "unknown_date": "unknown",
  "letter_recipients": ["As above;", "The Director (to report);", "Filed: Records, QLCN."],
  "feedback_recipients": ["As above;", "Filed: Records, QLCN."],
  "all_address": "the agencies",
  "regards": "Kind regards,",
  "dots": "……………………"
}>
<#-- A letter to more agencies than this names them in its table only, not under "Kính gửi". -->
<#assign list_up_to = 5>
<#assign states = {
  "not-received": "Report not received",
  "has-errors": "Report with errors not yet fixed",
  "incomplete": "Report incomplete",
  "complete": "Report complete",
  "unexpected": "Not due to report this period"
}>

<#function address a>
  <#return "your agency">
</#function>

<#-- Whose report: the addressee's, or that of a former body whose duties the addressee has taken over (an
     earlier period's report after the reorganisation: agency.report_of). -->
<#function your_report a p complete=false>
  <#local words = complete?then("complete ", "") + report_words(p)>
  <#if a.report_of?has_content><#return "the " + words + " of the " + a.report_of + " (whose duties your agency has taken over)"></#if>
  <#return "your " + words>
</#function>

<#-- An agency's name in the table of a letter to several agencies. -->
<#function table_name a>
  <#return a.name + a.report_of?has_content?then(" (report of the " + a.report_of + ")", "")>
</#function>

<#function report_words p>
  <#return "report on the Plan's implementation for " + L.period_words(p)>
</#function>

<#-- The document's name (the e-mail's subject, the attached PDF's name): "Feedback", or "Acknowledgement of receipt" when complete and clean. -->
<#function document_name v>
  <#return ((v.state == "complete")?then(c.receipt_title, c.feedback_title))?lower_case?cap_first>
</#function>

<#-- The name of the feedback's PDF attached to the e-mail (without .pdf): what the recipient's mail program shows. -->
<#function attachment_name v>
  <#return document_name(v) + " " + v.period.id + " - " + v.agency.name>
</#function>

<#-- A file received saved twice ("SXD-nhiem-vu (1).csv"): the copy is not read. -->
<#function copy_sentence copy f>
  <#return "File “" + copy + "” is byte-for-byte identical to “" + f.name + "” and was left out (read once only); it can be deleted.">
</#function>

<#-- The line under the feedback's title ("FEEDBACK", "ACKNOWLEDGEMENT OF RECEIPT"): which report it is about. -->
<#function feedback_subject p plan>
  <#return "Report for " + L.period_words(p) + " on the " + plan.short_title>
</#function>

<#-- The e-mail's subject: "Feedback on the report …", "Acknowledgement of receipt of the report …", and to whom. -->
<#function email_subject v>
  <#return document_name(v) + (v.state == "complete")?then(" of the report for ", " on the report for ") + L.period_words(v.period)
    + " on the " + v.plan.short_title + " — " + v.agency.name>
</#function>

<#function letter_summary p plan>
  <#return "Re: Reminder to report on the implementation of the " + plan.short_title + " for " + L.period_words(p)>
</#function>

<#function basis b plan>
  <#local number = b.number?has_content?then(b.number, "……/KH-UBND")>
  <#local date = b.date?has_content?then(b.date, "…/…/……")>
  <#return "Pursuant to Plan No. " + number + " of " + date + " of the " + b.issuer + ", the " + plan.title
    + " (the Plan), which provides: “" + b.rule + "”">
</#function>

<#function task_line k>
  <#return "Task " + k.id + (k.title?has_content)?then(": " + k.title, "")>
</#function>

<#-- The indicator rows owed: those of the previous report, and (from_plan) the indicators and sectors the plan asks for that it
     did not have. -->
<#function rows_sentence r a>
  <#if r.expected == "0"><#return ""></#if>
  <#local owed = "Your previous report had " + r.previous + (r.previous == "1")?then(" indicator row", " indicator rows")>
  <#if r.from_plan != "0">
    <#local items = r.from_plan + (r.from_plan == "1")?then(" item", " items")>
    <#local owed = (r.previous == "0")?then("The plan asks you for " + items
      + " of data (an indicator, a sector or the output of a task) your previous report did not have", owed + ", and the plan also asks for "
      + items + " of data (an indicator, a sector or the output of a task) it did not have")>
  </#if>
  <#if r.received == "0"><#return owed + "; none has been received for this period."></#if>
  <#return owed + "; " + r.received + (r.received == "1")?then(" has", " have") + " been received for this period, " + r.missing
    + (r.missing == "1")?then(" is", " are") + " missing.">
</#function>

<#-- An indicator row missing, as the agency writes it again: the indicator's name and code (the indicator column), the sector, the
     entity of the previous report; or an indicator and sector the plan asks for that the previous report did not have (from_plan). -->
<#function missing_row r>
  <#local kind = r.task?has_content?then("Output of task " + r.task + " ", "Indicator ")>
  <#local what = r.indicator_name?has_content?then(kind + "“" + r.indicator_name + "” (code " + r.indicator + ")", kind + r.indicator)>
  <#if r.sector?has_content><#local what = what + ", sector " + r.sector_name?has_content?then(r.sector_name, r.sector)></#if>
  <#if r.from_plan><#return what + ": no data yet (the plan asks for it; your previous report did not have it)"></#if>
  <#return what + ": " + r.entities?map(e -> e?has_content?then(e, "aggregate row"))?join("; ")>
</#function>

<#-- After the list of missing rows (it names only the first ones). -->
<#function missing_rows_more r>
  <#if r.unlisted == "0"><#return ""></#if>
  <#return "and " + r.unlisted + " more missing rows.">
</#function>

<#-- The day the report came, after its name: in brackets, or after a comma when the name already has one
     "(whose duties your agency has taken over)". -->
<#function sent_on v>
  <#if !v.received_on?has_content><#return ""></#if>
  <#return v.agency.report_of?has_content?then(", sent on " + v.received_on + ",", " (sent on " + v.received_on + ")")>
</#function>

<#-- To the general successor of a split report: the tasks another successor now carries, and the separate feedback it
     gets (so that the acknowledgement never reads as the whole report being complete). -->
<#function others_sentence v>
  <#local out = "">
  <#list v.others as o>
    <#local these = (o.tasks?size > 1)?then("these tasks", "this task")>
    <#local out = out + " " + (o.tasks?size > 1)?then("Tasks ", "Task ") + o.tasks?map(k -> k.id)?join(", ") + (o.tasks?size > 1)?then(" are", " is")
      + " now carried by the " + o.agency.name + ", to which " + c.sender + " sends separate feedback asking for the results of " + these
      + (o.errors != "0")?then(" (including " + o.errors + (o.errors == "1")?then(" error", " errors") + " in the rows of " + these + ")", "") + ".">
  </#list>
  <#return out>
</#function>

<#function received_sentence v>
  <#if v.state == "not-received">
    <#return "As of " + v.doc.date + ", " + c.sender + " has not received " + your_report(v.agency, v.period) + ".">
  </#if>
  <#local when = sent_on(v)>
  <#local files = when + (when?ends_with(","))?then(" ", ", ") + "in the files below">
  <#if v.state == "complete" && v.others?has_content>
    <#return c.sender?cap_first + " has received " + your_report(v.agency, v.period) + files + "; the part of it your agency has taken over is complete and its data has no errors." + others_sentence(v)>
  </#if>
  <#if v.state == "complete">
    <#return c.sender?cap_first + " acknowledges receipt of " + your_report(v.agency, v.period, true) + files + "; the data has no errors.">
  </#if>
  <#if !v.files?has_content>
    <#-- the part of a split body's report that a task's successor now owes: it sent no file -->
    <#local which = (v.missing_tasks?size > 1)?then("tasks below, which your agency now carries", "task below, which your agency now carries")>
    <#return c.sender?cap_first + " has received the " + report_words(v.period) + " of the " + v.agency.report_of
      + v.received_on?has_content?then(", sent on " + v.received_on, "")
      + v.errors?has_content?then("; the rows of the " + which + ", have errors and were left out of the consolidation.", "; it has no result for the " + which + ".")>
  </#if>
  <#return c.sender?cap_first + " has received " + your_report(v.agency, v.period) + files + "." + others_sentence(v)>
</#function>

<#function errors_intro v>
  <#local whose_files = v.files?has_content?then("your files", "the files of the " + v.agency.report_of)>
  <#return "The rows with errors below were left out of the consolidation; places are given as in " + whose_files + ":">
</#function>

<#-- Feedback with errors: a task "missing" may be in a row left out for an error. The successor of a task split off
     sent no file: fixing the error means sending the result anew. -->
<#function missing_after_errors v>
  <#if !v.files?has_content><#return "No valid row has come for the task below (its row has an error above):"></#if>
  <#return "No valid row has come for the tasks below; if you wrote one in a row with an error above, fixing that error is enough:">
</#function>

<#-- Whether the feedback asks the agency for something (request_sentence); else it only thanks it, with no "Request" heading. -->
<#function asks v>
  <#return v.state == "not-received" || v.state != "complete" && (v.errors?has_content || v.missing_tasks?has_content || v.indicator_rows.missing != "0")>
</#function>

<#function request_sentence v>
  <#if !asks(v)><#return "Thank you for your cooperation."></#if>
  <#if v.state == "not-received"><#return "Please send your report to " + c.sender + " by " + v.send_by + "."></#if>
  <#local todo = []>
  <#if v.errors?has_content><#local todo = todo + ["fix the errors above"]></#if>
  <#if v.missing_tasks?has_content || v.indicator_rows.missing != "0"><#local todo = todo + ["add what is missing"]></#if>
  <#if !v.files?has_content><#return "Please send the results of the " + (v.missing_tasks?size > 1)?then("tasks", "task") + " above"
    + v.errors?has_content?then(" (with the errors above fixed)", "") + " to " + c.sender + " by " + v.send_by + "."></#if>
  <#return "Please " + todo?join(", ") + " and send the completed report file (replacing the one sent) to " + c.sender + " by " + v.send_by + ".">
</#function>

<#function contact_sentence k>
  <#if !k.known><#return "Contact: " + c.dots + " (phone: " + c.dots + ")."></#if>
  <#local parts = [k.name]>
  <#if k.unit?has_content><#local parts = parts + [k.unit + ", " + c.sender]></#if>
  <#if k.phone?has_content><#local parts = parts + ["phone: " + k.phone]></#if>
  <#if k.email?has_content><#local parts = parts + ["e-mail: " + k.email]></#if>
  <#return "Contact: " + parts?join("; ") + ".">
</#function>

<#function state_sentence i v>
  <#local when = i.received_on?has_content?then(" on " + i.received_on, "")>
  <#switch i.state>
    <#case "not-received"><#return "As of " + v.today + ", " + c.sender + " has not received " + your_report(i.agency, v.period) + i.missing_tasks?has_content?then(" on the following tasks:", ".")>
    <#case "has-errors"><#return c.sender?cap_first + " received " + your_report(i.agency, v.period) + when + "; it still has " + i.errors + (i.errors == "1")?then(" data error", " data errors") + ", so it could not be consolidated (see the feedback attached)" + i.missing_tasks?has_content?then("; no valid result has come for these tasks (including any written in a row with an error):", ".")>
    <#default><#return c.sender?cap_first + " received " + your_report(i.agency, v.period) + when + "; it is incomplete" + i.missing_tasks?has_content?then(": the results of these tasks are missing:", ".")>
  </#switch>
</#function>

<#function combined_sentence v>
  <#return "As of " + v.today + ", " + c.sender + " has received the " + report_words(v.period) + " of " + v.sent_count + " of "
    + v.expected_count + " agencies; " + v.owing_total + " agencies have not reported or reported incompletely"
    + (v.owing_count == v.owing_total)?then(":", ", among them:")>
</#function>

<#function owed i>
  <#local parts = []>
  <#if i.state == "has-errors"><#local parts = parts + [i.errors + (i.errors == "1")?then(" data error", " data errors") + " not fixed"]></#if>
  <#if i.missing_tasks?has_content><#local parts = parts + [(i.missing_tasks?size > 1)?then("tasks ", "task ") + i.missing_tasks?map(k -> k.id)?join(", ")]></#if>
  <#if i.indicator_rows.missing != "0"><#local parts = parts + [i.indicator_rows.missing + (i.indicator_rows.missing == "1")?then(" indicator row", " indicator rows")]></#if>
  <#return parts?join("; ")?cap_first>
</#function>

<#function letter_request v who>
  <#if v.past_due>
    <#return "The Plan's due date (" + v.due + ") has passed. To consolidate the report to the Chairman of the Provincial People's Committee, "
      + c.sender + " asks " + who + " to complete and send the report by " + v.send_by + ".">
  </#if>
  <#return "To consolidate the report to the Chairman of the Provincial People's Committee in time, " + c.sender + " asks " + who
    + " to complete and send the report by " + v.send_by + (v.send_by != v.due)?then("", " (the Plan's due date)") + ".">
</#function>

<#function closing who>
  <#return "Thank you for your cooperation./.">
</#function>

<#function email_summary v>
  <#local parts = []>
  <#if v.errors?has_content><#local parts = parts + [v.error_count + (v.error_count == "1")?then(" error", " errors") + " to fix"]></#if>
  <#if v.warnings?has_content><#local parts = parts + [v.warning_count + (v.warning_count == "1")?then(" point", " points") + " to check"]></#if>
  <#if v.missing_tasks?has_content><#local parts = parts + [v.missing_tasks?size + (v.missing_tasks?size == 1)?then(" task", " tasks") + " missing"]></#if>
  <#if v.indicator_rows.missing != "0"><#local parts = parts + [v.indicator_rows.missing + (v.indicator_rows.missing == "1")?then(" indicator row", " indicator rows") + " missing"]></#if>
  <#return "In short: " + parts?join("; ") + ".">
</#function>

<#function email_lead v>
  <#if v.state == "not-received"><#return received_sentence(v)></#if>
  <#if v.state == "complete" && v.others?has_content>
    <#return c.sender?cap_first + " has received " + your_report(v.agency, v.period) + sent_on(v)?remove_ending(",")
      + "; the part of it your agency has taken over is complete and its data has no errors (the acknowledgement is attached)." + others_sentence(v)>
  </#if>
  <#if v.state == "complete">
    <#return c.sender?cap_first + " acknowledges receipt of " + your_report(v.agency, v.period, true) + sent_on(v)?remove_ending(",") + "; the acknowledgement is attached.">
  </#if>
  <#-- one bracket at most: the attachment said first, the day the report came after it -->
  <#local sent = v.received_on?has_content?then(", sent on " + v.received_on, "")>
  <#return c.sender?cap_first + " sends you, attached, its feedback on " + your_report(v.agency, v.period) + sent + ".">
</#function>

<#function email_request v>
  <#if v.state == "complete" || v.state == "not-received" || !v.files?has_content><#return request_sentence(v)></#if>
  <#return "Please fix and complete the report as the feedback says and send the completed file to " + c.sender + " by " + v.send_by + ".">
</#function>
