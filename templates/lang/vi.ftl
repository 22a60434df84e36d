<#-- Lời văn tiếng Việt của báo cáo. Sửa ở đây để đổi tiêu đề, nhãn, câu tóm tắt (xem docs/templates.md). -->
<#import "document-vi.ftl" as Doc>
<#assign t = Doc.d + {
  "number": "Số:        /BC-SCT",
  "doc_kind": "BÁO CÁO",
  "group": "Nhóm",
  "s1": "I. TÓM TẮT KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
  "s2": "II. KẾT QUẢ THEO TỪNG CHỈ TIÊU",
  "s3": "III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
  "s4": "IV. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT",
  "s5": "V. TÌNH HÌNH CHẤP HÀNH CHẾ ĐỘ BÁO CÁO",
  "annex": "PHỤ LỤC: CHẤT LƯỢNG SỐ LIỆU VÀ PHƯƠNG PHÁP",
  "difficulties": "1. Khó khăn, vướng mắc",
  "proposals": "2. Kiến nghị, đề xuất",
  "none_reported": "Không có đơn vị nào nêu.",
  "col_indicator": "Chỉ tiêu",
  "col_value": "Kết quả",
  "col_expected": "Theo tiến độ",
  "col_target": "Mục tiêu",
  "col_verdict": "Đánh giá",
  "col_sector": "Ngành",
  "col_ratio": "Tỷ lệ tiến độ",
  "col_as_of": "Kỳ số liệu",
  "col_panel": "Số cơ sở so sánh",
  "col_excluded": "Cơ sở loại ra",
  "col_task": "Mã",
  "col_task_title": "Nhiệm vụ",
  "col_lead": "Chủ trì",
  "col_status": "Trạng thái",
  "col_progress": "Tiến độ",
  "col_agency": "Đơn vị",
  "col_date": "Ngày gửi",
  "col_location": "Vị trí",
  "col_severity": "Mức",
  "col_message": "Nội dung",
  "summary_table": "Bảng 1. Kết quả các chỉ tiêu",
  "sector_table": "Kết quả theo ngành",
  "group_table": "Các nhiệm vụ nhóm",
  "results_reported": "Kết quả các đơn vị báo cáo",
  "no_results": "Chưa có đơn vị nào báo cáo kết quả nhiệm vụ của nhóm này trong kỳ.",
  "chart_value": "Kết quả",
  "chart_expected": "Theo tiến độ",
  "chart_target": "Mục tiêu tối thiểu",
  "chart_stretch": "Mục tiêu mức cao",
  "chart_title": "Biểu đồ",
  "forecast": "Dự báo đến cuối năm",
  "measure": "Cách tính",
  "target": "Mục tiêu của Kế hoạch",
  "panel": "Nhóm cơ sở so sánh",
  "left_out": "Cơ sở không đưa vào so sánh",
  "nothing_left_out": "Không có cơ sở nào bị loại ra.",
  "output_share": "tỷ trọng sản lượng",
  "raised_by": "Đơn vị nêu",
  "task_word": "nhiệm vụ",
  "expected_reporters": "Số đơn vị phải báo cáo",
  "received": "Số đơn vị đã gửi",
  "on_time": "Gửi đúng hạn",
  "late": "Gửi muộn",
  "undated": "Không ghi ngày gửi",
  "missing": "Chưa gửi báo cáo",
  "unexpected": "Báo cáo ngoài danh sách",
  "nobody": "không có",
  "diag_intro": "Kết quả kiểm tra số liệu đầu vào",
  "diag_none": "Không phát hiện lỗi hay cảnh báo nào trong các tệp số liệu của kỳ này.",
  "methodology": "Phương pháp tính",
  "recipient_list": ["Chủ tịch UBND tỉnh (để b/c);", "Bộ Công Thương (để b/c);", "Các sở, ban, ngành, đơn vị liên quan;", "Lưu: VT, QLCN."],
  "stretch_met": "đạt cả mức cao",
  "col_basis": "Tỷ trọng sản lượng của nhóm so sánh (kỳ đánh giá / năm gốc)",
  "legend": "Cách đọc cột “Đánh giá”",
  "baseline": "Giá trị gốc",
  "why": "Lý do",
  "basis": "Căn cứ",
  "by_sector": "Theo ngành",
  "sector_notes": "Ghi chú theo ngành",
  "final": "kết luận cuối cùng",
  "col_change": "So với kỳ trước",
  "changes": "Thay đổi so với kỳ trước",
  "reporting_table": "Tình hình gửi báo cáo của từng đơn vị",
  "col_sent_on": "Ngày gửi",
  "col_tasks_reported": "Nhiệm vụ đã báo cáo",
  "col_on_time": "Đúng hạn",
  "col_late": "Muộn",
  "col_undated": "Không ghi ngày",
  "col_not_reported": "Nhiệm vụ chưa báo cáo",
  "col_rows": "Dòng số liệu chỉ tiêu (đã nhận/dự kiến)",
  "col_state": "Tình trạng",
  "reporting_table_note": "Số nhiệm vụ đúng hạn, muộn, không ghi ngày tính theo lần gửi đầu tiên của từng nhiệm vụ; nhiệm vụ không ghi ngày gửi không được coi là đúng hạn. Dòng số liệu chỉ tiêu dự kiến là các dòng đơn vị đã gửi ở kỳ báo cáo trước của đơn vị (trừ đối tượng đã dừng hoạt động), và một dòng cho mỗi chỉ tiêu, ngành Kế hoạch yêu cầu đơn vị báo cáo trong kỳ mà báo cáo đó chưa có.",
  "corrections": "Số liệu được điều chỉnh",
  "corrections_table": "Các lần điều chỉnh số liệu nhận được từ sau hạn báo cáo kỳ trước",
  "col_period": "Kỳ số liệu",
  "col_subject": "Nội dung",
  "col_correction": "Số liệu cũ → mới",
  "col_rows_replaced": "Bản gốc → bản điều chỉnh",
  "col_effect": "Ảnh hưởng",
  "no_corrections": "Không có đơn vị nào điều chỉnh số liệu đã gửi kể từ hạn báo cáo kỳ trước.",
  "corrected": "bản điều chỉnh",
  "partial": "chưa đầy đủ",
  "no_value": "—"
}>
<#assign status = {
  "achieved": "Đạt",
  "on-track": "Đúng tiến độ",
  "acceleration-needed": "Cần đẩy nhanh",
  "limited-progress": "Tiến triển hạn chế",
  "deterioration": "Xấu đi",
  "not-achieved": "Không đạt",
  "no-data": "Chưa có số liệu",
  "insufficient-data": "Chưa đủ số liệu",
  "qualitative": "Định tính"
}>
<#assign task_status = {
  "done": "Hoàn thành",
  "ongoing": "Thực hiện thường xuyên",
  "in-progress": "Đang triển khai",
  "delayed": "Chậm tiến độ",
  "not-started": "Chưa triển khai",
  "none": "Chưa có báo cáo"
}>
<#assign severity = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Thông tin"}>
<#assign reasons = {
  "no-baseline": "không có số liệu năm gốc",
  "baseline-incomplete": "số liệu năm gốc không đầy đủ",
  "zero-output-baseline": "sản lượng năm gốc bằng 0",
  "no-current": "không có số liệu kỳ đánh giá",
  "zero-output-current": "sản lượng kỳ đánh giá bằng 0",
  "closed": "đã dừng hoạt động (sổ đăng ký)",
  "implausible-change": "suất tiêu hao chênh hơn " + rules.outlier_factor + " lần so với năm gốc, không thể là thay đổi thật: cần kiểm tra lại số liệu và đơn vị tính của hai kỳ"
}>
<#assign methods = {
  "linear": "Tiến độ tuyến tính: giá trị “theo tiến độ” tăng đều theo số tháng, từ giá trị gốc (cuối năm gốc; 0 với chỉ tiêu giảm tiêu hao) đến mục tiêu tối thiểu vào cuối năm mục tiêu. Tỷ lệ tiến độ = (kết quả − giá trị gốc) / (theo tiến độ − giá trị gốc). Đánh giá: Đạt khi đạt mục tiêu tối thiểu; Đúng tiến độ khi tỷ lệ từ " + rules.on_track + "; Cần đẩy nhanh từ " + rules.acceleration_needed + "; Tiến triển hạn chế từ " + rules.limited_progress + "; Xấu đi khi thấp hơn. Tỷ lệ trên 100% được ghi “vượt lộ trình”: kết quả đã vượt mức theo tiến độ, và độ lớn của tỷ lệ khi đó chủ yếu do giai đoạn mới qua ít tháng; tỷ lệ dưới 0 được ghi “kém hơn giá trị gốc”: kết quả lùi xa mục tiêu hơn giá trị gốc.",
  "cagr": "Tốc độ tăng trưởng kép (phương pháp Eurostat): tỷ lệ tiến độ = tốc độ tăng trưởng bình quân năm thực tế từ năm gốc / tốc độ cần thiết để đạt mục tiêu đúng hạn. Ngưỡng đánh giá như phương pháp tuyến tính: Đúng tiến độ từ " + rules.on_track + ", Cần đẩy nhanh từ " + rules.acceleration_needed + ", Tiến triển hạn chế từ " + rules.limited_progress + "."
}>
<#assign methods_common = "Giảm tiêu hao: suất tiêu hao của ngành = tổng tiêu hao / tổng sản lượng của các cơ sở có sản lượng dương ở cả năm gốc và kỳ đánh giá, suất tiêu hao giữa hai kỳ chênh không quá " + rules.outlier_factor + " lần; mức giảm = (1 − suất tiêu hao kỳ đánh giá / suất tiêu hao năm gốc) × 100; mức giảm chung của các ngành tính trên tiêu hao quy đổi ra " + rules.common_unit + ", chỉ để tham khảo. Tỷ lệ: 100 × tổng tử số / tổng mẫu số theo dòng mới nhất của từng cơ sở. Nhiệm vụ: tỷ lệ nhiệm vụ hoàn thành hoặc thực hiện thường xuyên. Dự báo: đường thẳng bình phương nhỏ nhất qua các giá trị từ năm gốc, kèm khoảng có 95% khả năng chứa kết quả.">
<#assign forecast_methods = {"least-squares": "đường thẳng bình phương nhỏ nhất"}>
<#-- Những gì một con số dựa vào (căn cứ), mỗi loại một câu. -->
<#assign facts = {
  "panel-output-current": "nhóm so sánh chiếm {share} sản lượng kỳ đánh giá",
  "panel-output-baseline": "nhóm so sánh chiếm {share} sản lượng năm gốc",
  "panel-consumption-current": "nhóm so sánh chiếm {share} tiêu hao kỳ đánh giá",
  "sectors-current": "{part}/{whole} ngành có số liệu còn hiệu lực",
  "tasks-current": "{part}/{whole} nhiệm vụ có trạng thái còn hiệu lực",
  "population-current": "{share} đối tượng ({part}/{whole}) có số liệu còn hiệu lực",
  "rows-current": "{part}/{whole} dòng số liệu còn hiệu lực",
  "agencies-current": "{part}/{whole} đơn vị báo cáo có số liệu còn hiệu lực"
}>
<#assign pooled_reasons = {
  "no-data": "không có số liệu",
  "not-current": "số liệu quá cũ hoặc không thuộc năm mục tiêu",
  "no-conversion": "chưa có hệ số quy đổi"
}>

