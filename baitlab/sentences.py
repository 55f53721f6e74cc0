"""The sentence model: a second look at sentences that no cue matched.

The cues in cues/cues.yaml catch known bait wordings, and every writer words bait a little
differently. So in a text that already uses bait elsewhere, each sentence no cue matched is
given a second look: which of the named signals in cues/sentence_signals.yaml it carries
(speaks straight to you, puts a clock on you, brings money into it, names who said it, ...), weighed
by a logistic model in cues/sentence_weights.yaml. ``python -m baitlab.sentences fit`` fits
it on the annotated samples in samples/ and evaluation/dev/; evaluation/heldout/ is never
used, so the figures there say how it does on writing it has not seen.

Like the headline model there is no bag of words: every weight belongs to a signal with a
name, the "not bait" signals (quotes, attribution, figures) may only pull toward "not bait",
and every highlight says which signals made it, with the words that showed them.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from baitlab import CUES_DIR, PROJECT_ROOT, wording
from baitlab.errors import ContentError, Problem, problems_from_validation
from baitlab.text import BRACKETED_CLOCK, LAYOUT_MARKS, Prepared
from baitlab.wording import BaitWords, Wording, plain_words, terms, word_set

SIGNALS_FILE = CUES_DIR / "sentence_signals.yaml"
WEIGHTS_FILE = CUES_DIR / "sentence_weights.yaml"
# The model is fitted on these folders only; evaluation/heldout/ is never among them.
FIT_FOLDERS = (PROJECT_ROOT / "samples", PROJECT_ROOT / "evaluation" / "dev")
MEASURES = ("heat", "shout", "emoji", "question", "figures", "quoted", "long", "short", "wording")
CAP = 3.0  # a signal counts at most this many times in one sentence
L2_PENALTY = 1.0
# A highlight is a sentence a learner can read at a glance: longer ones are left alone.
MIN_WORDS, MAX_WORDS = 3, 60
CUE_NAME = "a second look at the whole sentence"
# A signal's word is quoted in an explanation only if it leans toward bait at least this much
# in cues/bait_words.yaml (about 1.6 times as common in marked sentences as in plain ones).
QUOTE_LEAN = 0.5
# A single word must lean further (about four times as common in marked sentences) and turn
# up in QUOTE_TEXTS texts at least: alone, "now" or "gone" is a clock in one sentence and
# slang in the next ("gone mental on the forums").
QUOTE_WORD = 1.4
QUOTE_TEXTS = 10
# The settings `fit` writes into the weights file, chosen on dev writers the model had not
# seen (figures in evaluation/README.md and the detector issue's notes).
THRESHOLD = 0.5  # a sentence scoring this or more is highlighted
MIN_CUE_SPANS = 3  # the second look runs in texts where this many different cues match...
MIN_BAIT_SHARE = 0.25  # ...or with two, when this share of the other sentences score as bait
# ...or with fewer, when this share do and the text has LONE_MIN sentences left to judge: bait
# worded in ways no cue knows ("The truck comes Friday", "Over 11,000 readers acted on my
# last call") otherwise gets no highlight at all.
LONE_SHARE = 0.35
LONE_MIN = 4
# ...and at least LONE_SURE_COUNT of them score LONE_SURE or more: a text with no bait phrase
# must read strongly like bait somewhere, not only a little throughout. A landlord's genuine
# rent letter (top scores 0.51-0.62) had its tribunal right and "keep paying to the same
# account" guessed at. A coach's shouty match message ("I NEED TO KNOW by Thursday night")
# had two sentences at 0.84-0.86 and the rest below 0.32, and got PLOT? and SIDES? (a PSHE
# teacher's review): three sentences must read like bait, the one a lone cue span covers
# included. Every bait text the lone path finds in samples/ and dev/ has three at 0.70 or more.
LONE_SURE = 0.68
LONE_SURE_COUNT = 3
MAX_SHARE = 0.8  # and stops once highlights cover this share of the text's sentences

_CAPITALS = re.compile(r"\b[A-Z]{3,}(?:['’][A-Z]+)?\b")  # "DON'T" whole, never "DON"
_FIGURE = re.compile(r"\b\d")


class Family(BaseModel):
    """One named signal: a family of words, a few symbols, or a measure worked out in code."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z][a-z-]*$")
    says: str = Field(min_length=5)
    words: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    first: bool = False
    measure: str | None = None
    honest: bool = False

    @model_validator(mode="after")
    def _one_kind(self) -> Family:
        if self.measure is not None and self.measure not in MEASURES:
            raise ValueError(f"unknown measure '{self.measure}', known: {', '.join(MEASURES)}")
        if (self.measure is None) == (not (self.words or self.symbols)):
            raise ValueError("needs either words/symbols or a measure, not both")
        if any(w != w.lower() or not w.strip() for w in self.words):
            raise ValueError("words must be lower case and not empty")
        return self


class _SignalsFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    families: tuple[Family, ...]


def _variants(word: str) -> set[str]:
    """Gives the word as written and with a typographic apostrophe ("don't", "don’t")."""
    return {word, word.replace("'", "’")}


# Verbs an order may begin with that say nothing of a trick anywhere else in a sentence.
_EVERYDAY_VERBS = word_set(
    "make see look go get take use put let give leave start keep try ask open help please find "
    "read watch check call text send act tell remember imagine stop avoid throw cancel pass wake "
    "drop buy order grab join sign follow like type visit enter update log click tap don't "
    "dont save"
)


