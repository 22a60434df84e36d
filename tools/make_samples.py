#!/usr/bin/env python3
"""Generate the bundled FICTIONAL sample data of sctb into samples/.

What it makes
-------------
samples/README.md                      what the samples are (Vietnamese, then English)
samples/2020/<AGENCY>-chi-so.csv       baseline year 2020, indicator data only (SCT, BQLKKT)
samples/<2021H1 … 2026H1>/
    <AGENCY>-nhiem-vu.csv              six-monthly task progress of each lead agency
    <AGENCY>-chi-so.csv                indicator data (SCT, BQLKKT)
    <AGENCY>-…-dieu-chinh-<P>.csv      a correction, sent later, of rows of period P
registers/co-so.csv                    the register of who is counted (next to plan.yaml)

All agencies' activities, figures, company, cluster, village and supermarket names are
invented. The files deliberately look like real Excel exports: UTF-8 with or without BOM,
";"-separated files with decimal comma and dot thousands, two Windows-1258 files, CRLF line
endings, Vietnamese header aliases, non-canonical period spellings and a few warning-level
slips (see samples/README.md).

How to run (Python 3, standard library only; deterministic, byte-identical output):

    python3 tools/make_samples.py            # (re)write samples/ and registers/ next to tools/
    python3 tools/make_samples.py --check    # re-read samples/ and print a summary
    python3 tools/make_samples.py --out DIR --register FILE  # write somewhere else

--check also compares the lead agency of every task with the annex of the plan when
/work/shared/source/ke-hoach-thanh-hoa-sxtdbv-2021-2030.txt (or --annex FILE) exists.
"""

import argparse
import csv
import io
import os
import random
import re
import shutil
import sys
import unicodedata
from datetime import date, timedelta

SEED = "sctb-samples-2021-2030"

PERIODS = ["2021H1", "2021H2", "2022H1", "2022H2", "2023H1", "2023H2",
           "2024H1", "2024H2", "2025H1", "2025H2", "2026H1"]
MERGE_IDX = PERIODS.index("2025H1")   # successors report from the first report due after 01/03/2025

AGENCIES = {
    "SCT": "Sở Công Thương",
    "STC": "Sở Tài chính",
    "SKHDT": "Sở Kế hoạch và Đầu tư",
    "STNMT": "Sở Tài nguyên và Môi trường",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "BQLKKT": "Ban Quản lý KKT Nghi Sơn và các KCN",
    "SNNPTNT": "Sở Nông nghiệp và PTNT",
    "LMHTX": "Liên minh Hợp tác xã",
    "SGTVT": "Sở Giao thông vận tải",
    "TTXTDT": "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
    "HTCBVNTD": "Hội Tiêu chuẩn và Bảo vệ quyền lợi người tiêu dùng",
    "VCCI": "Chi nhánh VCCI Thanh Hóa",
    "SGDDT": "Sở Giáo dục và Đào tạo",
    "SLDTBXH": "Sở Lao động - Thương binh và Xã hội",
    "SKHCN": "Sở Khoa học và Công nghệ",
    "STTTT": "Sở Thông tin và Truyền thông",
    "NHNN": "Ngân hàng Nhà nước chi nhánh Thanh Hóa",
    "SNGV": "Sở Ngoại vụ",
    "UBND-HUYEN": "UBND cấp huyện",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "SXD": "Sở Xây dựng",
    "SNV": "Sở Nội vụ",
}

# From 01/03/2025.  (agency -> successor); per-task exceptions in SUCCESSOR_BY_TASK.
SUCCESSOR = {"SKHDT": "STC", "STNMT": "SNNMT", "SNNPTNT": "SNNMT", "SGTVT": "SXD",
             "STTTT": "SKHCN", "SLDTBXH": "SNV"}
SUCCESSOR_BY_TASK = {("SLDTBXH", "IX.5"): "SGDDT"}

# Spellings of the lead agencies in the annex of the plan (3rd column) -> code.
ANNEX_LEAD_NAMES = {
    "Sở Công Thương": "SCT",
    "Sở Tài chính": "STC",
    "Sở Kế hoạch và Đầu tư": "SKHDT",
    "Sở Tài nguyên và Môi trường": "STNMT",
    "Sở Văn hóa, Thể thao và Du lịch": "SVHTTDL",
    "Ban Quản lý KKT Nghi Sơn & các KCN": "BQLKKT",
    "BQL Khu Kinh tế Nghi Sơn & các KCN": "BQLKKT",
    "Sở Nông nghiệp và PTNT": "SNNPTNT",
    "Liên minh Hợp tác xã Thanh Hóa": "LMHTX",
    "Sở Giao thông vận tải": "SGTVT",
    "Trung tâm xúc tiến Đầu tư, Thương mại và Du lịch": "TTXTDT",
    "Hội Tiêu chuẩn & Bảo vệ quyền lợi người tiêu dùng Thanh Hóa": "HTCBVNTD",
    "Chi nhánh VCCI Thanh Hóa": "VCCI",
    "Sở Giáo dục và Đào tạo": "SGDDT",
    "Sở Lao động Thương binh & Xã hội": "SLDTBXH",
    "Sở Khoa học và Công nghệ": "SKHCN",
    "Sở Thông tin và Truyền thông": "STTTT",
    "Ngân hàng Nhà nước chi nhánh Thanh Hóa": "NHNN",
    "Sở Ngoại vụ": "SNGV",
}

# ---------------------------------------------------------------------------------------------
# The 59 tasks of the annex: id, lead (2021), short title as an agency would paste it, topic
# used in the invented sentences, kind of activity, status profile over PERIODS.
# Profile letters: N not-started, P in-progress, D done, O ongoing (thường xuyên), L delayed.
# ---------------------------------------------------------------------------------------------
TASKS = [
    ("I.1", "SCT", "Triển khai chỉ đạo, hướng dẫn của Bộ Công Thương về SXTDBV", "các hướng dẫn của Bộ Công Thương về SXTDBV", "policy", "PPOOOOOOOOO"),
    ("I.2", "STC", "Triển khai hướng dẫn của Bộ Tài chính về mua sắm công xanh (kinh phí sự nghiệp)", "ưu đãi mua sắm công xanh", "policy", "PPPPDDDDDDD"),
    ("I.3", "SKHDT", "Triển khai hướng dẫn của Bộ KH&ĐT về ưu đãi nhà thầu dùng sản phẩm nhãn xanh", "ưu đãi nhà thầu sử dụng sản phẩm nhãn xanh", "policy", "NPPPPDDDDDD"),
    ("I.4", "STNMT", "Triển khai hướng dẫn của Bộ TN&MT về trách nhiệm mở rộng của nhà sản xuất", "trách nhiệm mở rộng của nhà sản xuất (EPR)", "policy", "PPPOOOOOOOO"),
    ("I.5", "SVHTTDL", "Triển khai hướng dẫn của Bộ VHTTDL về tiêu chuẩn du lịch bền vững", "tiêu chuẩn du lịch bền vững", "policy", "NPPPOOOOOOO"),
    ("I.6", "SCT", "Tham mưu ban hành kế hoạch hành động thực hiện Chương trình SXTDBV", "kế hoạch hành động SXTDBV của tỉnh", "policy", "DDDDDDDDDDD"),
    ("II.1", "SCT", "Phổ biến công nghệ, mô hình thu hồi, tái sử dụng, tái chế chất thải", "thu hồi, tái chế chất thải công nghiệp", "model", "NPPPPPPPPPP"),
    ("II.2", "STNMT", "Mô hình quản lý, khai thác và sử dụng bền vững tài nguyên, khoáng sản", "khai thác, sử dụng bền vững khoáng sản", "model", "NNPPPPPPPPP"),
    ("III.1", "SCT", "Hướng dẫn, đào tạo thiết kế bền vững, thiết kế sinh thái", "thiết kế sinh thái cho bao bì, may mặc, đồ gỗ", "training", "NNPPPPPPPPP"),
    ("IV.1", "SCT", "Triển khai định mức kinh tế kỹ thuật, kiểm toán năng lượng", "kiểm toán năng lượng và định mức tiêu hao", "support", "PPPOOOOOOOO"),
    ("IV.2", "SCT", "Hỗ trợ doanh nghiệp xây dựng chiến lược kinh doanh bền vững", "chiến lược kinh doanh bền vững", "support", "NPPPPPPPPPP"),
    ("IV.3", "SCT", "Mô hình cụm công nghiệp, làng nghề sinh thái và bền vững", "cụm công nghiệp, làng nghề sinh thái", "model", "NPPPPPPPPDD"),
    ("IV.4", "SCT", "Hỗ trợ doanh nghiệp đáp ứng yêu cầu môi trường của chuỗi cung ứng toàn cầu", "truy xuất nguồn gốc và yêu cầu môi trường của nhà nhập khẩu", "support", "NPPPPPPPPPP"),
    ("IV.5", "SCT", "Nhân rộng mô hình sản xuất sạch hơn, sử dụng hiệu quả tài nguyên", "sản xuất sạch hơn, tái sử dụng nước", "model", "PPPPPPPPPPP"),
    ("IV.6", "BQLKKT", "Xây dựng, nhân rộng mô hình khu công nghiệp sinh thái", "khu công nghiệp sinh thái", "model", "NNPPLLPPPPP"),
    ("IV.7", "SNNPTNT", "Mô hình làng nghề nông nghiệp bền vững, nông nghiệp hữu cơ", "làng nghề nông nghiệp và nông nghiệp hữu cơ", "model", "PPPPPPPPPPP"),
    ("IV.8", "LMHTX", "Xây dựng mạng lưới liên kết hợp tác xã SXTDBV trong chuỗi", "liên kết hợp tác xã theo chuỗi", "support", "NNPPPPLPPPP"),
    ("V.1", "SCT", "Phát triển dịch vụ hậu cần phân phối xanh, bền vững", "hậu cần, kho vận xanh", "policy", "NNPLLLPPPPP"),
    ("V.2", "SCT", "Tài liệu hướng dẫn giảm thiểu chất thải tại cơ sở phân phối", "giảm thiểu chất thải tại cơ sở phân phối", "training", "NPPPPDDDDDD"),
    ("V.3", "SCT", "Hướng dẫn tiêu chí, chứng nhận doanh nghiệp, cơ sở phân phối bền vững", "tiêu chí cơ sở phân phối bền vững", "policy", "NNPPPPPPPPP"),
    ("V.4", "SCT", "Nhân rộng mô hình phân phối sản phẩm thân thiện môi trường tại siêu thị", "bao bì thân thiện môi trường tại siêu thị", "model", "PPPPPPPPPPP"),
    ("V.5", "SCT", "Hỗ trợ doanh nghiệp xuất nhập khẩu bền vững", "cam kết môi trường trong các FTA", "support", "PPPOOOOOOOO"),
    ("V.6", "SCT", "Mạng lưới liên kết giữa cơ sở bán lẻ và nhà cung ứng sản phẩm xanh", "kết nối nhà bán lẻ với nhà cung ứng sản phẩm xanh", "promo", "NNNPPPPPPPP"),
    ("V.7", "SGTVT", "Khuyến khích phương tiện vận tải thân thiện môi trường", "phương tiện vận tải sử dụng nhiên liệu sạch", "policy", "NPPPPPPPLPP"),
    ("VI.1", "SCT", "Hướng dẫn chứng nhận nhãn tái chế, nhãn các bon, nhãn sinh thái", "nhãn sinh thái, nhãn các bon", "training", "NPPPPPPPPPP"),
    ("VI.2", "STNMT", "Hướng dẫn dán nhãn xanh, chứng nhận nhãn xanh sản phẩm", "nhãn xanh Việt Nam", "policy", "PPPOOOOOOOO"),
    ("VI.3", "BQLKKT", "Hướng dẫn nhãn xanh cho KCN sinh thái, doanh nghiệp sinh thái", "tiêu chí KCN sinh thái, doanh nghiệp sinh thái", "policy", "NNNPPPPPPPP"),
    ("VI.4", "SVHTTDL", "Triển khai nhãn du lịch bền vững, nhãn xanh", "nhãn du lịch bền vững Bông sen xanh", "policy", "NPPPPPOOOOO"),
    ("VII.1", "SCT", "Hỗ trợ doanh nghiệp tiếp cận, phát triển thị trường bền vững", "tiếp cận thị trường bền vững", "support", "PPPPPPPPPPP"),
    ("VII.2", "TTXTDT", "Xúc tiến thương mại, quảng bá sản phẩm thân thiện môi trường", "quảng bá sản phẩm thân thiện môi trường", "promo", "POOOOOOOOOO"),
    ("VII.3", "HTCBVNTD", "Thông tin cho người tiêu dùng về sản phẩm hữu cơ, nhãn sinh thái", "sản phẩm hữu cơ, sản phẩm nhãn sinh thái", "comm", "POOOOOOOOOO"),
    ("VII.4", "VCCI", "Hỗ trợ doanh nghiệp lập báo cáo phát triển bền vững", "báo cáo phát triển bền vững của doanh nghiệp", "support", "NPPPPPPPPPP"),
    ("VIII.1", "SCT", "Phổ biến mua sắm bền vững, sản phẩm dán nhãn năng lượng", "mua sắm sản phẩm dán nhãn năng lượng", "comm", "PPPOOOOOOOO"),
    ("VIII.2", "STC", "Phổ biến mua sắm công xanh (kinh phí sự nghiệp)", "mua sắm công xanh từ kinh phí sự nghiệp", "policy", "PPPPOOOOOOO"),
    ("VIII.3", "SKHDT", "Phổ biến mua sắm công xanh (vốn đầu tư phát triển)", "mua sắm công xanh từ vốn đầu tư công", "policy", "NPPPPOOOOOO"),
    ("IX.1", "SVHTTDL", "Tài liệu và mô hình du lịch bền vững, du lịch sinh thái", "du lịch sinh thái gắn với sản phẩm truyền thống", "model", "NPPPPPPPPPP"),
    ("IX.2", "HTCBVNTD", "Giáo dục, phổ biến thực hành lối sống bền vững", "lối sống xanh, hạn chế túi ni lông", "comm", "POOOOOOOOOO"),
    ("IX.3", "SCT", "Nâng cao năng lực về công cụ, chính sách SXTDBV", "sản xuất sạch hơn, nhãn sinh thái", "training", "POOOOOOOOOO"),
    ("IX.4", "SGDDT", "Lồng ghép SXTDBV vào giảng dạy các cấp học", "lồng ghép SXTDBV vào chương trình giảng dạy", "education", "NPPPPPPDDDD"),
    ("IX.5", "SLDTBXH", "Lồng ghép SXTDBV trong giáo dục nghề nghiệp", "lồng ghép SXTDBV vào đào tạo nghề", "education", "NPPPPPPPPDD"),
    ("X.1", "SCT", "Tài liệu, đào tạo mô hình kinh tế tuần hoàn trong sản xuất", "kinh tế tuần hoàn trong chế biến thực phẩm, dệt may", "training", "NNPPPPPPPPP"),
    ("X.2", "STNMT", "Nhân rộng thực hành tốt về thu gom, tái sử dụng chất thải", "phân loại rác tại nguồn", "comm", "POOOOOOOOOO"),
    ("X.3", "TTXTDT", "Kết nối cung cầu sản phẩm, công nghệ môi trường, tái chế", "công nghệ môi trường, sản phẩm tái chế", "promo", "NPPPPPPPPPP"),
    ("XI.1", "SCT", "Tuyên truyền chính sách, mô hình SXTDBV; cuộc thi, giải thưởng", "chính sách và mô hình SXTDBV", "comm", "POOOOOOOOOO"),
    ("XI.2", "SCT", "Tuyên truyền nâng cao nhận thức về sử dụng hiệu quả tài nguyên", "sử dụng hiệu quả tài nguyên, năng lượng", "comm", "POOOOOOOOOO"),
    ("XI.3", "HTCBVNTD", "Truyền thông về lối sống, tiêu dùng bền vững", "tiêu dùng bền vững", "comm", "POOOOOOOOOO"),
    ("XII.1", "SCT", "Xây dựng cơ sở dữ liệu về SXTDBV", "cơ sở dữ liệu SXTDBV", "db", "NNPPLLLPPPP"),
    ("XII.2", "SCT", "Nền tảng kết nối mạng lưới sản xuất và tiêu dùng", "nền tảng kết nối doanh nghiệp SXTDBV", "db", "NNNNPPPPPPP"),
    ("XII.3", "SCT", "Cổng thông tin, hệ thống truy xuất nguồn gốc sản phẩm", "truy xuất nguồn gốc bằng mã QR", "db", "NPPPPPPPPPP"),
    ("XII.4", "SKHCN", "Phổ biến giải pháp công nghệ thông minh của doanh nghiệp số", "giải pháp công nghệ số cho sản xuất xanh", "support", "NNPPPPPPPPP"),
    ("XII.5", "SKHCN", "Cơ sở dữ liệu kinh tế tuần hoàn trong KCN, KKT", "cơ sở dữ liệu chất thải, năng lượng trong KCN", "db", "NNNPPPLLLPP"),
    ("XII.6", "STTTT", "Ứng dụng CNTT, trí tuệ nhân tạo trong quản lý nguồn thải", "ứng dụng CNTT trong quản lý nguồn thải", "db", "NNPPPPPPPPP"),
    ("XIII.1", "SKHCN", "Chương trình KH&CN trọng điểm thúc đẩy SXTDBV", "chương trình KH&CN về SXTDBV", "policy", "NPLLPPDDDDD"),
    ("XIII.2", "SKHCN", "Tham gia hội nghị, hội thảo về công nghệ SXTDBV", "công nghệ sản xuất sạch, kinh tế tuần hoàn", "coop", "POOOOOOOOOO"),
    ("XIII.3", "SCT", "Ứng dụng khoa học công nghệ, đổi mới sáng tạo trong SXTDBV", "đổi mới công nghệ tiết kiệm năng lượng", "support", "NPPPPPPPPPP"),
    ("XIV.1", "NHNN", "Hướng dẫn áp dụng chính sách tín dụng xanh", "tín dụng xanh", "finance", "PPPPPOOOOOO"),
    ("XIV.2", "SCT", "Kết nối doanh nghiệp tiếp cận tài chính xanh", "tài chính xanh", "finance", "NPPPPPPPPPP"),
    ("XV.1", "SCT", "Hợp tác trong nước và quốc tế về SXTDBV", "hợp tác quốc tế về SXTDBV", "coop", "NNPPPPPPPPP"),
    ("XV.2", "SNGV", "Thu hút nguồn lực quốc tế hỗ trợ SXTDBV", "vận động tài trợ quốc tế cho SXTDBV", "coop", "NNNPPPPPPPP"),
]
TASK = {t[0]: t for t in TASKS}
STATUS_EN = {"N": "not-started", "P": "in-progress", "D": "done", "O": "ongoing", "L": "delayed"}
STATUS_VI = {"N": "Chưa triển khai", "P": "Đang triển khai", "D": "Hoàn thành", "O": "Thường xuyên",
             "L": "Chậm tiến độ"}