<#function period_words p><#return Doc.period_words(p)></#function>

<#function subject p plan>
  <#return "Kết quả thực hiện " + plan.title + ", " + period_words(p)>
</#function>

<#-- Báo cáo lập khi kỳ chưa kết thúc: dòng dưới tiêu đề, và dòng ngắn ở chân mỗi trang. -->
<#function provisional_line p>
  <#return "BÁO CÁO TẠM THỜI — số liệu đến ngày " + p.data_until + ", kỳ báo cáo chưa kết thúc (đến hết ngày " + p.end + "); số liệu còn có thể thay đổi.">
</#function>

<#function provisional_mark p>
  <#return "Báo cáo tạm thời — số liệu đến ngày " + p.data_until + ", kỳ báo cáo chưa kết thúc">
</#function>

<#function date_line d><#return Doc.date_line(d)></#function>

<#function verdict s>
  <#return status[s]!s>
</#function>

<#-- Vì sao một con số không được đánh giá (f: chỉ tiêu hoặc ngành; year: năm mục tiêu). -->
<#function why f year>
  <#switch f.reason>
    <#case "no-target"><#return "chỉ tiêu không có mục tiêu">
    <#case "no-rows"><#return "chưa có đơn vị nào báo cáo số liệu">
    <#case "all-closed"><#return "các đơn vị có báo cáo, nhưng mọi đối tượng được báo cáo đều đã dừng hoạt động theo sổ đăng ký nên không còn đối tượng nào để tính">
    <#case "empty-panel"><#return "không có cơ sở nào so sánh được giữa năm gốc và kỳ đánh giá">
    <#case "baseline-year-only"><#return "mới có số liệu của năm gốc, chưa đo được tiến bộ">
    <#case "before-baseline"><#return "số liệu mới nhất có trước năm gốc của mục tiêu, lộ trình đến mục tiêu chưa bắt đầu nên chưa đo được tiến độ">
    <#case "no-target-year-data"><#return "kết luận cuối cùng cần số liệu trong năm " + year + ", số liệu mới nhất là của kỳ " + f.as_of>
    <#case "stale-data"><#return "số liệu mới nhất là của kỳ " + f.as_of + ", cũ hơn " + rules.max_data_age + " kỳ 6 tháng so với kỳ đánh giá">
    <#case "low-coverage"><#return "căn cứ chưa đủ: " + f.coverage?filter(c -> !c.met)?map(c -> fact(c))?join("; ")>
    <#case "few-sectors-judged"><#return "chưa đến một nửa số ngành được đánh giá">
    <#default><#return f.reason>
  </#switch>