class SentenceSignals:
    """The families of cues/sentence_signals.yaml, ready to count in a sentence's words."""

    def __init__(self, families: tuple[Family, ...]) -> None:
        self.families = families
        self.names = tuple(f.name for f in families)
        self.honest = np.array([f.honest for f in families])
        self._single: dict[str, list[int]] = {}
        self._first: dict[str, list[int]] = {}
        # A phrase is found by its first word, then the rest compared in place.
        self._phrases: dict[str, list[tuple[list[str], int]]] = {}
        self._symbols: list[tuple[str, int]] = []
        self._measures: list[tuple[int, str]] = []
        # Each family's words as written in text, for quoting them back in explanations.
        self._listed = [{v for w in f.words for v in _variants(w)} for f in families]
        for index, family in enumerate(families):
            for entry in family.words:
                for written in _variants(entry):
                    parts = tuple(written.split())
                    if len(parts) > 1:
                        self._phrases.setdefault(parts[0], []).append((list(parts[1:]), index))
                    else:
                        table = self._first if family.first else self._single
                        table.setdefault(parts[0], []).append(index)
            self._symbols.extend((symbol, index) for symbol in family.symbols)
            if family.measure:
                self._measures.append((index, family.measure))
        self._keys = frozenset(self._single) | frozenset(self._phrases)
        # The words a learner can read as a sign of a trick: those listed in a bait family,
        # less the everyday verbs an order may start with ("make", "see": no sign mid-sentence).
        self.bait_vocabulary = frozenset(
            w.replace("’", "'")
            for f, listed in zip(families, self._listed, strict=True)
            if not f.honest
            for w in listed
            if not (f.first and w in _EVERYDAY_VERBS)
        )

    def values(
        self, words: list[str], sentence: str, heat: float, wording: float = 0.0
    ) -> list[float]:
        """Gives how strongly each family shows in one sentence (counts capped at CAP);
        `wording` is the sentence's bait-words value (baitlab/wording.py), when known."""
        out = [0.0] * len(self.families)
        single, phrases = self._single, self._phrases
        # A crowd word right after "not" shows no crowd ("not everyone is happy").
        negated = _negated(words) if "not" in words else Counter()
        for word in self._keys.intersection(words):  # most words are in no family
            count = words.count(word) - negated[word]
            for index in single.get(word, ()):
                out[index] += count
            if word in phrases:
                at = [i for i, w in enumerate(words) if w == word]
                for rest, index in phrases[word]:
                    n = len(rest)
                    out[index] += sum(1 for i in at if words[i + 1 : i + 1 + n] == rest)
        if words:
            for index in self._first.get(words[0], ()):
                out[index] += 1
        for symbol, index in self._symbols:
            out[index] += sentence.count(symbol)
        for index, kind in self._measures:
            if kind == "heat":
                value = heat
            elif kind == "shout":
                shouted = 0 if sentence.isupper() else len(_CAPITALS.findall(sentence))
                value = sentence.count("!") + shouted
            elif kind == "emoji":
                value = 0 if sentence.isascii() else sum(map(_is_symbol, sentence))
            elif kind == "question":
                value = "?" in sentence
            elif kind == "figures":
                value = len(_FIGURE.findall(sentence))
            elif kind == "quoted":
                value = '"' in sentence or "“" in sentence or "”" in sentence
            elif kind == "long":
                value = len(words) > 25
            elif kind == "wording":
                value = wording
            else:  # short
                value = len(words) <= 8
            out[index] = float(value)
        return [v if v < CAP else CAP for v in out]

    def shown_by(self, index: int, words: list[str], sentence: str) -> list[str]:
        """Gives the words or symbols of the sentence that showed one family, for explaining."""
        family = self.families[index]
        if family.measure == "shout":
            # A word in capitals among ordinary ones shouts; a run of them is a masthead or a
            # label ("THE HOUSEHOLD VERDICT").
            shouted = [
                m.group()
                for m in _CAPITALS.finditer(sentence)
                if _alone(sentence, m) and not _a_section(sentence, m)
            ]
            return shouted[:2] + (["!"] if "!" in sentence else [])
        if family.measure == "heat":
            from baitlab.emotion import hot_words

            return hot_words(words)
        if family.measure == "question":
            return ["?"]
        if family.measure:
            return []
        found = [s for s in family.symbols if s in sentence]
        listed = self._listed[index]
        joined = " " + " ".join(words) + " "
        candidates = [words[0]] if family.first and words else words
        found += [w for w in candidates if w in listed]
        # Phrases in the order the sentence has them (a set has no order of its own, and the
        # explanation must read the same in every run).
        phrases = [(joined.find(f" {p} "), p) for p in listed if " " in p]
        found += [p for at, p in sorted(phrases) if at >= 0]
        return list(dict.fromkeys(found))[:3]


def _alone(sentence: str, match: re.Match) -> bool:
    """Gives True when the capitals word has no capitals word right before or after it."""
    before = sentence[: match.start()].rstrip().rsplit(" ", 1)[-1]
    after = sentence[match.end() :].lstrip().split(" ", 1)[0]
    return not any(_CAPITALS.fullmatch(w.strip("'’\".,:;!?")) for w in (before, after) if w)


# A page's section label before a colon: "TRENDING: Why jewellers are running out of coins"
# names a column; it does not shout (a teacher's note).
_SECTIONS = frozenset(
    {"TRENDING", "UPDATE", "UPDATED", "SPONSORED", "ADVERTISEMENT", "WATCH", "LISTEN"}
    | {"PHOTOS", "VIDEO", "OPINION", "ANALYSIS", "LIVE", "PROMOTED", "FEATURED"}
)


def _a_section(sentence: str, match: re.Match) -> bool:
    """Gives True for a section label in capitals followed by a colon."""
    return match.group() in _SECTIONS and sentence[match.end() : match.end() + 1] == ":"


def _is_symbol(ch: str) -> bool:
    """Gives True for emoji and other pictorial symbols, but not a list's layout marks: a
    teacher read "uses emoji and symbols for effect" under "▶ GIANT Jellyfish…", which has
    none."""
    return ord(ch) > 0x2000 and unicodedata.category(ch) == "So" and ch not in LAYOUT_MARKS


def load_signals(path: Path = SIGNALS_FILE) -> SentenceSignals:
    """Gives the families of cues/sentence_signals.yaml, or raises ContentError naming the field."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        parsed = _SignalsFile.model_validate(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ContentError([Problem(str(path), "-", f"cannot read: {error}")]) from error
    except ValidationError as error:
        raise ContentError(problems_from_validation(str(path), error)) from error
    if not parsed.families:
        raise ContentError([Problem(str(path), "families", "needs at least one family")])
    names = [f.name for f in parsed.families]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ContentError([Problem(str(path), "families", f"names used twice: {twice}")])
    return SentenceSignals(parsed.families)


# ---- The model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceModel:
    """Signals, the "is this sentence bait?" weights, and one set of weights per technique."""

    signals: SentenceSignals
    intercept: float
    weights: np.ndarray
    technique_ids: tuple[str, ...]
    technique_intercepts: np.ndarray
    technique_weights: np.ndarray  # one row per technique
    threshold: float
    min_cue_spans: int  # the second look runs only in texts with at least this many different cues
    max_share: float = 1.0  # highlights stop once they cover this share of a text's sentences
    # With fewer than min_cue_spans different cues (but two at least), the second look still runs
    # when at least this share of the text's sentences score as bait.
    min_bait_share: float = 2.0
    # With fewer than two cue spans, it runs when at least this share score as bait (and
    # LONE_MIN sentences are left to judge); above 1: never.
    lone_share: float = 2.0
    # Which technique the sentence's words look like (baitlab/wording.py), added to the
    # technique weights when choosing a highlight's technique; None: signals alone.
    wording: Wording | None = None
    # Which words lean toward marked sentences (the "wording" signal); None: that signal is 0.
    bait_words: BaitWords | None = None

    @classmethod
    def from_mapping(
        cls,
        signals: SentenceSignals,
        mapping: dict,
        wording: Wording | None = None,
        bait_words: BaitWords | None = None,
    ) -> SentenceModel:
        def row(named: dict) -> np.ndarray:
            return np.array([float((named or {}).get(n, 0.0)) for n in signals.names])

        techniques = mapping.get("techniques") or {}
        ids = tuple(techniques)
        return cls(
            signals=signals,
            intercept=float(mapping["bait"]["intercept"]),
            weights=row(mapping["bait"]["weights"]),
            technique_ids=ids,
            technique_intercepts=np.array([float(techniques[t]["intercept"]) for t in ids]),
            technique_weights=np.array([row(techniques[t]["weights"]) for t in ids]).reshape(
                len(ids), len(signals.names)
            ),
            threshold=float(mapping["threshold"]),
            min_cue_spans=int(mapping["min_cue_spans"]),
            max_share=float(mapping.get("max_share", 1.0)),
            min_bait_share=float(mapping.get("min_bait_share", 2.0)),
            lone_share=float(mapping.get("lone_share", 2.0)),
            wording=wording,
            bait_words=bait_words,
        )

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """Gives the bait score (0..1) of each row of signal values."""
        from baitlab.headlines import sigmoid

        return sigmoid(rows @ self.weights + self.intercept)


@lru_cache(maxsize=1)
def default_model() -> SentenceModel:
    """Gives the model of cues/sentence_signals.yaml and cues/sentence_weights.yaml."""
    signals = load_signals()
    words, bait_words = wording.load(), wording.load_bait_words()
    try:
        mapping = yaml.safe_load(WEIGHTS_FILE.read_text(encoding="utf-8"))
        return SentenceModel.from_mapping(signals, mapping, words, bait_words)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as error:
        problem = Problem(
            str(WEIGHTS_FILE), "-", f"cannot read ({error}); run: python -m baitlab.sentences fit"
        )
        raise ContentError([problem]) from error


def model_problems(known_techniques: set[str]) -> list[Problem]:
    """Gives what is wrong with the sentence model's files: unreadable, or out of step."""
    try:
        signals = load_signals()
        mapping = yaml.safe_load(WEIGHTS_FILE.read_text(encoding="utf-8"))
        SentenceModel.from_mapping(signals, mapping)  # the files as they are now, not cached
    except ContentError as error:
        return list(error.problems)
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as error:
        return [Problem(str(WEIGHTS_FILE), "-", f"cannot read: {error}")]
    refit = "; run: python -m baitlab.sentences fit"
    problems = []
    named = set((mapping.get("bait") or {}).get("weights") or {})
    if named != set(signals.names):
        differ = sorted(named ^ set(signals.names))
        problems.append(Problem(str(WEIGHTS_FILE), "bait.weights", f"out of step: {differ}{refit}"))
    unknown = sorted(set(mapping.get("techniques") or {}) - known_techniques)
    if unknown:
        problems.append(Problem(str(WEIGHTS_FILE), "techniques", f"unknown ids: {unknown}{refit}"))
    try:
        wording.load_bait_words(wording.BAIT_WORDS_FILE)
    except ContentError as error:
        problems += error.problems
    return problems + wording.problems(known_techniques)


