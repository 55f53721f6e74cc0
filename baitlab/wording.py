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
TELLING_PASSAGES = 6
TELLING = 1.4
# A word is quoted as leaning toward bait when it is in this many texts and this many marked
# sentences, and its evidence is at least TELLING_BAIT (about four times as common in marked
# sentences as in plain ones): a word seen in a few texts ("village") proves little to a reader.
TELLING_TEXTS = 10
TELLING_MARKED = 6
TELLING_BAIT = 1.4
# Words in more than this share of all counted sentences ("you", "this", "what", "be") are
# everywhere: they may weigh in, but are never quoted to a learner as evidence.
COMMON_SHARE = 0.025

_HEADER = """\
# How often each word appears in passages filed under each technique, counted by
# `python -m baitlab.sentences fit` over the curated spans of samples/ and evaluation/dev/ and
# the bait lines of the phrase banks cues were written from (never evaluation/heldout/).
# Used to choose a second-look highlight's technique (baitlab/wording.py). Do not edit by hand.
"""


def words_of(text: str) -> set[str]:
    """Gives the distinct lower-case words of a text, apostrophes made plain."""
    return plain_words(WORD.findall(text.lower()))


def terms(words: list[str]) -> set[str]:
    """Gives the bait words' terms of a sentence already split and lower-cased: each word, and
    each pair of words side by side ("already got"), apostrophes made plain."""
    plain = [w.replace("’", "'") for w in words]
    return set(plain) | {f"{a} {b}" for a, b in zip(plain, plain[1:])}


def plain_words(words: list[str]) -> set[str]:
    """Gives the distinct words of a list already split and lower-cased (Prepared.words)."""
    return {w.replace("’", "'") for w in words} if "’" in "".join(words) else set(words)


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

    def telling(
        self, technique: str, words: set[str], most: int = 2, skip: frozenset[str] = frozenset()
    ) -> list[str]:
        """Gives the words that point most strongly to the technique, strongest first (none
        of `skip`: words too common to mean anything to a learner)."""
        pointing = [
            (-self.evidence[w][technique], w)
            for w in words
            if w not in skip
            and _quotable(w)
            and self.counts.get(w, {}).get(technique, 0) >= TELLING_PASSAGES
            and self.evidence[w][technique] >= TELLING
        ]
        return [w for _, w in sorted(pointing)[:most]]


def _quotable(term: str) -> bool:
    """Gives False for what a learner cannot read as evidence of a trick: figures ("800",
    "21"), scraps of one or two letters ("pm") and words that only hold a sentence together
    ("here", "may", "under"), alone or in pairs."""
    return (
        not any(ch.isdigit() for ch in term)
        and len(term) >= 3
        and not all(part in GLUE_WORDS for part in term.split(" "))
    )


def word_set(words: str) -> frozenset[str]:
    """Gives the words of a space-separated list as a set (lists of words read best as text)."""
    return frozenset(words.split())


# Words that carry no move of their own, whatever they lean toward in the counts: teachers
# found "words such as 'here'", "'may'", "'while'" and "'rather'" quoted as evidence. Words
# that do carry one stay out of this list: "you" (speaks to you), "every" (turns it up),
# "before" (a clock).
GLUE_WORDS = word_set(
    "here there may might can could would should shall ones one under over into onto from "
    "with about above after than then that this these those which what who whom when "
    "where how and but for the its his her him she was were are has have had does did "
    "been being just also some any such own same other another even still too out off "
    "upon via per course got get let lot since it's that's there's they've they're we've i've "
    "i'm while rather yet again almost quite really much though although whether until unless "
    "within without through during whose either neither both"
)


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
    parsed = _read(path, _WordsFile)
    return Wording.from_counts(parsed.passages, parsed.words)