</#function>

<#-- Một căn cứ, kèm ngưỡng nếu có. -->
<#function fact c>
  <#-- No share to give (nothing counted: 0/0): no blank before the words. -->
  <#local s = (facts[c.kind]!c.kind)?replace("{share} ", c.share?has_content?then(c.share + " ", ""))?replace("{share}", c.share)?replace("{part}", c.part)?replace("{whole}", c.whole)>
  <#if c.threshold?has_content><#local s = s + " (cần ít nhất " + c.threshold + ")"></#if>
  <#return s>
</#function>

<#-- Everything a figure rests on, a fact short of its threshold marked. -->
<#function basis f>
  <#return f.coverage?map(c -> fact(c) + (!c.met)?then(" — chưa đủ", ""))?join("; ")>
</#function>

<#-- Căn cứ của một ngành trong bảng: tỷ trọng sản lượng của nhóm so sánh ở kỳ đánh giá / năm gốc, hoặc các căn cứ khác. -->
<#function basis_cell s>
  <#local current = s.coverage?filter(c -> c.kind == "panel-output-current")>
  <#local baseline = s.coverage?filter(c -> c.kind == "panel-output-baseline")>
  <#-- Nothing reported in one of the two (a missing baseline year): no share to give, not an empty one. -->
  <#if current?has_content && baseline?has_content><#return current[0].share?has_content?then(current[0].share, t.no_value) + " / " + baseline[0].share?has_content?then(baseline[0].share, t.no_value)></#if>
  <#return s.coverage?map(c -> c.share)?join(", ")>
</#function>

<#-- Sau tên đánh giá: kết luận cuối cùng, đạt cả mức cao, đạt muộn. -->
<#function verdict_tail f with_final=true>
  <#local s = "">
  <#if f.stretch_met><#local s = s + ", " + t.stretch_met></#if>
  <#if with_final && f.final && f.status != "no-data"><#local s = s + " (" + t.final + ")"></#if>
  <#if f.achieved_late?has_content><#local s = s + "; đạt muộn (" + f.achieved_late + ")"></#if>
  <#return s>
</#function>

<#-- Kết quả kèm số nhiệm vụ (chỉ tiêu nhiệm vụ) và kỳ số liệu khi đó không phải kỳ báo cáo: "100,0% (6/6 nhiệm vụ; số liệu 2025H2)". -->
<#function value_words i always=false>
  <#local notes = []>
  <#if i.kind?? && i.kind == "tasks" && i.denominator?has_content><#local notes = notes + [i.numerator + "/" + i.denominator + " nhiệm vụ"]></#if>
  <#if i.as_of?has_content && (always || i.as_of_earlier)><#local notes = notes + ["số liệu " + i.as_of]></#if>
  <#return i.value + notes?has_content?then(" (" + notes?join("; ") + ")", "")>
</#function>

<#function sector_names v>
  <#return v.sectors?map(n -> n?uncap_first)?join(", ")>
</#function>

<#-- Số ngành theo từng đánh giá: "2/8 ngành đạt (xi măng, bia); 1/8 ngành đúng tiến độ (dệt may)". -->
<#function tally i>
  <#return i.sector_verdicts?map(v -> v.count + "/" + i.sectors_total + " ngành " + verdict(v.status)?lower_case + " (" + sector_names(v) + ")")?join("; ")>
</#function>

<#-- Đánh giá chung của chỉ tiêu đặt cho từng ngành, nói rõ vì sao. -->
<#-- Vì sao chỉ tiêu đặt cho từng ngành có đánh giá chung như vậy. -->
<#function overall_why i>
  <#local achieved = i.sector_verdicts?filter(v -> v.status == "achieved")>
  <#local n = achieved?has_content?then(achieved[0].count?number, 0)>
  <#switch i.status>
    <#case "achieved"><#return "mọi ngành đều đạt">
    <#case "not-achieved"><#return "mục tiêu đặt cho từng ngành nên chỉ đạt khi mọi ngành đạt">
    <#case "insufficient-data"><#case "no-data"><#return (i.reason?has_content)?then(why(i, i.target_year), "")>
    <#case "qualitative"><#return "">
    <#default>
      <#if i.status == "on-track" && n * 2 gte i.sectors_total?number><#return "ít nhất một nửa số ngành đã đạt nhưng chưa phải mọi ngành"></#if>
      <#return "theo ngành ở giữa: ít nhất một nửa số ngành ở mức “" + verdict(i.status) + "” hoặc tốt hơn">
  </#switch>
</#function>

<#function overall_words i>
  <#local why = overall_why(i)>
  <#return verdict(i.status)?lower_case + verdict_tail(i) + why?has_content?then(" — " + why, "")>
</#function>

<#-- Ô “Kết quả” của Bảng 1: số ngành đạt (và con số chung để tham khảo) với chỉ tiêu đặt cho từng ngành; kết quả và kỳ số liệu với chỉ tiêu khác. -->
<#-- Nhãn của giá trị gốc: năm gốc, hoặc kỳ có số liệu đầu tiên khi không có số liệu năm gốc (không ghi nó là của năm gốc). -->
<#function baseline_label i>
  <#if i.baseline_from?has_content><#return t.baseline + " (kỳ có số liệu đầu tiên, " + i.baseline_from + "; chưa có số liệu năm " + i.baseline_year + ")"></#if>
  <#return t.baseline + " (" + i.baseline_year + ")">
</#function>

<#-- Ô và dòng “Theo tiến độ”: kỳ vọng tính đến cuối kỳ số liệu (methodology.md §4), nên với số liệu của kỳ trước
     ghi rõ kỳ đó — không để người đọc hiểu là mức cần đạt đến hết kỳ báo cáo. -->
<#function expected_cell i>
  <#if !i.expected?has_content><#return ""></#if>
  <#return i.expected + (i.as_of_earlier && !i.final)?then(" (đến hết " + i.as_of + ")", "")>
</#function>