# Task outputs reported as count indicators (cumulative, one row a period).
IV2_CUM = [0, 2, 4, 7, 9, 11, 13, 15, 17, 20, 22]
IV3_CLUSTERS = [0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2]
IV3_VILLAGES = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3]

# Missing task-progress files (agency, period).
MISSING = {("SNGV", "2021H1"), ("SNGV", "2022H1"), ("SNGV", "2023H2"), ("SNGV", "2025H1"),
           ("NHNN", "2022H2"), ("VCCI", "2023H1")}
SLIP_SKHDT_PERIOD = "2025H1"      # the old SKHDT still files its tasks (superseded by STC)

# ---------------------------------------------------------------------------------------------
# File styles
# ---------------------------------------------------------------------------------------------
STYLE = {
    # enc, delimiter, line end, header language, decimal mark
    "plain":  ("utf-8", ",", "\n", "en", "."),
    "bom":    ("utf-8-sig", ",", "\r\n", "vi", "."),
    "excel":  ("utf-8-sig", ";", "\r\n", "vi", ","),
    "excel0": ("utf-8", ";", "\r\n", "vi", ","),
    "cp1258": ("cp1258", ";", "\r\n", "vi", ","),
}
AGENCY_STYLE = {
    "SCT": "plain", "STC": "excel", "SKHDT": "bom", "STNMT": "excel0", "SVHTTDL": "bom",
    "BQLKKT": "plain", "SNNPTNT": "excel", "LMHTX": "bom", "SGTVT": "excel0", "TTXTDT": "plain",
    "HTCBVNTD": "bom", "VCCI": "plain", "SGDDT": "excel", "SLDTBXH": "bom", "SKHCN": "plain",
    "STTTT": "plain", "NHNN": "excel", "SNGV": "bom", "SNNMT": "excel", "SXD": "excel0",
}
STYLE_OVERRIDE = {
    ("STNMT", "2021H2", "nhiem-vu"): "cp1258",
    ("SGTVT", "2022H2", "nhiem-vu"): "cp1258",
    ("SCT", "2022H2", "chi-so"): "excel",
    ("SCT", "2025H1", "chi-so"): "excel0",
    ("SCT", "2023H2", "nhiem-vu"): "bom",
    ("BQLKKT", "2024H2", "chi-so"): "excel",
    ("VCCI", "2024H1", "nhiem-vu"): "excel",
    ("SKHCN", "2025H2", "nhiem-vu"): "bom",
    ("TTXTDT", "2023H1", "nhiem-vu"): "bom",
}
# Non-canonical period spellings in a few files.
PERIOD_SPELLING = {
    ("VCCI", "2022H1", "nhiem-vu"): "2022-H1",
    ("LMHTX", "2023H2", "nhiem-vu"): "2023S2",
    ("HTCBVNTD", "2021H2", "nhiem-vu"): "H2/2021",
    ("SVHTTDL", "2022H1", "nhiem-vu"): "6 tháng đầu năm 2022",
    ("SNGV", "2024H2", "nhiem-vu"): "6 tháng cuối năm 2024",
    ("BQLKKT", "2023H1", "chi-so"): "H1/2023",
    ("SGDDT", "2024H1", "nhiem-vu"): "2024S1",
}
NO_SUBMITTED_COLUMN = {("HTCBVNTD", "2023H2"), ("SKHCN", "2022H1")}
EXTRA_COLUMN = {("LMHTX", "2022H2")}                       # unknown column "Ghi chú thêm"
LATE = {("SNGV", "2022H2"): date(2023, 1, 5), ("LMHTX", "2021H2"): date(2022, 1, 7),
        ("VCCI", "2023H2"): date(2023, 12, 28), ("SGTVT", "2023H1"): date(2023, 7, 5),
        ("HTCBVNTD", "2024H1"): date(2024, 7, 2), ("SXD", "2025H2"): date(2026, 1, 9),
        ("SKHCN", "2021H1"): date(2021, 6, 29), ("NHNN", "2024H2"): date(2025, 1, 6)}
STATUS_NO_DIACRITICS = {("SNNPTNT", "2022H2")}
STATUS_UPPER = {("SGDDT", "2023H1")}
# Partial submissions: (agency, period) -> the only tasks reported.
PARTIAL = {("SVHTTDL", "2024H1"): ["I.5"], ("SKHCN", "2025H2"): ["XII.4", "XII.5", "XIII.1"]}

# Corrections sent later: (file, period corrected, date sent, what). Each replaces one row (docs/methodology.md §14).
CORRECTION_SENT = {
    ("SCT", "2024H1", "chi-so"): ("2025H1", date(2025, 1, 15)),
    ("SCT", "2024H1", "nhiem-vu"): ("2025H1", date(2025, 1, 15)),
    ("BQLKKT", "2025H1", "chi-so"): ("2025H2", date(2025, 8, 12)),
    ("SNNMT", "2025H1", "nhiem-vu"): ("2025H2", date(2025, 9, 5)),
}
WRONG_CONSUMPTION = ("Công ty CP Xi măng Yên Lâm", "2024H1", 1.08)   # entered 8% too high, corrected later
CORRECTED_TASK = {("SCT", "2024H1"): "IV.1", ("SNNMT", "2025H1"): "IV.7"}
CORRECTED_ZONE = ("KCN Ngọc Trạo", "2025H1")     # reported 1/1 for 2025H1, corrected to 0/1: the activity was in July

TASK_HEADERS_EN = ["period", "agency", "task", "title", "status", "progress", "result",
                   "difficulties", "proposals", "spent_vnd", "submitted_on"]
