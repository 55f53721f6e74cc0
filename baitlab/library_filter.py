"""Choosing samples the way a teacher does: by kind, genre, form, difficulty, technique, length."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from baitlab.content import Sample
from baitlab.readability import readability

LENGTHS = {"short": (0, 150), "medium": (150, 350), "long": (350, 10**9)}
LEVELS = {"easy read": (0, 6), "middle": (6, 9), "harder read": (9, 100)}
# What the Library's filters call each band.
LABELS = {
    "short": "Short (< 150 words)",
    "medium": "Medium (150–349)",
    "long": "Long (350+)",
    "easy read": "Easy read (reading age under 11)",
    "middle": "Reading age 11–13",
    "harder read": "Reading age 14 and up",
}


@lru_cache(maxsize=512)
def _grade(text: str) -> int:
    # Rounded, as the card shows it ("reads like grade 6").
    return round(readability(text)["grade"] or 0.0)


def reading_band(sample: Sample) -> str:
    """Gives "easy read" (below grade 6), "middle" (grades 6–8) or "harder read" (9 and up)."""
    grade = _grade(sample.text)
    return next(name for name, (low, high) in LEVELS.items() if low <= grade < high)


def length_band(sample: Sample) -> str:
    """Gives "short" (under 150 words), "medium" (150–349) or "long" (350 and more)."""
    words = sample.word_count()
    return next(name for name, (low, high) in LENGTHS.items() if low <= words < high)


@dataclass(frozen=True)
class SampleFilter:
    """What a teacher asked for; an empty set means "any"."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    genres: frozenset[str] = field(default_factory=frozenset)
    forms: frozenset[str] = field(default_factory=frozenset)
    difficulties: frozenset[str] = field(default_factory=frozenset)
    techniques: frozenset[str] = field(default_factory=frozenset)  # sample uses all of these
    lengths: frozenset[str] = field(default_factory=frozenset)
    levels: frozenset[str] = field(default_factory=frozenset)

    def accepts(self, sample: Sample) -> bool:
        meta = sample.meta
        checks = (
            (self.kinds, meta.kind),
            (self.genres, meta.genre),
            (self.forms, meta.form),
            (self.difficulties, meta.difficulty),
            (self.lengths, length_band(sample)),
        )
        if any(wanted and value not in wanted for wanted, value in checks):
            return False
        if self.levels and reading_band(sample) not in self.levels:
            return False
        return self.techniques <= set(sample.technique_counts())


def filter_samples(samples: list[Sample], wanted: SampleFilter) -> list[Sample]:
    """Gives the samples the filter accepts, in their usual order."""
    return [s for s in samples if wanted.accepts(s)]
