<#-- Lời văn tiếng Việt của báo cáo. Sửa ở đây để đổi tiêu đề, nhãn, câu tóm tắt (xem docs/templates.md). -->
<#assign t = {
  "parent_body": "UBND TỈNH THANH HÓA",
  "issuer": "SỞ CÔNG THƯƠNG",
  "nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "motto": "Độc lập - Tự do - Hạnh phúc",
  "number": "Số:        /BC-SCT",
  "place": "Thanh Hóa",
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
  "recipients": "Nơi nhận:",
  "recipient_list": ["Chủ tịch UBND tỉnh (để b/c);", "Bộ Công Thương (để b/c);", "Các sở, ban, ngành, đơn vị liên quan;", "Lưu: VT, QLCN."],
  "sign_for": "KT. GIÁM ĐỐC",
  "sign_title": "PHÓ GIÁM ĐỐC",
  "signer_name": "………………………",
  "stretch_met": "đạt cả mức cao",
  "col_basis": "Tỷ trọng sản lượng của nhóm so sánh (kỳ đánh giá / năm gốc)",
  "legend": "Cách đọc cột “Đánh giá”",
  "baseline": "Giá trị gốc",
  "why": "Lý do",
  "basis": "Căn cứ",
  "by_sector": "Theo ngành",
  "sector_notes": "Ghi chú theo ngành",
  "final": "kết luận cuối cùng",
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
  "zero-output-current": "sản lượng kỳ đánh giá bằng 0"
}>
<#assign methods = {
  "linear": "Tiến độ tuyến tính: giá trị “theo tiến độ” tăng đều theo số tháng, từ giá trị gốc (cuối năm gốc; 0 với chỉ tiêu giảm tiêu hao) đến mục tiêu tối thiểu vào cuối năm mục tiêu. Tỷ lệ tiến độ = (kết quả − giá trị gốc) / (theo tiến độ − giá trị gốc). Đánh giá: Đạt khi đạt mục tiêu tối thiểu; Đúng tiến độ khi tỷ lệ từ " + rules.on_track + "; Cần đẩy nhanh từ " + rules.acceleration_needed + "; Tiến triển hạn chế từ " + rules.limited_progress + "; Xấu đi khi thấp hơn.",
  "cagr": "Tốc độ tăng trưởng kép (phương pháp Eurostat): tỷ lệ tiến độ = tốc độ tăng trưởng bình quân năm thực tế từ năm gốc / tốc độ cần thiết để đạt mục tiêu đúng hạn. Ngưỡng đánh giá như phương pháp tuyến tính: Đúng tiến độ từ " + rules.on_track + ", Cần đẩy nhanh từ " + rules.acceleration_needed + ", Tiến triển hạn chế từ " + rules.limited_progress + "."
}>
<#assign methods_common = "Giảm tiêu hao: suất tiêu hao của ngành = tổng tiêu hao / tổng sản lượng của các cơ sở có sản lượng dương ở cả năm gốc và kỳ đánh giá; mức giảm = (1 − suất tiêu hao kỳ đánh giá / suất tiêu hao năm gốc) × 100; mức giảm chung của các ngành tính trên tiêu hao quy đổi ra " + rules.common_unit + ", chỉ để tham khảo. Tỷ lệ: 100 × tổng tử số / tổng mẫu số theo dòng mới nhất của từng cơ sở. Nhiệm vụ: tỷ lệ nhiệm vụ hoàn thành hoặc thực hiện thường xuyên. Dự báo: đường thẳng bình phương nhỏ nhất qua các giá trị từ năm gốc, kèm khoảng có 95% khả năng chứa kết quả.">
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

<#function period_words p>
  <#if p.half == "1"><#return "6 tháng đầu năm " + p.year>
  <#elseif p.half == "2"><#return "6 tháng cuối năm " + p.year>
  <#else><#return "năm " + p.year></#if>
</#function>

<#function subject p plan>
  <#return "Kết quả thực hiện " + plan.title + ", " + period_words(p)>
</#function>

<#function date_line d>
  <#if d.has_date><#return t.place + ", ngày " + d.day + " tháng " + d.month + " năm " + d.year>
  <#else><#return t.place + ", ngày …… tháng …… năm ……"></#if>
</#function>

<#function verdict s>
  <#return status[s]!s>
</#function>