TASK_HEADERS_VI = [
    ["Kỳ báo cáo", "Đơn vị", "Mã nhiệm vụ", "Tên nhiệm vụ", "Trạng thái", "Tiến độ", "Kết quả",
     "Khó khăn", "Kiến nghị đề xuất", "Kinh phí", "Ngày gửi"],
    ["Kỳ", "Cơ quan", "Nhiệm vụ", "Tên nhiệm vụ", "Tình trạng", "Tiến độ", "Kết quả",
     "Khó khăn vướng mắc", "Đề xuất", "Kinh phí đồng", "Ngày báo cáo"],
]
IND_HEADERS_EN = ["period", "agency", "indicator", "sector", "entity", "numerator", "denominator",
                  "unit", "note"]
IND_HEADERS_VI = [
    ["Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Ngành", "Cơ sở", "Tử số", "Mẫu số", "Đơn vị tính", "Ghi chú"],
    ["Kỳ", "Cơ quan", "Chỉ số", "Ngành", "Đối tượng", "Giá trị", "Mẫu số", "Đơn vị tính", "Ghi chú"],
]
# From this period SCT's indicator file carries the entity id (the register's), before the entity.
ID_COLUMN_FROM = "2025H1"
ID_HEADER = {"en": "entity_id", "vi": "Mã cơ sở"}

# ---------------------------------------------------------------------------------------------
# Indicator story
# ---------------------------------------------------------------------------------------------
SECTOR_UNIT = {
    "steel": "MJ/tấn", "beer": "MJ/hl", "paper": "MJ/tấn", "seafood": "kWh/tấn",
    "cement": "kgOE/tấn", "textile": "kgOE/tấn", "plastics": "kgOE/tấn", "chemicals": "kgOE/tấn",
    "leather-footwear": "kgOE/nghìn đôi", "fertilizer": "kgOE/tấn", "other": "kgOE/tấn",
}
DECIMALS = {"steel": 0, "beer": 0, "paper": 0, "seafood": 0, "cement": 1, "textile": 1,
            "plastics": 1, "chemicals": 1, "leather-footwear": 1, "fertilizer": 1, "other": 1}
# (name, sector, intensity in 2020, half-year output around 2021)
ESTABLISHMENTS = [
    ("Công ty CP May Thiệu Phong", "textile", 585, 2100),
    ("Công ty TNHH Dệt kim Bình An", "textile", 640, 1350),
    ("Công ty CP Sợi Hà Phong", "textile", 610, 3800),
    ("Công ty TNHH May Xuân Đài", "textile", 560, 1600),          # new plant from 2022H1
    ("Công ty CP Thép Hải Thanh", "steel", 2480, 310000),
    ("Công ty TNHH Luyện thép Đông Tiến", "steel", 2560, 185000),
    ("Công ty CP Cán thép Bắc Thành", "steel", 1620, 240000),
    ("Công ty CP Nhựa Minh Phát", "plastics", 295, 5200),
    ("Công ty TNHH Bao bì nhựa Tân Lộc", "plastics", 320, 2900),
    ("Công ty CP Nhựa Hoàng Gia Thanh", "plastics", 285, 7400),
    ("Công ty TNHH Nhựa Quảng Hưng", "plastics", 340, 1800),       # closed after 2023H2
    ("Công ty CP Hóa chất Hà Lĩnh", "chemicals", 410, 12500),
    ("Công ty TNHH Sơn Phú Mỹ Thanh", "chemicals", 365, 4200),
    ("Công ty CP Hóa chất Tĩnh Hải", "chemicals", 430, 8800),
    ("Công ty CP Xi măng Trường Lâm Xanh", "cement", 82, 1150000),
    ("Công ty CP Xi măng Đông Vinh", "cement", 88, 640000),
    ("Công ty TNHH Xi măng Hà Thanh", "cement", 94, 380000),
    ("Công ty CP Xi măng Yên Lâm", "cement", 91, 520000),
    ("Công ty CP Bia Núi Nưa", "beer", 175, 420000),
    ("Công ty TNHH Bia Hoằng Lộc", "beer", 265, 95000),
    ("Công ty CP Nước giải khát Sao Thanh", "beer", 210, 160000),
    ("Công ty TNHH Bia Đông Phương Thanh", "beer", 285, 60000),
    ("Công ty CP Giấy Vĩnh Hòa", "paper", 6650, 24000),
    ("Công ty TNHH Giấy bao bì Thọ An", "paper", 6900, 11000),
    ("Công ty CP Giấy Lam Kinh Mới", "paper", 6780, 7600),
    ("Công ty CP Thủy sản Hải Tiến", "seafood", 1080, 4200),
    ("Công ty TNHH Chế biến hải sản Quảng Nham", "seafood", 1240, 2600),
    ("Công ty CP Thủy sản Lạch Bạng Mới", "seafood", 1120, 3100),
    ("Công ty TNHH Tôm đông lạnh Hậu Lộc", "seafood", 2010, 1500),  # zero output in 2023H1
    ("Công ty TNHH Giày Kim Tân", "leather-footwear", 152, 5200),
    ("Công ty TNHH Da giày Vĩnh An", "leather-footwear", 178, 2800),
    ("Công ty CP Phân bón Hàm Long", "fertilizer", 64, 56000),
    ("Công ty CP Phân bón hữu cơ Thanh Xuân", "fertilizer", 41, 21000),
    ("Công ty CP Chế biến gỗ Thạch Bình", "other", 96, 14000),
    ("Công ty TNHH Gạch men Bình Sơn", "other", 118, 33000),
]
NEW_PLANT = "Công ty TNHH May Xuân Đài"
NEW_PLANT_FROM = PERIODS.index("2022H1")
CLOSED_PLANT = "Công ty TNHH Nhựa Quảng Hưng"
CLOSED_AFTER = PERIODS.index("2023H2")
# Names written differently over time: (name before, name SCT writes from the period given, that period).
RENAMED = ("Công ty CP Giấy Lam Kinh Mới", "Công ty TNHH Giấy Lam Kinh Xanh", PERIODS.index("2024H2"))
ABBREVIATED = ("Công ty CP Xi măng Đông Vinh", "Cty CP Xi măng Đông Vinh", PERIODS.index("2023H1"))
ZERO_OUTPUT = ("Công ty TNHH Tôm đông lạnh Hậu Lộc", PERIODS.index("2023H1"))
PHASE2_SECTORS = ("leather-footwear", "fertilizer", "other")
PHASE2_FROM = PERIODS.index("2025H1")

# Reduction of sector intensity vs 2020 (%, positive = lower intensity) per half-year.
REDUCTION = {
    "cement":    [0.8, 1.7, 2.6, 3.5, 4.3, 5.0, 5.8, 6.2, 6.6, 7.0, 7.4],
    "beer":      [0.6, 1.3, 2.1, 2.9, 3.7, 4.5, 5.3, 5.6, 6.0, 6.3, 6.7],
    "textile":   [0.4, 1.0, 1.5, 2.1, 2.7, 3.3, 4.0, 4.3, 4.6, 4.9, 5.3],
    "steel":     [0.3, 0.6, 1.0, 1.3, 1.7, 2.1, 2.5, 2.7, 2.9, 3.2, 3.6],
    "plastics":  [0.1, 0.2, 0.3, 0.5, 0.6, 0.8, 1.0, 1.1, 1.1, 1.2, 1.5],
    "chemicals": [0.2, 0.3, 0.5, 0.6, 0.7, 0.9, 1.1, 1.0, 1.2, 1.3, 1.6],
    "paper":     [0.3, 0.0, -0.4, -0.8, -1.1, -1.5, -1.9, -2.1, -2.3, -2.5, -2.2],
    "seafood":   [0.2, -0.3, -0.8, -1.3, -1.8, -2.4, -2.9, -3.2, -3.4, -3.6, -3.3],
}
# Phase-2 sectors (from 2025H1): reduction vs their 2025H1 level.
REDUCTION_P2 = {"leather-footwear": [0.0, 0.9, 1.8], "fertilizer": [0.0, 0.5, 1.1],
                "other": [0.0, 0.6, 1.4]}

ZONES_SCT = [
    "CCN Hà Phong", "Làng nghề mây tre đan Thọ Phú", "CCN Đông Tiến", "Làng nghề nón lá Đông Khê",
    "CCN Hoằng Kim", "Làng nghề gốm Cẩm Vân", "CCN Thiệu Đô Mới", "Làng nghề bánh gai Thọ Lâm",
    "CCN Nga Điền Xanh", "Làng nghề chiếu cói Nga Lĩnh", "CCN Triệu Sơn Bắc",
    "Làng nghề đan lát Quảng Hải",
]
ZONES_BQL = ["KKT Nghi Sơn", "KCN Đông Hòa", "KCN Bắc Sông Mã", "KCN Tây Thành", "KCN Quảng Phú",
             "KCN Hải Tiến Xanh", "KCN Ngọc Trạo"]
OTHER_VILLAGES_TOTAL = 45
# index 0 = 2020, then PERIODS
ZONES_SCT_REACHED = [3, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11, 11]
ZONES_BQL_REACHED = [2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 7]
OTHER_VILLAGES_REACHED = [8, 11, 12, 15, 17, 20, 22, 24, 27, 28, 30, 32]

SUPERMARKETS = [
    "Siêu thị Sao Việt Hạc Thành", "TTTM Phố Hạc Plaza", "Siêu thị Thanh Mart Bỉm Sơn",
    "Siêu thị Hồng Lam Sầm Sơn", "TTTM Lam Kinh Center", "Siêu thị Phúc Lộc Ngọc Lặc",
    "Siêu thị Minh Châu Tĩnh Gia", "TTTM Đông Sơn Square", "Siêu thị Gia Đình Xanh",
    "Siêu thị An Bình Thọ Xuân", "TTTM Bến Ngự", "Siêu thị Hoa Sen Hậu Lộc",
    "Siêu thị Thiên Phú Vĩnh Lộc", "TTTM Nam Thành",
]
SUPERMARKETS_REACHED = [6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 12]
CLOSED_OUTLET = ("TTTM Nam Thành", PERIODS.index("2021H2"), date(2022, 2, 28))  # last reported, closed on

SPC_MODELS = [
    ("Mô hình chuỗi nông sản sạch, bao bì tự hủy Thọ Xuân", PERIODS.index("2022H2")),
    ("Mô hình tái chế phụ phẩm thủy sản Hoằng Hải", PERIODS.index("2024H1")),
    ("Mô hình siêu thị giảm rác thải nhựa Hạc Thành", PERIODS.index("2026H1")),
]
# A model BQLKKT reported first (at an industrial park), before SCT took it into its own list.
SHARED_MODEL = ("Mô hình tái chế phụ phẩm thủy sản Hoằng Hải", "BQLKKT", PERIODS.index("2023H2"))

# The other craft villages of SCT's aggregate row, for the register (45 in all).
VILLAGE_CRAFTS = ["mây tre đan", "chiếu cói", "gốm", "đúc đồng", "mộc", "rèn", "nón lá", "dệt", "bánh gai",
                  "nem chua", "nước mắm", "đá mỹ nghệ", "sơn mài", "thêu ren", "chế biến hải sản"]
VILLAGE_PLACES = ["Thọ Hải", "Đông Phú", "Nga An Mới"]
DISTRICTS = ["Thọ Xuân", "Hoằng Hóa", "Quảng Xương", "Nghi Sơn", "Bỉm Sơn", "Đông Sơn", "Hậu Lộc", "Nga Sơn",
             "Yên Định", "Thiệu Hóa", "Triệu Sơn", "Nông Cống", "Vĩnh Lộc", "Hà Trung", "Thạch Thành"]

