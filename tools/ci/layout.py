"""The layout checks of tools/ci/check-layout: every *.html in the folder given, on A4 paper and 390 px wide.

A4: markers (tiny white text of no width, in the flow so that they go where their text goes) are put in
each table's title, in its header row and in its first body row; the page printed is searched for them. A caption or header on
an earlier page than the first row ends a page alone. Ink in the page margins means something wider than
the page (a table's right border cut). Phone: a script measures the laid-out page and reports a page that
scrolls sideways and table cells of three words or more squeezed to one word per line. Standard library only.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

MARK = '<span class="ci-mark" style="font-size:1px;line-height:0;white-space:nowrap;color:#fff">zq{kind}{n}qz</span>'
# Margins of the report's @page rule (mm): top, right, bottom, left; ink must stay this far inside, less a little.
PAGE_MM = (210.0, 297.0)
MARGINS_MM = (20.0, 15.0, 20.0, 30.0)
SLACK_MM = 4.0

PHONE_SCRIPT = r"""
<script>
window.addEventListener('load', function () {
  var out = {overflow: 0, squeezed: []};
  var root = document.scrollingElement || document.documentElement;
  out.overflow = Math.max(0, root.scrollWidth - window.innerWidth);
  document.querySelectorAll('table th, table td').forEach(function (cell) {
    var text = cell.innerText.trim();
    var words = text.split(/\s+/).filter(function (w) { return w.length > 0; });
    if (words.length < 3) { return; }
    var range = document.createRange();
    range.selectNodeContents(cell);
    // Lines: boxes that overlap vertically are one line (a badge's border shifts its text by a pixel or two).
    var boxes = Array.prototype.filter.call(range.getClientRects(), function (r) { return r.width > 0 && r.height > 0; })
        .sort(function (a, b) { return a.top - b.top; });
    var lines = 0, bottom = -Infinity;
    boxes.forEach(function (r) {
      if (r.top >= bottom - 2) { lines++; bottom = r.bottom; } else { bottom = Math.max(bottom, r.bottom); }
    });
    if (lines >= words.length) {
      var table = cell.closest('table');
      var titled = table && table.getAttribute('aria-labelledby');
      var title = table && (table.caption || (titled && document.getElementById(titled)));
      var caption = title ? title.innerText.trim() : '';
      out.squeezed.push({cell: text.slice(0, 60), words: words.length, lines: lines,
                         width: Math.round(cell.getBoundingClientRect().width), table: caption.slice(0, 60)});
    }
  });
  var pre = document.createElement('pre');
  pre.id = 'ci-layout';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>
"""


def chrome(*args):
    profile = os.environ.get("CHROME_PROFILE") or tempfile.mkdtemp()
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--allow-file-access-from-files", "--user-data-dir=" + profile, *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300).stdout


def marked(html):
    """
    The page with markers in every table's title (its caption, or the element its aria-labelledby names),
    last header cell and first body row; the tables' count.
    """
    tables = html.split("<table")
    out = [tables[0]]
    titles = {}
    for n, part in enumerate(tables[1:], start=1):
        end = part.find("</table>")
        table, rest = part[:end], part[end:]
        table = re.sub(r"</caption>", MARK.format(kind="cap", n=n) + "</caption>", table, count=1)
        label = re.match(r'[^>]*aria-labelledby="([^"]+)"', table)
        if label:
            titles[label.group(1)] = n
        head = re.search(r"<thead>.*?</thead>", table, flags=re.S)
        if head:
            cells = list(re.finditer(r"</th>", head.group(0)))
            if cells:
                at = head.start() + cells[-1].start()
                table = table[:at] + MARK.format(kind="head", n=n) + table[at:]
        body = re.search(r"<tbody>\s*<tr>\s*<t[hd][^>]*>", table)
        if body:
            table = table[:body.end()] + MARK.format(kind="row", n=n) + table[body.end():]
        out.append(table + rest)
    page = "<table".join(out)
    for title, n in titles.items():
        page = re.sub(r'(id="' + re.escape(title) + r'"[^>]*>)', lambda m: m.group(1) + MARK.format(kind="cap", n=n), page,
                      count=1)
    return page, len(tables) - 1


def pages_of(pdf):
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    found = {}
    for page in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True).stdout
        for kind, n in re.findall(r"zq(cap|head|row)(\d+)qz", text):
            found.setdefault((kind, int(n)), page)  # the first page it is on (a header repeats on later pages)
    return count, found


def read_pgm(path):
    data = open(path, "rb").read()
    fields = []
    i = 0
    while len(fields) < 4:
        while data[i:i + 1].isspace():
            i += 1
        if data[i:i + 1] == b"#":
            while data[i:i + 1] != b"\n":
                i += 1
            continue
        j = i
        while not data[j:j + 1].isspace():
            j += 1
        fields.append(data[i:j])
        i = j
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[i + 1:]


def ink_in_margins(pdf, work):
    """Pages with dark pixels in a margin strip: (page, side) pairs."""
    prefix = os.path.join(work, "page")
    subprocess.run(["pdftoppm", "-gray", "-r", "40", pdf, prefix], check=True)
    bad = []
    for name in sorted(os.listdir(work)):
        if not (name.startswith("page") and name.endswith(".pgm")):
            continue
        page = int(re.search(r"(\d+)\.pgm$", name).group(1))
        width, height, pixels = read_pgm(os.path.join(work, name))
        mm_x, mm_y = width / PAGE_MM[0], height / PAGE_MM[1]
        top, right, bottom, left = MARGINS_MM
        box = (int((left - SLACK_MM) * mm_x), int((top - SLACK_MM) * mm_y),
               int(width - (right - SLACK_MM) * mm_x), int(height - (bottom - SLACK_MM) * mm_y))
        sides = set()
        for y in range(height):
            row = pixels[y * width:(y + 1) * width]
            if y < box[1] or y >= box[3]:
                if min(row) < 160:
                    sides.add("top" if y < box[1] else "bottom")
                continue
            if min(row[:box[0]], default=255) < 160:
                sides.add("left")
            if min(row[box[2]:], default=255) < 160:
                sides.add("right")
        bad.extend((page, side) for side in sorted(sides))
        os.remove(os.path.join(work, name))
    return bad


def check_a4(html_path, work):
    problems = []
    html = open(html_path, encoding="utf-8").read()
    page_html, tables = marked(html)
    probe = os.path.join(work, "a4.html")
    open(probe, "w", encoding="utf-8").write(page_html)
    pdf = os.path.join(work, "a4.pdf")
    chrome("--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + os.path.abspath(probe))
    count, found = pages_of(pdf)
    for n in range(1, tables + 1):
        row = found.get(("row", n))
        for kind in ("cap", "head"):
            at = found.get((kind, n))
            if at is not None and row is not None and at < row:
                what = "caption" if kind == "cap" else "header row"
                problems.append(f"table {n}: its {what} ends page {at}, its first row is on page {row}")
    clean = os.path.join(work, "plain.pdf")
    chrome("--no-pdf-header-footer", "--print-to-pdf=" + clean, "file://" + os.path.abspath(html_path))
    for page, side in ink_in_margins(clean, work):
        problems.append(f"page {page}: something is drawn in the {side} margin (wider or taller than the page)")
    keep = os.path.splitext(html_path)[0]
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "2", clean, keep + "-a4"], check=True)
    return count, problems


def check_phone(html_path, work):
    html = open(html_path, encoding="utf-8").read()
    probe = os.path.join(work, "phone.html")
    open(probe, "w", encoding="utf-8").write(html.replace("</body>", PHONE_SCRIPT + "</body>"))
    dom = chrome("--window-size=390,844", "--virtual-time-budget=20000", "--dump-dom", "file://" + os.path.abspath(probe))
    found = re.search(r'<pre id="ci-layout">(.*?)</pre>', dom, flags=re.S)
    if not found:
        return ["the page could not be measured at 390 px"], {}
    result = json.loads(found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    problems = []
    if result["overflow"] > 1:
        problems.append(f"390 px: the page scrolls sideways by {result['overflow']} px (only a table's own frame may)")
    for s in result["squeezed"]:
        problems.append(f"390 px: a cell of {s['words']} words takes {s['lines']} lines ({s['width']} px wide): "
                        f"“{s['cell']}” in “{s['table']}”")
    return problems, result


def main(folder):
    failed = False
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".html"):
            continue
        path = os.path.join(folder, name)
        with tempfile.TemporaryDirectory() as work:
            pages, a4 = check_a4(path, work)
            phone, measured = check_phone(path, work)
        json.dump({"a4": a4, "phone": measured}, open(os.path.splitext(path)[0] + "-layout.json", "w"), ensure_ascii=False)
        problems = a4 + phone
        print(f"{name}: A4 {pages} pages, 390 px: {'ok' if not phone else len(phone)} "
              + ("— ok" if not problems else f"— {len(problems)} problem(s)"))
        for p in problems:
            print(f"  {name}: {p}", file=sys.stderr)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
