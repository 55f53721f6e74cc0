"""Sentences and paragraphs of a text, as character offsets into the exact string."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? or … (with any closing quotes or brackets) before white space,
# or at a line break: teaser lines and headlines often have no final stop.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Segment:
    """A stretch of text by offsets, e.g. one sentence or one paragraph."""

    start: int
    end: int
    text: str


def sentences(text: str) -> list[Segment]:
    """Gives the sentences of the text, without surrounding white space."""
    return _pieces(text, _SENTENCE_END, keep_separator=True)


def paragraphs(text: str) -> list[Segment]:
    """Gives the paragraphs of the text (blocks split by blank lines)."""
    return _pieces(text, _PARAGRAPH_BREAK, keep_separator=False)


def _pieces(text: str, separator: re.Pattern[str], keep_separator: bool) -> list[Segment]:
    out: list[Segment] = []
    begin = 0
    for match in separator.finditer(text):
        stop = match.end() if keep_separator else match.start()
        _add(out, text, begin, stop)
        begin = match.end()
    _add(out, text, begin, len(text))
    return out


def _add(out: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end, text[start:end]))