# ---------------------------------------------------------------------------------------------
# Sentences (all invented)
# ---------------------------------------------------------------------------------------------
RESULTS = {
    "policy": [
        "Ban hành {n} văn bản hướng dẫn triển khai {topic}.",
        "Sao gửi hướng dẫn của Bộ về {topic} tới {m} cơ quan, đơn vị.",
        "Rà soát, lồng ghép nội dung {topic} vào kế hoạch công tác năm {year}.",
        "Tổ chức {n} hội nghị phổ biến {topic}, {p} đại biểu tham dự.",
        "Trả lời {n} văn bản xin ý kiến của doanh nghiệp liên quan đến {topic}.",
    ],
    "training": [
        "Tổ chức {n} lớp tập huấn về {topic} cho {p} học viên.",
        "Biên soạn {n} bộ tài liệu hướng dẫn về {topic}.",
        "Phối hợp Trung tâm Khuyến công tổ chức {n} khóa đào tạo, {p} lượt người tham gia.",
        "Cử {n} cán bộ tham dự tập huấn của Bộ Công Thương về {topic}.",
    ],
    "support": [
        "Hỗ trợ {m} doanh nghiệp về {topic}.",
        "Khảo sát nhu cầu của {m} doanh nghiệp về {topic}.",
        "Tư vấn trực tiếp cho {m} cơ sở sản xuất, {n} cơ sở đã cam kết áp dụng.",
        "Tổ chức {n} hội thảo về {topic}, {p} doanh nghiệp tham dự.",
    ],
    "comm": [
        "Đăng tải {k} tin, bài về {topic} trên cổng thông tin điện tử.",
        "Phát hành {k} tờ rơi và {n} pano tuyên truyền về {topic}.",
        "Phối hợp Đài Phát thanh và Truyền hình tỉnh thực hiện {n} phóng sự về {topic}.",
        "Tổ chức {n} buổi truyền thông tại trường học, khu dân cư với {p} người tham gia.",
    ],
    "model": [
        "Lựa chọn {n} cơ sở xây dựng mô hình điểm về {topic}.",
        "Tổ chức {n} hội thảo nhân rộng mô hình {topic}.",
        "Đánh giá hiệu quả {n} mô hình đã triển khai; {m} cơ sở đăng ký học tập.",
        "Khảo sát {m} cơ sở để lựa chọn địa điểm xây dựng mô hình {topic}.",
    ],
    "db": [
        "Hoàn thiện thiết kế {topic}; nhập liệu {m} hồ sơ doanh nghiệp.",
        "Khảo sát hạ tầng công nghệ thông tin tại {m} đơn vị.",
        "Xây dựng đề cương, dự toán {topic}, trình thẩm định.",
        "Chạy thử nghiệm phần mềm, cập nhật {m} bản ghi dữ liệu.",
    ],
    "promo": [
        "Tổ chức {n} hội chợ, bố trí {k} gian hàng sản phẩm thân thiện môi trường.",
        "Phát hành {k} cuốn catalogue giới thiệu sản phẩm tiêu biểu của tỉnh.",
        "Kết nối {m} doanh nghiệp với hệ thống phân phối về {topic}.",
        "Tổ chức {n} phiên kết nối cung cầu về {topic}.",
    ],
    "finance": [
        "Chỉ đạo các tổ chức tín dụng triển khai {topic}; {m} dự án được giải ngân.",
        "Tổ chức {n} hội nghị kết nối ngân hàng - doanh nghiệp, {m} doanh nghiệp tham dự.",
        "Hướng dẫn {m} doanh nghiệp lập hồ sơ vay vốn {topic}.",
    ],
    "coop": [
        "Làm việc với {n} đoàn, tổ chức quốc tế về {topic}.",
        "Giới thiệu {m} dự án kêu gọi tài trợ về {topic}.",
        "Cử {n} lượt cán bộ tham dự hội thảo về {topic}.",
    ],
    "education": [
        "Lồng ghép nội dung SXTDBV vào {m} chương trình đào tạo.",
        "Tổ chức {n} hội thảo chuyên môn cho {p} giáo viên về {topic}.",
        "Hướng dẫn {m} cơ sở đào tạo xây dựng học phần về {topic}.",
    ],
}
RESULT_NOT_STARTED = ["", "Chưa triển khai trong kỳ.", "Đang xây dựng kế hoạch triển khai.",
                      "Chờ hướng dẫn của Bộ, ngành Trung ương.", ""]
RESULT_DONE = ["Đã hoàn thành; tiếp tục theo dõi, đôn đốc thực hiện.", "Đã hoàn thành nhiệm vụ.",
               "Hoàn thành trong kỳ trước, không phát sinh nội dung mới.", ""]
DIFFICULTIES = [
    "Kinh phí bố trí còn hạn chế.",
    "Doanh nghiệp chưa thực sự quan tâm, số lượng tham gia còn ít.",
    "Cán bộ theo dõi kiêm nhiệm nhiều việc.",
    "Chưa có hướng dẫn chi tiết của Bộ, ngành Trung ương.",
    "Số liệu của doanh nghiệp gửi chậm, chưa đầy đủ.",
    "Chi phí đầu tư công nghệ cao, doanh nghiệp nhỏ khó tiếp cận.",
    "Nhận thức của người dân về tiêu dùng bền vững chưa cao.",
    "Sản phẩm thân thiện môi trường giá thành cao, khó cạnh tranh.",
]
DIFF_2021 = ["Dịch COVID-19 kéo dài, không tổ chức được hội nghị tập trung.",
             "Ảnh hưởng của dịch COVID-19, nhiều doanh nghiệp tạm dừng hoạt động."]
DIFF_2025 = ["Đang sắp xếp tổ chức bộ máy, việc triển khai bị gián đoạn.",
             "Bàn giao nhiệm vụ, hồ sơ sau hợp nhất còn chậm."]
DIFF_2025H2 = ["Chính quyền cấp xã mới thành lập, chưa có cán bộ theo dõi lĩnh vực này."]
DIFF_DELAYED = [
    "Chưa được bố trí kinh phí, phải lùi thời gian thực hiện.",
    "Đơn vị tư vấn chậm tiến độ, phải điều chỉnh kế hoạch.",
    "Thủ tục thẩm định dự toán kéo dài.",
    "Chưa thống nhất được phương án với các đơn vị phối hợp.",
]
PROPOSALS = [
    "Đề nghị UBND tỉnh bố trí kinh phí từ nguồn sự nghiệp kinh tế.",
    "Đề nghị Bộ Công Thương sớm ban hành hướng dẫn chi tiết.",
    "Đề nghị Sở Công Thương cung cấp tài liệu tuyên truyền.",
    "Đề nghị các doanh nghiệp phối hợp cung cấp số liệu đúng hạn.",
    "Kiến nghị lồng ghép nhiệm vụ vào chương trình khuyến công.",
    "Đề nghị bổ sung biên chế cán bộ theo dõi.",
    "Đề nghị tổ chức tập huấn cho cán bộ cấp huyện.",
    "Đề nghị có cơ chế ưu đãi cho sản phẩm thân thiện môi trường.",
]
PROP_2025 = ["Đề nghị Sở Công Thương hướng dẫn đầu mối báo cáo sau sắp xếp.",
             "Đề nghị cập nhật danh sách đơn vị chủ trì theo tổ chức bộ máy mới."]

NOTES_IND = ["Số liệu ước tính", "Đã đối chiếu với báo cáo năm", "Thay lò hơi mới",
             "Bổ sung dây chuyền mới", "Ghi nhận qua khảo sát", "Cập nhật theo biên bản làm việc"]

# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------

def rng_for(*key):
    return random.Random("|".join([SEED] + [str(k) for k in key]))


def reporter(task_id, pidx):
    lead = TASK[task_id][1]
    if pidx >= MERGE_IDX:
        return SUCCESSOR_BY_TASK.get((lead, task_id), SUCCESSOR.get(lead, lead))
    return lead


def due_date(period):
    y, h = int(period[:4]), period[4:]
    return date(y, 6, 20) if h == "H1" else date(y, 12, 20)


def fmt_number(x, dec, places=0):
    """Format a number: dec '.' -> 1234567.5 ; dec ',' -> 1.234.567,5 (Vietnamese Excel)."""
    if x is None or x == "":
        return ""
    s = f"{x:.{places}f}"
    if dec == ".":
        return s
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = ("-" if neg else "") + ".".join(groups)
    return out + ("," + fp if fp else "")