<#-- Vì sao một con số không được đánh giá (f: chỉ tiêu hoặc ngành; year: năm mục tiêu). -->
<#function why f year>
  <#switch f.reason>
    <#case "no-target"><#return "chỉ tiêu không có mục tiêu">
    <#case "no-rows"><#return "chưa có đơn vị nào báo cáo số liệu">
    <#case "empty-panel"><#return "không có cơ sở nào có sản lượng ở cả năm gốc và kỳ đánh giá">
    <#case "baseline-year-only"><#return "mới có số liệu của năm gốc, chưa đo được tiến bộ">
    <#case "no-target-year-data"><#return "kết luận cuối cùng cần số liệu trong năm " + year + ", số liệu mới nhất là của kỳ " + f.as_of>
    <#case "stale-data"><#return "số liệu mới nhất là của kỳ " + f.as_of + ", cũ hơn " + rules.max_data_age + " kỳ 6 tháng so với kỳ đánh giá">
    <#case "low-coverage"><#return "căn cứ chưa đủ: " + f.coverage?filter(c -> !c.met)?map(c -> fact(c))?join("; ")>
    <#case "few-sectors-judged"><#return "chưa đến một nửa số ngành được đánh giá">
    <#default><#return f.reason>
  </#switch>
</#function>

<#-- Một căn cứ, kèm ngưỡng nếu có. -->
<#function fact c>
  <#local s = (facts[c.kind]!c.kind)?replace("{share}", c.share)?replace("{part}", c.part)?replace("{whole}", c.whole)>
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
  <#if current?has_content && baseline?has_content><#return current[0].share + " / " + baseline[0].share></#if>
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
<#function value_cell i>
  <#if i.sector_verdicts?has_content>
    <#return i.sectors_meeting_min + "/" + i.sectors_total + " ngành đạt" + i.pooled.value?has_content?then("; chung " + i.pooled.value + " (tham khảo)", "")>
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
    <#return s + "chưa có số liệu để đánh giá " + when + (i.reason?has_content)?then(" (" + why(i, i.target_year) + ")", "") + ".">
  </#if>
  <#if i.status == "qualitative">
    <#return s + "mục tiêu không nêu con số; " + when + ", kết quả " + value_words(i) + i.baseline?has_content?then(" (cuối năm " + i.baseline_year + ": " + i.baseline + ")", "") + ".">
  </#if>
  <#if i.sector_verdicts?has_content>
    <#local s = s + when>
    <#if i.expected?has_content && !i.final><#local s = s + ", theo tiến độ mỗi ngành cần giảm " + i.expected></#if>
    <#local s = s + ": " + tally(i) + ". Đánh giá chung: " + overall_words(i) + ".">
    <#local pooled = pooled_words(i)>
    <#local outlook = sector_outlook(i, false)>
    <#return s + pooled?has_content?then(" " + pooled, "") + outlook?has_content?then(" " + outlook, "")>
  </#if>
  <#local s = s + when + ", kết quả " + value_words(i)>
  <#if i.expected?has_content && !i.final><#local s = s + ", theo tiến độ cần " + i.expected></#if>
  <#if i.ratio?has_content && !i.final><#local s = s + " (bằng " + i.ratio + " tiến độ)"></#if>
  <#local s = s + ". Đánh giá: " + verdict(i.status)?lower_case + verdict_tail(i)>
  <#if i.reason?has_content><#local s = s + " — " + why(i, i.target_year)></#if>
  <#local s = s + ".">
  <#local f = (i.status == "achieved")?then("", forecast_words(i))>
  <#return s + f?has_content?then(" " + f, "")>
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
  <#return "Kỳ này có " + r.received_count + "/" + r.expected_count + " đơn vị phải báo cáo đã gửi báo cáo (" + r.rate + "); hạn gửi là ngày " + r.due + ".">
</#function>

<#-- Vấn đề trên tệp của các kỳ khác: chỉ đếm, không liệt kê ("" khi không có). -->
<#function elsewhere d>
  <#if d.elsewhere_errors == "0" && d.elsewhere_warnings == "0"><#return ""></#if>
  <#local parts = (d.elsewhere_errors != "0")?then([d.elsewhere_errors + " lỗi"], []) + (d.elsewhere_warnings != "0")?then([d.elsewhere_warnings + " cảnh báo"], [])>
  <#return "Các tệp số liệu của các kỳ khác còn " + parts?join(" và ") + ", không liệt kê ở đây vì không thuộc kỳ này (xem báo cáo của kỳ tương ứng).">
</#function>