<#function value_cell i>
  <#if i.sector_verdicts?has_content>
    <#return i.sectors_meeting_min + "/" + i.sectors_total + " ngành đạt" + i.pooled.value?has_content?then("; chung " + i.pooled.value + " (tham khảo)", "") + i.as_of_earlier?then(" (số liệu " + i.as_of + ")", "")>
  </#if>
  <#if !i.value?has_content><#return t.no_value></#if>
  <#return i.value + i.as_of_earlier?then(" (số liệu " + i.as_of + ")", "")>
</#function>

<#-- Ghi chú cho một ngành không được đánh giá hoặc có số liệu của kỳ trước. -->
<#function sector_note s year>
  <#local parts = []>
  <#if s.reason?has_content && s.reason != "no-rows"><#local parts = parts + [verdict(s.status)?lower_case + " — " + why(s, year)]></#if>
  <#if s.as_of_earlier && s.reason != "stale-data" && s.reason != "no-target-year-data"><#local parts = parts + ["số liệu " + s.as_of]></#if>
  <#return parts?join("; ")>
</#function>

<#-- The sectors left out of a pooled figure, grouped by why: "thép (…); nhựa, giấy (không có số liệu)". -->
<#function left_out p>
  <#local parts = []>
  <#list pooled_reasons?keys as reason>
    <#local out = p.left_out?filter(l -> l.reason == reason)>
    <#if out?has_content><#local parts = parts + [out?map(l -> l.sector?uncap_first)?join(", ") + " (" + pooled_reasons[reason] + ")"]></#if>
  </#list>
  <#return parts?join("; ")>
</#function>

<#function pooled_words i>
  <#local p = i.pooled>
  <#if !p.value?has_content><#return ""></#if>
  <#local s = "Mức giảm chung của " + p.included + " ngành, quy đổi ra " + p.unit + ", là " + p.value + (p.as_of != period.id)?then(" (số liệu đến kỳ " + p.as_of + ")", "") + ", chỉ để tham khảo">
  <#if p.left_out?has_content><#local s = s + "; không tính " + left_out(p)></#if>
  <#return s + ".">
</#function>

<#-- Dự báo của từng ngành, nhóm theo vị trí so với mục tiêu: câu ngắn cho phần tóm tắt, câu đủ tên cho phần chi tiết. -->
<#assign reaches = {"reached": "đạt mục tiêu", "uncertain": "chưa chắc đạt", "short": "thấp hơn mục tiêu"}>
<#function sector_outlook i full>
  <#local forecast = i.sectors?filter(s -> s.forecast_reach?has_content)>
  <#if !forecast?has_content><#return ""></#if>
  <#if !full>
    <#local reached = forecast?filter(s -> s.forecast_reach == "reached")>
    <#return "Theo xu hướng của từng ngành, đến cuối năm " + i.target_year + " ước " + reached?size + "/" + i.sectors_total + " ngành đạt mức tối thiểu.">
  </#if>
  <#local parts = []>
  <#list reaches?keys as reach>
    <#local these = forecast?filter(s -> s.forecast_reach == reach)>
    <#if these?has_content><#local parts = parts + [reaches[reach] + " " + i.min + ": " + these?map(s -> s.name?uncap_first + " " + s.forecast)?join(", ")]></#if>
  </#list>
  <#return "Dự báo theo ngành đến cuối năm " + i.target_year + " (" + (forecast_methods[forecast[0].forecast_method]!forecast[0].forecast_method) + "): " + parts?join("; ")>
</#function>

<#function forecast_words i>
  <#if !i.forecast?has_content><#return ""></#if>
  <#local s = "Theo xu hướng từ năm gốc, đến cuối năm " + i.target_year + " ước đạt " + i.forecast + " (nhiều khả năng từ " + i.forecast_low + " đến " + i.forecast_high + ")">
  <#switch i.forecast_reach>
    <#case "short"><#local s = s + ", thấp hơn mục tiêu " + i.min><#break>
    <#case "uncertain"><#local s = s + ", chưa chắc đạt mục tiêu " + i.min><#break>
    <#case "reached"><#local s = s + ", đạt mục tiêu " + i.min><#break>
  </#switch>
  <#return s + ".">
</#function>

<#-- Dòng dự báo ở phần chi tiết, nêu phương pháp. -->
<#function forecast_line i>
  <#return "Dự báo đến cuối năm " + i.target_year + ": " + i.forecast + ", nhiều khả năng từ " + i.forecast_low + " đến " + i.forecast_high + " (" + (forecast_methods[i.forecast_method]!i.forecast_method) + " qua " + i.forecast_points + " giá trị từ " + i.forecast_from + ", khoảng tin cậy 95%)">
</#function>

<#-- Một đoạn cho mỗi chỉ tiêu, viết từ số liệu. -->
<#function summary i p>
  <#local s = i.name + " (mục tiêu " + i.target_year + ": " + i.target?has_content?then((i.kind == "reduction")?then("giảm " + i.target + " ở mỗi ngành", i.target), "định tính") + "): ">
  <#local when = i.final?then("đến hết năm " + i.target_year, "đến hết " + period_words(p))>
  <#if !i.value?has_content && !i.sector_verdicts?has_content>
    <#return s + (i.status == "insufficient-data")?then("chưa đủ số liệu để đánh giá ", "chưa có số liệu để đánh giá ") + when + (i.reason?has_content)?then(" (" + why(i, i.target_year) + ")", "") + ".">
  </#if>
  <#if i.status == "qualitative">
    <#return s + "mục tiêu không nêu con số; " + when + ", kết quả " + value_words(i) + i.baseline?has_content?then(" (cuối năm " + i.baseline_year + ": " + i.baseline + ")", "") + ".">
  </#if>
  <#if i.sector_verdicts?has_content>
    <#local s = s + when>
    <#if i.expected?has_content && !i.final><#local s = s + i.as_of_earlier?then(", số liệu mới nhất là của kỳ " + i.as_of + ", khi theo tiến độ mỗi ngành cần giảm " + i.expected, ", theo tiến độ mỗi ngành cần giảm " + i.expected)></#if>
    <#local s = s + ": " + tally(i) + ". Đánh giá chung: " + overall_words(i) + ".">
    <#local pooled = pooled_words(i)>
    <#local outlook = sector_outlook(i, false)>
    <#return s + pooled?has_content?then(" " + pooled, "") + outlook?has_content?then(" " + outlook, "")>
  </#if>
  <#local s = s + when + ", kết quả " + value_words(i)>
  <#if i.expected?has_content && !i.final><#local s = s + i.as_of_earlier?then(", theo tiến độ đến hết kỳ " + i.as_of + " cần ", ", theo tiến độ cần ") + i.expected></#if>
  <#if i.ratio?has_content && !i.final><#local s = s + i.ratio_ahead?then(" (vượt lộ trình)", i.ratio_behind?then(" (kém hơn giá trị gốc)", " (bằng " + i.ratio + " tiến độ)"))></#if>
  <#local s = s + ". Đánh giá: " + verdict(i.status)?lower_case + verdict_tail(i)>
  <#if i.reason?has_content><#local s = s + " — " + why(i, i.target_year)></#if>
  <#local s = s + ".">
  <#local f = (i.status == "achieved")?then("", forecast_words(i))>
  <#return s + f?has_content?then(" " + f, "")>