def fmt_date(d, lang):
    return d.strftime("%d/%m/%Y") if lang == "vi" else d.isoformat()


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def encode_cp1258(text):
    """Encode like Windows-1258: precomposed where the code page has it, else base + combining
    tone mark (the code page has no precomposed toned vowels)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        # recombine a circumflex/breve/horn with its base if that letter exists in cp1258
        for i, m in enumerate(marks):
            comb = unicodedata.normalize("NFC", base + m)
            if len(comb) == 1:
                try:
                    comb.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                base, marks = comb, marks[:i] + marks[i + 1:]
                break
        out += base.encode("cp1258")
        for m in marks:
            out += m.encode("cp1258")
    return bytes(out)


def write_csv(path, header, rows, style):
    enc, delim, eol, _, _ = STYLE[style]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol, quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    if enc == "cp1258":
        data = encode_cp1258(text)
    else:
        data = text.encode(enc)
    # csv writes the embedded line breaks of a quoted field as they are ("\n"), as Excel does.
    with open(path, "wb") as f:
        f.write(data)


def fill(template, topic, r, year):
    return template.format(topic=topic, n=r.randint(1, 4), m=r.randint(3, 30), p=r.randint(40, 250),
                           k=r.randint(8, 60), year=year)

# ---------------------------------------------------------------------------------------------
# task progress
# ---------------------------------------------------------------------------------------------

def progress_series(task_id):
    """Progress % per period, non-decreasing; None where the agency leaves it blank."""
    prof = TASK[task_id][5]
    r = rng_for("progress", task_id)
    vals, cur = [], 0
    last_non_done = max([i for i, c in enumerate(prof) if c != "D"], default=-1)
    for i, c in enumerate(prof):
        if c == "N":
            vals.append(0 if r.random() < 0.6 else None)
            continue
        if c == "D":
            cur = 100
            vals.append(100)
            continue
        if c == "P":
            step = r.randint(5, 12) if cur else r.randint(8, 20)
        elif c == "L":
            step = r.randint(0, 3)
        else:  # O
            step = r.randint(3, 8)
        cap = 95 if "D" in prof[i:] else 90
        cur = min(cap, cur + step)
        if c == "O" and r.random() < 0.6:
            vals.append(None)
        else:
            vals.append(cur)
    if task_id == "IV.3":
        vals = [None if v is None else v for v in vals]
    return vals


def task_texts(task_id, pidx, status, r):
    _, _, _, topic, kind, _ = TASK[task_id]
    period = PERIODS[pidx]
    year = int(period[:4])
    # result
    if task_id == "IV.2" and status != "N":
        cum = IV2_CUM[pidx]
        delta = cum - (IV2_CUM[pidx - 1] if pidx else 0)
        result = (f"Trong kỳ hỗ trợ {delta} doanh nghiệp xây dựng chiến lược kinh doanh bền vững; "
                  f"lũy kế {cum} doanh nghiệp.")
    elif task_id == "IV.3" and status != "N":
        result = (f"Lũy kế {IV3_CLUSTERS[pidx]} cụm công nghiệp, {IV3_VILLAGES[pidx]} làng nghề "
                  f"được hỗ trợ theo hướng sinh thái.")
        if status == "D":
            result = "Đạt mục tiêu: 02 cụm công nghiệp, 03 làng nghề sinh thái.\n" + \
                "Tiếp tục duy trì, nhân rộng."
    elif task_id == "I.6":
        result = ("Tham mưu UBND tỉnh ban hành Kế hoạch hành động SXTDBV giai đoạn 2021 - 2030."
                  if pidx == 0 else r.choice(RESULT_DONE))
    elif task_id == "IX.4" and status == "D" and pidx == PERIODS.index("2024H2"):
        result = "Hoàn thành lồng ghép nội dung SXTDBV vào chương trình giáo dục địa phương các cấp học."
    elif task_id == "IX.5" and status == "D" and pidx == PERIODS.index("2025H2"):
        result = "Hoàn thành lồng ghép SXTDBV vào chương trình đào tạo của 12 cơ sở giáo dục nghề nghiệp."
    elif status == "N":
        result = r.choice(RESULT_NOT_STARTED)
    elif status == "D":
        result = r.choice(RESULT_DONE)
    else:
        pool = RESULTS[kind]
        k = 1 if status == "L" else r.choice([1, 1, 1, 2, 2])
        picks = r.sample(pool, min(k, len(pool)))
        sents = [fill(t, topic, r, year) for t in picks]
        if len(sents) > 1 and r.random() < 0.45:
            result = "\n".join("- " + s for s in sents)       # line breaks inside the cell
        else:
            result = " ".join(sents)
    # difficulties
    diff = ""
    if status == "L":
        diff = r.choice(DIFF_DELAYED)
        if r.random() < 0.5:
            diff += " " + r.choice(DIFFICULTIES)
    elif status in ("P", "O", "N") and r.random() < 0.55:
        pool = list(DIFFICULTIES)
        if year == 2021:
            pool += DIFF_2021 * 3
        if period == "2025H1":
            pool += DIFF_2025 * 3
        if period in ("2025H2", "2026H1"):
            pool += DIFF_2025H2 * 2
        diff = r.choice(pool)
        if r.random() < 0.12:
            extra = r.choice(DIFFICULTIES)
            joined = diff.rstrip(".") + "; " + extra[0].lower() + extra[1:]
            if extra != diff and len(joined.split()) <= 25:
                diff = joined
    # proposals
    prop = ""
    if status == "L" or (status != "D" and r.random() < 0.45):
        pool = list(PROPOSALS) + (PROP_2025 * 2 if period == "2025H1" else [])
        prop = r.choice(pool)
    return result, diff, prop


def status_label(code, lang, agency, period):
    if lang == "en":
        return STATUS_EN[code]
    s = STATUS_VI[code]
    if (agency, period) in STATUS_NO_DIACRITICS:
        s = strip_diacritics(s).lower()
    if (agency, period) in STATUS_UPPER:
        s = s.upper()
    return s


def make_task_files(out):
    progress = {t[0]: progress_series(t[0]) for t in TASKS}
    files = 0
    for pidx, period in enumerate(PERIODS):
        by_agency = {}
        for t in TASKS:
            ag = reporter(t[0], pidx)
            if period == SLIP_SKHDT_PERIOD and t[1] == "SKHDT":
                ag = "SKHDT"                                     # deliberate slip
            by_agency.setdefault(ag, []).append(t[0])
        for ag in sorted(by_agency):
            if (ag, period) in MISSING:
                continue
            key = (ag, period, "nhiem-vu")
            style = STYLE_OVERRIDE.get(key, AGENCY_STYLE.get(ag, "plain"))
            enc, delim, eol, lang, dec = STYLE[style]
            r = rng_for("tasks", ag, period)
            hdr_variant = r.randint(0, 1)
            header = list(TASK_HEADERS_EN if lang == "en" else TASK_HEADERS_VI[hdr_variant])
            if ag == "VCCI" and lang == "en":
                header = [h.upper() for h in header]
            if ag == "TTXTDT" and lang == "en":
                header = [h.capitalize() for h in header]
            period_text = PERIOD_SPELLING.get(key, period)
            # submitted_on
            if (ag, period) in LATE:
                sub = LATE[(ag, period)]
            else:
                sub = due_date(period) - timedelta(days=r.randint(1, 9))
            sub_text = fmt_date(sub, "vi" if lang == "vi" or r.random() < 0.3 else "en")
            blank_sub_rows = r.random() < 0.12
            rows = []
            for tid in PARTIAL.get((ag, period), by_agency[ag]):
                code = TASK[tid][5][pidx]
                tr = rng_for("row", tid, period)
                result, diff, prop = task_texts(tid, pidx, code, tr)
                pg = progress[tid][pidx]
                spent = None
                if code in ("P", "O") and tr.random() < 0.35:
                    if TASK[tid][4] in ("policy", "comm", "coop", "education"):
                        amounts = [10, 15, 20, 25, 30, 45, 50, 60, 75, 80, 120]
                    else:
                        amounts = [50, 80, 100, 120, 150, 180, 200, 250, 300, 350, 450, 500, 650, 800]
                    spent = tr.choice(amounts) * 1_000_000
                    if tr.random() < 0.15:
                        spent += tr.choice([500_000, 250_000, 750_000])
                row = {
                    "period": period_text, "agency": ag, "task": tid, "title": TASK[tid][2],
                    "status": status_label(code, lang, ag, period),
                    "progress": "" if pg is None else str(pg),
                    "result": result, "difficulties": diff, "proposals": prop,
                    "spent_vnd": fmt_number(spent, dec) if spent is not None else "",
                    "submitted_on": "" if (blank_sub_rows and tr.random() < 0.5) else sub_text,
                }
                rows.append(row)
            cols = list(TASK_HEADERS_EN)
            hdr = list(header)
            if (ag, period) in NO_SUBMITTED_COLUMN:
                i = cols.index("submitted_on")
                del cols[i], hdr[i]
            if (ag, period) in EXTRA_COLUMN:
                cols.append("ghi_chu_them")
                hdr.append("Ghi chú thêm")             # as a clerk writes it
                for k, row in enumerate(rows):
                    row["ghi_chu_them"] = "Đã gửi bản ký số qua hệ thống" if k == 0 else ""
            if lang == "vi" and r.random() < 0.4:      # column order free: move title/status
                order = list(range(len(cols)))
                order.remove(3)
                order.insert(2, 3)                       # title before task id
                cols = [cols[i] for i in order]
                hdr = [hdr[i] for i in order]
            os.makedirs(os.path.join(out, period), exist_ok=True)
            write_csv(os.path.join(out, period, f"{ag}-nhiem-vu.csv"), hdr,
                      [[row[c] for c in cols] for row in rows], style)
            files += 1
            if (ag, period) in CORRECTED_TASK:
                files += write_task_correction(out, ag, period, rows)
    return files


def write_task_correction(out, ag, period, rows):
    """The agency's later correction of one task row: more progress, a fuller result, dated after the due date."""
    tid = CORRECTED_TASK[(ag, period)]
    folder, sent = CORRECTION_SENT[(ag, period, "nhiem-vu")]
    row = dict(next(r for r in rows if r["task"] == tid))
    progress = int(row["progress"] or 0)
    row["period"] = period
    row["progress"] = str(min(95, progress + 5))
    row["result"] = (row["result"] + " " if row["result"] else "") + \
        "Bổ sung: số liệu tiến độ được cập nhật sau khi tổng hợp báo cáo của các huyện."
    row["submitted_on"] = fmt_date(sent, "vi")
    os.makedirs(os.path.join(out, folder), exist_ok=True)
    write_csv(os.path.join(out, folder, f"{ag}-nhiem-vu-dieu-chinh-{period}.csv"), TASK_HEADERS_VI[0],
              [[row[c] for c in TASK_HEADERS_EN]], "excel")
    return 1

# ---------------------------------------------------------------------------------------------
# indicator data
# ---------------------------------------------------------------------------------------------

def consumption_rows():
    """{period_label: [(sector, entity, consumption, output, unit, note)]}, period '2020' = baseline."""
    labels = ["2020"] + PERIODS
    data = {lab: [] for lab in labels}
    base_int = {}
    for name, sector, intensity, half_out in ESTABLISHMENTS:
        r = rng_for("est", name)
        base_int[name] = intensity
        growth = r.uniform(0.005, 0.025)          # per half-year
        for li, lab in enumerate(labels):
            pidx = li - 1
            if sector in PHASE2_SECTORS and (pidx < PHASE2_FROM):
                continue
            if name == NEW_PLANT and pidx < NEW_PLANT_FROM:
                continue
            if name == CLOSED_PLANT and pidx > CLOSED_AFTER:
                continue
            if lab == "2020":
                out = half_out * 2 * r.uniform(0.95, 1.03)
            else:
                season = 1.04 if lab.endswith("H2") else 0.96
                covid = 0.9 if lab in ("2021H1", "2021H2") else 1.0
                out = half_out * (1 + growth) ** pidx * season * covid * r.uniform(0.96, 1.04)
                if name == NEW_PLANT and pidx == NEW_PLANT_FROM:
                    out *= 0.55                           # ramp-up
            noise = 1.0 if lab == "2020" else r.uniform(0.985, 1.015)
            cons = intensity * out * noise
            note = ""
            if (name, pidx) == (ZERO_OUTPUT[0], ZERO_OUTPUT[1]):
                out = 0.0
                cons = intensity * half_out * 0.04        # standby energy only
                note = "Tạm dừng sản xuất để cải tạo nhà xưởng"
            elif name == NEW_PLANT and pidx == NEW_PLANT_FROM:
                note = "Nhà máy mới đi vào hoạt động"
            elif name == CLOSED_PLANT and pidx == CLOSED_AFTER:
                note = "Dừng hoạt động từ tháng 01/2024"
            data[lab].append([sector, name, cons, out, SECTOR_UNIT[sector], note])

    # Calibrate each sector-period so that Σconsumption/Σoutput over establishments present in
    # 2020 and in the period (output > 0) equals the story's reduction exactly.
    base = {row[1]: row for row in data["2020"]}
    for pidx, lab in enumerate(PERIODS):
        for sector in {row[0] for row in data[lab]}:
            rows = [row for row in data[lab] if row[0] == sector]
            if sector in PHASE2_SECTORS:
                ref = {row[1]: row for row in data[PERIODS[PHASE2_FROM]]}
                target = 1 - REDUCTION_P2[sector][pidx - PHASE2_FROM] / 100
                if pidx == PHASE2_FROM:
                    continue
                both = [row for row in rows if row[1] in ref and row[3] > 0]
                i0 = sum(ref[row[1]][2] for row in both) / sum(ref[row[1]][3] for row in both)
            else:
                target = 1 - REDUCTION[sector][pidx] / 100
                both = [row for row in rows if row[1] in base and row[3] > 0]
                i0 = sum(base[row[1]][2] for row in both) / sum(base[row[1]][3] for row in both)
            i1 = sum(row[2] for row in both) / sum(row[3] for row in both)
            factor = target * i0 / i1
            for row in rows:
                if row[3] > 0:
                    row[2] *= factor
    # rounding: outputs whole units (seafood/textile one decimal), consumption per DECIMALS
    for lab in labels:
        for row in data[lab]:
            sector = row[0]
            op = 1 if sector in ("seafood", "textile", "leather-footwear") else 0
            row[3] = round(row[3], op)
            row[2] = round(row[2], DECIMALS[sector])
    return data


def written_name(name, pidx):
    """The name as SCT writes it in a period: a renamed company's new name, an abbreviated legal form."""
    for before, after, since in (RENAMED, ABBREVIATED):
        if name == before and pidx >= since:
            return after
    return name


def tax_code(name):
    """A fictional 10-digit tax code (Thanh Hóa's start with 28)."""
    r = rng_for("mst", name)
    return "28" + "".join(str(r.randint(0, 9)) for _ in range(8))


def other_villages():
    return [f"Làng nghề {craft} {place}" for place in VILLAGE_PLACES for craft in VILLAGE_CRAFTS]


def entity_ids():
    """Every entity's register id: tax codes for companies (a branch's for supermarkets), the department's codes
    for zones, villages and models."""
    ids = {name: tax_code(name) for name, *_ in ESTABLISHMENTS}
    chain = tax_code("Công ty CP Thương mại Lam Sơn")             # one company runs the supermarkets
    for i, name in enumerate(SUPERMARKETS):
        ids[name] = f"{chain}-{i + 1:03d}"
    for i, name in enumerate(ZONES_SCT):
        ids[name] = ("CCN-" if name.startswith("CCN") else "LN-") + f"{i + 1:02d}"
    for i, name in enumerate(ZONES_BQL):
        ids[name] = "KKT-NS" if name.startswith("KKT") else f"KCN-{i:02d}"
    for i, name in enumerate(other_villages()):
        ids[name] = f"LN-{len(ZONES_SCT) + i + 1:02d}"
    for i, (name, _) in enumerate(SPC_MODELS):
        ids[name] = f"MH-{i + 1:02d}"
    return ids


