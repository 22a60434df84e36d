<#-- Wording every sctb document in the Decree 30/2020 layout shares (the report, feedback, reminder letters):
     the parent and issuing bodies, the national title and motto, the place, recipients, the signature. Change the
     department's name or the signer here: every document follows. -->
<#assign d = {
  "parent_body": "THANH HOA PROVINCIAL PEOPLE'S COMMITTEE",
  "issuer": "DEPARTMENT OF INDUSTRY AND TRADE",
  "nation": "SOCIALIST REPUBLIC OF VIET NAM",
  "motto": "Independence - Freedom - Happiness",
  "place": "Thanh Hoa",
  "recipients": "Recipients:",
  "sign_for": "P.P. DIRECTOR",
  "sign_title": "DEPUTY DIRECTOR",
  "signer_name": "………………………"
}>

<#function period_words p>
  <#if p.half == "1"><#return "the first half of " + p.year>
  <#elseif p.half == "2"><#return "the second half of " + p.year>
  <#else><#return "the year " + p.year></#if>
</#function>

<#function date_line doc>
  <#if doc.has_date><#return d.place + ", " + doc.date>
  <#else><#return d.place + ", ……/……/……"></#if>
</#function>