</#function>

<#-- Kết luận cuối cùng về mục tiêu của giai đoạn kia khi năm mục tiêu đã qua: báo cáo giai đoạn 2026 - 2030 vẫn nêu mục tiêu 2025 có đạt không. -->
<#function other_phase_label c>
  <#return "Mục tiêu " + c.target_year>
</#function>

<#-- Các ngành không đạt trong năm mục tiêu nhưng đạt mức tối thiểu sau đó. -->
<#function late_sectors c>
  <#return c.sectors_late?has_content?then("; đạt muộn: " + c.sectors_late?map(s -> s.sector?uncap_first + " (" + s.period + ")")?join(", "), "")>
</#function>

<#-- Kết luận cuối cùng đã thay đổi từ khi báo cáo cuối năm mục tiêu công bố (số liệu điều chỉnh, hay gửi lần đầu, sau hạn): "" khi không. -->
<#function revision_words c>
  <#local parts = []>
  <#local shown = c.revisions?filter(r -> r.published != r.now || r.published_status != r.now_status || !r.published_status?has_content)>
  <#list shown as r>
    <#local who = r.sector?has_content?then(r.sector?uncap_first + " ", (r.now?has_content || r.published?has_content)?then("", "đánh giá chung "))>
    <#-- đánh giá chung: từng ngành đã nêu số liệu gửi muộn của ai -->
    <#local from = (r.late_from?has_content && who != "đánh giá chung ")?then(" do số liệu gửi muộn của " + r.late_from?map(l -> l.agency + l.sent_on?has_content?then(" (ngày " + l.sent_on + ")", ""))?join(", "), "")>
    <#if !r.published_status?has_content><#local parts = parts + [who + "(không tính lại được con số đã công bố), nay " + r.now?has_content?then(r.now + " (" + verdict(r.now_status)?lower_case + ")", verdict(r.now_status)?lower_case) + from]>
    <#elseif r.published?has_content || r.now?has_content><#local parts = parts + [who + "đã công bố " + r.published + " (" + verdict(r.published_status)?lower_case + "), nay " + r.now + " (" + verdict(r.now_status)?lower_case + ")" + from]>
    <#else><#local parts = parts + [who + "đã công bố: " + verdict(r.published_status)?lower_case + ", nay: " + verdict(r.now_status)?lower_case + from]></#if>
  </#list>
  <#-- không con số, đánh giá nào đã công bố tính lại được: không khẳng định là khác -->
  <#local known = shown?filter(r -> r.published_status?has_content)?has_content>
  <#return parts?has_content?then(" Kết luận này " + known?then("khác", "có thể khác") + " báo cáo cuối năm " + c.target_year + " vì " + revision_cause(shown) + " sau hạn báo cáo " + c.published_due + ": " + parts?join("; ") + ".", "")>
</#function>

<#-- Vì sao kết luận cuối cùng đổi: số liệu được điều chỉnh, có số liệu gửi lần đầu, hay cả hai. -->
<#function revision_cause revisions>
  <#local corrected = revisions?filter(r -> r.corrected)?has_content>
  <#local late = revisions?filter(r -> r.late_from?has_content)?has_content>
  <#return (corrected && late)?then("số liệu được điều chỉnh hoặc gửi lần đầu", late?then("có số liệu gửi lần đầu", "số liệu được điều chỉnh"))>
</#function>

<#function other_phase_line i>
  <#local c = i.other_phase>
  <#local s = other_phase_label(c) + " (" + c.target?has_content?then((i.kind == "reduction")?then("giảm " + c.target + " ở mỗi ngành", c.target), "định tính") + "): ">
  <#local when = "đến hết năm " + c.target_year>
  <#if c.sector_verdicts?has_content><#return s + when + ": " + tally(c) + late_sectors(c) + ". Đánh giá chung: " + verdict(c.status)?lower_case + verdict_tail(c) + "." + revision_words(c)></#if>
  <#if !c.value?has_content><#return s + "chưa có số liệu để đánh giá " + when + c.reason?has_content?then(" (" + why(c, c.target_year) + ")", "") + "." + revision_words(c)></#if>
  <#local s = s + when + ", kết quả " + value_words(c, true) + ". Đánh giá: " + verdict(c.status)?lower_case + verdict_tail(c)>
  <#if c.reason?has_content><#local s = s + " — " + why(c, c.target_year)></#if>
  <#return s + "." + revision_words(c)>
</#function>

<#-- Mục I: một câu cho mỗi chỉ tiêu Kế hoạch sửa đổi đã thôi theo dõi (retired_from): không đánh giá, không đánh số. -->
<#function retired_line r>
  <#return "Chỉ tiêu “" + r.name + "” thôi theo dõi từ kỳ " + period_words(r) + " (Kế hoạch sửa đổi, từ ngày " + r.since + "): không đánh giá, không tính trong báo cáo này; kết quả các kỳ trước vẫn nêu trong báo cáo của các kỳ đó.">
</#function>

<#-- Mục I: một câu về kết luận cuối cùng các mục tiêu của giai đoạn kia ("" khi chưa có), chỉ tiêu gọi theo số thứ tự ở trên. -->
<#function other_phase_summary indicators>
  <#local years = []>
  <#list indicators as i><#if i.other_phase.shown && !years?seq_contains(i.other_phase.target_year)><#local years = years + [i.other_phase.target_year]></#if></#list>
  <#if !years?has_content><#return ""></#if>
  <#-- the other phase's targets, and the indicators whose own target is of that year (final too) -->
  <#local entries = []>
  <#list indicators as i>
    <#if i.other_phase.shown><#local entries = entries + [{"n": i?counter, "f": i.other_phase}]>
    <#elseif i.final && years?seq_contains(i.target_year)><#local entries = entries + [{"n": i?counter, "f": i}]></#if>
  </#list>
  <#local parts = []>
  <#list legend() as v>
    <#local ids = entries?filter(e -> e.f.status == v[0])?map(e -> e.n)>
    <#if ids?has_content><#local parts = parts + [ids?size + "/" + entries?size + " chỉ tiêu " + verdict(v[0])?lower_case + " (chỉ tiêu " + ids?join(", ") + ")"]></#if>
  </#list>
  <#local late = []>
  <#list entries as e>
    <#if e.f.achieved_late?has_content><#local late = late + ["chỉ tiêu " + e.n + " (" + e.f.achieved_late + ")"]></#if>
    <#if (e.f.sectors_late!)?has_content><#local late = late + ["chỉ tiêu " + e.n + " — " + e.f.sectors_late?map(s -> s.sector?uncap_first + " (" + s.period + ")")?join(", ")]></#if>
  </#list>
  <#local revisedEntries = entries?filter(e -> (e.f.revisions!)?has_content && revision_words(e.f)?has_content)>
  <#local revised = revisedEntries?map(e -> e.n)>
  <#local revisions = []>
  <#list revisedEntries as e><#local revisions = revisions + e.f.revisions></#list>
  <#local cause = revision_cause(revisions)>
  <#return "Mục tiêu năm " + years?join(", ") + ", kết luận cuối cùng trên số liệu đến hết năm " + years?join(", ") + ": " + parts?join("; ") + late?has_content?then("; đạt muộn: " + late?join("; "), "") + "." + revised?has_content?then(" Kết luận về chỉ tiêu " + revised?join(", ") + " đã thay đổi so với báo cáo cuối năm " + years?join(", ") + " do " + cause + " sau đó (xem mục II).", "")>