def make_indicator_files(out):
    cons = consumption_rows()
    ids = entity_ids()
    labels = ["2020"] + PERIODS
    files = 0
    for li, lab in enumerate(labels):
        pidx = li - 1
        folder = os.path.join(out, lab)
        os.makedirs(folder, exist_ok=True)
        # ---------------- SCT ----------------
        rows = []
        fixed = []
        r = rng_for("ind", "SCT", lab)
        for sector, name, c, o, unit, note in cons[lab]:
            if not note and r.random() < 0.04:
                note = r.choice(NOTES_IND)
            row = ("consumption-reduction", sector, written_name(name, pidx), c, o, unit, note,
                   DECIMALS[sector], 1 if sector in ("seafood", "textile", "leather-footwear") else 0, ids[name])
            if (name, lab) == WRONG_CONSUMPTION[:2]:
                fixed.append(row[:6] + ("Điều chỉnh: số liệu tiêu hao đã nhập sai",) + row[7:])
                row = row[:3] + (round(c * WRONG_CONSUMPTION[2], DECIMALS[sector]),) + row[4:]
            rows.append(row)
        for i, z in enumerate(ZONES_SCT):
            v = 1 if i < ZONES_SCT_REACHED[li] else 0
            rows.append(("zones-awareness", "", z, v, 1, "", "", 0, 0, ids[z]))
        rows.append(("zones-awareness", "", "", OTHER_VILLAGES_REACHED[li], OTHER_VILLAGES_TOTAL, "",
                     "Các làng nghề còn lại (tổng hợp)", 0, 0, ""))
        for i, s in enumerate(SUPERMARKETS):
            if s == CLOSED_OUTLET[0] and pidx > CLOSED_OUTLET[1]:
                continue                                            # closed: no longer reported
            v = 1 if i < SUPERMARKETS_REACHED[li] else 0
            note = "Chuyển sang túi phân hủy sinh học" if i == SUPERMARKETS_REACHED[li] - 1 and li > 0 \
                and SUPERMARKETS_REACHED[li] > SUPERMARKETS_REACHED[li - 1] else ""
            rows.append(("eco-packaging", "", s, v, 1, "", note, 0, 0, ids[s]))
        if lab != "2020":
            for mname, since in SPC_MODELS:
                if pidx >= since:
                    rows.append(("spc-models", "", mname, 1, None, "",
                                 "Mô hình mới" if pidx == since else "", 0, 0, ids[mname]))
            rows.append(("IV.2-enterprises-supported", "", "", IV2_CUM[pidx], None, "", "", 0, 0, ""))
            rows.append(("IV.3-industrial-clusters", "", "", IV3_CLUSTERS[pidx], None, "", "", 0, 0, ""))
            rows.append(("IV.3-craft-villages", "", "", IV3_VILLAGES[pidx], None, "", "", 0, 0, ""))
        with_ids = lab != "2020" and pidx >= PERIODS.index(ID_COLUMN_FROM)
        files += write_indicator_file(folder, "SCT", lab, rows, with_ids)
        if ("SCT", lab, "chi-so") in CORRECTION_SENT:
            files += write_indicator_correction(out, "SCT", lab, fixed)
        # ---------------- BQLKKT ----------------
        rows = []
        for i, z in enumerate(ZONES_BQL):
            v = 1 if i < ZONES_BQL_REACHED[li] else 0
            rows.append(("zones-awareness", "", z, v, 1, "", "", 0, 0, ids[z]))
        if lab != "2020" and pidx == SHARED_MODEL[2]:
            rows.append(("spc-models", "", SHARED_MODEL[0], 1, None, "", "Mô hình tại KCN", 0, 0, ids[SHARED_MODEL[0]]))
        files += write_indicator_file(folder, "BQLKKT", lab, rows, False)
        if ("BQLKKT", lab, "chi-so") in CORRECTION_SENT:
            fixed = [row[:3] + (0,) + row[4:6] + ("Điều chỉnh: hội nghị tuyên truyền tổ chức tháng 7/2025, thuộc kỳ sau",)
                     + row[7:] for row in rows if row[2] == CORRECTED_ZONE[0]]
            files += write_indicator_correction(out, "BQLKKT", lab, fixed)
    return files


def write_indicator_file(folder, ag, lab, rows, with_ids):
    key = (ag, lab, "chi-so")
    style = STYLE_OVERRIDE.get(key, AGENCY_STYLE.get(ag, "plain"))
    enc, delim, eol, lang, dec = STYLE[style]
    r = rng_for("indfile", ag, lab)
    header = list(IND_HEADERS_EN if lang == "en" else IND_HEADERS_VI[r.randint(0, 1)])
    if with_ids:
        header.insert(4, ID_HEADER[lang])
    period_text = PERIOD_SPELLING.get(key, lab)
    out_rows = []
    for ind, sector, entity, num, den, unit, note, nplaces, dplaces, eid in rows:
        cells = [period_text, ag, ind, sector, entity, fmt_number(num, dec, nplaces),
                 "" if den is None else fmt_number(den, dec, dplaces if den else 0), unit, note]
        if with_ids:
            cells.insert(4, eid)
        out_rows.append(cells)
    write_csv(os.path.join(folder, f"{ag}-chi-so.csv"), header, out_rows, style)
    return 1


def write_indicator_correction(out, ag, lab, rows):
    """A correction file: the rows as they should have been, with ids and the date sent, filed when it came."""
    folder, sent = CORRECTION_SENT[(ag, lab, "chi-so")]
    header = ["Kỳ báo cáo", "Đơn vị", "Chỉ tiêu", "Ngành", "Mã cơ sở", "Cơ sở", "Tử số", "Mẫu số", "Đơn vị tính",
              "Ghi chú", "Ngày gửi"]
    out_rows = [[lab, ag, ind, sector, eid, entity, fmt_number(num, ",", nplaces),
                 "" if den is None else fmt_number(den, ",", dplaces if den else 0), unit, note, fmt_date(sent, "vi")]
                for ind, sector, entity, num, den, unit, note, nplaces, dplaces, eid in rows]
    os.makedirs(os.path.join(out, folder), exist_ok=True)
    write_csv(os.path.join(out, folder, f"{ag}-chi-so-dieu-chinh-{lab}.csv"), header, out_rows, "excel")
    return 1


def write_register(path):
    """registers/co-so.csv: every entity the samples count, with its id, kind, sector, names, place and dates."""
    ids = entity_ids()
    rows = []
    for name, sector, _, _ in ESTABLISHMENTS:
        r = rng_for("reg", name)
        district = r.choice(DISTRICTS)
        opened = closed = ""
        if name == NEW_PLANT:
            opened = "15/01/2022"
        if name == CLOSED_PLANT:
            closed = "01/01/2024"
        official, others = name, ""
        if name == RENAMED[0]:
            official, others = RENAMED[1], RENAMED[0]
        rows.append([ids[name], "cơ sở sản xuất", sector, official, others, district, f"xã {district} Mới", opened,
                     closed, ""])
    for name in SUPERMARKETS:
        district = rng_for("reg", name).choice(DISTRICTS)
        closed = fmt_date(CLOSED_OUTLET[2], "vi") if name == CLOSED_OUTLET[0] else ""
        rows.append([ids[name], "siêu thị, TTTM", "", name, "", district, f"phường {district} Mới", "", closed,
                     "Đóng cửa, chuyển địa điểm kinh doanh" if closed else ""])
    for name in ZONES_SCT + ZONES_BQL + other_villages():
        district = "Nghi Sơn" if name in ZONES_BQL else rng_for("reg", name).choice(DISTRICTS)
        rows.append([ids[name], "khu, cụm, làng nghề", "", name, "", district, "", "", "", ""])
    for name, since in SPC_MODELS:
        opened = "01/09/2023" if name == SHARED_MODEL[0] else fmt_date(due_date(PERIODS[since]) - timedelta(days=60), "vi")
        rows.append([ids[name], "mô hình", "", name, "", "", "", opened, "", ""])
    header = ["Mã cơ sở", "Loại", "Ngành", "Tên chính thức", "Tên khác", "Huyện (cũ)", "Xã, phường", "Ngày hoạt động",
              "Ngày dừng hoạt động", "Ghi chú"]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    write_csv(path, header, rows, "excel")

