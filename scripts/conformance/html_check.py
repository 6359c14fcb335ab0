#!/usr/bin/env python3
"""Print HTML through tidy and headless Chromium.

    html_check.py FILE...

Per file: `tidy` finds no errors (its warnings are listed, grouped); Chromium prints it to PDF
(`--headless --no-sandbox --print-to-pdf`) and pdfinfo finds every page A4 (595 x 842 pt, ±1);
every page the print CSS forces (each `<section class="document">` after the first, and the
heading after each `<div class="page-break">`) starts a page of the PDF; and the page count is
what the document claims: at least one page per forced part, and exactly one for a part meant
to be one page (the discussion and the return part of an APT sheet, the agenda, the evaluation
form, the contents page of an index.html). Page counts are printed for every file.
"""
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

from checklib import Checks

A4 = (595.0, 842.0)
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def one_page_titles():
    """The h1 of the agenda and of the evaluation form in every language, from the templates."""
    titles = {}
    for name, kind in (("agenda.md", "agenda"), ("utvardering.md", "evaluation form")):
        for template in TEMPLATES.glob(f"*/{name}"):
            for line in template.read_text(encoding="utf-8").splitlines():
                if line.startswith("# "):
                    titles[" ".join(line[2:].split())] = kind
                    break
    return titles


