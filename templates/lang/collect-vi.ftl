<#-- Lời văn tiếng Việt của phiếu phản hồi và công văn đôn đốc (docs/collection.md). Sửa ở đây để đổi câu chữ;
     phần đầu văn bản (cơ quan, quốc hiệu, chữ ký) dùng chung với báo cáo: lang/document-vi.ftl. -->
<#import "document-vi.ftl" as L>
<#assign c = {
  "sender": "Sở Công Thương",
  "letter_number": "Số:        /SCT-QLCN",
  "feedback_title": "PHIẾU PHẢN HỒI",
  "receipt_title": "XÁC NHẬN ĐÃ NHẬN BÁO CÁO",
  "to_listed": "Kính gửi: Các cơ quan, đơn vị có tên tại bảng dưới đây.",
  "to": "Kính gửi:",
  "received": "Báo cáo đã nhận",
  "errors": "Các lỗi phải sửa",
  "warnings": "Các điểm cần kiểm tra (không bắt buộc sửa)",
  "missing": "Nội dung còn thiếu",
  "request": "Đề nghị",
  "col_no": "TT",
  "col_file": "Tệp",
  "col_date": "Ngày gửi",
  "col_rows": "Số dòng",
  "col_rejected": "Dòng bị loại",
  "col_errors": "Lỗi",
  "col_warnings": "Cảnh báo",
  "col_place": "Vị trí",
  "col_problem": "Nội dung",
  "col_fix": "Cách sửa",
  "col_agency": "Cơ quan, đơn vị",
  "col_state": "Tình hình",
  "col_owed": "Nội dung còn thiếu",
  "whole_file": "cả tệp",
  "none": "không có",
  "undated": "không ghi",
  "unknown_date": "không rõ",
  "letter_recipients": ["Như trên;", "Giám đốc Sở (để b/c);", "Lưu: VT, QLCN."],
  "feedback_recipients": ["Như trên;", "Lưu: VT, QLCN."],
  "all_address": "các cơ quan, đơn vị",
  "regards": "Trân trọng,",
  "dots": "……………………"
}>
<#-- A letter to more agencies than this names them in its table only, not under "Kính gửi". -->
<#assign list_up_to = 5>
<#assign states = {
  "not-received": "Chưa gửi báo cáo",
  "has-errors": "Báo cáo có lỗi chưa sửa",
  "incomplete": "Báo cáo chưa đầy đủ",
  "complete": "Đã gửi đủ",
  "unexpected": "Không thuộc diện báo cáo kỳ này"
}>

<#-- Cách gọi cơ quan nhận trong thân văn bản. -->
<#function address a>
  <#if a.kind == "department"><#return "quý Sở">
  <#elseif a.kind == "local-government"><#return "quý Ủy ban">
  <#else><#return "quý đơn vị"></#if>
</#function>

<#-- Báo cáo của ai: của cơ quan nhận, hoặc của cơ quan cũ mà cơ quan nhận nay tiếp nhận nhiệm vụ (báo cáo của kỳ
     trước khi sắp xếp bộ máy: agency.report_of). -->
<#function whose a>
  <#if a.report_of?has_content><#return a.report_of + " (nay " + address(a) + " tiếp nhận nhiệm vụ)"></#if>
  <#return address(a)>
</#function>

<#-- Tên cơ quan trong bảng của công văn chung. -->
<#function table_name a>
  <#return a.name + a.report_of?has_content?then(" (báo cáo của " + a.report_of + ")", "")>
</#function>

<#function report_words p>
  <#return "báo cáo kết quả thực hiện Kế hoạch " + L.period_words(p)>
</#function>

<#-- Tên của phiếu (tiêu đề thư điện tử, tên tệp PDF đính kèm): “Phiếu phản hồi”, hoặc “Xác nhận đã nhận báo cáo” khi đủ, không lỗi. -->
<#function document_name v>
  <#return ((v.state == "complete")?then(c.receipt_title, c.feedback_title))?lower_case?cap_first>
</#function>

<#-- Tên tệp phiếu đính kèm thư điện tử (chưa có đuôi .pdf): người nhận thấy tên này trong chương trình thư. -->
<#function attachment_name v>
  <#return document_name(v) + " " + v.period.id + " - " + v.agency.name>
</#function>