def second_look(prepared: Prepared, found: list, model: SentenceModel | None = None) -> list:
    """Gives DetectedSpans for sentences no span in `found` touches that the model calls bait.

    Runs in a text that already baits: one with at least `min_cue_spans` cues found, or with
    two when at least `min_bait_share` of its other sentences score as bait and it quotes no
    one by name, or with fewer when `lone_share` of at least LONE_MIN sentences do (bait in
    wording no cue knows). Honest reporting rarely gets a cue span and quotes people by name,
    so its quotes and figures are not second-guessed. The headline model's span is not counted
    among the cue spans.
    """
    from baitlab.detector import HEADLINE_CUE, Regions, attributed_quotes, exhibit_quotes

    model = model or default_model()
    # The headline model's guess counts as no cue span: a guess cannot vouch for more guesses
    # (a missing-pet appeal's "PLEASE SHARE" title had its collar description highlighted).
    # Counted by cue, not by place: a community post's "Comment below" and "Please share" are
    # one kind of wording twice, not two signs that every sentence in it may be bait.
    named = len({span.cue for span in found if span.cue != HEADLINE_CUE})
    # Few cue spans: a bait text in new wording, or honest reporting with a stray match. Go
    # on (below) only if enough of the other sentences read like bait to the model and the
    # text quotes no one by name: honest advice ("check that you have had both doses") reads
    # like bait in places, but it names who is speaking.
    few = named < min(2, model.min_cue_spans)
    if few and model.lone_share > 1:
        return []
    # A scam quoted whole in a warning is an exhibit, never the writer's bait.
    exhibits = exhibit_quotes(prepared.text, prepared.paragraphs)
    if named < model.min_cue_spans and (
        (few and exhibits) or attributed_quotes(prepared.text, prepared.paragraphs)
    ):
        return []  # reporting: it quotes people by name, or shows a scam as an exhibit
    starts = prepared.starts
    covered: set[int] = set()
    for span in found:
        first = max(0, bisect.bisect_right(starts, span.start) - 1)
        last = max(0, bisect.bisect_left(starts, span.end) - 1)
        covered.update(range(first, last + 1))
    readable = _readable(prepared)
    shown = Regions(exhibits).contain
    sentences = prepared.sentences
    picked = [
        i for i in readable if i not in covered and not shown(sentences[i].start, sentences[i].end)
    ]
    # Editors mark about half the sentences of a typical bait text and most of a dense one:
    # once the highlights reach max_share of its sentences, the rest are left alone
    # (strongest first up to then).
    room = int(model.max_share * len(readable)) - (len(readable) - len(picked))
    if not picked or room <= 0 or (few and len(picked) < LONE_MIN):
        return []
    rows = _rows(prepared, model, picked)  # only now: most texts have left by here
    scores = model.scores(rows)
    share = model.lone_share if few else model.min_bait_share
    if named < model.min_cue_spans and np.mean(scores >= model.threshold) < share:
        return []
    if few and _sure_sentences(prepared, model, readable, picked, scores) < LONE_SURE_COUNT:
        return []
    # A page's or group's name over a post is read with the rest (it is what the page calls
    # itself) but never highlighted as the writer's bait.
    masthead = _page_name(prepared)
    strongest = sorted(
        (k for k in range(len(picked)) if scores[k] >= model.threshold and picked[k] != masthead),
        key=lambda k: -scores[k],
    )
    return [
        _highlight(prepared, picked[k], rows[k], float(scores[k]), model, alone=few)
        for k in sorted(strongest[:room])
    ]


def _sure_sentences(
    prepared: Prepared, model: SentenceModel, readable: list, picked: list, scores: np.ndarray
) -> int:
    """Gives how many of the text's sentences score LONE_SURE or more, counting the one a
    lone cue span covers too: it is the text's own wording, and bait all the same."""
    sure = int(np.sum(scores >= LONE_SURE))
    chosen = set(picked)
    rest = [i for i in readable if i not in chosen]
    if sure >= LONE_SURE_COUNT or not rest:
        return sure
    return sure + int(np.sum(model.scores(_rows(prepared, model, rest)) >= LONE_SURE))


def _rows(prepared: Prepared, model: SentenceModel, indices: list) -> np.ndarray:
    """Gives the signal values of the sentences at `indices`, one row each."""
    heats, bait_words = prepared.heats(), model.bait_words
    return np.array(
        [
            model.signals.values(
                prepared.words[i],
                prepared.sentences[i].text,
                heats[i],
                bait_words.value(terms(prepared.words[i])) if bait_words else 0.0,
            )
            for i in indices
        ]
    )


