#!/usr/bin/env python3
"""Makes a project of COUNT generated questions (default 10,000) in FOLDER, with the shipped
article and settings, so CI can check that the PDFs of a large deck are still valid PDF/A-1b.

usage: big_deck.py FOLDER [COUNT]

The questions are the shipped ones combined as benches/build.rs combines them (every third one
two questions long), so card fitting has the same work to do as in the benchmark.
"""
import pathlib
import re
import shutil
import sys


def main():
    folder = pathlib.Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    seed = pathlib.Path(__file__).resolve().parents[2] / "content"
    content = folder / "content"
    content.mkdir(parents=True, exist_ok=True)
    for name in ("article.md", "settings.yaml"):
        shutil.copy(seed / name, content / name)
    texts = [m.group(1).strip('"') for m in re.finditer(r"^\s*text: (.*)$", (seed / "questions.yaml").read_text(), re.M)]
    if not texts:
        sys.exit("no `text:` lines in content/questions.yaml")
    lines = ['title: "A Deck for Measuring"',
             'introduction: "Questions generated to check how deckle copes with a large deck."',
             'closing: "That was the last one."',
             "questions:"]
    for index in range(count):
        text = texts[index % len(texts)]
        if index % 3 == 2:
            text += " " + texts[(index * 7 + 3) % len(texts)]
        lines += [f"  - id: q{index:05}", f'    text: "{text}"']
    (content / "questions.yaml").write_text("\n".join(lines) + "\n")
    print(f"big deck: {count} questions in {folder}")


if __name__ == "__main__":
    main()
