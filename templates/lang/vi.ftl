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
  "col_code": "Mã lỗi",
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
  "diag_none": "Không phát hiện lỗi hay cảnh báo nào trong số liệu đã dùng.",
  "methodology": "Phương pháp tính",
  "recipients": "Nơi nhận:",
  "recipient_list": ["Chủ tịch UBND tỉnh (để b/c);", "Bộ Công Thương (để b/c);", "Các sở, ban, ngành, đơn vị liên quan;", "Lưu: VT, QLCN."],
  "sign_for": "KT. GIÁM ĐỐC",
  "sign_title": "PHÓ GIÁM ĐỐC",
  "signer_name": "………………………",
  "stretch_met": "đạt cả mức cao",
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
  "closed": "đã dừng hoạt động (sổ đăng ký)"
}>
<#assign methods = {
  "linear": "Tiến độ tuyến tính: giá trị “theo tiến độ” tăng đều theo số tháng, từ giá trị năm gốc (0 với chỉ tiêu giảm tiêu hao) đến mục tiêu tối thiểu vào cuối năm mục tiêu. Tỷ lệ tiến độ = (kết quả − giá trị gốc) / (theo tiến độ − giá trị gốc). Đánh giá: Đạt khi đạt mục tiêu tối thiểu; Đúng tiến độ khi tỷ lệ từ 95%; Cần đẩy nhanh từ 60%; Tiến triển hạn chế từ 0%; Xấu đi khi âm.",
  "cagr": "Tốc độ tăng trưởng kép (phương pháp Eurostat): tỷ lệ tiến độ = tốc độ tăng trưởng bình quân năm thực tế từ năm gốc / tốc độ cần thiết để đạt mục tiêu đúng hạn. Ngưỡng đánh giá như phương pháp tuyến tính."
}>
<#assign methods_common = "Giảm tiêu hao: suất tiêu hao của ngành = tổng tiêu hao / tổng sản lượng của các cơ sở có sản lượng dương ở cả năm gốc và kỳ đánh giá; mức giảm = (1 − suất tiêu hao kỳ đánh giá / suất tiêu hao năm gốc) × 100. Tỷ lệ: 100 × tổng tử số / tổng mẫu số theo dòng mới nhất của từng cơ sở. Nhiệm vụ: tỷ lệ nhiệm vụ hoàn thành hoặc thực hiện thường xuyên. Chi tiết: docs/methodology.md.">

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

<#-- Một đoạn cho mỗi chỉ tiêu, viết từ số liệu. -->
<#function summary i p>
  <#local s = i.name + " (mục tiêu " + i.target_year + ": " + (i.target?has_content?then(i.target, "định tính")) + "): ">
  <#if i.status == "no-data">
    <#return s + "chưa có số liệu để đánh giá đến hết " + period_words(p) + ".">
  </#if>
  <#if i.status == "qualitative">
    <#return s + "mục tiêu định tính, đánh giá qua kết quả thực hiện nhiệm vụ.">
  </#if>
  <#local s = s + "đến hết " + period_words(p) + " đạt " + i.value>
  <#if i.expected?has_content && !i.final><#local s = s + ", theo tiến độ cần đạt " + i.expected></#if>
  <#if i.ratio?has_content && !i.final><#local s = s + " (bằng " + i.ratio + " tiến độ)"></#if>
  <#if i.sectors_total?has_content><#local s = s + "; " + i.sectors_meeting_min + "/" + i.sectors_total + " ngành đạt mức tối thiểu"></#if>
  <#local s = s + ". Đánh giá: " + verdict(i.status)?lower_case>
  <#if i.stretch_met><#local s = s + ", " + t.stretch_met></#if>
  <#if i.forecast?has_content && !i.final && i.kind != "tasks"><#local s = s + ". Nếu giữ tốc độ hiện nay, đến cuối năm " + i.target_year + " ước đạt " + i.forecast></#if>
  <#return s + ".">
</#function>

<#function reporting_sentence r>
  <#return "Kỳ này có " + r.received_count + "/" + r.expected_count + " đơn vị phải báo cáo đã gửi báo cáo (" + r.rate + "); hạn gửi là ngày " + r.due + ".">
</#function>