<#-- Một tệp đã nhận được lưu hai lần (“SXD-nhiem-vu (1).csv”): bản sao không được đọc. -->
<#function copy_sentence copy f>
  <#return "Tệp “" + copy + "” trùng từng byte với tệp “" + f.name + "”, đã bỏ qua (chỉ đọc một lần); có thể xóa.">
</#function>

<#-- Tiêu đề thư điện tử kèm phiếu: tên văn bản, trích yếu, đơn vị nhận. -->
<#function email_subject v>
  <#return document_name(v) + ": " + feedback_subject(v.period, v.plan) + " — " + v.agency.name>
</#function>

<#function feedback_subject p plan>
  <#return "Kết quả tiếp nhận báo cáo " + L.period_words(p) + " thực hiện " + plan.short_title>
</#function>

<#-- Dòng trích yếu của công văn, dưới số ký hiệu. -->
<#function letter_summary p plan>
  <#return "V/v đôn đốc báo cáo " + L.period_words(p) + " thực hiện " + plan.short_title>
</#function>

<#-- Căn cứ: số, ngày của Kế hoạch (plan.number, plan.date; để dấu chấm khi plan.yaml chưa ghi) và quy định báo cáo. -->
<#function basis b plan>
  <#local number = b.number?has_content?then(b.number, "……/KH-UBND")>
  <#local date = b.date?has_content?then(b.date, "…/…/……")>
  <#return "Thực hiện Kế hoạch số " + number + " ngày " + date + " của " + b.issuer + " "
    + plan.title?remove_beginning("Kế hoạch ") + " (sau đây gọi là Kế hoạch), trong đó quy định: “" + b.rule + "”">
</#function>

<#function task_line k>
  <#return "Nhiệm vụ " + k.id + (k.title?has_content)?then(": " + k.title, "")>
</#function>

<#-- Các dòng số liệu chỉ tiêu phải báo cáo: các dòng của báo cáo kỳ trước, và (from_plan) các chỉ tiêu, ngành Kế hoạch yêu cầu
     mà báo cáo đó chưa có. -->
<#function rows_sentence r a>
  <#if r.expected == "0"><#return ""></#if>
  <#local owed = "Kỳ trước " + address(a) + " báo cáo " + r.previous + " dòng số liệu chỉ tiêu">
  <#if r.from_plan != "0">
    <#local owed = (r.previous == "0")?then("Kế hoạch yêu cầu " + address(a) + " báo cáo " + r.from_plan
      + " mục số liệu (chỉ tiêu, ngành hoặc kết quả nhiệm vụ) chưa có trong báo cáo kỳ trước", owed + "; Kế hoạch còn yêu cầu "
      + r.from_plan + " mục số liệu (chỉ tiêu, ngành hoặc kết quả nhiệm vụ) chưa có trong báo cáo đó")>
  </#if>
  <#if r.received == "0"><#return owed + "; kỳ này chưa nhận được dòng nào."></#if>
  <#return owed + "; kỳ này đã nhận " + r.received + " dòng, còn thiếu " + r.missing + " dòng.">
</#function>

<#-- Một dòng số liệu chỉ tiêu còn thiếu, như đơn vị ghi lại: tên chỉ tiêu và mã của nó (cột chỉ tiêu), ngành, đối tượng của báo cáo
     kỳ trước; hoặc một chỉ tiêu, ngành Kế hoạch yêu cầu mà báo cáo kỳ trước chưa có (from_plan). -->
<#function missing_row r>
  <#local kind = r.task?has_content?then("Kết quả của nhiệm vụ " + r.task + " ", "Chỉ tiêu ")>
  <#local what = r.indicator_name?has_content?then(kind + "“" + r.indicator_name + "” (mã " + r.indicator + ")", kind + r.indicator)>
  <#if r.sector?has_content><#local what = what + ", ngành " + r.sector_name?has_content?then(r.sector_name, r.sector)></#if>
  <#if r.from_plan><#return what + ": chưa có số liệu (Kế hoạch yêu cầu, báo cáo kỳ trước chưa có)"></#if>
  <#return what + ": " + r.entities?map(e -> e?has_content?then(e, "dòng tổng hợp"))?join("; ")>
</#function>

