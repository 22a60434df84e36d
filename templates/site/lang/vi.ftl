<#-- Lời văn tiếng Việt của trang theo dõi tiến độ (sctb site). Tên đánh giá, trạng thái nhiệm vụ và các câu về
     chỉ tiêu lấy từ lang/vi.ftl của báo cáo, để trang và báo cáo nói cùng một lời (docs/site.md). -->
<#assign s = {
  "site": "Theo dõi thực hiện",
  "skip": "Đến nội dung chính",
  "nav": "Mục chính",
  "nav_home": "Tổng quan",
  "nav_indicators": "Chỉ tiêu",
  "nav_statuses": "Nhiệm vụ",
  "nav_agencies": "Cơ quan",
  "nav_reports": "Báo cáo các kỳ",
  "other_language": "English",
  "breadcrumb": "Vị trí trang",
  "indicators": "Các chỉ tiêu",
  "indicator": "Chỉ tiêu",
  "latest": "Kỳ gần nhất",
  "target": "Mục tiêu",
  "qualitative": "định tính",
  "data_as_of": "Số liệu",
  "trend": "Xu hướng từ năm gốc",
  "no_trend": "Chưa có số liệu",
  "tasks": "Nhiệm vụ",
  "tasks_intro": "Trạng thái mới nhất của các nhiệm vụ đến kỳ",
  "all_statuses": "Trạng thái mọi nhiệm vụ qua các kỳ",
  "reports": "Báo cáo tổng hợp và chấp hành chế độ báo cáo",
  "reports_intro": "Mỗi kỳ 6 tháng có một báo cáo tổng hợp (HTML để đọc, in; JSON để máy đọc) và số đơn vị đã gửi báo cáo đúng hạn, muộn hay chưa gửi (theo lần gửi đầu tiên), số nhiệm vụ đã được báo cáo và các báo cáo chưa đầy đủ.",
  "col_period": "Kỳ",
  "col_report": "Báo cáo",
  "col_received": "Đã gửi / phải gửi",
  "col_on_time": "Đúng hạn",
  "col_late": "Muộn",
  "col_undated": "Không ghi ngày",
  "col_missing": "Chưa gửi",
  "col_tasks_reported": "Nhiệm vụ đã báo cáo / được giao",
  "col_partial": "Báo cáo chưa đầy đủ",
  "col_as_of": "Kỳ số liệu",
  "col_value": "Kết quả",
  "col_expected": "Theo tiến độ",
  "col_ratio": "Tỷ lệ tiến độ",
  "col_verdict": "Đánh giá",
  "col_note": "Ghi chú",
  "col_sector": "Ngành",
  "col_task": "Nhiệm vụ",
  "col_lead": "Chịu trách nhiệm",
  "col_latest": "Mới nhất",
  "col_agency": "Cơ quan",
  "col_status": "Trạng thái",
  "col_progress": "Tiến độ",
  "col_sectors_met": "Số ngành đạt",
  "col_count": "Số nhiệm vụ",
  "col_times": "Số kỳ đúng hạn / muộn / chưa gửi",
  "data": "Tải số liệu",
  "data_intro": "Số liệu đầy đủ, chưa làm tròn: CSV mở bằng Excel (dấu “;”, dấu phẩy thập phân), JSON cho máy đọc (cùng các trường như tệp JSON của báo cáo).",
  "csv": "CSV",
  "json": "JSON",
  "tasks_csv": "Trạng thái mọi nhiệm vụ qua các kỳ (CSV)",
  "reporting_csv": "Tình hình gửi báo cáo của các đơn vị qua các kỳ (CSV)",
  "facts": "Thông tin chỉ tiêu",
  "unit": "Đơn vị tính",
  "measure": "Cách tính",
  "population": "Đối tượng",
  "phase_target": "mục tiêu",
  "by_year": "đến năm",
  "chart_title": "Diễn biến",
  "sectors_title": "Theo ngành",
  "sectors_intro": "Mục tiêu đặt cho từng ngành; mỗi ngành được đánh giá riêng. Các biểu đồ cùng thang đo để so sánh.",
  "pooled_note": "Đường kết quả là mức giảm chung của các ngành quy đổi ra đơn vị chung, chỉ để tham khảo; đánh giá dựa trên từng ngành (xem biểu đồ theo ngành).",
  "legend_value": "Kết quả (chấm vuông: số liệu cả năm)",
  "legend_baseline": "Giá trị gốc",
  "legend_path": "Tiến độ cần đạt tới mục tiêu tối thiểu",
  "legend_band": "Mục tiêu: từ mức tối thiểu đến mức cao, năm mục tiêu",
  "legend_forecast": "Dự báo cuối năm mục tiêu và khoảng 95%",
  "chart_values": "Giá trị",
  "chart_baseline": "giá trị gốc",
  "chart_year_row": "số liệu cả năm",
  "chart_target": "mục tiêu",
  "chart_forecast": "dự báo",
  "history": "Lịch sử đánh giá",
  "history_intro": "Mỗi dòng là chỉ tiêu như trong báo cáo tổng hợp của kỳ đó (bảng số liệu của các biểu đồ).",
  "sector_history": "Từng ngành qua các kỳ",
  "how": "Cách tính và cách đánh giá",
  "not_judged_here": "không thuộc mục tiêu kỳ này",
  "agency": "Cơ quan",
  "predecessors": "Tiếp nhận nhiệm vụ của",
  "successors": "Nhiệm vụ chuyển cho",
  "from": "từ ngày",
  "only_tasks": "chỉ các nhiệm vụ",
  "led_tasks": "Nhiệm vụ chủ trì",
  "led_tasks_intro": "Các nhiệm vụ cơ quan chủ trì theo kế hoạch hoặc tiếp nhận sau sắp xếp bộ máy, chuyển giao nhiệm vụ, với trạng thái qua từng kỳ. Ô chữ nghiêng, nền gạch chéo: kỳ đó không báo cáo, giữ trạng thái gần nhất; ô viền nét đứt: kỳ đó nhiệm vụ do cơ quan khác (ghi mã bên dưới) chịu trách nhiệm.",
  "no_tasks": "Cơ quan không chủ trì nhiệm vụ nào.",
  "partner_tasks": "Nhiệm vụ phối hợp",
  "reporting": "Chấp hành chế độ báo cáo",
  "reporting_intro": "Tình hình gửi báo cáo từng kỳ (theo lần gửi đầu tiên) và mức đầy đủ, như báo cáo tổng hợp của kỳ đó ghi nhận (theo hạn gửi báo cáo của Kế hoạch).",
  "indicator_data": "Số liệu chỉ tiêu đã gửi",
  "no_indicator_data": "Cơ quan chưa gửi số liệu chỉ tiêu nào.",
  "periods_of_data": "các kỳ",
  "task": "Nhiệm vụ",
  "group": "Nhóm",
  "lead": "Chủ trì",
  "partners": "Phối hợp",
  "years": "Thời gian thực hiện",
  "counted_by": "Được tính trong chỉ tiêu",
  "annex_text": "Nội dung theo Phụ lục kế hoạch",
  "task_history": "Trạng thái qua các kỳ",
  "responsible": "Chịu trách nhiệm",
  "results": "Kết quả các đơn vị báo cáo",
  "results_none": "Không có đơn vị nào báo cáo nhiệm vụ này trong kỳ.",
  "not_due": "ngoài thời gian thực hiện",
  "carried": "không báo cáo kỳ này; trạng thái của kỳ",
  "carried_key": "không báo cáo kỳ này, giữ trạng thái gần nhất",
  "other_key": "cơ quan khác chịu trách nhiệm kỳ đó",
  "outputs": "Sản phẩm của nhiệm vụ",
  "difficulties": "Khó khăn, vướng mắc",
  "proposals": "Kiến nghị, đề xuất",
  "submitted": "gửi ngày",
  "statuses": "Trạng thái các nhiệm vụ",
  "statuses_intro": "Mỗi ô là trạng thái mới nhất của nhiệm vụ đến hết kỳ, như báo cáo tổng hợp của kỳ đó ghi nhận.",
  "by_group": "Theo nhóm nhiệm vụ",
  "by_lead": "Theo cơ quan chịu trách nhiệm",
  "by_lead_intro": "Cơ quan chịu trách nhiệm ở kỳ gần nhất (sau sắp xếp bộ máy, nhiệm vụ theo đơn vị kế thừa).",
  "status_legend": "Ký hiệu trạng thái",
  "tasks_reported_of": "nhiệm vụ đã báo cáo / được giao",
  "partial": "báo cáo chưa đầy đủ",
  "partial_key": "báo cáo chưa đầy đủ (thiếu nhiệm vụ hoặc dòng số liệu chỉ tiêu so với kỳ trước)",
  "not_reported": "chưa báo cáo",
  "rows_received_of": "dòng số liệu chỉ tiêu đã gửi / phải gửi",
  "reporting_legend": "Ký hiệu tình hình gửi báo cáo",
  "total": "Tổng",
  "footer_data": "Số liệu đến hết",
  "footer_made": "Trang do sctb dựng từ kế hoạch (plan.yaml) và báo cáo của các đơn vị; cùng số liệu với các báo cáo tổng hợp."
}>
<#assign task_symbol = {"done": "✔", "ongoing": "↻", "in-progress": "◐", "delayed": "!", "not-started": "○", "none": "–"}>
<#assign reporting_symbol = {"on-time": "✔", "late": "!", "undated": "?", "missing": "✖", "unexpected": "+", "not-due": "·"}>
<#assign reporting_state = {"on-time": "đúng hạn", "late": "muộn", "undated": "không ghi ngày gửi", "missing": "chưa gửi", "unexpected": "báo cáo ngoài danh sách", "not-due": "không phải báo cáo"}>

