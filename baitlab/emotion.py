"""Emotional temperature of each sentence and paragraph, from VADER's sentiment lexicon."""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from baitlab.text import Segment, paragraphs, sentences


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


# VADER's cost grows faster than the length of what it is given (its emoji handling rebuilds
# the string), so a run-on "sentence" is scored in pieces of at most this many characters.
MAX_PIECE = 400


def intensity(text: str) -> float:
    """Gives how emotionally charged the words are, 0 (flat) to 1 (very charged), either way."""
    pieces = [text[i : i + MAX_PIECE] for i in range(0, len(text), MAX_PIECE)] or [""]
    scores = [abs(_analyzer().polarity_scores(piece)["compound"]) for piece in pieces]
    return round(sum(scores) / len(scores), 3)


def emotion(text: str) -> dict:
    """Gives emotional intensity per sentence and per paragraph, with the mean and the peak."""
    per_sentence = [_row(s) for s in sentences(text)]
    per_paragraph = []
    cursor = 0  # sentences and paragraphs both run in order: one pass over each
    for p in paragraphs(text):
        while cursor < len(per_sentence) and per_sentence[cursor]["start"] < p.start:
            cursor += 1
        inside = []
        while cursor < len(per_sentence) and per_sentence[cursor]["start"] < p.end:
            inside.append(per_sentence[cursor]["intensity"])
            cursor += 1
        per_paragraph.append(
            {
                "start": p.start,
                "end": p.end,
                "intensity": round(sum(inside) / len(inside), 3) if inside else 0.0,
            }
        )
    values = [r["intensity"] for r in per_sentence]
    return {
        "sentences": per_sentence,
        "paragraphs": per_paragraph,
        "mean": round(sum(values) / len(values), 3) if values else 0.0,
        "peak": max(values, default=0.0),
    }


def _row(segment: Segment) -> dict:
    return {"start": segment.start, "end": segment.end, "intensity": intensity(segment.text)}