def _highlight(
    prepared: Prepared,
    i: int,
    row: np.ndarray,
    score: float,
    model: SentenceModel,
    alone: bool = False,
):
    """Gives the DetectedSpan for sentence i: its technique, and the signals that showed it
    (alone: few or no bait phrases were found anywhere in the text, so it says so)."""
    from baitlab.detector import DetectedSpan, _technique_names, _trim, attributed_sentence

    sentence = prepared.sentences[i]
    words = plain_words(prepared.words[i]) - _negated(prepared.words[i]).keys()
    # A sentence that names who said it has a source: whatever its trick, it is not an
    # unnamed one ("…," says Dale Whitcomb, had read as vague sourcing to a teacher).
    named = attributed_sentence(sentence.text)
    technique = _choose(model, row, words, skip="vague-sourcing" if named else None)
    # Words of a name are not the writer's choice: "trust" in "Halbrook Health Trust" is no
    # evidence of speaking to you, though it weighs in the choice like any word. Unless the
    # trick is the name: "Federal" in "the Federal Parcel Clearance Bureau" borrows authority.
    quotable = words if technique in _NAME_TRICKS else words - _name_words(sentence.text)
    push = row * model.weights
    signs = dict(zip(model.signals.names, row, strict=True))
    strongest = sorted((j for j in range(len(push)) if push[j] > 0), key=lambda j: -push[j])
    reasons = []
    for j in strongest:
        if model.signals.families[j].measure == "wording":
            telling = (
                [
                    t
                    for t in model.bait_words.telling(terms(prepared.words[i]))
                    if quotable.issuperset(t.split(" "))
                    # only words a learner can read as a sign of a trick: "(tonight)", never
                    # "(type)" in "a more aggressive type" or "(he's)" (a teacher's notes)
                    and all(
                        part in model.signals.bait_vocabulary and part not in _NOUNS_TOO
                        for part in t.split(" ")
                    )
                    and not _CONTRACTION.fullmatch(t)
                    and t not in _ONLY_IN_COMPANY  # "(already)" alone shows no trick
                ]
                if model.bait_words
                else []
            )
            if not telling:
                continue  # "uses words ..." with none to show would only puzzle a learner
            shown = _in_order(telling, prepared.words[i])
        else:
            shown = model.signals.shown_by(j, prepared.words[i], sentence.text)
            family = model.signals.families[j]
            if family.words or family.symbols:
                # Quote only words that lean toward bait in what our editors marked: "last"
                # in "upgraded only last year" is no clock on you. A bare "they" or "our" is
                # never quoted as us against them: in "they sell out fast" it means trainers.
                shown = [
                    w
                    for w in shown
                    if w.lower() not in _POINTERS
                    and not w.isdigit()  # "(48)" alone says nothing to a learner
                    and not (model.bait_words and _plain_here(model.bait_words, w))
                    and (family.name != "vague" or _a_source(w, sentence.text))
                    and _means_it(family.name, w, prepared.words[i], sentence.text, signs)
                ]
                if family.name == "crowd" and not _CROWD_IN_COMPANY.isdisjoint(
                    w.lower() for w in shown
                ):
                    # The crowd is the count ("40,000 brothers"), not "already" beside it.
                    count = people_count(prepared.words[i])
                    kept = [w for w in shown if w.lower() not in _CROWD_IN_COMPANY]
                    shown = ([count] if count else []) + kept or shown
                if not shown:
                    continue
            elif family.measure == "heat":
                # VADER counts "kind" and "hand" as warm words; quote only those that do not
                # turn up in plain sentences as much as in marked ones, and never the polite
                # words of a letter ("kindly", "award").
                # Nor a word of a name: "Relief" in "Federal Household Relief Office".
                named = _name_words(sentence.text)
                shown = [
                    w
                    for w in shown
                    if w not in _POLITE
                    and w not in named
                    and not (model.bait_words and _everyday(model.bait_words, w))
                ]
            elif family.measure == "shout" and model.bait_words:
                # Capitals shout only in a word: "EMF" and "DWR" are abbreviations, and so
                # are "PIN" and "ID", though "pin" and "id" are words too (a teacher's note).
                shown = _shouted(model.bait_words, shown)
            if family.measure in ("heat", "shout") and not shown:
                continue  # "uses hot, emotional words" with none to show would be a claim
        said = model.signals.families[j].says
        reasons.append(f"{said} ({', '.join(shown)})" if shown else said)
        if len(reasons) == 3:
            break
    # What the checker saw in the sentence, or (when it can show nothing) that its wording
    # as a whole is like what our editors marked.
    seen = (
        f"the sentence {_and(reasons)}"
        if reasons
        else "it is worded like sentences our editors marked"
    )
    like = _typical_words(model, technique, quotable, prepared.words[i])
    name = _technique_names().get(technique, technique)
    start, end = _trim(prepared.text, sentence.start, sentence.end)
    lead = _CHAT_LEAD.match(prepared.text, start, end)
    if lead and lead.end() < end:  # the words, not the chat's "[14:04] Jay: " before them
        start = lead.end()
    return DetectedSpan(
        start=start,
        end=end,
        technique=technique,
        cue=CUE_NAME,
        text=prepared.text[start:end],
        # What the trick does to a reader comes first; then what the checker saw, and why
        # it looked at all (a reason to look, never a reason to mark).
        explanation=(
            f"This sentence looks most like {name}{like}. {_mechanism(technique)} It is a guess "
            f"(the ? on its label): no bait phrase Bait Lab knows is here, but {seen}, and "
            f"{_WHY_LOOKED[alone]}."
        ),
    )


# A chat line's time and speaker: "[14:04] Jay: ", "[21:20] ".
_CHAT_LEAD = re.compile(
    rf"{BRACKETED_CLOCK}[ \t]*(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?:[ \t]+)?",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"(?<![.!?:\"“‘(\n] )(?<!^)\b(?!I['’])[A-Z][a-z'’]+\b")
_NAME_TRICKS = frozenset({"false-authority", "impersonation"})


# Days and months carry a capital but are the writer's words: "close Friday" is a clock.
_CALENDAR = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)


def _name_words(sentence: str) -> set[str]:
    """Gives the lower-cased words that stand in the sentence only with a capital, away from
    its start ("Health" and "Trust" in "the Halbrook Community Health Trust"): parts of names.
    A sentence set out in capitals like a headline has no such words."""
    capitalised = {
        m.group().lower().replace("’", "'") for m in _CAPITALISED.finditer(sentence)
    } - _CALENDAR
    if not capitalised or len(capitalised) * 2 > len(sentence.split()):
        return set()
    lower = {w.replace("’", "'") for w in re.findall(r"\b[a-z][a-z'’]*\b", sentence)}
    return capitalised - lower


# Why a sentence with no known phrase was looked at: the text uses known bait wording
# elsewhere, or (alone) many of its sentences read like bait though almost no phrase Bait Lab
# knows is in it.
_WHY_LOOKED = {
    False: "other sentences in this text use known bait wording",
    True: "many sentences in this text read like bait",
}


@lru_cache(maxsize=1)
def _mechanisms() -> dict[str, str]:
    from baitlab.techniques import load_catalogue

    return {
        t.id: re.split(r"(?<=[.!?])\s", t.why_it_works.strip())[0]
        for t in load_catalogue().techniques
    }


def _mechanism(technique: str) -> str:
    """Gives the first sentence of the catalogue's "why it works" for the technique: how the
    trick works on a reader ("An open question feels like an itch.")."""
    return _mechanisms().get(technique, "")