<#-- Tên của trang: "Theo dõi thực hiện Kế hoạch sản xuất và tiêu dùng bền vững 2021 - 2030". -->
<#function site_name plan>
  <#return s.site + " " + plan.short_title>
</#function>

<#-- Một kỳ viết bằng chữ, từ mã kỳ ("2024H1" → "6 tháng đầu năm 2024"). -->
<#function period_name id>
  <#if id?ends_with("H1")><#return "6 tháng đầu năm " + id?remove_ending("H1")>
  <#elseif id?ends_with("H2")><#return "6 tháng cuối năm " + id?remove_ending("H2")>
  <#else><#return "năm " + id></#if>
</#function>

<#function covered first last>
  <#return "Các kỳ từ " + period_name(first) + " đến " + period_name(last) + ".">
</#function>

<#-- Cơ quan tiếp nhận / chuyển giao: "Sở Kế hoạch và Đầu tư, từ ngày 01/3/2025 (chỉ các nhiệm vụ I.3, VIII.3)". -->
<#function succession a>
  <#local x = a.from?has_content?then(", " + s.from + " " + a.from, "")>
  <#if a.tasks?has_content><#local x = x + " (" + s.only_tasks + " " + a.tasks?join(", ") + ")"></#if>
  <#return x>
</#function>

<#-- Chỉ tiêu Kế hoạch sửa đổi thôi theo dõi (retired_from): trên trang chủ (with_name) và đầu trang của chỉ tiêu. -->
<#function retired_note r with_name>
  <#return with_name?then("Chỉ tiêu “" + r.name + "” thôi", "Thôi") + " theo dõi từ kỳ " + period_name(r.from) + " (Kế hoạch sửa đổi, từ ngày " + r.since + "): các kỳ từ đó không đánh giá; " + with_name?then("trang của chỉ tiêu giữ kết quả các kỳ trước.", "dưới đây là kết quả các kỳ trước.")>
</#function>

<#function reporting_counts r>
  <#return r.on_time + " đúng hạn, " + r.late + " muộn, " + r.missing + " chưa gửi">
</#function>

<#-- Trang dựng khi kỳ cuối chưa kết thúc: lời nhắc đầu mỗi trang và chân trang (số liệu không phải “đến hết” kỳ). -->
<#function provisional_note p>
  <#return "Số liệu tạm thời: kỳ " + p.id + " chưa kết thúc (đến hết ngày " + p.end + "); con số, đánh giá của kỳ này dựa trên số liệu đến ngày " + p.data_until + " và còn có thể thay đổi.">
</#function>