<#-- Sau danh sách các dòng còn thiếu (danh sách chỉ nêu một số dòng đầu). -->
<#function missing_rows_more r>
  <#if r.unlisted == "0"><#return ""></#if>
  <#return "và " + r.unlisted + " dòng khác còn thiếu.">
</#function>

<#-- Ngày gửi sau tên báo cáo: trong ngoặc, hoặc sau dấu phẩy khi tên đã có ngoặc “(nay quý Sở tiếp nhận nhiệm vụ)”. -->
<#function sent_on v>
  <#if !v.received_on?has_content><#return ""></#if>
  <#return v.agency.report_of?has_content?then(", gửi ngày " + v.received_on + ",", " (gửi ngày " + v.received_on + ")")>
</#function>

<#-- Phiếu gửi đơn vị kế thừa chung của báo cáo bị tách: nhiệm vụ nay do đơn vị khác đảm nhận, và phiếu riêng gửi đơn vị đó
     (để không đọc thành cả báo cáo đã đủ). -->
<#function others_sentence v>
  <#local out = "">
  <#list v.others as o>
    <#local out = out + " " + (o.tasks?size > 1)?then("Các nhiệm vụ ", "Nhiệm vụ ") + o.tasks?map(k -> k.id)?join(", ") + " nay do "
      + o.agency.name + " đảm nhận; " + c.sender + " gửi " + o.agency.name + " phiếu phản hồi riêng đề nghị gửi kết quả thực hiện"
      + (o.errors != "0")?then(" (kể cả " + o.errors + " lỗi ở dòng ghi " + (o.tasks?size > 1)?then("các nhiệm vụ này", "nhiệm vụ này") + ")", "") + ".">
  </#list>
  <#return out>
</#function>

<#-- Phiếu phản hồi: câu mở đầu theo tình hình báo cáo. -->
<#function received_sentence v>
  <#local who = whose(v.agency)>
  <#if v.state == "not-received">
    <#return "Tính đến ngày " + v.doc.date + ", " + c.sender + " chưa nhận được " + report_words(v.period) + " của " + who + ".">
  </#if>
  <#local when = sent_on(v)>
  <#local files = when + (when?ends_with(","))?then(" ", ", ") + "gồm các tệp dưới đây">
  <#if v.state == "complete" && v.others?has_content>
    <#return c.sender + " đã nhận " + report_words(v.period) + " của " + who + files + "; phần báo cáo thuộc nhiệm vụ "
      + address(v.agency) + " tiếp nhận đã đủ, số liệu không có lỗi." + others_sentence(v)>
  </#if>
  <#if v.state == "complete">
    <#return c.sender + " xác nhận đã nhận đủ " + report_words(v.period) + " của " + who + files + "; số liệu không có lỗi.">
  </#if>
  <#if !v.files?has_content>
    <#-- the part of a split body's report that a task's successor now owes: it sent no file -->
    <#return c.sender + " đã nhận " + report_words(v.period) + " của " + v.agency.report_of + v.received_on?has_content?then(", gửi ngày " + v.received_on, "")
      + v.errors?has_content?then("; dòng kết quả của nhiệm vụ dưới đây, nay do " + address(v.agency) + " đảm nhận, có lỗi nên chưa được tổng hợp.",
        "; báo cáo chưa có kết quả của nhiệm vụ dưới đây, nay do " + address(v.agency) + " đảm nhận.")>
  </#if>
  <#return c.sender + " đã nhận " + report_words(v.period) + " của " + who + files + "." + others_sentence(v)>
</#function>

<#function errors_intro v>
  <#local whose_file = v.files?has_content?then("tệp của " + address(v.agency), "tệp báo cáo của " + v.agency.report_of)>
  <#return "Các dòng có lỗi dưới đây chưa được đưa vào tổng hợp; vị trí ghi theo " + whose_file + ":">
</#function>

<#-- Phiếu có lỗi: nhiệm vụ “còn thiếu” có thể đã được ghi ở dòng bị loại vì lỗi. Đơn vị kế thừa nhiệm vụ bị tách không gửi
     tệp nào: sửa lỗi là gửi kết quả mới. -->