# ---------------------------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------------------------
README = """# Dữ liệu mẫu của sctb / sctb sample data

> **Toàn bộ dữ liệu trong thư mục này là GIẢ ĐỊNH (hư cấu).** Tên công ty, cụm công nghiệp,
> làng nghề, khu công nghiệp (trừ tên KKT Nghi Sơn), siêu thị, mô hình, hoạt động, số liệu, ngày
> gửi và kinh phí đều do chương trình `tools/make_samples.py` tạo ra để thử phần mềm; không phản
> ánh báo cáo thật của bất kỳ cơ quan, doanh nghiệp nào. Không dùng để trích dẫn.
>
> **Everything in this folder is FICTIONAL.** Company, cluster, craft-village, industrial-park
> (other than the name of Nghi Son Economic Zone), supermarket and model names, activities,
> figures, dates and amounts were made up by `tools/make_samples.py` to exercise the software.
> They are not real reports of any agency or company. Do not cite them.

## Tiếng Việt

### Cấu trúc
- `2020/` — năm gốc (cả năm 2020), chỉ có số liệu chỉ tiêu: `SCT-chi-so.csv`, `BQLKKT-chi-so.csv`.
- `2021H1/` … `2026H1/` — mỗi kỳ 6 tháng một thư mục:
  - `<MÃ ĐƠN VỊ>-nhiem-vu.csv`: tiến độ các nhiệm vụ đơn vị chủ trì (một dòng một nhiệm vụ);
  - `<MÃ ĐƠN VỊ>-chi-so.csv`: số liệu chỉ tiêu (chỉ Sở Công Thương `SCT` và Ban Quản lý KKT Nghi Sơn
    và các KCN `BQLKKT`).
- Tạo lại: `python3 tools/make_samples.py`; kiểm tra và in bảng tóm tắt:
  `python3 tools/make_samples.py --check`. Chạy lại cho ra tệp giống hệt từng byte.

### Câu chuyện
- Mỗi đơn vị chủ trì (theo cột 3 Phụ lục kế hoạch) gửi báo cáo tiến độ mỗi kỳ 2021H1 - 2026H1,
  hạn 20/6 và 20/12. Từ kỳ 2025H1 (sau sắp xếp bộ máy từ 01/3/2025) đơn vị kế thừa báo cáo thay:
  Sở KH&ĐT → Sở Tài chính (I.3, VIII.3); Sở TN&MT và Sở NN&PTNT → Sở Nông nghiệp và Môi trường
  (I.4, II.2, VI.2, X.2, IV.7); Sở GTVT → Sở Xây dựng (V.7); Sở TT&TT → Sở KH&CN (XII.6);
  nhiệm vụ IX.5 của Sở LĐ-TB&XH → Sở GD&ĐT.
- Trạng thái tiến triển hợp lý: I.6 (chính kế hoạch) hoàn thành ngay kỳ đầu; nhóm I hầu hết hoàn
  thành hoặc thực hiện thường xuyên từ 2023; IX.4 hoàn thành kỳ 2024H2; IX.5 hoàn thành kỳ 2025H2;
  một số nhiệm vụ chậm tiến độ một thời gian (V.1, IV.6, XII.1, XII.5, XIII.1, IV.8, V.7).
- Thiếu báo cáo: Sở Ngoại vụ thiếu 2021H1, 2022H1, 2023H2, 2025H1; NHNN thiếu 2022H2; VCCI thiếu
  2023H1. Một số báo cáo gửi muộn (sau ngày 20), một số không ghi ngày gửi.
- Suất tiêu hao (chỉ tiêu `consumption-reduction`): {n_est} cơ sở sản xuất giả định; tử số = tiêu hao
  nhiên liệu, nguyên vật liệu (MJ, kgOE, kWh), mẫu số = sản lượng (tấn, hl, nghìn đôi), đơn vị =
  suất tiêu hao. So với năm 2020, đến 2024H1 - 2025H2: xi măng và bia giảm ≥ 5% (đạt), dệt may
  khoảng 4% (đúng hướng), thép khoảng 2,5% (cần đẩy nhanh), nhựa, hóa chất khoảng 1% (hạn chế),
  giấy và chế biến thủy sản tăng (xấu đi). Một nhà máy mới từ 2022H1 (không có số liệu 2020), một
  nhà máy dừng hoạt động sau 2023H2, một cơ sở có sản lượng bằng 0 ở kỳ 2023H1. Da giày, phân bón
  và ngành khác bắt đầu báo cáo từ 2025H1 (giai đoạn 2026 - 2030, năm gốc 2025).
- Tỷ lệ KKT, KCN, CCN, làng nghề được tuyên truyền (`zones-awareness`): mỗi dòng một đối tượng
  (1/1 hoặc 0/1) và một dòng tổng hợp "các làng nghề còn lại" (không ghi cơ sở); khoảng 20% (2020)
  → 65% (2024H2) → 75% (2025H2).
- Tỷ lệ siêu thị, TTTM dùng bao bì thân thiện môi trường (`eco-packaging`): 14 siêu thị, ~43% (2020)
  → ~79% (2025H2), chưa đạt 85%.
- Mô hình SXTDBV (`spc-models`): 1 mô hình từ 2022H2, 2 từ 2024H1, 3 từ 2026H1.
- Sản phẩm nhiệm vụ (số lũy kế): `IV.2-enterprises-supported`, `IV.3-industrial-clusters`,
  `IV.3-craft-villages`.

### Ai được đếm: sổ đăng ký, đổi tên, đóng cửa, điều chỉnh, báo cáo thiếu
- `registers/co-so.csv` (cạnh `plan.yaml`, ngoài thư mục này; cũng giả định): {n_reg} đối tượng — {n_est} cơ sở
  sản xuất (mã số thuế giả định bắt đầu bằng 28), 14 siêu thị, TTTM (chi nhánh của một công ty: mã 10 số-3 số),
  {n_zones} khu, cụm công nghiệp, làng nghề (gồm 45 làng nghề của dòng tổng hợp "các làng nghề còn lại") và 3 mô hình;
  huyện (cũ) và xã, phường (sau 01/7/2025), ngày hoạt động và ngày dừng hoạt động. Từ kỳ 2025H1, tệp chỉ tiêu của
  Sở Công Thương có cột “Mã cơ sở”.
- Đổi tên: Công ty CP Giấy Lam Kinh Mới ghi là “Công ty TNHH Giấy Lam Kinh Xanh” từ 2024H2 (sổ đăng ký: tên mới,
  tên cũ ở cột “Tên khác”). Viết tắt: từ 2023H1 Sở Công Thương ghi “Cty CP Xi măng Đông Vinh”.
- Đóng cửa: TTTM Nam Thành báo cáo đến 2021H2, dừng hoạt động 28/02/2022 (sổ đăng ký); Công ty TNHH Nhựa Quảng Hưng
  dừng hoạt động 01/01/2024.
- Một mô hình, hai đơn vị: Ban Quản lý KKT báo cáo mô hình tái chế phụ phẩm thủy sản Hoằng Hải kỳ 2023H2, Sở Công
  Thương báo cáo chính mô hình đó từ 2024H1: đếm một lần.
- Điều chỉnh (tệp có “dieu-chinh” trong tên, đặt ở thư mục kỳ nhận được, tên tệp nêu kỳ được điều chỉnh):
  `2025H1/SCT-chi-so-dieu-chinh-2024H1.csv` (15/01/2025: tiêu hao kỳ 2024H1 của Công ty CP Xi măng Yên Lâm đã nhập
  cao hơn 8%), `2025H1/SCT-nhiem-vu-dieu-chinh-2024H1.csv` (15/01/2025: tiến độ IV.1), `2025H2/BQLKKT-chi-so-dieu-chinh-2025H1.csv`
  (12/08/2025: KCN Ngọc Trạo báo nhầm là đã được tuyên truyền kỳ 2025H1, hội nghị tổ chức tháng 7),
  `2025H2/SNNMT-nhiem-vu-dieu-chinh-2025H1.csv`
  (05/09/2025: tiến độ IV.7).
- Báo cáo thiếu nhiệm vụ: Sở VHTTDL kỳ 2024H1 chỉ báo cáo I.5 (thiếu VI.4, IX.1); Sở KH&CN kỳ 2025H2 chỉ báo cáo
  XII.4, XII.5, XIII.1 (thiếu XIII.2, XII.6).

### Định dạng tệp (cố ý đa dạng như tệp xuất từ Excel)
UTF-8 có hoặc không có BOM; tệp phân cách `;` dùng dấu phẩy thập phân và dấu chấm hàng nghìn
(1.234,5; 150.000.000); xuống dòng CRLF; tiêu đề cột tiếng Việt (Kỳ báo cáo, Đơn vị, Mã nhiệm vụ…);
trường có dấu phẩy và xuống dòng trong ô; một số kỳ viết khác (2022-H1, 2023S2, H2/2021,
"6 tháng đầu năm 2022"…).

### Lỗi nhỏ cố ý (chỉ ở mức cảnh báo)
{slips_vi}

## English

### Layout
- `2020/` — baseline (whole year 2020), indicator data only: `SCT-chi-so.csv`, `BQLKKT-chi-so.csv`.
- `2021H1/` … `2026H1/` — one folder per half-year:
  - `<AGENCY>-nhiem-vu.csv`: progress of the tasks the agency leads (one row per task);
  - `<AGENCY>-chi-so.csv`: indicator data (only `SCT` and `BQLKKT`).
- Regenerate with `python3 tools/make_samples.py`; check and print a summary with
  `python3 tools/make_samples.py --check`. Output is byte-identical on every run.

### The story
- Every lead agency (3rd column of the plan's annex) reports each half-year 2021H1–2026H1, due
  20 June and 20 December. From 2025H1 (reorganisation of 1 March 2025) successors report the
  predecessors' tasks: SKHDT → STC (I.3, VIII.3); STNMT and SNNPTNT → SNNMT (I.4, II.2, VI.2, X.2,
  IV.7); SGTVT → SXD (V.7); STTTT → SKHCN (XII.6); SLDTBXH's task IX.5 → SGDDT.
- Statuses evolve sensibly: I.6 (the plan itself) done at once; group I mostly done or ongoing by
  2023; IX.4 done in 2024H2; IX.5 done in 2025H2; some tasks delayed for a while (V.1, IV.6, XII.1,
  XII.5, XIII.1, IV.8, V.7).
- Missing reports: SNGV misses 2021H1, 2022H1, 2023H2, 2025H1; NHNN misses 2022H2; VCCI misses
  2023H1. Some reports are late (after the 20th); some carry no submission date.
- Consumption intensity (`consumption-reduction`): {n_est} fictional establishments; numerator =
  fuel/material consumed (MJ, kgOE, kWh), denominator = output (tonnes, hl, thousand pairs), unit =
  the intensity unit. Versus 2020, over 2024H1–2025H2: cement and beer ≥ 5% lower (achieved),
  textile about 4% (on track), steel about 2.5% (acceleration needed), plastics and chemicals about
  1% (limited progress), paper and seafood higher (deterioration). One plant is new from 2022H1 (no
  2020 data), one closes after 2023H2, one reports zero output in 2023H1. Leather-footwear,
  fertilizer and other start reporting in 2025H1 (2026–2030 phase, baseline 2025).
- Zones reached by awareness activities (`zones-awareness`): one row per zone (1/1 or 0/1) plus one
  aggregate row for "the other craft villages" (blank entity); about 20% (2020) → 65% (2024H2) →
  75% (2025H2).
- Supermarkets and trade centres using eco-friendly packaging (`eco-packaging`): 14 outlets, ~43%
  (2020) → ~79% (2025H2), short of the 85% target.
- SPC models (`spc-models`): one from 2022H2, two from 2024H1, three from 2026H1.
- Task outputs (cumulative counts): `IV.2-enterprises-supported`, `IV.3-industrial-clusters`,
  `IV.3-craft-villages`.

### Who is counted: the register, a rename, closures, corrections, partial reports
- `registers/co-so.csv` (next to `plan.yaml`, outside this folder; fictional too): {n_reg} entities — {n_est}
  establishments (made-up tax codes starting with 28), 14 supermarkets and trade centres (branches of one company:
  10 digits-3 digits), {n_zones} parks, clusters and craft villages (the 45 villages of the aggregate row "the other
  craft villages" included) and 3 models; district (before) and commune (after 1 July 2025), opening and closing
  dates. From 2025H1 SCT's indicator file has an “entity id” column.
- A rename: Công ty CP Giấy Lam Kinh Mới is written “Công ty TNHH Giấy Lam Kinh Xanh” from 2024H2 (the register: the
  new name, the old one among its other names). An abbreviation: from 2023H1 SCT writes “Cty CP Xi măng Đông Vinh”.
- Closures: TTTM Nam Thành reports until 2021H2 and closed on 28/02/2022 (register); Công ty TNHH Nhựa Quảng Hưng
  closed on 01/01/2024.
- One model, two agencies: BQLKKT reports the Hoằng Hải seafood by-product recycling model for 2023H2, SCT the same
  model from 2024H1: it counts once.
- Corrections (files with "dieu-chinh" in their name, filed in the folder of the period they arrived in, named
  after the period they correct): `2025H1/SCT-chi-so-dieu-chinh-2024H1.csv` (15/01/2025: Công ty CP Xi măng Yên
  Lâm's 2024H1 consumption had been entered 8% too high), `2025H1/SCT-nhiem-vu-dieu-chinh-2024H1.csv` (15/01/2025:
  IV.1's progress), `2025H2/BQLKKT-chi-so-dieu-chinh-2025H1.csv` (12/08/2025: KCN Ngọc Trạo had been reported as
  reached in 2025H1 by mistake; the event was in July), `2025H2/SNNMT-nhiem-vu-dieu-chinh-2025H1.csv` (05/09/2025:
  IV.7's progress).
- Partial reports: SVHTTDL reports only I.5 for 2024H1 (VI.4, IX.1 missing); SKHCN only XII.4, XII.5, XIII.1 for
  2025H2 (XIII.2, XII.6 missing).

### File formats (deliberately varied, like Excel exports)
UTF-8 with or without BOM; `;`-separated files with decimal comma and dot thousands (1.234,5;
150.000.000); CRLF line ends; Vietnamese column headers; quoted cells with commas and line breaks;
a few non-canonical period spellings (2022-H1, 2023S2, H2/2021, "6 tháng đầu năm 2022"…).

### Deliberate slips (warning level only)
{slips_en}

### Files
{file_table}
"""

SLIPS_VI = [
    "- `2025H1/SKHDT-nhiem-vu.csv`: Sở KH&ĐT (đã hợp nhất vào Sở Tài chính từ 01/3/2025) vẫn báo cáo "
    "nhiệm vụ I.3, VIII.3.",
    "- `2021H2/STNMT-nhiem-vu.csv`, `2022H2/SGTVT-nhiem-vu.csv`: mã hóa Windows-1258 (dấu thanh tách rời).",
    "- `2022H2/LMHTX-nhiem-vu.csv`: thêm cột không xác định “Ghi chú thêm”.",
]
SLIPS_EN = [
    "- `2025H1/SKHDT-nhiem-vu.csv`: SKHDT (merged into STC on 1 March 2025) still reports tasks "
    "I.3 and VIII.3.",
    "- `2021H2/STNMT-nhiem-vu.csv`, `2022H2/SGTVT-nhiem-vu.csv`: Windows-1258 encoding (decomposed "
    "tone marks).",
    "- `2022H2/LMHTX-nhiem-vu.csv`: an unknown extra column “Ghi chú thêm”.",
]


def write_readme(out):
    lines = ["| Kỳ / period | nhiem-vu | chi-so | điều chỉnh / corrections |", "|---|---|---|---|"]
    for lab in ["2020"] + PERIODS:
        names = sorted(os.listdir(os.path.join(out, lab)))
        nv = sum(1 for n in names if n.endswith("-nhiem-vu.csv"))
        cs = sum(1 for n in names if n.endswith("-chi-so.csv"))
        dc = sum(1 for n in names if "-dieu-chinh-" in n)
        lines.append(f"| {lab} | {nv} | {cs} | {dc} |")
    zones = len(ZONES_SCT) + len(ZONES_BQL) + len(other_villages())
    text = README.format(n_est=len(ESTABLISHMENTS), slips_vi="\n".join(SLIPS_VI), n_zones=zones,
                         n_reg=len(ESTABLISHMENTS) + len(SUPERMARKETS) + zones + len(SPC_MODELS),
                         slips_en="\n".join(SLIPS_EN), file_table="\n".join(lines))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

# ---------------------------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------------------------
ALIASES = {
    "period": ["ky_bao_cao", "ky"], "agency": ["don_vi", "co_quan"],
    "task": ["nhiem_vu", "ma_nhiem_vu"], "title": ["ten_nhiem_vu"],
    "status": ["trang_thai", "tinh_trang"], "progress": ["tien_do"], "result": ["ket_qua"],
    "difficulties": ["kho_khan", "kho_khan_vuong_mac"],
    "proposals": ["de_xuat", "kien_nghi", "kien_nghi_de_xuat"],
    "spent_vnd": ["kinh_phi", "kinh_phi_vnd", "kinh_phi_dong"],
    "submitted_on": ["ngay_gui", "ngay_bao_cao"],
    "indicator": ["chi_tieu", "chi_so"], "sector": ["nganh"], "entity": ["co_so", "doi_tuong"],
    "numerator": ["tu_so", "gia_tri"], "denominator": ["mau_so"], "unit": ["don_vi_tinh"],
    "note": ["ghi_chu"], "entity_id": ["ma_co_so", "ma_so_thue"],
}
ALIAS_TO = {a: k for k, v in ALIASES.items() for a in v}
ALIAS_TO.update({k: k for k in ALIASES})
STATUS_OK = {"not_started", "in_progress", "done", "ongoing", "delayed", "chua_trien_khai",
             "dang_trien_khai", "hoan_thanh", "thuong_xuyen", "cham_tien_do"}


