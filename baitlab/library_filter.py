"""Choosing samples the way a teacher does: by kind, genre, form, difficulty, technique, length."""

from __future__ import annotations

from dataclasses import dataclass, field

from baitlab.content import Sample

LENGTHS = {"short": (0, 150), "medium": (150, 350), "long": (350, 10**9)}


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
        return self.techniques <= set(sample.technique_counts())


def filter_samples(samples: list[Sample], wanted: SampleFilter) -> list[Sample]:
    """Gives the samples the filter accepts, in their usual order."""
    return [s for s in samples if wanted.accepts(s)]