<#function missing_after_errors v>
  <#if !v.files?has_content><#return "Nhiệm vụ dưới đây chưa có dòng kết quả hợp lệ (dòng ghi nhiệm vụ này có lỗi nêu trên):"></#if>
  <#return "Các nhiệm vụ dưới đây chưa có dòng kết quả hợp lệ; nếu " + address(v.agency) + " đã ghi ở dòng có lỗi nêu trên thì chỉ cần sửa lỗi đó:">
</#function>

<#-- Phiếu có đề nghị đơn vị làm gì không (request_sentence); không thì chỉ cảm ơn, không có mục “Đề nghị”. -->
<#function asks v>
  <#return v.state == "not-received" || v.state != "complete" && (v.errors?has_content || v.missing_tasks?has_content || v.indicator_rows.missing != "0")>
</#function>

<#function request_sentence v>
  <#local who = address(v.agency)>
  <#if !asks(v)><#return "Cảm ơn sự phối hợp của " + who + "."></#if>
  <#if v.state == "not-received"><#return "Đề nghị " + who + " gửi báo cáo về " + c.sender + " trước ngày " + v.send_by + "."></#if>
  <#local todo = []>
  <#if v.errors?has_content><#local todo = todo + ["sửa các lỗi nêu trên"]></#if>
  <#if v.missing_tasks?has_content || v.indicator_rows.missing != "0"><#local todo = todo + ["bổ sung nội dung còn thiếu"]></#if>
  <#if !v.files?has_content><#return "Đề nghị " + who + " gửi kết quả thực hiện nhiệm vụ nêu trên" + v.errors?has_content?then(" (đã sửa các lỗi nêu trên)", "")
    + " về " + c.sender + " trước ngày " + v.send_by + "."></#if>
  <#return "Đề nghị " + who + " " + todo?join(", ") + " và gửi lại tệp báo cáo đã hoàn chỉnh (thay cho tệp đã gửi) về " + c.sender + " trước ngày " + v.send_by + ".">
</#function>

<#function contact_sentence k>
  <#if !k.known><#return "Chi tiết xin liên hệ: " + c.dots + " (điện thoại: " + c.dots + ")."></#if>
  <#local parts = [k.name]>
  <#if k.unit?has_content><#local parts = parts + [k.unit + ", " + c.sender]></#if>
  <#if k.phone?has_content><#local parts = parts + ["điện thoại: " + k.phone]></#if>
  <#if k.email?has_content><#local parts = parts + ["thư điện tử: " + k.email]></#if>
  <#return "Chi tiết xin liên hệ: " + parts?join("; ") + ".">
</#function>

<#-- Công văn: tình hình của một cơ quan (thư gửi riêng). -->
<#function state_sentence i v>
  <#local who = whose(i.agency)>
  <#local when = i.received_on?has_content?then(" ngày " + i.received_on, "")>
  <#switch i.state>
    <#case "not-received"><#return "Đến ngày " + v.today + ", " + c.sender + " chưa nhận được " + report_words(v.period) + " của " + who + i.missing_tasks?has_content?then(" về các nhiệm vụ được giao chủ trì sau:", ".")>
    <#case "has-errors"><#return c.sender + " đã nhận " + report_words(v.period) + " của " + who + when + "; tuy nhiên báo cáo còn " + i.errors + " lỗi số liệu chưa sửa nên chưa tổng hợp được (chi tiết tại phiếu phản hồi gửi kèm)" + i.missing_tasks?has_content?then("; các nhiệm vụ sau chưa có kết quả hợp lệ (kể cả nhiệm vụ ghi ở dòng có lỗi):", ".")>
    <#default><#return c.sender + " đã nhận " + report_words(v.period) + " của " + who + when + "; tuy nhiên báo cáo chưa đầy đủ" + i.missing_tasks?has_content?then(", còn thiếu kết quả thực hiện các nhiệm vụ sau:", ".")>
  </#switch>
</#function>

<#-- Công văn gửi nhiều cơ quan: câu dẫn vào bảng. -->
<#function combined_sentence v>
  <#-- a letter about some of those that owe (--agency) names how many owe in all, then "trong đó" its table -->
  <#return "Đến ngày " + v.today + ", " + c.sender + " đã nhận " + report_words(v.period) + " của " + v.sent_count + "/" + v.expected_count
    + " cơ quan, đơn vị; còn " + v.owing_total + " cơ quan, đơn vị chưa gửi hoặc gửi chưa đầy đủ, "
    + (v.owing_count == v.owing_total)?then("cụ thể như sau:", "trong đó:")>