# An unnamed source is quoted as one only where it tells something ("somebody said", "experts
# warn"); "so he knows somebody noticed him" names no source. Hearsay words need no verb.
_HEARSAY = frozenset({"reportedly", "rumoured", "rumored", "allegedly", "apparently", "supposedly"})
_TELLS = re.compile(
    r"(?:\W+[\w'’]+){0,3}?\W+(?:say|says|said|saying|told|tell|tells|claim|claims|claimed|"
    r"reckon|reckons|warn|warns|warned|reveal|reveals|revealed|believe|believes|think|thinks|"
    r"heard|confirm|confirms|confirmed|found|show|shows|showed|suggest|suggests|agree|agrees|"
    r"recommend|recommends|swear|swears|insist|insists|admit|admits|know|knows)\b",
    re.IGNORECASE,
)


def _a_source(shown: str, sentence: str) -> bool:
    """Gives True when a vague-source word tells the reader something in this sentence, and
    is not followed by the person's name ("my cousin Emyr" names him)."""
    if re.search(rf"(?i:\b{re.escape(shown)}) [A-Z][a-z]+", sentence):
        return False
    if shown.lower() in _HEARSAY or " " in shown:  # phrases carry their own verb ("i heard")
        return True
    lower = sentence.lower()
    at = lower.find(shown.lower())
    while at >= 0:
        if _TELLS.match(lower, at + len(shown)):
            return True
        at = lower.find(shown.lower(), at + 1)
    return False


# Words that are a move only in company. "Tonight" puts a clock on a reader told to act
# ("offer ends tonight"), not in "parents are reeling tonight"; "find out" teases a reader it
# speaks to, not in "why did families only find out from the paper?".
_NEEDS_READER = {
    "urgency": word_set(
        "now today tonight tomorrow soon before last final left remaining hours minutes gone "
        "deleted ends ending limited quick quickly fast hrs mins 24 48"
    )
    | {"this week", "right now"},
    "tease": word_set("happened reason reasons turns revealed reveal reveals guess believe noticed")
    | {"discovered", "find out", "see what", "see why", "this one", "the real", "what she"}
    | {"what he", "what this", "something else", "say more", "what they found"},
}
_PROMISES = word_set("to you'll will never won't can't wait until till")
# Words that make a time word a deadline ("offer ends tonight", "only 3 left").
_DEADLINES = word_set(
    "hurry urgent urgently immediately asap deadline expires expire expiring expired "
    "countdown midnight ends ending closes closing until left remaining"
)

# Words that make an hour a deadline: "ends at midnight", "before midnight".
_CLOSES = word_set("by before until till ends ending closes closing expires expiring deadline")


def _midnight_deadline(words: list[str]) -> bool:
    """Gives True when "midnight" in the sentence is a deadline ("ends at midnight")."""
    at = [k for k, w in enumerate(words) if w == "midnight"]
    return any(_CLOSES.intersection(words[max(0, k - 2) : k]) for k in at)


# A crowd is people: "thousands of parents have signed", not "head office loses millions".
_MULTITUDES = frozenset({"thousands", "millions", "hundreds"})
_SPENDS = word_set(
    "lose loses lost losing cost costs costing save saves saved saving earn earns earned "
    "make makes made making pay pays paid worth spend spends spent owe owes owed raise "
    "raised waste wasted charge charges charged $ £ €"
)
_UNITS = frozenset({"pounds", "dollars", "euros", "rand", "naira", "rupees", "bucks"})
# Words that point to a crowd only beside one ("have already signed", "4.8 stars from 3,000
# reviews"): "the mods already deleted it" and "members get it for less" count no heads.
_CROWD_IN_COMPANY = word_set(
    "already joined members customers reviews rated stars sold neighbours neighbors"
)
# VADER rates the polite words of a letter, plain help and prizes as warm; they are not
# feelings stirred up ("kindly pay the fee", "a petition to save it", "scrapped the prize").
_POLITE = word_set(
    "kindly gently award awarded please pleased thank thanks welcome glad help helped "
    "support care grant save saved prize heart beauty"
    # ... and warm words a report uses plainly: "the corporators and their builder friends",
    # "the show's success", "a much-loved chain" (teachers' notes: none stirs a feeling up).
    " friend friends success successful relief gift gifts loved"
    # ... and "your trusted phone number", a setting's name, not a feeling (a teacher's note)
    " trusted"
)


_REVEAL_VERBS = (["believe"], ["guess"], ["expect"])
_THANKS = frozenset({"thank", "thanks", "bless"})


def _means_it(family: str, shown: str, words: list[str], sentence: str, signs: dict) -> bool:
    """Gives True when a family's word does that family's work in this sentence, so it may be
    quoted as evidence (the model counts it either way)."""
    term = shown.lower().replace("’", "'")
    # "Thank you bhai, checking right now" thanks someone: it speaks to no reader, and puts
    # no clock on one (a teacher's note).
    # (The "you" signal counts every you-word; those that follow a thanks speak to no one.)
    thanked = sum(1 for k, w in enumerate(words) if w == "you" and k and words[k - 1] in _THANKS)
    to_you = signs.get("you", 0) > thanked or signs.get("imperative", 0) > 0
    if family == "tease" and term in _NEEDS_READER["tease"]:
        # a tease promises the reader a reveal: "Find out why", "to find out", "you'll never
        # guess"; not "if you lot find out" or "families only found out from the paper"
        first = term.split(" ")[0]
        return signs.get("imperative", 0) > 0 or any(
            k and words[k - 1] in _PROMISES for k, w in enumerate(words) if w == first
        )
    if family == "engage" and " " not in term:
        # "Comment", "share" and "like" ask something of a reader the sentence speaks to; not
        # "requests for comment" or "I only share what I use". A word that is a noun too
        # asks only where it gives an order: "Type YES below", "drop a like"; not "a more
        # aggressive type" or "each member's share" (a teacher's notes).
        if term in _NOUNS_TOO:
            at = [k for k, w in enumerate(words) if w == term]
            return to_you and any(
                k == 0 or words[k - 1] in _BEFORE_AN_ORDER or words[k + 1 : k + 2] == ["below"]
                for k in at
            )
        return to_you
    if family == "tease" and term == "you won't":
        # "you won't believe / guess" holds a reveal back; "you won't find it in any of their
        # guides" and "you won't see THIS on the news" hold nothing back (teachers' notes)
        return any(
            words[k : k + 2] == ["you", "won't"] and words[k + 2 : k + 3] in _REVEAL_VERBS
            for k in range(len(words))
        )
    if family == "urgency" and term == "midnight":
        # a deadline at midnight ("ends at midnight", "before midnight"); not the hour of a
        # scene: "whatever's left on the shelf at midnight" (a teacher's note)
        return _midnight_deadline(words)
    if family == "urgency" and term == "running out":
        # time runs out on a reader; "jewellers are running out of small gold coins" is stock
        return not _two_on(words, "running", "of")
    if term in _NEEDS_READER.get(family, ()):
        # a clock is on the reader when the sentence speaks to them or sets a deadline
        return to_you or not _DEADLINES.isdisjoint(words)
    if family == "money" and term in _MULTITUDES:
        return any(s in sentence for s in "$£€") or bool(_UNITS.intersection(words))
    if family == "crowd":
        at = [k for k, w in enumerate(words) if w == term.split(" ")[0]]
        if term in _MULTITUDES:
            return any(
                not (k and words[k - 1] in _SPENDS)
                and not (
                    words[k + 1 : k + 2] == ["of"] and _UNITS.intersection(words[k + 2 : k + 3])
                )
                for k in at
            ) and not any(s in sentence for s in "$£€")
        if term.startswith(("everyone", "everybody")):
            return any(not (k and words[k - 1] == "not") for k in at)
        if term in ("can't stop", "cannot stop", "can’t stop"):
            # a crowd that cannot stop buying; not "I honestly can't stop thinking about her"
            return any(k and words[k - 1] in _A_CROWD for k in at)
        if term in _CROWD_IN_COMPANY or "already" in term.split(" "):
            # "are already" counts no heads in "the lobbyists are already pouring money in",
            # nor "who spent 31 years in telecommunications" (a teacher's note): a figure
            # must count people ("40,000 brothers", "1,200 members").
            return bool(_MULTITUDES.intersection(words)) or bool(people_count(words))
        if term == "sold out":  # "sold out from under us" is betrayal, not a queue of buyers
            return not _two_on(words, "sold", "from")
    return True