</#function>

<#-- Trạng thái một nhiệm vụ; nếu kỳ này đơn vị không báo cáo, nêu trạng thái gần nhất và kỳ của nó. -->
<#function task_state k>
  <#local name = task_status[k.status]!k.status>
  <#if k.status == "none" || k.reported_for_period><#return name></#if>
  <#return "Chưa báo cáo kỳ này; gần nhất (" + k.as_of + "): " + name?lower_case>
</#function>

<#-- Chú giải các mức đánh giá, bằng lời của báo cáo. -->
<#function legend>
  <#return [
    ["achieved", "đã đạt mức tối thiểu của mục tiêu."],
    ["on-track", "chưa đạt mục tiêu, nhưng tỷ lệ tiến độ (phần đã làm được từ giá trị gốc so với phần lẽ ra phải làm được đến kỳ này) từ " + rules.on_track + " trở lên."],
    ["acceleration-needed", "tỷ lệ tiến độ từ " + rules.acceleration_needed + " đến dưới " + rules.on_track + "."],
    ["limited-progress", "tỷ lệ tiến độ từ " + rules.limited_progress + " đến dưới " + rules.acceleration_needed + "."],
    ["deterioration", "kết quả kém hơn giá trị gốc, hoặc đã đạt mục tiêu từ năm gốc nay lại thấp hơn."],
    ["not-achieved", "đã hết năm mục tiêu mà chưa đạt mức tối thiểu. Đây là kết luận cuối cùng: tính trên số liệu đến hết năm mục tiêu và không thay đổi ở các kỳ sau; nếu về sau đạt, báo cáo ghi “đạt muộn” kèm kỳ đạt."],
    ["insufficient-data", "có số liệu nhưng quá cũ (trước kỳ đánh giá hơn " + rules.max_data_age + " kỳ 6 tháng) hoặc quá ít để đánh giá (nhóm so sánh dưới " + rules.min_panel_output + " sản lượng của ngành; dưới " + rules.min_current + " số ngành, nhiệm vụ hoặc đối tượng có số liệu còn hiệu lực); báo cáo nêu lý do."],
    ["no-data", "chưa có số liệu để đánh giá."],
    ["qualitative", "mục tiêu không nêu con số: chỉ nêu kết quả, không đánh giá."]
  ]>
</#function>

<#assign legend_notes = [
  "Chỉ tiêu đặt cho từng ngành (giảm tiêu hao): mỗi ngành được đánh giá riêng; đánh giá chung là đánh giá của ngành ở giữa — mức tốt nhất mà ít nhất một nửa số ngành đạt hoặc vượt — và chỉ “Đạt” khi mọi ngành đạt. Mức giảm chung của các ngành quy đổi ra " + rules.common_unit + " chỉ để tham khảo, không dùng để đánh giá.",
  "Số liệu “còn hiệu lực” là số liệu không cũ hơn " + rules.max_data_age + " kỳ 6 tháng so với kỳ đánh giá; số liệu của kỳ trước kỳ báo cáo được ghi rõ kỳ (ví dụ “số liệu 2023H2”).",
  "Dự báo đến cuối năm mục tiêu theo đường thẳng bình phương nhỏ nhất qua các giá trị từ năm gốc, kèm khoảng có 95% khả năng chứa kết quả; chỉ lập khi đã có ít nhất " + rules.forecast_years + " năm số liệu sau năm gốc, không lập cho mục tiêu không nêu con số, chỉ tiêu tỷ lệ nhiệm vụ và kết luận cuối cùng."
]>

<#function reporting_sentence r>
  <#local s = "Kỳ này có " + r.received_count + "/" + r.expected_count + " đơn vị phải báo cáo đã gửi báo cáo (" + r.rate + ")">
  <#if r.partial?has_content><#local s = s + ", trong đó " + r.complete_count + " đơn vị gửi đủ, " + r.partial_count + " đơn vị gửi chưa đầy đủ (" + r.partial?map(a -> a.name)?join("; ") + ")"></#if>
  <#if r.tasks_assigned != "0"><#local s = s + ". Đã nhận báo cáo " + r.tasks_reported + "/" + r.tasks_assigned + " nhiệm vụ được giao (" + r.tasks_rate + ")"></#if>
  <#if r.on_time_until?has_content>
    <#return s + ". Hạn gửi là ngày " + r.due + ", " + {"saturday": "thứ Bảy", "sunday": "Chủ nhật"}[r.due_weekday] + ", nên báo cáo gửi đến hết thứ Hai " + r.on_time_until + " vẫn tính đúng hạn (thời hạn kết thúc vào ngày nghỉ thì kéo dài đến hết ngày làm việc tiếp theo).">
  </#if>
  <#return s + ". Hạn gửi là ngày " + r.due + ".">
</#function>

<#-- Tình trạng gửi báo cáo của một đơn vị, kèm “chưa đầy đủ” khi còn thiếu nhiệm vụ hoặc dòng số liệu. -->
<#assign agency_states = {"on-time": "Đúng hạn", "late": "Gửi muộn", "undated": "Không ghi ngày gửi", "missing": "Chưa gửi", "unexpected": "Ngoài danh sách phải báo cáo"}>
<#function agency_state a>
  <#return (agency_states[a.state]!a.state) + a.partial?then(", " + t.partial, "")>
</#function>

<#-- Dòng số liệu chỉ tiêu của một đơn vị: đã nhận/dự kiến, và số dòng mới. -->
<#function rows_cell a>
  <#if a.rows_expected == "0" && a.rows_received == "0" && a.rows_added == "0"><#return t.no_value></#if>
  <#return a.rows_received + "/" + a.rows_expected + (a.rows_added != "0")?then(" (thêm " + a.rows_added + " dòng mới)", "")>
