"""Readability of a text in plain words, from textstat."""

from __future__ import annotations

import textstat

from baitlab.text import sentences


def warm_up() -> None:
    """Loads textstat's pronunciation dictionary once, so the first learner does not wait."""
    textstat.flesch_reading_ease("Warm the dictionary up once.")


def describe_grade(grade: float, words_per_sentence: float) -> str:
    """Gives a sentence a learner understands, e.g. "reads like grade 5: short punchy sentences"."""
    level = max(1, round(grade))
    if words_per_sentence < 12:
        style = "short punchy sentences"
    elif words_per_sentence < 20:
        style = "sentences of ordinary length"
    else:
        style = "long, winding sentences"
    return f"reads like grade {level}: {style}"


def readability(text: str) -> dict:
    """Gives grade level, reading ease, sentence length and a plain-words summary."""
    words = len(text.split())
    count = len(sentences(text))
    if words == 0 or not any(ch.isalpha() for ch in text):
        return {
            "grade": None,
            "reading_ease": None,
            "words": words,
            "sentences": count,
            "words_per_sentence": None,
            "summary": "no words to measure",
        }
    grade = float(textstat.flesch_kincaid_grade(text))
    ease = float(textstat.flesch_reading_ease(text))
    per_sentence = words / max(count, 1)
    return {
        "grade": round(grade, 1),
        "reading_ease": round(ease, 1),
        "words": words,
        "sentences": count,
        "words_per_sentence": round(per_sentence, 1),
        "summary": describe_grade(grade, per_sentence),
    }