def norm(s):
    s = strip_diacritics(unicodedata.normalize("NFC", s)).lower()
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def parse_period(s):
    s0 = norm(s)
    m = re.fullmatch(r"(\d{4})_?(h|s)([12])", s0)
    if m:
        return f"{m.group(1)}H{m.group(3)}"
    m = re.fullmatch(r"(h|s)([12])_(\d{4})", s0)
    if m:
        return f"{m.group(3)}H{m.group(2)}"
    m = re.fullmatch(r"6_thang_(dau|cuoi)_nam_(\d{4})", s0)
    if m:
        return f"{m.group(2)}H{'1' if m.group(1) == 'dau' else '2'}"
    if re.fullmatch(r"\d{4}", s0):
        return s0
    return None


def read_any(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        text, enc = raw[3:].decode("utf-8"), "utf-8-bom"
    else:
        try:
            text, enc = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, enc = unicodedata.normalize("NFC", raw.decode("cp1258")), "cp1258"
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    crlf = "\r\n" in text
    return rows, enc, delim, crlf


def parse_num(s, delim):
    s = s.strip()
    if not s:
        return None
    if delim == ";":
        s = s.replace(".", "").replace(",", ".")
    return float(s)


def load_annex(path):
    leads = {}
    lines = open(path, encoding="utf-8").read().split("\n")
    start = [i for i, l in enumerate(lines) if l.startswith("STT\t")][0]
    group = None
    for l in lines[start + 1:]:
        if "\t" not in l:
            continue
        c = l.split("\t")
        if re.fullmatch(r"[IVX]+", c[0]):
            group = c[0]
            continue
        leads[f"{group}.{c[0]}"] = ANNEX_LEAD_NAMES[c[2].strip()]
    return leads


def check(out, annex):
    problems, warnings_seen = [], []
    leads = {t[0]: t[1] for t in TASKS}
    if annex and os.path.exists(annex):
        annex_leads = load_annex(annex)
        if annex_leads != leads:
            problems.append("task table differs from the annex: " +
                            str({k: (annex_leads.get(k), leads.get(k))
                                 for k in set(annex_leads) | set(leads)
                                 if annex_leads.get(k) != leads.get(k)}))
        print(f"annex: {len(annex_leads)} tasks, {len(set(k.split('.')[0] for k in annex_leads))} groups, "
              f"leads match: {annex_leads == leads}")
    summary = []
    cons = {}
    shares = {}
    counts = {}
    for lab in ["2020"] + PERIODS:
        folder = os.path.join(out, lab)
        names = sorted(os.listdir(folder))
        nfiles = {"nhiem-vu": 0, "chi-so": 0}
        nrows = {"nhiem-vu": 0, "chi-so": 0}
        encs = set()
        tasks_seen = {}
        for n in names:
            m = re.fullmatch(r"(.+?)-(nhiem-vu|chi-so)(?:-dieu-chinh-(\d{4}H[12]))?\.csv", n)
            if not m:
                problems.append(f"{lab}/{n}: unexpected file")
                continue
            ag, kind, corrects = m.group(1), m.group(2), m.group(3)
            if corrects:
                rows, *_ = read_any(os.path.join(folder, n))
                header = [ALIAS_TO.get(norm(h), norm(h)) for h in rows[0]]
                for rec in (dict(zip(header, r)) for r in rows[1:]):
                    if parse_period(rec["period"]) != corrects or not rec.get("submitted_on"):
                        problems.append(f"{lab}/{n}: a correction of {corrects} needs its period and date")
                warnings_seen.append(f"{lab}/{n}: corrects {len(rows) - 1} row(s) of {corrects}")
                continue
            if lab == "2020" and kind != "chi-so":
                problems.append(f"{lab}/{n}: task file in baseline folder")
            rows, enc, delim, crlf = read_any(os.path.join(folder, n))
            encs.add(f"{enc}{delim}{'crlf' if crlf else 'lf'}")
            if enc == "cp1258":
                warnings_seen.append(f"{lab}/{n}: cp1258")
            header = [ALIAS_TO.get(norm(h), norm(h)) for h in rows[0]]
            unknown = [h for h in header if h not in ALIASES]
            if unknown:
                warnings_seen.append(f"{lab}/{n}: unknown column(s) {unknown}")
            widths = {len(r) for r in rows}
            if widths != {len(header)}:
                problems.append(f"{lab}/{n}: ragged rows {widths}")
            recs = [dict(zip(header, r)) for r in rows[1:]]
            nfiles[kind] += 1
            nrows[kind] += len(recs)
            decimal_styles = set()
            for rec in recs:
                if parse_period(rec["period"]) != lab:
                    problems.append(f"{lab}/{n}: period {rec['period']!r}")
                if rec["agency"] != ag:
                    problems.append(f"{lab}/{n}: agency {rec['agency']!r}")
                for f in ("numerator", "denominator", "spent_vnd", "progress"):
                    v = rec.get(f, "")
                    if "," in v:
                        decimal_styles.add("comma")
                    if re.search(r"\.\d", v) and delim == ",":
                        decimal_styles.add("dot")
                    try:
                        x = parse_num(v, delim)
                    except ValueError:
                        problems.append(f"{lab}/{n}: bad number {f}={v!r}")
                        continue
                    if x is not None and x < 0:
                        problems.append(f"{lab}/{n}: negative {f}")
                    if f == "progress" and x is not None and not 0 <= x <= 100:
                        problems.append(f"{lab}/{n}: progress {x}")
                if kind == "nhiem-vu":
                    pidx = PERIODS.index(lab)
                    t = rec["task"]
                    if t not in leads:
                        problems.append(f"{lab}/{n}: unknown task {t}")
                        continue
                    expected = reporter(t, pidx)
                    if ag != expected:
                        if lab == SLIP_SKHDT_PERIOD and ag == "SKHDT" and expected == "STC":
                            warnings_seen.append(f"{lab}/{n}: {t} by superseded SKHDT")
                        else:
                            problems.append(f"{lab}/{n}: {t} reported by {ag}, expected {expected}")
                    tasks_seen[t] = tasks_seen.get(t, 0) + 1
                    if norm(rec["status"]) not in STATUS_OK:
                        problems.append(f"{lab}/{n}: status {rec['status']!r}")
                    d = rec.get("submitted_on", "")
                    if d and not re.fullmatch(r"\d{2}/\d{2}/\d{4}|\d{4}-\d{2}-\d{2}", d):
                        problems.append(f"{lab}/{n}: date {d!r}")
                else:
                    ind = rec["indicator"]
                    num = parse_num(rec["numerator"], delim)
                    den = parse_num(rec["denominator"], delim)
                    if ind == "consumption-reduction":
                        cons.setdefault(lab, []).append((rec["sector"], rec["entity"], num, den, rec["unit"]))
                        if SECTOR_UNIT[rec["sector"]] != rec["unit"]:
                            problems.append(f"{lab}/{n}: unit {rec['unit']}")
                    elif ind in ("zones-awareness", "eco-packaging"):
                        s = shares.setdefault((ind, lab), [0, 0])
                        s[0] += num
                        s[1] += den
                    else:
                        counts[(ind, lab)] = counts.get((ind, lab), 0) + num
            if len(decimal_styles) > 1:
                problems.append(f"{lab}/{n}: mixed decimal styles")
        if lab != "2020":
            pidx = PERIODS.index(lab)
            for t in leads:
                if tasks_seen.get(t, 0) > 1:
                    problems.append(f"{lab}: task {t} reported {tasks_seen[t]} times")
            missing_tasks = sorted(set(leads) - set(tasks_seen), key=task_key)
        else:
            missing_tasks = []
        summary.append((lab, nfiles["nhiem-vu"], nrows["nhiem-vu"], nfiles["chi-so"], nrows["chi-so"],
                        ",".join(missing_tasks), " ".join(sorted(encs))))

    print("\nperiod  task-files task-rows ind-files ind-rows  tasks-without-report   formats")
    for s in summary:
        print(f"{s[0]:7} {s[1]:10} {s[2]:9} {s[3]:9} {s[4]:8}  {s[5]:20} {s[6]}")

    def intensity(lab, sector, only):
        rows = [r for r in cons.get(lab, []) if r[0] == sector and r[3] and r[3] > 0 and r[1] in only]
        return sum(r[2] for r in rows) / sum(r[3] for r in rows), len(rows)

    base = {r[1] for r in cons["2020"] if r[3] > 0}
    sectors = ["cement", "beer", "textile", "steel", "plastics", "chemicals", "paper", "seafood"]
    print("\nconsumption-reduction vs 2020 (Σconsumption/Σoutput, establishments in both, output > 0)")
    show = ["2022H2", "2024H1", "2024H2", "2025H2", "2026H1"]
    print("sector     unit        I(2020)     n " + " ".join(f"{p:>8}" for p in show))
    for sec in sectors:
        i0_all = None
        line = []
        for p in show:
            present = {r[1] for r in cons[p] if r[0] == sec and r[3] and r[3] > 0} & base
            i0, n0 = intensity("2020", sec, present)
            i1, n1 = intensity(p, sec, present)
            line.append(f"{(1 - i1 / i0) * 100:7.2f}%")
            if p == "2024H1":
                i0_all, nn = i0, n1
        print(f"{sec:10} {SECTOR_UNIT[sec]:11} {i0_all:10.1f} {nn:5} " + " ".join(line))
    print("phase-2 sectors vs 2025H1:")
    for sec in PHASE2_SECTORS:
        ents = {r[1] for r in cons["2025H1"] if r[0] == sec}
        i0, _ = intensity("2025H1", sec, ents)
        vals = []
        for p in ["2025H2", "2026H1"]:
            i1, _ = intensity(p, sec, ents)
            vals.append(f"{p} {(1 - i1 / i0) * 100:.2f}%")
        print(f"  {sec:17} I(2025H1)={i0:.1f} {SECTOR_UNIT[sec]}  " + "  ".join(vals))
    print("\nshares (Σnumerator/Σdenominator) and counts")
    labs = ["2020"] + PERIODS
    print("period  zones-awareness   eco-packaging   spc  IV.2  IV.3-cl IV.3-vil")
    for lab in labs:
        z = shares[("zones-awareness", lab)]
        e = shares[("eco-packaging", lab)]
        print(f"{lab:7} {int(z[0]):3}/{int(z[1]):3} {100 * z[0] / z[1]:5.1f}%  "
              f"{int(e[0]):3}/{int(e[1]):3} {100 * e[0] / e[1]:5.1f}%  "
              f"{counts.get(('spc-models', lab), 0):4.0f} {counts.get(('IV.2-enterprises-supported', lab), 0):5.0f} "
              f"{counts.get(('IV.3-industrial-clusters', lab), 0):7.0f} {counts.get(('IV.3-craft-villages', lab), 0):7.0f}")
    print("\ndeliberate warnings seen:")
    for w in sorted(set(warnings_seen)):
        print("  " + w)
    print("\nproblems:", "none" if not problems else "")
    for p in problems:
        print("  " + p)
    return not problems


def task_key(t):
    g, n = t.split(".")
    roman = {"I": 1, "V": 5, "X": 10}
    v = 0
    for i, ch in enumerate(g):
        x = roman[ch]
        v += -x if i + 1 < len(g) and roman[g[i + 1]] > x else x
    return (v, int(n))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(here, "..", "samples"))
    ap.add_argument("--check", action="store_true", help="check samples/ instead of writing")
    ap.add_argument("--annex", default="/work/shared/source/ke-hoach-thanh-hoa-sxtdbv-2021-2030.txt")
    ap.add_argument("--register", default=os.path.join(here, "..", "registers", "co-so.csv"))
    a = ap.parse_args()
    out = os.path.normpath(a.out)
    if a.check:
        sys.exit(0 if check(out, a.annex) else 1)
    os.makedirs(out, exist_ok=True)
    for lab in ["2020"] + PERIODS:                # remove only the folders this script owns
        p = os.path.join(out, lab)
        if os.path.isdir(p):
            shutil.rmtree(p)
    nt = make_task_files(out)
    ni = make_indicator_files(out)
    write_readme(out)
    write_register(os.path.normpath(a.register))
    print(f"wrote {nt} task-progress files and {ni} indicator files to {out}, the register to {a.register}")


if __name__ == "__main__":
    main()
