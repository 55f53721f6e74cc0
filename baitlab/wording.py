"""Which technique a sentence's words look like, counted from Bait Lab's own marked examples.

The second look (baitlab/sentences.py) decides from named signals that a sentence is bait;
the signals say little about *which* trick it plays. So each word also carries evidence per
technique: how much more often it appears in passages editors filed under that technique
than in marked passages overall (a smoothed log ratio, as in naive Bayes). The counts come
from the curated spans of samples/ and evaluation/dev/ and the bait lines of the phrase banks
that cues were written from; never evaluation/heldout/ and never the banks kept for
measuring. Words seen in the passages of fewer than MIN_SOURCES texts are left out, so a
character's name or the setting of one story teaches nothing. Every choice it makes can be
explained by quoting the sentence's words that pointed to the technique.

`python -m baitlab.sentences fit` writes cues/technique_words.yaml; this module reads it.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from baitlab import CUES_DIR
from baitlab.errors import ContentError, Problem, problems_from_validation
from baitlab.text import WORD

WORDS_FILE = CUES_DIR / "technique_words.yaml"
ALPHA = 0.5  # added to every count, so a word never seen with a technique is not impossible
MIN_SOURCES = 2  # a word must appear in marked passages of this many texts or bank lines
# A word is quoted as typical of a technique when it is in this many of its passages and its
# evidence is at least TELLING (about four times as common there as in marked passages overall).
TELLING_PASSAGES = 3
TELLING = 1.4

_HEADER = """\
# How often each word appears in passages filed under each technique, counted by
# `python -m baitlab.sentences fit` over the curated spans of samples/ and evaluation/dev/ and
# the bait lines of the phrase banks cues were written from (never evaluation/heldout/).
# Used to choose a second-look highlight's technique (baitlab/wording.py). Do not edit by hand.
"""


def words_of(text: str) -> set[str]:
    """Gives the distinct lower-case words of a text, apostrophes made plain."""
    return {w.replace("’", "'") for w in WORD.findall(text.lower())}


class _WordsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    passages: dict[str, int] = Field(min_length=1)  # marked passages per technique
    words: dict[str, dict[str, int]]  # word -> technique -> passages containing it


@dataclass(frozen=True)
class Wording:
    """Per technique, each word's evidence: log P(word | technique) - log P(word | any)."""

    evidence: dict[str, dict[str, float]]  # word -> technique -> evidence
    counts: dict[str, dict[str, int]]  # word -> technique -> passages containing it

    @classmethod
    def from_counts(cls, passages: dict[str, int], words: dict[str, dict[str, int]]) -> Wording:
        total = sum(passages.values())
        evidence = {}
        for word, by_technique in words.items():
            base = math.log((sum(by_technique.values()) + ALPHA) / (total + 2 * ALPHA))
            evidence[word] = {
                t: math.log((by_technique.get(t, 0) + ALPHA) / (n + 2 * ALPHA)) - base
                for t, n in passages.items()
            }
        return cls(evidence, words)

    def scores(self, techniques: tuple[str, ...], words: set[str]) -> list[float]:
        """Gives each technique's summed evidence from the words (unknown words add nothing)."""
        out = [0.0] * len(techniques)
        for word in words:
            known = self.evidence.get(word)
            if known:
                for k, technique in enumerate(techniques):
                    out[k] += known.get(technique, 0.0)
        return out

    def telling(self, technique: str, words: set[str], most: int = 2) -> list[str]:
        """Gives the words that point most strongly to the technique, strongest first."""
        pointing = [
            (-self.evidence[w][technique], w)
            for w in words
            if self.counts.get(w, {}).get(technique, 0) >= TELLING_PASSAGES
            and self.evidence[w][technique] >= TELLING
        ]
        return [w for _, w in sorted(pointing)[:most]]


def count(examples: list[tuple[str, str, str]]) -> dict:
    """Gives the words file's mapping from (technique, passage text, source) triples, where
    source names the text or bank line the passage comes from."""
    passages: Counter[str] = Counter()
    seen: dict[str, Counter[str]] = {}
    sources: dict[str, set[str]] = {}
    for technique, text, source in examples:
        passages[technique] += 1
        for word in words_of(text):
            seen.setdefault(word, Counter())[technique] += 1
            sources.setdefault(word, set()).add(source)
    kept = {
        word: dict(sorted(by.items()))
        for word, by in sorted(seen.items())
        if len(sources[word]) >= MIN_SOURCES
    }
    return {"passages": dict(sorted(passages.items())), "words": kept}


def write(mapping: dict, path: Path = WORDS_FILE) -> None:
    body = yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True, default_flow_style=None)
    path.write_text(_HEADER + body, encoding="utf-8")


def load(path: Path = WORDS_FILE) -> Wording:
    """Gives the evidence in the words file, or raises ContentError naming file and field."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        parsed = _WordsFile.model_validate(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        fix = "; run: python -m baitlab.sentences fit"
        raise ContentError([Problem(str(path), "-", f"cannot read: {error}{fix}")]) from error
    except ValidationError as error:
        raise ContentError(problems_from_validation(str(path), error)) from error
    return Wording.from_counts(parsed.passages, parsed.words)


def problems(known_techniques: set[str], path: Path = WORDS_FILE) -> list[Problem]:
    """Gives what is wrong with the words file: unreadable, or naming unknown techniques."""
    try:
        wording = load(path)
    except ContentError as error:
        return list(error.problems)
    named = {t for by in wording.evidence.values() for t in by}
    unknown = sorted(named - known_techniques)
    if unknown:
        fix = "; run: python -m baitlab.sentences fit"
        return [Problem(str(path), "passages", f"unknown technique ids: {unknown}{fix}")]
    return []
