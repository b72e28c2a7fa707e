#!/usr/bin/env python3
"""Indents lupdate's .ts output the way the committed files are (every element inside <TS> four spaces
deeper), so a refresh shows only the messages that changed. Multi-line texts are left as they are. In the English file, new
messages get their source text as the translation.

    cmake --build build/ci --target shirube_ui_lupdate && resources/translations/tidy_ts.py
"""
import pathlib
import re
import sys

TEXT = re.compile(r"<(source|translation|numerusform|comment|extracomment|translatorcomment)\b[^>]*>")


def tidy(text: str) -> str:
    out = []
    inside = False
    open_tag = None
    for line in text.split("\n"):
        if open_tag:  # a continuation line of a multi-line text
            out.append(line)
            if f"</{open_tag}>" in line:
                open_tag = None
            continue
        stripped = line.strip()
        if stripped.startswith("</TS>"):
            inside = False
        if inside and stripped:
            line = "    " + line
        out.append(line)
        if stripped.startswith("<TS "):
            inside = True
        m = TEXT.search(line)
        rest = line[m.end():] if m else ""
        # A text that goes on to the next line (not a <translation> holding <numerusform>s).
        if m and rest.strip() and f"</{m.group(1)}>" not in rest:
            open_tag = m.group(1)
    return "\n".join(out)


SOURCE_THEN_UNFINISHED = re.compile(
    r'(<source>(?P<text>(?:(?!</source>).)*)</source>\n(?P<pad>[ ]*))<translation type="unfinished"></translation>',
    re.S)


def fill_english(text: str) -> str:
    """The English file's translations are the source texts (the source language is English)."""
    return SOURCE_THEN_UNFINISHED.sub(lambda m: m.group(1) + "<translation>" + m.group("text") + "</translation>",
                                      text)


def main() -> int:
    here = pathlib.Path(__file__).resolve().parent
    for ts in sorted(here.glob("*.ts")):
        text = ts.read_text(encoding="utf-8")
        if not ("\n    <context>" in text and "\n<context>" not in text):
            text = tidy(text)
        if ts.name.endswith("_en.ts"):
            text = fill_english(text)
        ts.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
