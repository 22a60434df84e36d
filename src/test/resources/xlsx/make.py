#!/usr/bin/env python3
"""Makes the .xlsx test fixtures of src/test/resources/xlsx (run by make.sh; the outputs are checked in,
so CI never needs LibreOffice). LibreOffice writes the "real Excel-like" workbooks from flat ODS sources
(typed numbers, text numbers with decimal commas, dates, formulas with cached values, merged header cells)
and from a bundled sample CSV; Python writes the hostile ones (zip bombs, a file that is not a zip)."""
import os, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')

STYLES = """<office:automatic-styles>
<number:date-style style:name="Ndate"><number:day number:style="long"/><number:text>/</number:text>
<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
<number:percentage-style style:name="Npct"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<style:style style:name="date" style:family="table-cell" style:data-style-name="Ndate"/>
<style:style style:name="pct" style:family="table-cell" style:data-style-name="Npct"/>
</office:automatic-styles>"""


def s(text, span=None, rows=None):
    attrs = ""
    if span:
        attrs += f' table:number-columns-spanned="{span}"'
    if rows:
        attrs += f' table:number-rows-spanned="{rows}"'
    if span and not rows:
        attrs += ' table:number-rows-spanned="1"'
    if rows and not span:
        attrs += ' table:number-columns-spanned="1"'
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return f'<table:table-cell office:value-type="string"{attrs}><text:p>{text}</text:p></table:table-cell>'


def n(value, formula=None, style=None):
    f = f' table:formula="of:={formula}"' if formula else ""
    st = f' table:style-name="{style}"' if style else ""
    vt = "percentage" if style == "pct" else "float"
    return f'<table:table-cell{f}{st} office:value-type="{vt}" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'


def d(iso):
    return (f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{iso}">'
            f'<text:p>{iso}</text:p></table:table-cell>')


def err(formula):
    return f'<table:table-cell table:formula="of:={formula}"><text:p>#DIV/0!</text:p></table:table-cell>'


E = "<table:table-cell/>"
COVERED = "<table:covered-table-cell/>"


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def table(name, *rows):
    return f'<table:table table:name="{name}">' + "".join(rows) + "</table:table>"


def fods(*tables):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.2" '
            f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">{STYLES}'
            f'<office:body><office:spreadsheet>{"".join(tables)}</office:spreadsheet></office:body></office:document>')


HEADER = ["Kỳ báo cáo", "Đơn vị", "Mã nhiệm vụ", "Tên nhiệm vụ", "Trạng thái", "Tiến độ (%)", "Kết quả",
          "Khó khăn, vướng mắc", "Kiến nghị, đề xuất", "Kinh phí (đồng)", "Ngày báo cáo"]

# Task progress, SCT 2024H1, on the second sheet "Nhiệm vụ" (chosen by name), under a merged title row.
# Row 4: typed numbers and a real date. Row 5: text numbers with decimal commas, a text date.
# Row 6: formulas: progress =F4*0.5 (cached 50), amount =1/0 (cached #DIV/0! -> bad-number at J6).
# Row 7: progress 150 (out-of-range at F7). Row 8: progress 45.5 % stored as a percentage (0.455).
TASKS = fods(
    table("Ghi chú", row(s("Sổ này có hai trang; sctb đọc trang “Nhiệm vụ”."))),
    table("Nhiệm vụ",
          row(s("BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024", span=11), *[COVERED] * 10),
          row(E),
          row(*[s(h) for h in HEADER]),
          row(s("2024H1"), s("SCT"), s("I.1"), s("Triển khai chỉ đạo"), s("hoàn thành"), n(100), s("Xong"), E, E,
              n(150000000), d("2024-06-13")),
          row(s("2024H1"), s("SCT"), s("I.6"), s("Tham mưu kế hoạch"), s("Đang triển khai"), s("45,5"), E, E, E,
              s("1.500.000,5"), s("13/06/2024")),
          row(s("2024H1"), s("SCT"), s("II.1"), s("Phổ biến công nghệ"), s("đang triển khai"), n(50, "[.F4]*0.5"),
              E, E, E, err("1/0"), d("2024-06-14")),
          row(s("2024H1"), s("SCT"), s("III.1"), s("Thiết kế bền vững"), s("đang triển khai"), n(150), E, E, E, E, E),
          row(s("2024H1"), s("SCT"), s("IV.1"), s("Định mức kỹ thuật"), s("đang triển khai"), n(0.455, style="pct"),
              E, E, E, n(1.234), E)))