# What a figure counts when it counts no people: "31 years", "40 miles", "24 hours".
_NOT_PEOPLE = word_set(
    "year years hour hours hrs minute minutes mins day days week weeks month months mile miles "
    "km kilometres kilometers metre metres meter meters percent per cent pm am st nd rd th "
    "times kg pounds dollars euros rand naira rupees bucks points pages"
)


def people_count(words: list[str]) -> str:
    """Gives the figure and the word it counts when a figure counts people or what they
    bought ("40,000 brothers", "1,200 members", "40,000 units"), else "": never "31 years"."""
    for k, w in enumerate(words[:-1]):
        if not w[:1].isdigit():
            continue
        j = k + 1
        while j < len(words) and words[j].isdigit():  # "40,000" is read as "40", "000"
            j += 1
        if j < len(words) and words[j].isalpha() and words[j] not in _NOT_PEOPLE:
            return ",".join(words[k:j]) + " " + words[j]
    return ""


def _page_name(prepared: Prepared) -> int | None:
    """Gives the index of the sentence that is a page's or a group's name: the text's first
    line, when the line under it is a post's furniture ("Jaz Kowalczyk · 3h · 🌏"). A teacher
    saw "Tallowood Uni Students (Unofficial) 🦘" guessed as a crowd."""
    text = prepared.text
    first_end = text.find("\n")
    if first_end < 0 or not prepared.sentences:
        return None
    second_end = text.find("\n", first_end + 1)
    second = text[first_end + 1 : second_end if second_end >= 0 else len(text)].strip()
    if not second or not furniture(second):
        return None
    return 0 if prepared.sentences[0].end <= first_end + 1 else None


def _two_on(words: list[str], first: str, then: str) -> bool:
    """Gives True when `then` stands two words after `first` ("running out of", "sold out
    from")."""
    return then in [words[k + 2] for k, w in enumerate(words[:-2]) if w == first]


# Words of the engage family that are nouns too, and the words before one that gives an order.
_NOUNS_TOO = word_set("type like share link follow comment tag")
# Written in capitals because they are abbreviations, never to shout.
_ABBREVIATIONS = frozenset(
    w.upper()
    for w in word_set(
        "pin otp id atm pos sim sms vat bvn nin ssn sin gp tv pdf url faq ceo uk us usa eu nhs "
        "it hr ps"
    )
)
# A contraction on its own ("you're", "CAN'T", "you'd") weighs in the model like any word,
# but quoted as evidence it taught a class that contractions are bait (a teacher's note).
_CONTRACTION = re.compile(r"\w+['’]\w+")
_BEFORE_AN_ORDER = word_set("please pls plz and then just now a to or hit smash drop leave")
# Who "can't stop" doing something, when the words point at a crowd.
_A_CROWD = word_set(
    "people everyone everybody they fans customers shoppers buyers mums moms parents readers "
    "viewers users neighbours neighbors folks families"
)

# Words that point at a group only in context: counted by the model, never quoted alone.
_POINTERS = frozenset({"they", "them", "those", "us", "we", "our", "ours"})
# Words that lean toward a technique only beside others: "already" in "the deal is already
# done" is no crowd (a teacher's note), so never quoted alone as a technique's typical word.
_ONLY_IN_COMPANY = frozenset({"already"})


def _plain_here(bait_words: BaitWords, shown: str) -> bool:
    """Gives True for a word (or phrase) that does not lean toward bait in the sentences our
    editors marked: a phrase with evidence below QUOTE_LEAN, a single word below QUOTE_WORD
    or seen in fewer than QUOTE_TEXTS texts ("now", "gone" and "life" mean a clock or a
    superlative only in some sentences). Symbols and unknown words are kept."""
    term = shown.lower().replace("’", "'")
    known = bait_words.evidence.get(term)
    if known is None:
        return False
    if " " in term:
        return known < QUOTE_LEAN
    return known < QUOTE_WORD or bait_words.counts[term][2] < QUOTE_TEXTS


def _shouted(bait_words: BaitWords, shown: list[str]) -> list[str]:
    """Gives the marks and words in capitals that shout: "!" and "NEVER", not "EMF", "PIN"."""
    return [w for w in shown if w == "!" or (w not in _ABBREVIATIONS and _a_word(bait_words, w))]


def _a_word(bait_words: BaitWords, shouted: str) -> bool:
    """Gives True when a word in capitals is a word our texts use in lower case too."""
    lower = shouted.lower().replace("’", "'")
    return lower in bait_words.counts or lower.split("'")[0] in bait_words.counts


def _everyday(bait_words: BaitWords, word: str) -> bool:
    """Gives True for a word seen in many texts that leans no more toward marked sentences
    than a phrase must (QUOTE_LEAN): everyday, whatever its feeling ("kind of", "best")."""
    known = bait_words.evidence.get(word)
    return known is not None and known < QUOTE_LEAN and bait_words.counts[word][2] >= QUOTE_TEXTS


def _choose(model: SentenceModel, row: np.ndarray, words: set[str], skip: str | None = None) -> str:
    """Gives the technique whose own signal weights, plus its words' evidence, score highest
    (never `skip`, one the sentence shows it is not)."""
    per_technique = model.technique_weights @ row + model.technique_intercepts
    if model.wording:
        per_technique = per_technique + model.wording.scores(model.technique_ids, words)
    if skip in model.technique_ids:
        per_technique[model.technique_ids.index(skip)] = -np.inf
    return model.technique_ids[int(np.argmax(per_technique))]


def technique_of(line: str, model: SentenceModel | None = None) -> tuple[str, str]:
    """Gives the technique one line (a headline, say) looks most like, and a clause quoting
    the words that pointed to it (": words such as ..." or "")."""
    from baitlab.emotion import sentence_heat
    from baitlab.text import WORD

    model = model or default_model()
    order = WORD.findall(line.lower())
    words = plain_words(order) - _negated(order).keys()
    value = model.bait_words.value(terms(order)) if model.bait_words else 0.0
    row = np.array(model.signals.values(order, line, sentence_heat(order, line), value))
    technique = _choose(model, row, words)
    return technique, _typical_words(model, technique, words, order)