</#function>

<#-- Ô “Nội dung còn thiếu” của bảng. -->
<#function owed i>
  <#local parts = []>
  <#if i.state == "has-errors"><#local parts = parts + [i.errors + " lỗi số liệu chưa sửa"]></#if>
  <#if i.missing_tasks?has_content><#local parts = parts + [(i.missing_tasks?size > 1)?then("các nhiệm vụ ", "nhiệm vụ ") + i.missing_tasks?map(k -> k.id)?join(", ")]></#if>
  <#if i.indicator_rows.missing != "0"><#local parts = parts + [i.indicator_rows.missing + " dòng số liệu chỉ tiêu"]></#if>
  <#return parts?join("; ")?cap_first>
</#function>

<#function letter_request v who>
  <#if v.past_due>
    <#return "Hạn báo cáo theo Kế hoạch (ngày " + v.due + ") đã qua. Để kịp tổng hợp báo cáo Chủ tịch UBND tỉnh, " + c.sender + " đề nghị " + who
      + " khẩn trương hoàn thành và gửi báo cáo về " + c.sender + " trước ngày " + v.send_by + ".">
  </#if>
  <#return "Để kịp tổng hợp báo cáo Chủ tịch UBND tỉnh theo quy định, " + c.sender + " đề nghị " + who
    + " hoàn thành và gửi báo cáo về " + c.sender + " trước ngày " + v.send_by + (v.send_by != v.due)?then("", " (hạn theo Kế hoạch)") + ".">
</#function>

<#function closing who>
  <#return c.sender + " đề nghị " + who + " quan tâm, phối hợp thực hiện./.">
</#function>

<#-- Thư điện tử kèm phiếu (feedback.email.ftl): câu mở đầu, tóm tắt những gì phải làm, đề nghị. -->
<#function email_summary v>
  <#local parts = []>
  <#if v.errors?has_content><#local parts = parts + [v.error_count + " lỗi phải sửa"]></#if>
  <#if v.warnings?has_content><#local parts = parts + [v.warning_count + " điểm cần kiểm tra"]></#if>
  <#if v.missing_tasks?has_content><#local parts = parts + ["còn thiếu " + v.missing_tasks?size + " nhiệm vụ"]></#if>
  <#if v.indicator_rows.missing != "0"><#local parts = parts + ["còn thiếu " + v.indicator_rows.missing + " dòng số liệu chỉ tiêu"]></#if>
  <#return "Tóm tắt: " + parts?join("; ") + ".">
</#function>

<#function email_lead v>
  <#local who = address(v.agency)>
  <#local whom = whose(v.agency)>
  <#if v.state == "not-received"><#return received_sentence(v)></#if>
  <#if v.state == "complete" && v.others?has_content>
    <#return c.sender + " đã nhận " + report_words(v.period) + " của " + whom + sent_on(v)?remove_ending(",") + "; phần báo cáo thuộc nhiệm vụ " + who
      + " tiếp nhận đã đủ, số liệu không có lỗi (giấy xác nhận đính kèm thư này)." + others_sentence(v)>
  </#if>
  <#if v.state == "complete">
    <#return c.sender + " xác nhận đã nhận đủ " + report_words(v.period) + " của " + whom + sent_on(v)?remove_ending(",") + "; giấy xác nhận đính kèm thư này.">
  </#if>
  <#-- one bracket at most: the attachment said before the report, the day it came after it -->
  <#local sent = v.received_on?has_content?then((whom != who)?then(", gửi ngày ", " do " + who + " gửi ngày ") + v.received_on, "")>
  <#return c.sender + " gửi " + who + " phiếu phản hồi (đính kèm thư này) về " + report_words(v.period) + (whom != who)?then(" của " + whom, "") + sent + ".">
</#function>

<#function email_request v>
  <#local who = address(v.agency)>
  <#if v.state == "complete" || v.state == "not-received" || !v.files?has_content><#return request_sentence(v)></#if>
  <#return "Đề nghị " + who + " sửa, bổ sung theo phiếu phản hồi và gửi lại tệp báo cáo đã hoàn chỉnh về " + c.sender + " trước ngày " + v.send_by + ".">
</#function>
