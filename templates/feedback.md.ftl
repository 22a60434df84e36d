<#-- Phiếu phản hồi dạng Markdown (dán vào thư điện tử, GitHub, GitLab). Lời văn: lang/collect-<lang>.ftl. -->
<#import "lang/document-" + lang + ".ftl" as L>
<#import "lang/collect-" + lang + ".ftl" as K>
<#import "decree30.md.ftl" as D>
<#assign t = L.d, c = K.c, v = .data_model>
<#assign title = (state == "complete")?then(c.receipt_title, c.feedback_title)>
<#assign n = 0>
<#function next><#assign n = n + 1><#return n?c + ". "></#function>
<#macro problems list>
| ${c.col_no} | ${c.col_place} | ${c.col_problem} | ${c.col_fix} |
| --: | --- | --- | --- |
<#list list as p>
| ${p?counter} | ${p.file}<#if p.place?has_content>, ${p.place}<#else> (${c.whole_file})</#if> | ${p.message} | ${p.fix} |
</#list>
</#macro>
<@D.header t c.letter_number L.date_line(doc)/>

# ${title}

**${K.feedback_subject(period, plan)}**

${c.to} ${agency.name}

${K.received_sentence(v)}
<#if files?has_content>

## ${next()}${c.received}

| ${c.col_file} | ${c.col_date} | ${c.col_rows} | ${c.col_rejected} | ${c.col_errors} | ${c.col_warnings} |
| --- | --- | --: | --: | --: | --: |
<#list files as f>
| ${f.name} | ${f.submitted_on?has_content?then(f.submitted_on, f.read?then(c.undated, c.unknown_date))} | ${f.rows} | ${f.rejected_rows} | ${f.errors} | ${f.warnings} |
</#list>
<#list files as f><#list f.copies as copy>

${K.copy_sentence(copy, f)}
</#list></#list>
</#if>
<#if errors?has_content>

## ${next()}${c.errors}

${K.errors_intro(v)}

<@problems errors/>
</#if>
<#if warnings?has_content>

## ${next()}${c.warnings}

<@problems warnings/>
</#if>
<#if missing_tasks?has_content || indicator_rows.missing != "0">

## ${next()}${c.missing}
<#if missing_tasks?has_content>
<#if errors?has_content>

${K.missing_after_errors(.data_model)}
</#if>

<#list missing_tasks as k>
- ${K.task_line(k)}
</#list>
</#if>
<#if indicator_rows.missing != "0">

${K.rows_sentence(indicator_rows, agency)}
<#if indicator_rows.missing_rows?has_content>

<#list indicator_rows.missing_rows as r>
- ${K.missing_row(r)}
</#list>
<#if indicator_rows.unlisted != "0">
- ${K.missing_rows_more(indicator_rows)}
</#if>
</#if>
</#if>
</#if>
<#if K.asks(v)>

## ${next()}${c.request}
</#if>

${K.request_sentence(v)}

${K.contact_sentence(contact)}

<@D.sign_off t c.feedback_recipients/>