# Words for a crowd that "not" turns around: "not everyone is happy" is no crowd, so
# "everyone" there is no evidence of one (a teacher saw it quoted as a sign of social proof).
_CROWD_WORDS = frozenset({"everyone", "everybody", "all", "many", "most"})


def _negated(order: list[str]) -> Counter[str]:
    """Gives the crowd words that come right after "not", with how often each does."""
    pairs = zip(order, order[1:])
    return Counter(w for before, w in pairs if before == "not" and w in _CROWD_WORDS)


def _typical_words(model: SentenceModel, technique: str, words: set[str], order: list[str]) -> str:
    """Gives ": words such as 'secret' and 'agenda' turn up ..." or "" when none stand out."""
    if not model.wording:
        return ""
    common = model.bait_words.common if model.bait_words else frozenset()
    # Only words a learner can read as a sign of the trick ("secret", "already", "tonight"):
    # "town", "delivery" or "because" lean toward a technique in what editors marked, but
    # quoted as evidence they would teach that ordinary words are bait (a teacher's note).
    meaningful = {
        w
        for w in (words & model.signals.bait_vocabulary) - _POINTERS - _ONLY_IN_COMPANY
        if not _CONTRACTION.fullmatch(w) and (w != "midnight" or _midnight_deadline(order))
    }
    telling = _in_order(model.wording.telling(technique, meaningful, skip=common), order)
    if not telling:
        return ""
    quoted = _and([f"'{w}'" for w in telling])
    return f": words such as {quoted} turn up far more often in passages editors filed under it"


def _in_order(chosen: list[str], order: list[str]) -> list[str]:
    """Gives the chosen words (or pairs of words) in the sentence's own order, so an
    explanation reads the same on every run."""
    plain = [w.replace("’", "'") for w in order]

    def where(term: str) -> int:
        first = term.split(" ")[0]
        return plain.index(first) if first in plain else len(plain)

    return sorted(chosen, key=where)


def _readable(prepared: Prepared) -> list[int]:
    """Gives the sentences a learner can read at a glance as a highlight: 3-60 words, and not
    page furniture or a pleasantry. The model is fitted on these and looks only at these."""
    return [
        i
        for i, (words, sentence) in enumerate(zip(prepared.words, prepared.sentences, strict=True))
        if MIN_WORDS <= len(words) <= MAX_WORDS
        and not furniture(sentence.text)
        and not _PLEASANTRY.fullmatch(sentence.text.strip())
    ]


# A thank-you or a good-luck on its own asks nothing of the reader: "Good luck everyone!!",
# "Thank you all 🙏" had been guessed as engagement bait and direct address (two reviews), and
# a scam caller's "Perfect, thank you." as direct address.
_PLEASANTRY = re.compile(
    r"(?:[\w .'’-]{1,24}: ?)?"  # a speaker's name in a transcript: "CALLER: Perfect, thank you."
    r"(?:(?:perfect|great|lovely|brilliant|wonderful|ok|okay|right|amazing|fab)[,!.]? )?"
    r"(?:good luck|best of luck|thank you(?: so much)?|thanks(?: so much)?|many thanks|"
    r"much love|love you all|god bless|bless you|have a (?:lovely|great|good) (?:day|weekend))"
    r"(?: (?:to )?(?:all|everyone|everybody|guys|folks|all of you|you all|again))*"
    r"[\s!.,]*[^\w\s]*[\s!.]*",
    re.IGNORECASE,
)


def furniture(sentence: str) -> bool:
    """Gives True for page furniture: a masthead in capitals, a menu or a counter bar (items
    set apart by bars, dots or runs of spaces: "💬 1.2k comments    SHARE    POST"), or a row
    of buttons ("[ Share ]  [ Tag friends ]"), nothing but counts ("😢 28K · 9.4K comments"), or
    an email's footer ("You're receiving this because you joined ...")."""
    if sentence.isupper() and "!" not in sentence:
        return True
    if _FOOTER.match(sentence):
        return True
    return (
        bool(_FIGURE.search(sentence))
        and _BUTTON_WORDS.issuperset(_LETTERS.findall(_COUNTS.sub(" ", sentence).lower()))
        or _breadcrumb(sentence)
        or sentence.count("|") >= 2
        or sentence.count("·") >= 2
        or _button_bar(sentence)
        or ("  " in sentence and len(_SPACED_OUT.findall(sentence)) >= 2)
        or ("[" in sentence and bool(_BUTTONS.fullmatch(sentence.strip())))
    )


