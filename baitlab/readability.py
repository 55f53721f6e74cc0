"""Readability of a text in plain words, from textstat's syllable counts."""

from __future__ import annotations

import re
from functools import lru_cache

import textstat

from baitlab.text import Prepared, prepare


@lru_cache(maxsize=65_536)
def syllables(word: str) -> int:
    """Gives textstat's syllable count for one lower-case word (cached: words repeat)."""
    return textstat.syllable_count(word.replace("’", "'"))


def warm_up() -> None:
    """Loads textstat's pronunciation dictionary once, so the first learner does not wait."""
    textstat.syllable_count("Warm the dictionary up once.")


def describe_grade(grade: float, words_per_sentence: float, listed: bool = False) -> str:
    """Gives a sentence a learner understands, e.g. "reading age about 10: short
    sentences". A reading age (the US grade plus five) reads the same in every country, so no
    US grade is named: a teacher in Leeds or Lagos reads "grade 5" as someone else's system.
    A list of titles or items (`listed`) says so: its lines are not sentences, and "reading
    age 7" over a list of video titles read to a teacher as "written for 7-year-olds"."""
    level = reading_age(grade) - 5
    # Plain words, no verdict: "short punchy sentences" under an honest scam warning read to
    # a teacher as the page calling it bait (the panel's caption says bait is "punchy").
    if listed:
        style = (
            "mostly short lines standing alone (titles, list items or chat messages), so "
            "this measures its words more than its writing"
        )
    elif words_per_sentence < 12:
        style = "short sentences"
    elif words_per_sentence < 20:
        style = "sentences of ordinary length"
    else:
        style = "long, winding sentences"
    prefix = "adult" if level >= 13 else f"about {level + 5}"
    return f"reading age {prefix}: {style}"


def reading_age(grade: float) -> int:
    """Gives the reading age shown beside the summary and in it: the US grade, rounded and
    kept within 1 to 16, plus five."""
    return min(max(1, round(grade)), 16) + 5


def readability(text: str, prepared: Prepared | None = None) -> dict:
    """Gives grade level, reading ease, sentence length and a plain-words summary.

    The Flesch formulas are applied with our own sentence count, which treats a line break
    as the end of a sentence: headlines, teaser grids and text messages often have no full
    stops, and counting them as one giant sentence would report "grade 43". Syllables are
    textstat's, counted word by word over the words the text was already split into.
    """
    prepared = prepared or prepare(text)
    words = len(text.split())
    count = len(prepared.sentences)
    if words == 0 or not any(ch.isalpha() for ch in text):
        return {
            "grade": None,
            "reading_age": None,
            "reading_ease": None,
            "words": words,
            "sentences": count,
            "words_per_sentence": None,
            "summary": "no words to measure",
        }
    per_sentence = words / max(count, 1)
    per_word = sum(sum(map(syllables, w)) for w in prepared.words) / words
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return {
        "grade": round(max(grade, 0.0), 1),
        "reading_age": reading_age(grade),
        "reading_ease": round(ease, 1),
        "words": words,
        "sentences": count,
        "words_per_sentence": round(per_sentence, 1),
        "summary": describe_grade(grade, per_sentence, _a_list(prepared)),
    }


# A line that ends a sentence ends in one of these (or in a closing quote or bracket after one).
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")
_CLOSERS = re.compile(r"[\s\"'”’»)\]]+$")
LIST_LINES, LIST_SHARE = 4, 0.6


def _a_list(prepared: Prepared) -> bool:
    """Gives True for a text that is mostly lines standing alone with no sentence's ending:
    a list of video titles, a teaser grid (LIST_LINES such lines at least, LIST_SHARE of all)."""
    text = prepared.text
    lines = [
        _CLOSERS.sub("", s.text)
        for s in prepared.sentences
        if (s.end >= len(text) or text[s.end : s.end + 1] == "\n")
    ]
    bare = sum(1 for line in lines if line and not line.endswith(_SENTENCE_ENDS))
    return bare >= LIST_LINES and bare >= LIST_SHARE * len(prepared.sentences)
