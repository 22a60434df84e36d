<#import "lang/" + lang + ".ftl" as L>
<#import "common.ftl" as C>
<#import "decree30.md.ftl" as D>
<#assign t = L.t>
<#macro verdict s>${C.symbol[s]!""} ${L.verdict(s)}</#macro>
<@D.header t t.number L.date_line(doc)/>

# ${t.doc_kind}

**${L.subject(period, plan)}**
<#if period.provisional>

**${L.provisional_line(period)}**
</#if>

## ${t.s1}

<#list indicators as i>
${i?counter}. ${L.summary(i, period)}
</#list>
<#assign other_phases = L.other_phase_summary(indicators)>
<#if other_phases?has_content>

${other_phases}
</#if>
<#list retired as r>

${L.retired_line(r)}
</#list>

${t.summary_table}

| ${t.col_indicator} | ${t.col_value} | ${t.col_expected} | ${t.col_target} | ${t.col_verdict} | ${t.col_change} (${previous.id}) |
| --- | --: | --: | --: | --- | --- |
<#list indicators as i>
| ${i.name} | ${L.value_cell(i)} | ${L.expected_cell(i)?has_content?then(L.expected_cell(i), t.no_value)} | ${i.target?has_content?then(i.target, t.no_value)} (${i.target_year}) | <@verdict i.status/>${L.verdict_tail(i)}<#if i.other_phase.shown><br>${L.other_phase_label(i.other_phase)}: <@verdict i.other_phase.status/>${L.verdict_tail(i.other_phase, false)}</#if> | ${L.change_cell(i)} |
</#list>

${t.legend}:

<#list L.legend() as v>
- ${C.symbol[v[0]]} ${L.verdict(v[0])}: ${v[1]}
</#list>
<#list L.legend_notes as note>
- ${note}
</#list>

## ${t.s2}

<#list indicators as i>
### ${i?counter}. ${i.name}

- ${t.target}: ${i.target_text}
<#if i.sector_verdicts?has_content>
<#assign why = L.overall_why(i), pooled = L.pooled_words(i), outlook = L.sector_outlook(i, true)>
- ${t.by_sector}: ${L.tally(i)}
- ${t.col_verdict}: <@verdict i.status/>${L.verdict_tail(i)}<#if why?has_content> — ${why}</#if>
<#if pooled?has_content>
- ${pooled}
</#if>
<#if outlook?has_content>
- ${outlook}
</#if>
<#else>
- ${t.col_value}: ${i.value?has_content?then(L.value_words(i, true), t.no_value)}; ${t.col_expected?lower_case}: ${L.expected_cell(i)?has_content?then(L.expected_cell(i), t.no_value)}<#if i.ratio?has_content>; ${t.col_ratio?lower_case}: ${L.ratio_words(i)}</#if>; ${t.col_verdict?lower_case}: <@verdict i.status/>${L.verdict_tail(i)}
<#if i.baseline?has_content>
- ${L.baseline_label(i)}: ${i.baseline}
</#if>
<#if i.reason?has_content>
- ${t.why}: ${L.why(i, i.target_year)}
</#if>
</#if>
<#if i.other_phase.shown>
- ${L.other_phase_line(i)}
</#if>
<#if i.coverage?has_content>
- ${t.basis}: ${L.basis(i)}
</#if>
<#if i.forecast?has_content>
- ${L.forecast_line(i)}
</#if>
- ${L.change_line(i)}
<#assign left_out = L.left_out_line(i), population = L.population_line(i), fall = L.fall_line(i)>
<#if left_out?has_content>
- ${left_out}
</#if>
<#if population?has_content>
- ${population}
</#if>
<#if fall?has_content>
- ${fall}
</#if>
- ${t.measure}: ${i.measure}
<#if i.sectors?has_content>

| ${t.col_sector} | ${t.col_value} | ${t.col_expected} | ${t.col_ratio} | ${t.col_verdict} | ${t.col_as_of} | ${t.col_panel} | <#if i.kind == "reduction">${t.col_basis} | </#if>${t.col_excluded} |
| --- | --: | --: | --: | --- | --- | --: | <#if i.kind == "reduction">--: | </#if>--: |
<#list i.sectors as s>
<#assign basis = L.basis_cell(s)>
| ${s.name} | ${s.value?has_content?then(s.value, t.no_value)} | ${s.expected?has_content?then(s.expected, t.no_value)} | ${s.ratio?has_content?then(L.ratio_words(s), t.no_value)} | <@verdict s.status/>${L.verdict_tail(s, false)} | ${s.as_of?has_content?then(s.as_of, t.no_value)} | ${s.panel_size?has_content?then(s.panel_size, t.no_value)} | <#if i.kind == "reduction">${basis?has_content?then(basis, t.no_value)} | </#if>${s.excluded_count}<#if s.excluded_share?has_content && s.excluded_count != "0"> (${s.excluded_share})</#if> |
</#list>
<#assign notes = i.sectors?map(s -> [s.name, L.sector_note(s, i.target_year)])?filter(n -> n[1]?has_content)>
<#if notes?has_content>