def _read(path: Path, schema: type[BaseModel]):
    """Gives a fitted file read and checked against its schema (the C loader when PyYAML has
    it: these files run to thousands of lines), or raises ContentError naming file and field."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        return schema.model_validate(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        fix = "; run: python -m baitlab.sentences fit"
        raise ContentError([Problem(str(path), "-", f"cannot read: {error}{fix}")]) from error
    except ValidationError as error:
        raise ContentError(problems_from_validation(str(path), error)) from error


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


# ---- Bait words: which words turn up in marked sentences far more than in plain ones --------
# A "word" here is a term: a word or a pair of words side by side (terms()).

BAIT_WORDS_FILE = CUES_DIR / "bait_words.yaml"

_BAIT_HEADER = """\
# For each word: [marked sentences (an editor's span touches them) that contain it, plain
# sentences that contain it, texts it appears in], counted by `python -m baitlab.sentences
# fit` over the readable sentences of samples/ and evaluation/dev/ (never evaluation/heldout/);
# words seen in only one text are left out. The second look's "wording" signal
# (baitlab/wording.py). Do not edit by hand.
"""


class _BaitWordsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    marked: int = Field(gt=0)  # marked sentences counted
    plain: int = Field(gt=0)  # plain sentences counted
    words: dict[str, tuple[int, int, int]]  # word -> (marked sentences with it, plain, texts)


def _log_ratio(marked: int, plain: int, marked_total: int, plain_total: int) -> float:
    return math.log((marked + ALPHA) / (marked_total + 2 * ALPHA)) - math.log(
        (plain + ALPHA) / (plain_total + 2 * ALPHA)
    )


def _spread(evidence: list[float]) -> float:
    """Gives one value for a sentence's word evidence: the sum over the square root of how
    many words had any, so a long sentence does not win by length alone."""
    return sum(evidence) / math.sqrt(len(evidence)) if evidence else 0.0


@dataclass(frozen=True)
class BaitWords:
    """Each word's evidence: log P(word | marked sentence) - log P(word | plain sentence)."""

    evidence: dict[str, float]
    counts: dict[str, tuple[int, int, int]]  # marked sentences with it, plain ones, texts
    common: frozenset[str] = frozenset()  # never quoted: in COMMON_SHARE of sentences or more

    @classmethod
    def from_counts(
        cls, marked: int, plain: int, words: dict[str, tuple[int, int, int]]
    ) -> BaitWords:
        evidence = {w: _log_ratio(m, p, marked, plain) for w, (m, p, _) in words.items()}
        everywhere = COMMON_SHARE * (marked + plain)
        common = frozenset(w for w, (m, p, _) in words.items() if m + p > everywhere)
        return cls(evidence, dict(words), common)

    def value(self, words: set[str]) -> float:
        """Gives the sentence's "wording" signal: positive when its words lean toward bait."""
        return _spread([self.evidence[w] for w in words if w in self.evidence])

    def telling(self, words: set[str], most: int = 3) -> list[str]:
        """Gives the sentence's words (or pairs of words) that lean most strongly toward bait,
        among those seen in many texts (a town named in two stories leans toward bait by
        accident), each word quoted once ("will ever", then not "ever" again)."""
        pointing = sorted(
            (-self.evidence[w], w)
            for w in words
            if w in self.evidence
            and w not in self.common
            # a pair of words a learner reads past ("and he", "is on") means nothing alone
            and not all(part in self.common for part in w.split(" "))
            and _quotable(w)
            and self.counts[w][2] >= TELLING_TEXTS
            and self.counts[w][0] >= TELLING_MARKED
            and self.evidence[w] >= TELLING_BAIT
        )
        chosen: list[str] = []
        quoted: set[str] = set()
        for _, term in pointing:
            parts = set(term.split(" "))
            if parts & quoted:
                continue
            chosen.append(term)
            quoted |= parts
            if len(chosen) == most:
                break
        return chosen


Sentences = list[tuple[set[str], bool]]  # one text: each sentence's words, and marked?


def _tally(texts: list[Sentences]) -> tuple[dict[str, list[int]], Counter[str], int, int]:
    """Gives, over the texts: per word [marked sentences, plain sentences] holding it, how many
    texts hold it, and the marked and plain sentences counted."""
    seen: dict[str, list[int]] = {}
    sources: Counter[str] = Counter()
    marked = plain = 0
    for text in texts:
        for words, is_marked in text:
            marked += is_marked
            plain += not is_marked
            for word in words:
                seen.setdefault(word, [0, 0])[0 if is_marked else 1] += 1
        sources.update({w for words, _ in text for w in words})
    return seen, sources, marked, plain


def count_sentences(texts: list[Sentences]) -> dict:
    """Gives the bait words file's mapping from each text's sentences (words, marked?)."""
    seen, sources, marked, plain = _tally(texts)
    kept = {w: [*seen[w], sources[w]] for w in sorted(seen) if sources[w] >= MIN_SOURCES}
    return {"marked": marked, "plain": plain, "words": kept}


def values_leaving_each_text_out(texts: list[Sentences]) -> list[list[float]]:
    """Gives each sentence's "wording" value counted without its own text, for fitting: a
    sentence's own words must not vouch for it, or the model would trust the signal far more
    than it deserves on text it has never seen."""
    totals, sources, marked_all, plain_all = _tally(texts)
    out = []
    for text in texts:
        own, _, own_marked, own_plain = _tally([text])
        marked_total, plain_total = marked_all - own_marked, plain_all - own_plain
        evidence = {
            w: _log_ratio(totals[w][0] - o[0], totals[w][1] - o[1], marked_total, plain_total)
            for w, o in own.items()
            if sources[w] - 1 >= MIN_SOURCES
        }
        out.append([_spread([evidence[w] for w in words if w in evidence]) for words, _ in text])
    return out


def write_bait_words(mapping: dict, path: Path = BAIT_WORDS_FILE) -> None:
    body = yaml.safe_dump(
        {**mapping, "words": {w: list(c) for w, c in mapping["words"].items()}},
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=None,
        width=100,
    )
    path.write_text(_BAIT_HEADER + body, encoding="utf-8")


def load_bait_words(path: Path = BAIT_WORDS_FILE) -> BaitWords:
    """Gives the bait words in the file, or raises ContentError naming file and field."""
    parsed = _read(path, _BaitWordsFile)
    return BaitWords.from_counts(parsed.marked, parsed.plain, parsed.words)
