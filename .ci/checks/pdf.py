#!/usr/bin/env python3
"""Checks one built PDF the way a print shop's preflight would, with qpdf and poppler-utils.

usage: pdf.py PDF [--print-shop] [--safe-mm 3] [--bleed-mm 3] [--margin-mm 5] [--pdfa-only]

Every PDF: `qpdf --check` passes without warnings; Apache PDFBox's preflight finds it a valid
PDF/A-1b file (what deckle's PDFs claim to be); every font is embedded (pdffonts); there is
extractable text. For a PDF to print at home, every word (pdftotext -bbox) lies at least
--margin-mm inside the sheet's edge, where home printers cannot print.
With --print-shop (one card per page at trim size plus bleed): every page dictionary has its own
/TrimBox and /BleedBox, the BleedBox reaches at least --bleed-mm beyond the TrimBox on every side
and stays inside the MediaBox, and every word lies inside the card's safe zone: the TrimBox
less --safe-mm on every side.

With --pdfa-only, only qpdf and PDFBox (for the large generated deck, whose words the shipped
deck's check already covers).

Prints one line per problem and a last line "pdf NAME: pages=N fonts=N words=N problems=N";
exits 1 when there is any problem.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

POINTS_PER_MM = 72 / 25.4
# Debian's Apache PDFBox (libpdfbox2-java) and the libraries its preflight needs.
PDFBOX = ":".join(f"/usr/share/java/{jar}.jar" for jar in (
    "preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"))
# pdftotext measures a word from the font's ascent to its descent, a little beyond the ink.
WORD_TOLERANCE_PT = 0.5


def run(*command):
    done = subprocess.run(command, capture_output=True, text=True, errors="replace")
    return done.returncode, done.stdout + done.stderr


class Words(HTMLParser):
    """Pages (width, height) and words (page index, text, x0, y0, x1, y1 from the top left) of pdftotext -bbox."""

    def __init__(self):
        super().__init__()
        self.pages = []
        self.words = []
        self._word = None

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "page":
            self.pages.append((float(values["width"]), float(values["height"])))
        elif tag == "word":
            box = tuple(float(values[k]) for k in ("xmin", "ymin", "xmax", "ymax"))
            self._word = [len(self.pages) - 1, "", *box]

    def handle_data(self, data):
        if self._word is not None:
            self._word[1] += data

    def handle_endtag(self, tag):
        if tag == "word" and self._word is not None:
            self.words.append(tuple(self._word))
            self._word = None


def page_boxes(pdf):
    """Each page's own dictionary entries MediaBox/TrimBox/BleedBox as [llx, lly, urx, ury] (inherited MediaBox resolved)."""
    code, output = run("qpdf", "--json=2", "--json-key=pages", "--json-key=qpdf", pdf)
    document = json.loads(output[output.index("{"):])
    objects = document["qpdf"][1]

    def value(reference):
        return objects.get("obj:" + reference, {}).get("value", {})

    def number_list(entry):
        if isinstance(entry, str) and entry.endswith(" R"):
            entry = value(entry)
        return [float(v) for v in entry] if isinstance(entry, list) else None

    boxes = []
    for page in document["pages"]:
        dictionary = value(page["object"])
        found = {key: number_list(dictionary[key]) for key in ("/MediaBox", "/TrimBox", "/BleedBox") if key in dictionary}
        parent = dictionary.get("/Parent")
        while "/MediaBox" not in found and parent:
            inherited = value(parent)
            if "/MediaBox" in inherited:
                found["/MediaBox"] = number_list(inherited["/MediaBox"])
            parent = inherited.get("/Parent")
        boxes.append(found)
    return boxes


def inside(word, box):
    _, _, x0, y0, x1, y1 = word
    left, top, right, bottom = box
    t = WORD_TOLERANCE_PT
    return x0 >= left - t and y0 >= top - t and x1 <= right + t and y1 <= bottom + t