# Indicator data with a two-level header: most header cells merged over rows 1-2, "Số liệu" over F1:G1 with
# "Tử số" / "Mẫu số" below; the agency merged over the two data rows (B3:B4).
INDICATORS = fods(
    table("Sheet1",
          row(s("Kỳ báo cáo", rows=2), s("Đơn vị", rows=2), s("Chỉ tiêu", rows=2), s("Ngành", rows=2),
              s("Cơ sở", rows=2), s("Số liệu", span=2), COVERED, s("Đơn vị tính", rows=2)),
          row(COVERED, COVERED, COVERED, COVERED, COVERED, s("Tử số"), s("Mẫu số"), COVERED),
          row(s("2024H1"), s("SCT", rows=2), s("consumption-reduction"), s("textile"), s("Công ty A"),
              n(1280644.25), n(2260.5), s("kgOE/tấn")),
          row(s("2024H1"), COVERED, s("consumption-reduction"), s("textile"), s("Công ty B"), s("907.588,4"),
              s("1.478,9"), s("kgOE/tấn"))))


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL)


def zip_with_sheet(path, sheet_xml=None, shared_xml=None):
    """A minimal workbook whose sheet (or shared-string table) is the given, hugely compressible XML."""
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
              '</Relationships>')
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    sheet_xml = sheet_xml or f'<?xml version="1.0" encoding="UTF-8"?><worksheet {main}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    shared_xml = shared_xml or f'<?xml version="1.0" encoding="UTF-8"?><sst {main} count="1" uniqueCount="1"><si><t>period</t></si></sst>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", wbrels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        z.writestr("xl/sharedStrings.xml", shared_xml)


def main():
    if not shutil.which("soffice"):
        sys.exit("make.py needs LibreOffice (apt-get install -y libreoffice-calc-nogui)")
    main_ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in (("lo-tasks", TASKS), ("lo-merged-indicators", INDICATORS)):
            src = os.path.join(tmp, name + ".fods")
            with open(src, "w", encoding="utf-8") as f:
                f.write(text)
            soffice(src, "xlsx", HERE)
        soffice(os.path.join(tmp, "lo-tasks.fods"), "xls", tmp)
        shutil.copy(os.path.join(tmp, "lo-tasks.xls"), os.path.join(HERE, "old-format.xls"))
        # A bundled sample CSV opened and saved by LibreOffice (UTF-8, comma-separated, types detected).
        csv = os.path.join(tmp, "lo-from-csv.csv")
        shutil.copy(os.path.join(REPO, "samples", "2024H1", "SCT-nhiem-vu.csv"), csv)
        subprocess.run(["soffice", "--headless", "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx",
                        "--outdir", HERE, csv], check=True, stdout=subprocess.DEVNULL)
    # Hostile: a sheet of 40 MB of blanks in a zip of a few tens of kilobytes; a 17 MB shared-string table.
    zip_with_sheet(os.path.join(HERE, "bomb-sheet.xlsx"),
                   sheet_xml=f'<?xml version="1.0" encoding="UTF-8"?><worksheet {main_ns}><sheetData>' + " " * 40_000_000
                   + "</sheetData></worksheet>")
    zip_with_sheet(os.path.join(HERE, "bomb-strings.xlsx"),
                   shared_xml=f'<?xml version="1.0" encoding="UTF-8"?><sst {main_ns}>' + "<si><t>a</t></si>" * 1_000_000
                   + "</sst>")
    with open(os.path.join(HERE, "not-a-zip.xlsx"), "w", encoding="utf-8") as f:
        f.write("period,agency,task,status\n2024H1,SCT,I.1,done\n")


if __name__ == "__main__":
    main()