_SPACED_OUT = re.compile(r"\S {2,}(?=\S)")
# An email's footer: why you got it and how to stop it ("You're receiving this because you
# joined the Fernway Summit Club.", "Unsubscribe | Manage preferences").
_FOOTER = re.compile(
    r"\s*(?:you['’]re|you are) (?:receiving|getting) this(?: \w+)? because\b|\s*unsubscribe\b",
    re.IGNORECASE,
)
# A count under a post ("1.2K", "486 comments", "97 shares"): with these gone, a counter bar
# has no words left.
_COUNTS = re.compile(
    r"\b\d[\d.,]*[KkMm]?\b(?: (?:comments?|shares?|likes?|views?|reactions?|replies|reposts?))?"
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# What a counter bar's buttons say beside its counts ("💬 2,318 comments · Share").
_BUTTON_WORDS = frozenset(
    {"like", "likes", "share", "shares", "reply", "comment", "comments", "save", "follow"}
    | {"report", "repost", "retweet", "react", "send", "copy", "link"}
)
# A bar of two buttons ("Share | Print", "Share · Save"): nothing but what a page lets you do.
_BAR_WORDS = _BUTTON_WORDS | {"print", "email", "mail", "tweet", "post", "forward", "bookmark"}


def _button_bar(sentence: str) -> bool:
    """Gives True for a line of button words set apart by a bar or a dot ("Share | Print")."""
    if "|" not in sentence and "·" not in sentence:
        return False
    words = _LETTERS.findall(sentence.lower())
    return bool(words) and _BAR_WORDS.issuperset(words)


# A site's trail of sections: "Film & TV › Adaptations", "BuzzNest › Animals › Backyard".
_TRAIL = re.compile(r"\s*[›»]\s*")


def _breadcrumb(sentence: str) -> bool:
    """Gives True for a trail of sections, each of a few words ("Film & TV › Adaptations"),
    but not a link that ends on an arrow ("Continue to page 2 ›")."""
    if "›" not in sentence and "»" not in sentence:
        return False
    parts = _TRAIL.split(sentence.strip())
    return len(parts) >= 2 and all(0 < len(part.split()) <= 4 for part in parts)


_BUTTONS = re.compile(r"(?:\[[^\[\]\n]{1,30}\]\s*){2,}")


def _and(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ---- Fitting -------------------------------------------------------------------------------


def training_rows(samples, signals: SentenceSignals) -> tuple[np.ndarray, list[set[str]]]:
    """Gives one row of signal values per sentence, and the curated techniques touching it.
    The "wording" signal of each sentence is counted without its own text."""
    from baitlab.text import prepare

    texts = [_marked_sentences(sample) for sample in samples]
    wording_values = wording.values_leaving_each_text_out(texts)
    rows, labels = [], []
    for sample, values in zip(samples, wording_values, strict=True):
        prepared = prepare(sample.text)
        heats = prepared.heats()
        for i, value in zip(_readable(prepared), values, strict=True):
            sentence = prepared.sentences[i]
            rows.append(signals.values(prepared.words[i], sentence.text, heats[i], value))
            a, b = sentence.start, sentence.end
            labels.append({c.technique for c in sample.spans if c.start < b and c.end > a})
    return np.array(rows, dtype=float).reshape(len(rows), len(signals.names)), labels


def _marked_sentences(sample) -> list[tuple[set[str], bool]]:
    """Gives (words, marked?) for each readable sentence of a sample: marked when a curated
    span touches it."""
    from baitlab.text import prepare

    prepared = prepare(sample.text)
    out = []
    for i in _readable(prepared):
        sentence = prepared.sentences[i]
        a, b = sentence.start, sentence.end
        marked = any(c.start < b and c.end > a for c in sample.spans)
        out.append((terms(prepared.words[i]), marked))
    return out


def fit(
    samples,
    signals: SentenceSignals,
    threshold: float = THRESHOLD,
    min_cue_spans: int = MIN_CUE_SPANS,
    min_bait_share: float = MIN_BAIT_SHARE,
    max_share: float = MAX_SHARE,
    lone_share: float = LONE_SHARE,
) -> dict:
    """Gives the weights mapping fitted on the samples' sentences (curated spans as truth).

    Weights that come out against their family's direction (a sign of fair reporting pushing
    toward bait, or the reverse) are held at 0 and the rest refitted, so a learner is never
    told that, say, quoting someone made a sentence look like bait.
    """
    from baitlab.headlines import logistic_weights

    x, labels = training_rows(samples, signals)
    y = np.array([1.0 if lab else 0.0 for lab in labels])
    active = x.any(axis=0)
    while True:
        beta = logistic_weights(x, y, L2_PENALTY, active)
        wrong = active & np.where(signals.honest, beta[1:] > 0, beta[1:] < 0)
        if not wrong.any():
            break
        active &= ~wrong
    techniques = {}
    for technique in sorted({t for lab in labels for t in lab}):
        yt = np.array([1.0 if technique in lab else 0.0 for lab in labels])
        bt = logistic_weights(x, yt, L2_PENALTY, x.any(axis=0))
        techniques[technique] = _named(signals, bt)
    return {
        "model": "logistic regression over named signals, L2-penalised, fitted with IRLS",
        "trained_on": {
            "samples": len(samples),
            "sentences": len(labels),
            "bait_sentences": int(y.sum()),
        },
        "threshold": threshold,
        "min_cue_spans": min_cue_spans,
        "min_bait_share": min_bait_share,
        "max_share": max_share,
        "lone_share": lone_share,
        "bait": _named(signals, beta),
        "held_at_zero": [n for n, a in zip(signals.names, active, strict=True) if not a],
        "techniques": techniques,
    }


def _named(signals: SentenceSignals, beta: np.ndarray) -> dict:
    return {
        "intercept": round(float(beta[0]), 4),
        "weights": {n: round(float(w), 4) for n, w in zip(signals.names, beta[1:], strict=True)},
    }


_WEIGHTS_HEADER = """\
# Weights of the sentence model's signals (cues/sentence_signals.yaml). Written by
# `python -m baitlab.sentences fit` from the curated spans of samples/ and evaluation/dev/
# (never evaluation/heldout/). bait score = 1 / (1 + exp(-(intercept + sum of weight * value)));
# a sentence no cue matched is highlighted when its score >= threshold, in a text with at
# least min_cue_spans different cues (or with two at least, when min_bait_share of its sentences
# score >= threshold, or with fewer, when lone_share do and it quotes no one by name),
# strongest first until highlights cover max_share of its sentences;
# its technique is the one whose own weights score highest. Do not edit by hand.
"""


def _fit_command(args: argparse.Namespace) -> int:
    from baitlab.content import load_library
    from baitlab.techniques import load_catalogue

    catalogue = load_catalogue()
    samples = [s for folder in FIT_FOLDERS for s in load_library(catalogue, folder).samples]
    mapping = fit(
        samples,
        load_signals(),
        args.threshold,
        args.min_cue_spans,
        args.min_bait_share,
        args.max_share,
        args.lone_share,
    )
    text = _WEIGHTS_HEADER + yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True)
    Path(args.weights).write_text(text, encoding="utf-8")
    print(f"wrote {args.weights} from {mapping['trained_on']}")
    print(f"held at zero: {mapping['held_at_zero']}")
    bait_words = wording.count_sentences([_marked_sentences(s) for s in samples])
    wording.write_bait_words(bait_words, args.bait_words)
    print(f"wrote {args.bait_words}: {len(bait_words['words'])} words")
    examples = marked_passages(samples, set(catalogue.ids()))
    counted = wording.count(examples)
    wording.write(counted, args.words)
    print(f"wrote {args.words} from {len(examples)} marked passages: {len(counted['words'])} words")
    return 0


def marked_passages(samples, known: set[str]) -> list[tuple[str, str, str]]:
    """Gives (technique, text, source) for every curated span of the samples and every bait
    line of the phrase banks cues were written from; the others stay unseen, for measuring.
    The source names the sample, or the bank and line."""
    from baitlab.phrases import PHRASES_DIR, load_bank

    out = [(c.technique, s.text[c.start : c.end], s.meta.id) for s in samples for c in s.spans]
    for path in sorted(PHRASES_DIR.glob("*.yaml")):
        bank, problems = load_bank(path, known)
        if problems:
            raise ContentError(problems)
        if bank.cues_written_from_it:
            for technique, lines in bank.phrases.items():
                for n, line in enumerate(lines.bait):
                    out.append((technique, line.text, f"{path.stem}:{technique}:{n}"))
    return out


def main(argv: list[str] | None = None) -> int:
    """Gives the exit code of `python -m baitlab.sentences fit`."""
    parser = argparse.ArgumentParser(prog="python -m baitlab.sentences", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    fit_parser = commands.add_parser("fit", help="fit the weights on samples/ and evaluation/dev/")
    fit_parser.add_argument("--threshold", type=float, default=THRESHOLD)
    fit_parser.add_argument("--min-cue-spans", type=int, default=MIN_CUE_SPANS)
    fit_parser.add_argument("--min-bait-share", type=float, default=MIN_BAIT_SHARE)
    fit_parser.add_argument("--max-share", type=float, default=MAX_SHARE)
    fit_parser.add_argument("--lone-share", type=float, default=LONE_SHARE)
    fit_parser.add_argument("--weights", type=Path, default=WEIGHTS_FILE)
    fit_parser.add_argument("--words", type=Path, default=wording.WORDS_FILE)
    fit_parser.add_argument("--bait-words", type=Path, default=wording.BAIT_WORDS_FILE)
    args = parser.parse_args(argv)
    return _fit_command(args)


if __name__ == "__main__":
    sys.exit(main())
