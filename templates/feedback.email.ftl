<#-- Thư điện tử kèm phiếu phản hồi (sctb feedback --format eml): dòng đầu là tiêu đề thư, sau một dòng trống là nội
     dung thư (văn bản thuần); phiếu PDF được đính kèm. Lời văn: lang/collect-<lang>.ftl. -->
<#import "lang/document-" + lang + ".ftl" as L>
<#import "lang/collect-" + lang + ".ftl" as K>
<#assign c = K.c, v = .data_model>
${K.email_subject(v)}

${c.to} ${agency.name}

${K.email_lead(v)}
<#if errors?has_content || warnings?has_content || missing_tasks?has_content || indicator_rows.missing != "0">
${K.email_summary(v)}
</#if>

${K.email_request(v)}

${K.contact_sentence(contact)}

${c.regards}
${c.sender?cap_first}