</#function>

<#function missing_cell a>
  <#return a.missing?has_content?then(a.missing?join(", "), t.no_value)>
</#function>

<#-- Mức chênh lệch kèm đơn vị: “+4,7 điểm %”, “+1 mô hình”, “không đổi”. -->
<#function difference d unit>
  <#if d?matches("[-+]?[0,.]+")><#return "không đổi"></#if>
  <#return d + (unit == "%")?then(" điểm %", unit?has_content?then(" " + unit, ""))>
</#function>

<#-- Kỳ trước, khi số liệu của con số kỳ trước thuộc một kỳ cũ hơn thì nêu kỳ đó. -->
<#function previous_value c>
  <#return c.previous_value + (c.previous_as_of?has_content && c.previous_as_of != previous.id)?then(" (số liệu " + c.previous_as_of + ")", "")>
</#function>

<#function restated_words c>
  <#return "số liệu kỳ trước đã được điều chỉnh" + c.published?has_content?then(" (đã công bố: " + c.published + ")", "")>
</#function>

<#-- Thay đổi của một con số so với kỳ trước: “54,7% → 59,4% (+4,7 điểm %)”, đánh giá kỳ trước nếu khác, và cờ điều chỉnh. -->
<#function change_words f unit with_verdict=true>
  <#local c = f.change>
  <#if !c.previous_value?has_content>
    <#return c.restated?then(restated_words(c), "kỳ trước không có con số để so sánh")>
  </#if>
  <#local notes = []>
  <#local unchanged = c.difference?has_content && difference(c.difference, unit) == "không đổi">
  <#local s = unchanged?then(f.value, previous_value(c) + " → " + f.value?has_content?then(f.value, t.no_value))>
  <#if c.difference?has_content><#local notes = notes + [difference(c.difference, unit)]>
  <#-- both values, no difference: the pooled figure over other sectors than before -->
  <#elseif f.value?has_content><#local notes = notes + ["khác nhóm ngành, không so sánh được"]></#if>
  <#if with_verdict && previous.same_phase && c.previous_status?has_content && c.previous_status != f.status><#local notes = notes + ["kỳ trước: " + verdict(c.previous_status)?lower_case]></#if>
  <#return s + notes?has_content?then(" (" + notes?join("; ") + ")", "") + c.restated?then("; " + restated_words(c), "")>
</#function>

<#-- Ô “So với kỳ trước” của Bảng 1 (chỉ tiêu đặt cho từng ngành: con số chung để tham khảo). -->
<#function change_cell i>
  <#if i.sector_verdicts?has_content && i.change.previous_value?has_content><#return "chung " + change_words(i, "%")></#if>
  <#return change_words(i, i.unit)>
</#function>

<#-- Dòng “Thay đổi so với kỳ trước” ở phần chi tiết của một chỉ tiêu. -->
<#function change_line i>
  <#local s = t.changes + " (" + period_words(previous) + "): " + change_cell(i)>
  <#local moved = i.sectors?filter(x -> x.change.previous_value?has_content)>
  <#if moved?has_content><#local s = s + ". Theo ngành: " + moved?map(x -> x.name?uncap_first + " " + change_words(x, "%"))?join("; ")></#if>
  <#return s + ".">
</#function>

<#-- Ô “So với kỳ trước” của một nhiệm vụ. -->
<#function task_change k>
  <#local c = k.change>
  <#local s = "">
  <#if c.previous_status == "none">
    <#local s = (k.status == "none")?then(t.no_value, "mới báo cáo")>
  <#elseif c.changed>
    <#local s = (task_status[c.previous_status]!c.previous_status) + " → " + (task_status[k.status]!k.status)?lower_case>
  <#elseif c.progress_difference?has_content && c.progress_difference != "0">
    <#local s = "tiến độ " + c.previous_progress + " → " + k.progress>
  <#else>
    <#local s = "không đổi">
  </#if>
  <#if c.restated><#local s = s + " (số liệu kỳ trước đã được điều chỉnh)"></#if>
  <#return s>
</#function>

<#-- Câu mở đầu phần nhiệm vụ: những nhiệm vụ đổi trạng thái so với kỳ trước. -->
<#function tasks_changed_sentence gs>
  <#local changed = []>
  <#list gs as g><#list g.tasks?filter(k -> k.change.changed) as k><#local changed = changed + [k.id]></#list></#list>
  <#if !changed?has_content><#return "So với kỳ trước (" + period_words(previous) + "), không nhiệm vụ nào thay đổi trạng thái."></#if>
  <#return "So với kỳ trước (" + period_words(previous) + "), " + changed?size + " nhiệm vụ thay đổi trạng thái: " + changed?join(", ") + ".">
</#function>

<#-- Đối tượng không tính vào kết quả của một chỉ tiêu tỷ lệ. -->
<#function left_out_line i>
  <#local parts = []>
  <#local closed = i.left_out?filter(x -> x.reason == "closed")>
  <#local stale = i.left_out?filter(x -> x.reason == "stale")>
  <#if closed?has_content><#local parts = parts + [closed?size + " đối tượng đã dừng hoạt động theo sổ đăng ký (" + closed?map(x -> x.entity)?join("; ") + ")"]></#if>
  <#local named = stale?filter(x -> !x.aggregate)>
  <#local aggregates = stale?filter(x -> x.aggregate)>
  <#if named?has_content><#local parts = parts + [named?size + " đối tượng không có số liệu trong " + rules.max_data_age + " kỳ 6 tháng gần đây (" + named?map(x -> x.entity + ", số liệu gần nhất " + x.as_of)?join("; ") + ")"]></#if>
  <#-- Một dòng tổng hợp là nhiều đối tượng không ghi tên: nêu đơn vị báo cáo và số đối tượng, không phải một tên trống. -->
  <#if aggregates?has_content><#local parts = parts + [aggregates?size + " dòng tổng hợp không có số liệu trong " + rules.max_data_age + " kỳ 6 tháng gần đây (" + aggregates?map(x -> "của " + x.agency + ", " + x.population + " đối tượng, số liệu gần nhất " + x.as_of)?join("; ") + ")"]></#if>
  <#return parts?has_content?then("Không tính vào kết quả: " + parts?join("; ") + ".", "")>
</#function>

<#-- Số đối tượng theo sổ đăng ký so với tổng số các đơn vị báo cáo. -->
<#-- Tỷ lệ tiến độ như báo cáo ghi: trên 100% là “vượt lộ trình”, dưới 0 là “kém hơn giá trị gốc” (kích thước của tỷ lệ khi đó phần lớn do giai đoạn mới qua ít tháng: docs/methodology.md §10). -->
<#function ratio_words f>
  <#return f.ratio_ahead?then("vượt lộ trình", f.ratio_behind?then("kém hơn giá trị gốc", f.ratio))>
