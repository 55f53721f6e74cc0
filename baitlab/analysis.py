"""Full analysis of any text: detected spans, readability and emotional temperature."""

from __future__ import annotations

from functools import lru_cache

from baitlab.detector import detect
from baitlab.disclosure import paid_labels
from baitlab.emotion import emotion
from baitlab.readability import readability
from baitlab.text import prepare

# Past this many characters the analysis is refused with a clear message instead of making a
# learner wait: about 60,000 words, a short book. Articles and posts are far below it.
MAX_CHARS = 400_000


class TextTooLong(ValueError):
    """Raised when a text is too long to analyse promptly."""


def analyze(text: str) -> dict:
    """Gives {"spans": [...], "set_aside": [...], "paid": [...], "readability": {...},
    "emotion": {...}} for the exact text.

    Like textstat, which remembers its scores per text, the last analyses of article-sized
    texts are remembered: the same text asked again (a second pass, a script's loop) costs a
    lookup. The dict is shared between those calls, so treat it as read-only.
    """
    if len(text) > MAX_CHARS:
        raise TextTooLong(
            f"This text has {len(text):,} characters; Bait Lab analyses up to {MAX_CHARS:,}. "
            "Paste a single article, post or message instead."
        )
    if len(text) > REMEMBERED_CHARS:  # a long text's analysis is megabytes: not kept
        return _analyze.__wrapped__(text)
    return _analyze(text)


# Texts up to this long are remembered (16 of them at most, well under a megabyte in all).
REMEMBERED_CHARS = 20_000


@lru_cache(maxsize=16)
def _analyze(text: str) -> dict:
    prepared = prepare(text)  # split once; the three analyses share it
    set_aside: list = []
    spans = detect(text, prepared=prepared, set_aside=set_aside)
    return {
        "spans": [_as_dict(s) for s in spans],
        # Wordings bait uses that honest messages use too, left out because nothing else in
        # the text baits ("by Friday" in an appointment reminder): for saying so, not marking.
        "set_aside": [_as_dict(s) for s in set_aside],
        # Labels saying it was paid for ("Partner content", "#ad"): not bait wording, but
        # the first thing a careful reader looks for (baitlab/disclosure.py).
        "paid": paid_labels(text),
        "readability": readability(text, prepared),
        "emotion": emotion(text, prepared),
    }


def _as_dict(s) -> dict:
    return {
        "start": s.start,
        "end": s.end,
        "technique": s.technique,
        "text": s.text,
        "explanation": s.explanation,
        "cue": s.cue,
    }
