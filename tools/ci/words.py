"""The word checks of tools/ci/check-words: what people read holds no control character and no machine word.

Usage: words.py PLAN_JSON DIAGNOSTICS_MD FILE...   where each FILE is named LANG-KIND-NAME.EXT: LANG vi or en,
KIND "report" (a rendered report: .md, .html, .docx, .pdf, read as the reader sees its text; the names of the
submission files its annex cites, plan.yaml's keys and the commands it tells a clerk to run are left out) or
"terminal" (.txt: what a command printed).

Machine words: the plan's indicator, task-output and sector ids, the task statuses and verdicts, the column ids
of the submission files, the file kinds, every diagnostic code (docs/diagnostics.md), any word joined by an
underscore (a clerk's "Ghi chú thêm" turned into ghi_chu_them) and, in Vietnamese text, English words that only
a program would write. In English text the English words are the language itself, so only codes and ids with a
hyphen or an underscore count there. A command's help may name the plan's ids and the file kinds: they are what
the user types after --indicator, --sector, --kind. In what a command prints, what a user types is not prose:
command lines ("sctb report"), options and their values ("--decimal comma"), file names and paths are left out
before the words are looked at. Standard library only.
"""
import html
import json
import re
import subprocess
import sys
import unicodedata
import zipfile

STATUSES = ["not-started", "in-progress", "done", "ongoing", "delayed"]
VERDICTS = ["achieved", "on-track", "acceleration-needed", "limited-progress", "deterioration", "not-achieved",
            "no-data", "insufficient-data", "qualitative"]
COLUMNS = ["period", "agency", "task", "title", "status", "progress", "result", "difficulties", "proposals",
           "spent_vnd", "submitted_on", "indicator", "sector", "entity", "numerator", "denominator", "unit", "note"]
KINDS = ["tasks", "indicators", "reduction", "share", "count"]
# What a program writes and a Vietnamese sentence never holds.
ENGLISH = ["error", "warning", "errors", "warnings", "diagnostics", "diagnostic", "docs", "template", "templates",
           "null", "undefined", "NaN", "true", "false", "Exception", "TODO", "FIXME", "value", "items", "code",
           "file", "line", "column", "submission", "submissions", "workspace", "report", "reports", "plan"]
COMMANDS = ["plan", "validate", "template", "report", "explain", "site", "generate-completion", "help"]


def controls(text):
    return [c for c in text if (ord(c) < 0x20 and c not in "\n\r\t") or 0x7F <= ord(c) <= 0x9F
            or c in "\u061c\u200e\u200f\u2028\u2029" or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]


def machine_words(plan_file, diagnostics_file, lang, help_text):
    """
    The words that must not be read: in Vietnamese every id and code and the English words above; in English
    the codes and ids no English sentence has (with a hyphen or an underscore: "encoding", a status or a
    verdict is an English word there). A help text names the plan's ids and the file kinds as values to type after an option.
    """
    plan = json.load(open(plan_file, encoding="utf-8"))
    ids = [i["id"] for i in plan["indicators"]] + [s["id"] for s in plan["sectors"]]
    for group in plan["groups"]:
        for task in group["tasks"]:
            ids += [o["id"] for o in task.get("outputs", [])]
    codes = re.findall(r"^\| `([a-z][a-z-]*)` \|", open(diagnostics_file, encoding="utf-8").read(), flags=re.M)
    typed = [] if help_text else ids + KINDS
    if lang == "vi":
        return set(typed + STATUSES + VERDICTS + COLUMNS + codes + ENGLISH)
    return {w for w in codes + typed + COLUMNS if "-" in w or "_" in w}


def typed_by_users(text):
    """
    What a command printed, without what a user types: command lines, options and their values, paths,
    file names and plan.yaml's keys (workspace.submissions, also where the help wrapped it after its dot).
    """
    text = re.sub(r"(?<![^\s(])([a-z_]+)\.\n\s+([a-z_]+)", r"\1.\2", text)
    text = command_lines_left_out(plan_keys_left_out(text))
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*(?:[= ](?:[A-Za-z0-9_.,|<>\[\]/-]+))?", " ", text)
    text = re.sub(r"\S*[/\\]\S*|\S+\.(?:csv|xlsx|xls|yaml|json|md|html|pdf|docx|zip|txt)\b", " ", text)
    text = re.sub(r"^\s*(?:" + "|".join(COMMANDS) + r")\s{2,}", " ", text, flags=re.M)  # the help's command list
    text = re.sub(r"\b[A-Z][A-Z_]{2,}\b", " ", text)  # parameter labels and variables: PATH, SCTB_LANG
    return text


def command_lines_left_out(text):
    """Without the commands a message tells its reader to run ("sctb validate")."""
    return re.sub(r"\bsctb(\s+(" + "|".join(COMMANDS) + r"))?\b", " ", text)


def plan_keys_left_out(text):
    """Without plan.yaml's keys and other dotted names a user types (workspace.register, plan.yaml)."""
    return re.sub(r"\b[a-z_]+(?:\.[a-z_]+)+\b", " ", text)


def what_a_report_cites_left_out(text):
    """
    A report without the names of the submission files its annex locates problems in (they are the clerks'),
    the plan.yaml keys and the commands its messages tell a clerk to run.
    """
    return command_lines_left_out(plan_keys_left_out(re.sub(r"[^\s|(]+\.(?:csv|xlsx|yaml)\b", " ", text)))


def hits(text, words):
    """Each machine word with its line; a word joined by an underscore is one whatever it is (no prose has one)."""
    found = []
    for line in text.splitlines():
        for w in re.findall(r"[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*", line):
            if w in words or "_" in w:
                found.append((w, line.strip()[:160]))
    return found


def text_of(path):
    """What a reader sees of a file: the text of a web page, of a Word document's parts, of a PDF's pages."""
    if path.endswith(".pdf"):
        # pdftotext ends each page with a form feed of its own: not a character of the document.
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True, text=True,
                              check=True).stdout.replace("\f", "\n")
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as docx:
            parts = [n for n in docx.namelist() if n.startswith("word/") and n.endswith(".xml")]
            xml = "\n".join(docx.read(n).decode("utf-8") for n in sorted(parts))
        return html.unescape("\n".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)))
    text = open(path, encoding="utf-8", errors="replace").read()
    if path.endswith(".md"):
        text = re.sub(r"\\([\\`*_{}\[\]()#+.!|<>-])", r"\1", text)  # Markdown's escapes: "ghi\_chu" reads "ghi_chu"
    if path.endswith(".html"):
        text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def main(plan_file, diagnostics_file, files):
    failed = False
    for path in files:
        name = path.rsplit("/", 1)[-1]
        lang, kind = name.split("-", 2)[:2]
        text = unicodedata.normalize("NFC", text_of(path))
        problems = [f"control character U+{ord(c):04X}" for c in sorted(set(controls(text)))]
        scanned = typed_by_users(text) if kind == "terminal" else what_a_report_cites_left_out(text)
        words = machine_words(plan_file, diagnostics_file, lang, "-help" in name)
        problems += [f"machine word “{w}” in: {line}" for w, line in hits(scanned, words)]
        print(f"{name}: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
        for p in problems[:40]:
            print(f"  {name}: {p}", file=sys.stderr)
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
