<#-- Lời văn chung của mọi văn bản sctb theo thể thức Nghị định 30/2020/NĐ-CP (báo cáo, phiếu phản hồi, công văn
     đôn đốc): cơ quan chủ quản và cơ quan ban hành, quốc hiệu, tiêu ngữ, địa danh, Nơi nhận, chữ ký. Sửa tên cơ quan,
     người ký ở đây: mọi văn bản đổi theo. -->
<#assign d = {
  "parent_body": "UBND TỈNH THANH HÓA",
  "issuer": "SỞ CÔNG THƯƠNG",
  "nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "motto": "Độc lập - Tự do - Hạnh phúc",
  "place": "Thanh Hóa",
  "recipients": "Nơi nhận:",
  "sign_for": "KT. GIÁM ĐỐC",
  "sign_title": "PHÓ GIÁM ĐỐC",
  "signer_name": "………………………"
}>

<#function period_words p>
  <#if p.half == "1"><#return "6 tháng đầu năm " + p.year>
  <#elseif p.half == "2"><#return "6 tháng cuối năm " + p.year>
  <#else><#return "năm " + p.year></#if>
</#function>

<#function date_line doc>
  <#if doc.has_date><#return d.place + ", ngày " + doc.day + " tháng " + doc.month + " năm " + doc.year>
  <#else><#return d.place + ", ngày …… tháng …… năm ……"></#if>
</#function>