${t.sector_notes}:

<#list notes as n>
- ${n[0]}: ${n[1]}
</#list>
</#if>
<#assign left = i.sectors?filter(s -> s.excluded?has_content)>
<#if i.kind == "reduction">

${t.left_out}:<#if !left?has_content> ${t.nothing_left_out}</#if>
<#if left?has_content>

<#list left as s>
<#list s.excluded as x>
- ${s.name}: ${x.entity} — ${L.reasons[x.reason]!x.reason}<#if x.output_share?has_content> (${t.output_share} ${x.output_share})</#if>
</#list>
</#list>
</#if>
</#if>
</#if>

</#list>
## ${t.s3}

${L.tasks_changed_sentence(groups)}

<#list groups as g>
### ${t.group} ${C.roman[g?index]!g.id}. ${g.title}

| ${t.col_task} | ${t.col_task_title} | ${t.col_lead} | ${t.col_status} | ${t.col_progress} | ${t.col_change} |
| --- | --- | --- | --- | --: | --- |
<#list g.tasks as k>
| ${k.id} | ${k.title} | ${k.lead} | ${L.task_state(k)} | ${k.progress?has_content?then(k.progress, t.no_value)} | ${L.task_change(k)} |
</#list>

<#assign reported = g.tasks?filter(k -> k.reports?filter(r -> r.result?has_content)?has_content)>
<#if reported?has_content>
${t.results_reported}:

<#list reported as k>
<#list k.reports?filter(r -> r.result?has_content) as r>
- **${k.id}** — *${r.agency}*<#if r.submitted_on?has_content || r.corrected> (${[r.submitted_on, r.corrected?then(t.corrected, "")]?filter(x -> x?has_content)?join(", ")})</#if>: ${r.result}
</#list>
</#list>
<#else>
${t.no_results}
</#if>

</#list>
## ${t.s4}

### ${t.difficulties}

<#if difficulties?has_content>
<#list difficulties as d>
- ${d.text} (${t.raised_by}: <#list d.sources as s>${s.agency}, ${t.task_word} ${s.task}<#sep>; </#list>)
</#list>
<#else>
${t.none_reported}
</#if>

### ${t.proposals}

<#if proposals?has_content>
<#list proposals as d>
- ${d.text} (${t.raised_by}: <#list d.sources as s>${s.agency}, ${t.task_word} ${s.task}<#sep>; </#list>)
</#list>
<#else>
${t.none_reported}
</#if>

## ${t.s5}

${L.reporting_sentence(reporting)}

${t.reporting_table}

| ${t.col_agency} | ${t.col_sent_on} | ${t.col_tasks_reported} | ${t.col_on_time} | ${t.col_late} | ${t.col_undated} | ${t.col_not_reported} | ${t.col_rows} | ${t.col_state} |
| --- | --- | --: | --: | --: | --: | --- | --: | --- |
<#list reporting.agencies as a>
| ${a.name} | ${a.submitted_on?has_content?then(a.submitted_on, t.no_value)} | ${a.reported}/${a.assigned} | ${a.on_time} | ${a.late} | ${a.undated} | ${L.missing_cell(a)} | ${L.rows_cell(a)} | ${L.agency_state(a)} |
</#list>

${t.reporting_table_note}

### ${t.corrections}

<#assign listed = corrections?filter(c -> c.since_previous), earlier = L.earlier_corrections_sentence(corrections)>
<#if listed?has_content>
${t.corrections_table}

| ${t.col_period} | ${t.col_agency} | ${t.col_subject} | ${t.col_correction} | ${t.col_rows_replaced} | ${t.col_effect} |
| --- | --- | --- | --- | --- | --- |
<#list listed as c>
| ${c.period} | ${c.agency} | ${L.correction_subject(c)} | ${L.correction_values(c)} | ${L.correction_rows(c)} | ${L.correction_effect(c)} |
</#list>
<#else>
${t.no_corrections}
</#if>
<#if earlier?has_content>

${earlier}
</#if>

## ${t.annex}

### ${t.diag_intro}

<#if diagnostics.items?has_content>
| ${t.col_location} | ${t.col_severity} | ${t.col_message} |
| --- | --- | --- |
<#list diagnostics.items as d>
| ${d.location} | ${L.severity[d.severity]!d.severity} | ${d.message} |
</#list>
<#else>
${t.diag_none}
</#if>
<#if L.elsewhere(diagnostics)?has_content>

${L.elsewhere(diagnostics)}
</#if>

### ${t.methodology}

${L.methods[method]!method}

${L.methods_common}

<@D.sign_off t t.recipient_list/>
