"""Sentences, paragraphs and words of a text, as character offsets into the exact string.

`prepare` does the splitting once, so the detector, readability and emotion share one pass
over the text instead of each splitting it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

# A sentence ends at . ! ? or … (with any closing quotes or brackets) before white space,
# or at a line break: teaser lines and headlines often have no final stop. A title's stop
# ("Mr. Desrosiers", "Dr. Patel") ends nothing, nor a number's ("reg. 55-10482", "No. 4",
# "Ref. 8841").
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Sgt", "Insp", "Cllr", "Capt", "Lt")
_TITLES += ("reg", "Reg", "No", "Ref", "ref", "St")  # "the St. Aubyn Parish Council"
_SENTENCE_END = re.compile(
    # The cheap look first: most places hold no stop, and only a stop asks about titles.
    r"(?=[.!?…])" + "".join(rf"(?<!\b{t})" for t in _TITLES) + r"[.!?…]+[\"'”’)\]]*(?=\s)|\n"
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A word: letters, digits or underscores, with any apostrophes inside it ("don't", "you’ll").
WORD = re.compile(r"\w+(?:['’]\w+)*")
# A list's play marks and bullets ("▶ This Seal Did Something…"): layout, not words, and not
# symbols used for effect.
LAYOUT_MARKS = "▶►▷▸▹⏵➤•●■▪◆"


class Segment(NamedTuple):
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
        _add(out, text, begin, match.end() if keep_separator else match.start())
        begin = match.end()
    _add(out, text, begin, len(text))
    return out


def _add(out: list[Segment], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    kept = chunk.strip()
    if kept:
        start += len(chunk) - len(chunk.lstrip())
        out.append(Segment(start, start + len(kept), kept))


def clusters(items: list) -> list[list]:
    """Gives items with start and end offsets grouped so that any two overlapping ones share a
    group: the passages a page shows, however many labels sit on each."""
    groups: list[list] = []
    end = -1
    for item in sorted(items, key=lambda i: (i.start, -i.end)):
        if groups and item.start < end:
            groups[-1].append(item)
            end = max(end, item.end)
        else:
            groups.append([item])
            end = item.end
    return groups


@dataclass
class Prepared:
    """A text split once: its sentences, and the lower-case words of each sentence."""

    text: str
    sentences: list[Segment]
    # Lower-case words of each sentence, in the order of `sentences`.
    words: list[list[str]]
    # The text in lower case, or None when lower-casing changes its length (e.g. "İ"), in
    # which case positions in the lower-case text would not line up with the original.
    lower: str | None
    _paragraphs: list[Segment] | None = field(default=None, repr=False)
    _starts: list[int] | None = field(default=None, repr=False)
    _heats: list[float] | None = field(default=None, repr=False)
    _opening: int | None = field(default=None, repr=False)

    @property
    def starts(self) -> list[int]:
        """Gives where each sentence starts, for finding a position's sentence by bisection."""
        if self._starts is None:
            self._starts = [s.start for s in self.sentences]
        return self._starts

    def heats(self) -> list[float]:
        """Gives each sentence's emotional heat (0..1), worked out once for every analysis."""
        if self._heats is None:
            from baitlab.emotion import sentence_heat

            pairs = zip(self.words, self.sentences, strict=True)
            self._heats = [sentence_heat(w, s.text) for w, s in pairs]
        return self._heats

    @property
    def opening(self) -> int:
        """Gives where a message's own words begin, after the lines a phone or mail app puts
        above them; 0 when there are none."""
        if self._opening is None:
            self._opening = message_opening(self.text)
        return self._opening

    @property
    def paragraphs(self) -> list[Segment]:
        if self._paragraphs is None:
            self._paragraphs = paragraphs(self.text)
        return self._paragraphs


# A time as a chat or an app shows it ("14:03", "9.15", "7:46 PM"), and one in brackets at the
# start of a chat line ("[21:12]"): for the detector's chat turns and the second look's lines.
CLOCK = r"\d{1,2}[:.]\d{2}(?:\s?[ap]m)?"
BRACKETED_CLOCK = rf"\[{CLOCK}\]"

# A line a phone or mail app shows above a message: the sender's number or short name
# ("+1 (555) 014-3882", "NRO-Refunds"), an address line ("From: NFIB-KILIMO") or a time
# stamp of a few words ("Text Message · Today 8:17 AM", "Today 09:14"), or the app's label
# on a line of its own ("Text Message").
_APP_LINE = re.compile(
    r"[+(\d][\d()\s.+-]{6,}|\S+|(?:from|to|sent): .{1,60}|text message|rcs message"
    r"|(?=.*\b\d{1,2}[:.]\d{2}\b)\S+(?: \S+){0,5}",
    re.IGNORECASE,
)


def message_opening(text: str) -> int:
    """Gives where a message's own words begin when app lines stand above them, else 0."""
    at, above = 0, False
    for line in text[:600].splitlines(keepends=True):
        words = line.strip()
        if words and not _APP_LINE.fullmatch(words):
            return at if above else 0
        above = above or bool(words)
        at += len(line)
    return 0


def prepare(text: str) -> Prepared:
    """Gives the text split into sentences and lower-case words, for every analysis to share."""
    lower = text.lower()
    split = sentences(text)
    if len(lower) == len(text):
        words = [WORD.findall(lower, s.start, s.end) for s in split]
    else:
        lower = None
        words = [WORD.findall(s.text.lower()) for s in split]
    return Prepared(text, split, words, lower)