class Structure(HTMLParser):
    """The documents of a print HTML file and the headings that start a forced page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.documents = []  # [{"title": str, "starts": [heading text of each part]}]
        self.pending_break = False
        self.heading = None
        self.headings = []  # every heading's text, to find one stranded at the foot of a page

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag == "section" and "document" in classes:
            self.documents.append({"title": None, "starts": []})
            self.pending_break = True
        elif tag == "div" and "page-break" in classes:
            self.pending_break = True
        elif re.fullmatch(r"h[1-6]", tag) and self.documents:
            self.heading = ""

    def handle_endtag(self, tag):
        if re.fullmatch(r"h[1-6]", tag) and self.heading is not None:
            text = " ".join(self.heading.split())
            self.headings.append(text)
            document = self.documents[-1]
            if document["title"] is None:
                document["title"] = text
            if self.pending_break:
                document["starts"].append(text)
                self.pending_break = False
            self.heading = None

    def handle_data(self, data):
        if self.heading is not None:
            self.heading += data


def tidy(checks, path):
    run = subprocess.run(["tidy", "-q", "-e", "-utf8", str(path)], capture_output=True, text=True)
    messages = [line for line in run.stderr.splitlines() if " - " in line]
    errors = [m.split(" - ", 1)[1] for m in messages if " - Error:" in m]
    warnings = Counter(m.split(" - Warning: ", 1)[1] for m in messages if " - Warning: " in m)
    listed = "; ".join(f"{n}x {w}" for w, n in warnings.most_common())
    checks.check(path, "tidy", run.returncode < 2 and not errors,
                 f"exit {run.returncode}, {len(errors)} error(s): " + "; ".join(errors[:5]),
                 f"no errors, {sum(warnings.values())} warning(s)" + (f": {listed}" if listed else ""))


def print_pdf(path, pdf, profile):
    command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-pdf-header-footer", f"--user-data-dir={profile}", f"--print-to-pdf={pdf}",
               Path(path).resolve().as_uri()]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        return run.returncode, run.stderr
    except subprocess.TimeoutExpired:
        return -1, "timed out after 120 s"


def page_sizes(pdf):
    run = subprocess.run(["pdfinfo", "-f", "1", "-l", "100000", str(pdf)], capture_output=True, text=True)
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", run.stdout, re.M)
    return [(float(w), float(h)) for w, h in sizes]


def page_texts(pdf):
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in text.split("\f")]


def check_pages(checks, path, pdf, titles):
    sizes = page_sizes(pdf)
    off = [i + 1 for i, (w, h) in enumerate(sizes) if abs(w - A4[0]) > 1 or abs(h - A4[1]) > 1]
    checks.check(path, "prints to A4", sizes and not off,
                 f"pages {off[:5]} are {sizes[off[0] - 1] if off else '?'} pt, not 595x842" if sizes else "pdfinfo read no pages",
                 f"{len(sizes)} page(s) of {sizes[0][0]:g} x {sizes[0][1]:g} pt" if sizes else "")
    if not sizes:
        return
    structure = Structure()
    structure.feed(Path(path).read_text(encoding="utf-8"))
    texts = page_texts(pdf)
    is_index = Path(path).name == "index.html" and len(structure.documents) > 1
    if is_index:
        # A printed pack opens with its first document (the agenda), not a list of file names.
        listing = texts and (".html" in texts[0] or ".md " in texts[0] + " ")
        checks.check(path, "opens with its first document", not listing, "page 1 lists file names",
                     f"page 1 is '{structure.documents[0]['title']}'")
    parts = []  # (heading, kind of one-page part or None)
    for document in structure.documents:
        if len(document["starts"]) > 1:
            # An APT sheet's page plan: time plan and quotes, questions and notes, the return part.
            plan = ["APT sheet (time plan and quotes)", "APT sheet (questions and notes)", "APT sheet (return part)"]
            kinds = (plan if len(document["starts"]) == 3 else plan[:1] + plan[2:])[:len(document["starts"])]
        else:
            kinds = [titles.get(document["title"])] * len(document["starts"])
        parts += list(zip(document["starts"], kinds))

    starts, missing, page = [], [], 0
    for heading, _ in parts:
        found = next((p for p in range(page, len(sizes)) if texts[p].startswith(heading)), None)
        if found is None:
            missing.append(heading)
        else:
            starts.append(found)
            page = found + 1
    checks.check(path, "page breaks", not missing,
                 "; ".join(f"'{h[:50]}' does not start a page" for h in missing[:3]),
                 f"{len(parts)} forced page start(s) each begin a page")

    pages = len(sizes)
    problems = [f"{pages} page(s) for {len(parts)} forced part(s)"] if pages < len(parts) else []
    lengths = []
    if not missing:
        lengths = [b - a for a, b in zip(starts, starts[1:] + [pages])]
        for (heading, kind), length in zip(parts, lengths):
            if kind and length > 1:
                problems.append(f"{kind} '{heading[:50]}' is meant for one page and prints on {length}")
    claimed = sum(1 for _, kind in parts if kind)
    checks.check(path, "page count", not problems, "; ".join(problems),
                 f"{pages} page(s); {len(parts)} part(s), {claimed} meant for one page"
                 + (f"; pages per part {lengths}" if len(lengths) > 1 else ""),
                 problems=problems)
    # A heading must stand with what it heads: never the last line of a page.
    raw_pages = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")
    # It is stranded when the text under it goes on on the next page; a heading over ruled
    # lines only (Anteckningar) before a forced break has nothing to be parted from.
    order = [h for h in structure.headings if len(h) > 3]
    headings = set(order)
    stranded = []
    for number, page_text in enumerate(raw_pages[:-1]):
        lines = [" ".join(line.split()) for line in page_text.splitlines() if line.strip()]
        if not lines or lines[-1] not in headings:
            continue
        following = order[order.index(lines[-1]) + 1:]
        next_lines = [" ".join(line.split()) for line in raw_pages[number + 1].splitlines() if line.strip()]
        if not (following and next_lines and next_lines[0] == following[0]):
            stranded.append(f"'{lines[-1][:50]}' ends page {number + 1}")
    checks.check(path, "no heading at the foot of a page", not stranded, "; ".join(stranded[:3]),
                 f"{len(headings)} headings, none the last line of a page", problems=stranded)
    print(f"pages {pages:3d}  {checks.name(path)}", file=sys.stderr)


def main():
    checks = Checks()
    files = sys.argv[1:]
    titles = one_page_titles()
    workers = max(1, int(os.environ.get("CONFORMANCE_JOBS", "2")))
    with tempfile.TemporaryDirectory(prefix="forankra-pdf-") as work:
        pdfs = {}

        def worker(slot):
            # Two running Chromiums cannot share a profile folder: one per worker.
            for index in range(slot, len(files), workers):
                pdf = Path(work) / f"{index}.pdf"
                pdfs[files[index]] = (pdf, print_pdf(files[index], pdf, Path(work) / f"profile-{slot}"))

        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(worker, range(workers)))
        for path in files:
            tidy(checks, path)
            pdf, (code, stderr) = pdfs[path]
            printed = code == 0 and pdf.exists() and pdf.stat().st_size > 0
            checks.check(path, "chromium prints", printed, f"exit {code}: {stderr.strip()[-200:]}",
                         f"{pdf.stat().st_size // 1024} KB PDF" if printed else "")
            if printed:
                check_pages(checks, path, pdf, titles)
    checks.exit()


if __name__ == "__main__":
    main()