def summarised(problems):
    """The problems, with one line for a problem that several pages share ("pages 1-44: ...")."""
    pages_by_problem = {}
    for problem in problems:
        match = re.match(r"page (\d+): (.*)$", problem)
        key = match.group(2) if match else problem
        pages_by_problem.setdefault(key, []).append(int(match.group(1)) if match else None)
    lines = []
    for problem, pages in pages_by_problem.items():
        numbers = [p for p in pages if p is not None]
        if not numbers:
            lines.append(problem)
        elif len(numbers) == 1:
            lines.append(f"page {numbers[0]}: {problem}")
        elif numbers == list(range(numbers[0], numbers[-1] + 1)):
            lines.append(f"pages {numbers[0]}-{numbers[-1]}: {problem}")
        else:
            lines.append(f"{len(numbers)} pages ({', '.join(map(str, numbers[:8]))}, ...): {problem}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdf")
    parser.add_argument("--print-shop", action="store_true")
    parser.add_argument("--safe-mm", type=float, default=3.0)
    parser.add_argument("--bleed-mm", type=float, default=3.0)
    parser.add_argument("--margin-mm", type=float, default=5.0)
    parser.add_argument("--pdfa-only", action="store_true")
    arguments = parser.parse_args()
    pdf, name = arguments.pdf, os.path.basename(arguments.pdf)
    problems = []

    code, output = run("qpdf", "--check", pdf)
    if code != 0:
        lines = [l for l in output.splitlines() if l.strip() and not l.startswith(("checking", "PDF Version", "File is not", "No syntax"))]
        problems.append(f"qpdf --check exit {code}: " + "; ".join(lines[:3]))
        # The rest cannot be trusted on a broken file.
        for problem in problems:
            print(f"pdf problem: {name}: {problem}")
        print(f"pdf {name}: problems={len(problems)}")
        return 1

    code, output = run("java", "-Djava.util.logging.config.file=/dev/null", "-cp", PDFBOX,
                       "org.apache.pdfbox.preflight.Validator_A1b", pdf)
    if code != 0:
        found = [l.strip() for l in output.splitlines() if re.match(r"^\d+(\.\d+)* :", l.strip())]
        summary = "; ".join(sorted(set(re.sub(r" on page \d+", "", l) for l in found))[:5])
        problems.append(f"not a valid PDF/A-1b file (PDFBox preflight exit {code}): {summary or output.strip()[-300:]}")

    if arguments.pdfa_only:
        for problem in problems:
            print(f"pdf problem: {name}: {problem}")
        print(f"pdf {name}: problems={len(problems)} (qpdf and PDF/A-1b only)")
        return 1 if problems else 0

    code, output = run("pdffonts", pdf)
    fonts = [line for line in output.splitlines()[2:] if line.strip()]
    for line in fonts:
        # name, type (one to three words), encoding, emb, sub, uni, object id
        match = re.match(r"^(\S+)\s+.*?\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", line)
        if not match:
            problems.append(f"pdffonts line not understood: {line.strip()}")
        elif match.group(2) != "yes":
            problems.append(f"font {match.group(1)} is not embedded")

    code, output = run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-")
    words = Words()
    words.feed(output)
    if not words.words:
        problems.append("no extractable text")

    boxes = page_boxes(pdf)
    if len(boxes) != len(words.pages):
        problems.append(f"qpdf sees {len(boxes)} pages, pdftotext {len(words.pages)}")
    # Where a page's words may go, in pdftotext's coordinates (points from the top left of the MediaBox).
    allowed = []
    for number, (found, (width, height)) in enumerate(zip(boxes, words.pages), start=1):
        media = found.get("/MediaBox") or [0, 0, width, height]
        to_top_left = lambda b: (b[0] - media[0], media[3] - b[3], b[2] - media[0], media[3] - b[1])
        margin = arguments.margin_mm * POINTS_PER_MM
        left, top, right, bottom = to_top_left(media)
        area = (left + margin, top + margin, right - margin, bottom - margin)
        if arguments.print_shop:
            trim, bleed = found.get("/TrimBox"), found.get("/BleedBox")
            if trim is None or bleed is None:
                problems.append(f"page {number}: " + " and ".join(k for k in ("/TrimBox", "/BleedBox") if k not in found) + " missing")
            else:
                reach = min(trim[0] - bleed[0], trim[1] - bleed[1], bleed[2] - trim[2], bleed[3] - trim[3]) / POINTS_PER_MM
                if reach < arguments.bleed_mm - 0.05:
                    problems.append(f"page {number}: bleed reaches {reach:.2f} mm beyond the trim, needs {arguments.bleed_mm:g} mm")
                if bleed[0] < media[0] - 0.01 or bleed[1] < media[1] - 0.01 or bleed[2] > media[2] + 0.01 or bleed[3] > media[3] + 0.01:
                    problems.append(f"page {number}: BleedBox {bleed} reaches outside the MediaBox {media}")
                safe = arguments.safe_mm * POINTS_PER_MM
                left, top, right, bottom = to_top_left(trim)
                area = (left + safe, top + safe, right - safe, bottom - safe)
        allowed.append(area)
    for word in words.words:
        page = word[0]
        if page < len(allowed) and not inside(word, allowed[page]):
            where = "the card's safe zone" if arguments.print_shop else "the printable area"
            box = ", ".join(f"{v:.1f}" for v in word[2:])
            limits = ", ".join(f"{v:.1f}" for v in allowed[page])
            problems.append(f"page {page + 1}: word {word[1]!r} at ({box}) pt is outside {where} ({limits})")

    for problem in summarised(problems)[:40]:
        print(f"pdf problem: {name}: {problem}")
    print(f"pdf {name}: pages={len(words.pages)} fonts={len(fonts)} words={len(words.words)} problems={len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
