<#-- The Decree 30/2020 header and sign-off of the Markdown documents (the report, the feedback), as tables:
     the same parts as decree30.ftlh gives the PDF and HTML. -->
<#-- The parent body over the issuing body left, the national title and motto right; below, the number
     line left and the place-date line right, italic. -->
<#macro header t number date_line>
| ${t.parent_body}<br>**${t.issuer}**<br>——— | **${t.nation}**<br>**${t.motto}**<br>——————— |
| :---: | :---: |
| ${number} | *${date_line}* |
</#macro>
<#-- "Nơi nhận" left, the signature block right. -->
<#macro sign_off t recipients>
| **${t.recipients}**<br><#list recipients as r>- ${r}<#sep><br></#list> | **${t.sign_for}**<br>**${t.sign_title}**<br><br><br>${t.signer_name} |
| :--- | :---: |
</#macro>