</#function>

<#-- Số lũy kế giảm (docs/methodology.md §2.2): dòng nào, từ bao nhiêu kỳ nào xuống bao nhiêu kỳ nào, và cần xác minh gì. -->
<#function fall_line i>
  <#if !i.falls?has_content><#return ""></#if>
  <#local items = i.falls?map(f -> (f.aggregate?then("dòng tổng hợp của " + f.agency, "“" + f.entity + "” (" + f.agency + ")") + ": " + fall_value(i, f.earlier_value, f.earlier_population) + " kỳ " + f.earlier_period + " (" + f.earlier_at + ") → " + fall_value(i, f.later_value, f.later_population) + " kỳ " + f.later_period + " (" + f.later_at + ")"))>
  <#if (items?size > 5)><#local items = items[0..4] + ["và " + (items?size - 5) + " trường hợp khác (xem cảnh báo cumulative-fall ở phụ lục)"]></#if>
  <#return "Số liệu lũy kế giảm, cần xác minh: " + items?join("; ") + ". Kết quả trên tính theo số mới nhất; đơn vị cần cho biết đối tượng đã dừng hoạt động, hay số kỳ trước đếm sai (khi đó gửi tệp điều chỉnh cho kỳ đó), hay kỳ này chỉ ghi số mới trong kỳ thay cho số lũy kế.">
</#function>

<#function fall_value i value population>
  <#return population?has_content?then(value + "/" + population, value + i.unit?has_content?then(" " + i.unit, ""))>
</#function>

<#function population_line i>
  <#local p = i.population>
  <#if !p.checked><#return ""></#if>
  <#if p.matches><#return "Số đối tượng theo sổ đăng ký: " + p.registered + ", khớp với tổng số các đơn vị báo cáo."></#if>
  <#return "Sổ đăng ký có " + p.registered + " đối tượng hoạt động trong kỳ, các đơn vị báo cáo tổng cộng " + p.reported?has_content?then(p.reported, "0") + " — cần đối chiếu lại.">
</#function>

<#-- Một lần điều chỉnh: nội dung, số liệu cũ → mới, hai bản, ảnh hưởng. -->
<#assign corrected_fields = {"consumption": "tiêu hao", "output": "sản lượng", "numerator": "tử số", "denominator": "mẫu số", "count": "số lượng", "status": "trạng thái", "progress": "tiến độ", "result": "kết quả", "difficulties": "khó khăn", "proposals": "kiến nghị", "spent": "kinh phí"}>
<#function correction_subject c>
  <#if c.task?has_content><#return "Nhiệm vụ " + c.task + " (" + c.title + ")"></#if>
  <#return [c.title, c.sector, c.entity]?filter(x -> x?has_content)?join(" — ")>
</#function>

<#function correction_values c>
  <#if !c.values?has_content><#return "số liệu không đổi"></#if>
  <#local parts = []>
  <#list c.values as v>
    <#if v.field == "status"><#local parts = parts + [corrected_fields[v.field] + ": " + (task_status[v.before]!t.no_value) + " → " + (task_status[v.after]!t.no_value)?lower_case]>
    <#elseif v.before?has_content || v.after?has_content><#local parts = parts + [corrected_fields[v.field] + ": " + v.before?has_content?then(v.before, t.no_value) + " → " + v.after?has_content?then(v.after, t.no_value)]>
    <#else><#local parts = parts + ["sửa nội dung " + corrected_fields[v.field]]></#if>
  </#list>
  <#return parts?join("; ")>
</#function>

<#function correction_rows c>
  <#local why = (c.reason == "correction-file")?then("tệp điều chỉnh", "gửi sau")>
  <#return c.before + " (" + c.before_submitted_on?has_content?then("gửi " + c.before_submitted_on, "không ghi ngày gửi") + ") → " + c.after + " (" + c.after_submitted_on?has_content?then("gửi " + c.after_submitted_on, "không ghi ngày gửi") + "; " + why + ")">
</#function>

<#function correction_effect c>
  <#local parts = []>
  <#list c.restates as r>
    <#if r.task?has_content && r.published == r.now><#local parts = parts + ["báo cáo kỳ " + previous.id + " đã dùng bản gốc; trạng thái nhiệm vụ không đổi (" + (task_status[r.now]!t.no_value)?lower_case + ")"]>
    <#elseif r.task?has_content><#local parts = parts + ["trạng thái nhiệm vụ " + r.task + " kỳ " + previous.id + " đã công bố: " + (task_status[r.published]!t.no_value)?lower_case + ", nay: " + (task_status[r.now]!t.no_value)?lower_case]>
    <#elseif r.final_year?has_content><#local parts = parts + [r.figure + " — kết luận cuối cùng về mục tiêu " + r.final_year + " đã công bố " + r.published?has_content?then(r.published, t.no_value) + ", nay " + r.now?has_content?then(r.now, t.no_value)]>
    <#else><#local parts = parts + [(r.figure == c.title)?then("kết quả", r.figure) + " kỳ " + previous.id + " đã công bố " + r.published?has_content?then(r.published, t.no_value) + ", nay " + r.now?has_content?then(r.now, t.no_value)]></#if>
  </#list>
  <#if c.after_due><#local parts = parts + ["kết quả kỳ này đã tính theo số liệu điều chỉnh (báo cáo lập đúng hạn " + period.due + " dùng số liệu cũ)"]></#if>
  <#return parts?has_content?then(parts?join("; "), t.no_value)>
</#function>

<#function earlier_corrections_sentence cs>
  <#local earlier = cs?filter(c -> !c.since_previous)>
  <#if !earlier?has_content><#return ""></#if>
  <#return "Ngoài ra có " + earlier?size + " lần điều chỉnh nhận trước hạn báo cáo kỳ trước (" + previous.due + "), đã phản ánh trong các báo cáo trước.">
</#function>

<#-- Vấn đề trên tệp của các kỳ khác: chỉ đếm, không liệt kê ("" khi không có). -->
<#function elsewhere d>
  <#if d.elsewhere_errors == "0" && d.elsewhere_warnings == "0"><#return ""></#if>
  <#local parts = (d.elsewhere_errors != "0")?then([d.elsewhere_errors + " lỗi"], []) + (d.elsewhere_warnings != "0")?then([d.elsewhere_warnings + " cảnh báo"], [])>
  <#return "Các tệp số liệu của các kỳ khác còn " + parts?join(" và ") + ", không liệt kê ở đây vì không thuộc kỳ này (xem báo cáo của kỳ tương ứng).">
</#function>
