"""Headline bait scores from named signals a learner can spot by eye.

A headline is scored by a logistic model over a few dozen signals ("starts-with-number",
"second-person", "withheld-payoff", "names-a-place", ...). What each signal looks for (word
lists, patterns and a one-line description) lives in ``cues/headlines.yaml``; the weight of
each signal and the bait threshold live in ``cues/headline_weights.yaml``, written by
``python -m baitlab.headlines fit`` from the train part of the public Stop Clickbait
headlines (read from ``../shared`` at fit time, never copied into the project).

There is no bag of words: every number in the weights file belongs to a signal with a name,
so a learner can always be told which signals made a headline look like bait.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from baitlab import CUES_DIR, PROJECT_ROOT
from baitlab.errors import ContentError, Problem
from baitlab.wording import word_set

SIGNALS_FILE = CUES_DIR / "headlines.yaml"
WEIGHTS_FILE = CUES_DIR / "headline_weights.yaml"
PUBLIC_DATA_DIR = PROJECT_ROOT.parent / "shared" / "data" / "clickbait-headlines"
BAIT_FILE = "clickbait_data.gz"
NEWS_FILE = "non_clickbait_data.gz"

# Share of headlines (in percent) that land in the train part of the fixed split.
TRAIN_PERCENT = 80
# Strength of the L2 penalty that keeps weights of rare signals modest.
L2_PENALTY = 1.0
DIRECTIONS = ("bait", "news")
SIGNAL_KINDS = ("words", "start_words", "patterns", "measure")

# Typographic quotes become plain ones so "you’re" matches "you're".
_PLAIN_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
     "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'}
)  # fmt: skip
# Control and invisible format characters become spaces.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SPACES = re.compile(r"\s+")
# A word: letters or digits, keeping inner apostrophes, hyphens and dots ("you're", "u.s").
_WORD = re.compile(r"[^\W_]+(?:['.\-][^\W_]+)*")
_FILL = re.compile(r"\{([a-z_]+)\}")
_ALL_CAPS = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z][A-Z&]{1,5}\b")
_LETTERS = re.compile(r"[^\W\d_]+")


# ---- What a caller gets back -------------------------------------------------------------


@dataclass(frozen=True)
class HeadlineVerdict:
    """How baity one headline is, and which signals made it look like bait."""

    headline: str
    bait_score: float
    is_bait: bool
    reasons: list[str]
    # What each bait signal that fired looks for, in plain words, strongest first ("points at
    # something it has not named yet"): what the headline does, not a technique's name.
    signs: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """Gives the verdict as plain data: headline, bait_score, is_bait, reasons."""
        return {
            "headline": self.headline,
            "bait_score": self.bait_score,
            "is_bait": self.is_bait,
            "reasons": list(self.reasons),
        }


# ---- Signals -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """One named thing the scorer looks for in a headline, as cues/headlines.yaml states it."""

    name: str
    description: str
    direction: str
    reason: str
    cap: float
    shows: str = ""  # what it finds, as a clause after "it": "opens with a small number"
    told: bool = True  # False: it weighs in the score but an explanation never names it


def _measure_acronyms(text: str, exclude: frozenset[str]) -> int:
    """Gives the number of initialisms (UN, NHS, U.S.) in a headline that is not all shouted."""
    words = _LETTERS.findall(text)
    shouted = sum(1 for w in words if len(w) > 1 and w.isupper())
    if len(words) >= 3 and shouted * 2 >= len(words):
        return 0
    return sum(1 for a in _ALL_CAPS.findall(text) if a.replace(".", "") not in exclude)


# Signals worked out in code; cues/headlines.yaml names them with `measure:`.
MEASURES = {"acronyms": _measure_acronyms}


def words_of(text: str) -> list[str]:
    """Gives the lower-case words of a text, the way word lists are matched."""
    return _WORD.findall(text.lower())


def clean_headline(text: object, max_chars: int = 300) -> str:
    """Gives the headline as one tidy line: plain quotes, no control characters, cut to size."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[: max_chars * 4]  # bound the work on very long input before normalising
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN_QUOTES)
    text = _SPACES.sub(" ", _INVISIBLE.sub(" ", text)).strip()
    return text[:max_chars]


class SignalSet:
    """The signals of cues/headlines.yaml, ready to turn headlines into signal counts."""

    def __init__(self, raw: dict, source: str = str(SIGNALS_FILE)):
        problems: list[Problem] = []
        if not isinstance(raw, dict) or not isinstance(raw.get("signals"), list):
            raise ContentError([Problem(source, "signals", "must be a list of signals")])
        self.source = source
        self.max_chars = int(raw.get("max_chars", 300))
        self.markers: dict[str, str] = dict(raw.get("markers") or {})
        self.signals: list[Signal] = []
        self._phrases: dict[str, list[int]] = {}
        self._start_words: dict[str, list[int]] = {}
        self._patterns: list[tuple[int, re.Pattern[str]]] = []
        self._measures: list[tuple[int, object, frozenset[str]]] = []
        self._longest_phrase = 1
        seen: set[str] = set()
        for index, entry in enumerate(raw["signals"]):
            where = f"signals[{index}]"
            try:
                self._add(index, entry, seen)
            except (KeyError, TypeError, ValueError, re.error) as error:
                problems.append(Problem(source, where, f"{error}"))
        if problems:
            raise ContentError(problems)
        self.names = tuple(s.name for s in self.signals)
        self.caps = np.array([s.cap for s in self.signals], dtype=float)

    def _add(self, index: int, entry: dict, seen: set[str]) -> None:
        """Adds one signal entry of the YAML; raises ValueError/KeyError naming the problem."""
        name = entry["name"]
        if name in seen:
            raise ValueError(f"the name '{name}' is used twice")
        seen.add(name)
        direction = entry["direction"]
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {DIRECTIONS}, not '{direction}'")
        if not any(kind in entry for kind in SIGNAL_KINDS):
            raise ValueError(f"'{name}' needs one of {SIGNAL_KINDS}")
        self.signals.append(
            Signal(
                name=name,
                description=str(entry["description"]),
                direction=direction,
                reason=str(entry["reason"]),
                cap=float(entry.get("cap", 1)),
                shows=str(entry.get("shows", "")),
                told=bool(entry.get("told", True)),
            )
        )
        for phrase in entry.get("words", []):
            key = " ".join(words_of(str(phrase)))
            self._phrases.setdefault(key, []).append(index)
            self._longest_phrase = max(self._longest_phrase, key.count(" ") + 1)
        for word in entry.get("start_words", []):
            self._start_words.setdefault(" ".join(words_of(str(word))), []).append(index)
        fill = entry.get("fill", {})
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        for pattern in entry.get("patterns", []):
            expanded = _FILL.sub(
                lambda m: "(?:" + "|".join(re.escape(str(w)) for w in fill[m.group(1)]) + ")",
                pattern,
            )
            self._patterns.append((index, re.compile(expanded, flags)))
        if "measure" in entry:
            measure = MEASURES.get(entry["measure"])
            if measure is None:
                raise ValueError(f"unknown measure '{entry['measure']}', known: {list(MEASURES)}")
            exclude = frozenset(str(w) for w in entry.get("exclude", []))
            self._measures.append((index, measure, exclude))

    def counts(self, headline: object) -> list[float]:
        """Gives how often each signal fires in one headline, capped, in signal order."""
        text = clean_headline(headline, self.max_chars)
        out = [0.0] * len(self.signals)
        if not text:
            return out
        words = words_of(text)
        if words:
            for index in self._start_words.get(words[0], ()):
                out[index] += 1
        phrases = self._phrases
        for n in range(1, self._longest_phrase + 1):
            for start in range(len(words) - n + 1):
                hits = phrases.get(" ".join(words[start : start + n]))
                if hits:
                    for index in hits:
                        out[index] += 1
        for index, pattern in self._patterns:
            out[index] += len(pattern.findall(text))
        for index, measure, exclude in self._measures:
            out[index] += measure(text, exclude)
        return [min(value, cap) for value, cap in zip(out, self.caps, strict=True)]

    def shown(self, headline: str, most: int = 2) -> dict[int, list[str]]:
        """Gives, per signal index, the headline's own words that made it fire ("NOBODY",
        "Just"), as written there, for quoting; signals worked out in code show none."""
        text = clean_headline(headline, self.max_chars)
        found: dict[int, list[str]] = {}
        originals = _WORD.findall(text)
        words = [w.lower() for w in originals]
        if words:
            for index in self._start_words.get(words[0], ()):
                found.setdefault(index, []).append(originals[0])
        for n in range(1, self._longest_phrase + 1):
            for start in range(len(words) - n + 1):
                for index in self._phrases.get(" ".join(words[start : start + n]), ()):
                    found.setdefault(index, []).append(" ".join(originals[start : start + n]))
        for index, pattern in self._patterns:
            found.setdefault(index, []).extend(m.group() for m in pattern.finditer(text))
        return {
            i: list(dict.fromkeys(w for w in ws if w.strip() and _means(w, words)))[:most]
            for i, ws in found.items()
        }

    def matrix(self, headlines: list[str]) -> np.ndarray:
        """Gives one row of signal counts per headline."""
        rows = [self.counts(h) for h in headlines]
        return np.array(rows, dtype=float).reshape(len(rows), len(self.signals))


def load_signals(path: Path = SIGNALS_FILE) -> SignalSet:
    """Gives the signals described in cues/headlines.yaml, or raises ContentError."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ContentError([Problem(str(path), "-", f"cannot read: {error}")]) from error
    return SignalSet(raw, str(path))


# ---- The model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadlineScorer:
    """Signals plus their fitted weights: everything needed to score headlines."""

    signals: SignalSet
    weights: np.ndarray
    intercept: float
    threshold: float

    @classmethod
    def from_mapping(cls, signals: SignalSet, mapping: dict) -> HeadlineScorer:
        """Gives a scorer from a weights mapping as fit() returns it (missing weights are 0)."""
        named = mapping.get("weights") or {}
        weights = np.array([float(named.get(name, 0.0)) for name in signals.names])
        return cls(signals, weights, float(mapping["intercept"]), float(mapping["threshold"]))

    def probabilities(self, headlines: list[str]) -> np.ndarray:
        """Gives the bait score (0..1) of each headline."""
        return sigmoid(self.signals.matrix(headlines) @ self.weights + self.intercept)

    def verdicts(self, headlines: list[str], quote: bool = False) -> list[HeadlineVerdict]:
        """Gives a verdict per headline, with the bait signals that fired, strongest first."""
        counts = self.signals.matrix(headlines)
        scores = sigmoid(counts @ self.weights + self.intercept)
        pushes_bait = np.array([s.direction == "bait" for s in self.signals.signals])
        out = []
        for headline, row, score in zip(headlines, counts, scores, strict=True):
            is_bait = bool(score >= self.threshold)
            reasons: list[str] = []
            signs: list[str] = []
            if is_bait:
                push = row * self.weights
                order = sorted(
                    (i for i in range(len(push)) if pushes_bait[i] and push[i] > 0),
                    key=lambda i: (-push[i], i),
                )
                # (Words are quoted for lines an explanation will show: QUOTED_FROM and above.)
                quoting = quote and score >= QUOTED_FROM and isinstance(headline, str)
                shown = self.signals.shown(headline) if quoting else {}
                for i in order:
                    signal = self.signals.signals[i]
                    if signal.reason not in reasons:
                        reasons.append(signal.reason)
                    # (A signal whose every word here means something else is not told: the
                    # score counts it, an explanation never claims it.)
                    if signal.told and not (i in shown and not shown[i]):
                        signs.append(_sign(signal, shown.get(i, [])))
            text = headline if isinstance(headline, str) else clean_headline(headline)
            verdict = HeadlineVerdict(text, round(float(score), 4), is_bait, reasons, tuple(signs))
            out.append(verdict)
        return out


# A pronoun with a noun before it says who: "Farmers Are Quietly Pulling Their Grain" (a
# teacher's note). Before it may stand only words that name no one ("What They Found").
_NAMES_NO_ONE = word_set(
    "what why how when where who this that is was the a and but so here here's heres as after "
    "before if just now then watch see read you won't wont never ever"
)
_PRONOUNS = word_set("she he they them her him it their they're she's he's they've she'll he'll")


def _means(shown: str, words: list[str]) -> bool:
    """Gives True when a signal's word does that signal's work in the headline, so it may be
    quoted: a pronoun nothing before it names, "internet" as a crowd ("the internet is losing
    it"), not as a bill ("Cutting Their Internet Bill")."""
    term = shown.lower()
    if term in _PRONOUNS:
        at = words.index(term) if term in words else 0
        return all(w in _NAMES_NO_ONE for w in words[:at])
    if term == "internet":
        at = words.index(term)
        return at > 0 and words[at - 1] == "the"
    return True


def _sign(signal: Signal, shown: list[str]) -> str:
    """Gives what the signal found, in plain words, with the headline's own words that
    showed it in place of the general examples: 'pumps the claim up with chatty words
    ("Just")', never "literally" and "totally" when neither is there (a teacher's note)."""
    sign = signal.shows or _plainly(signal.description)
    if not shown:
        return sign
    quoted = ", ".join(f"\u201c{w}\u201d" for w in shown)
    return f"{_EXAMPLES.sub('', sign)} ({quoted})"


# The general examples at the end of a sign: ' ("literally", "totally")'.
_EXAMPLES = re.compile(r"\s*\([^()]*\)\s*$")


def _plainly(description: str) -> str:
    """Gives a signal's description as a clause: 'Points at something it has not named yet
    ("this", "these").' -> 'points at something it has not named yet'."""
    clause = re.split(r" \(|\.(?:\s|$)|:", description.strip(), maxsplit=1)[0]
    return clause[:1].lower() + clause[1:]


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Gives the logistic function of z, squashed into 0..1 without overflow."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


@lru_cache(maxsize=1)
def default_scorer() -> HeadlineScorer:
    """Gives the scorer built from cues/headlines.yaml and cues/headline_weights.yaml."""
    signals = load_signals()
    try:
        mapping = yaml.safe_load(WEIGHTS_FILE.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        problem = Problem(
            str(WEIGHTS_FILE), "-", f"cannot read ({error}); run: python -m baitlab.headlines fit"
        )
        raise ContentError([problem]) from error
    return HeadlineScorer.from_mapping(signals, mapping)


def score_headline(headline: str) -> HeadlineVerdict:
    """Gives the verdict on one headline: bait score, bait or not, and the reasons."""
    return default_scorer().verdicts([headline])[0]


# The bait score from which the detector shows a headline line as a highlight, with its signs.
QUOTED_FROM = 0.8


def score_headlines(lines: list[str], quote: bool = False) -> list[HeadlineVerdict]:
    """Gives one verdict per headline, in the same order; with quote=True each sign quotes
    the headline's own words (what an explanation shows; a second look at every bait line,
    so only asked for where it is shown)."""
    return default_scorer().verdicts(list(lines), quote)


# ---- Fitting -------------------------------------------------------------------------------


def logistic_weights(x: np.ndarray, y: np.ndarray, l2: float, active: np.ndarray) -> np.ndarray:
    """Gives intercept + weights of an L2-penalised logistic model (Newton / IRLS steps)."""
    design = np.hstack([np.ones((len(x), 1)), x[:, active]])
    penalty = l2 * np.eye(design.shape[1])
    penalty[0, 0] = 0.0  # the intercept is not penalised
    beta = np.zeros(design.shape[1])
    for _ in range(100):
        p = sigmoid(design @ beta)
        gradient = design.T @ (p - y) + penalty @ beta
        hessian = (design.T * (p * (1 - p))) @ design + penalty + 1e-9 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    full = np.zeros(x.shape[1] + 1)
    full[0] = beta[0]
    full[1:][active] = beta[1:]
    return full


def _best_threshold(scores: np.ndarray, is_bait: np.ndarray) -> float:
    """Gives the cut-off (0.05..0.95) with the best accuracy; ties go to the one nearest 0.5."""
    candidates = np.round(np.arange(0.05, 0.951, 0.01), 2)
    accuracy = [np.mean((scores >= t) == is_bait) for t in candidates]
    best = max(accuracy)
    return float(
        min((abs(t - 0.5), t) for t, a in zip(candidates, accuracy, strict=True) if a == best)[1]
    )


def measures(is_bait: np.ndarray, predicted: np.ndarray) -> dict:
    """Gives accuracy, precision, recall and F1 (bait is the positive class) and the counts."""
    tp = int(np.sum(predicted & is_bait))
    fp = int(np.sum(predicted & ~is_bait))
    fn = int(np.sum(~predicted & is_bait))
    tn = int(np.sum(~predicted & ~is_bait))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "accuracy": round((tp + tn) / max(1, len(is_bait)), 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "n": len(is_bait),
        "true_bait": tp,
        "false_bait": fp,
        "missed_bait": fn,
        "true_news": tn,
    }


def fit(bait: list[str], news: list[str], signals: SignalSet | None = None) -> dict:
    """Gives the weights mapping (intercept, threshold, one weight per signal) fitted on these.

    A signal whose weight comes out against its stated direction (a "news" signal that would
    push toward bait, or the reverse) is held at 0 and the rest refitted, so a learner is never
    told that, say, naming a place made a headline look like bait.
    """
    signals = signals or load_signals()
    x = signals.matrix(list(bait) + list(news))
    y = np.array([1.0] * len(bait) + [0.0] * len(news))
    wants_positive = np.array([s.direction == "bait" for s in signals.signals])
    active = x.any(axis=0)  # a signal that never fires gets weight 0
    while True:
        beta = logistic_weights(x, y, L2_PENALTY, active)
        weights = beta[1:]
        wrong = active & np.where(wants_positive, weights < 0, weights > 0)
        if not wrong.any():
            break
        active &= ~wrong
    scores = sigmoid(x @ np.round(weights, 4) + round(float(beta[0]), 4))
    threshold = _best_threshold(scores, y == 1)
    return {
        "model": "logistic regression over named signals, L2-penalised, fitted with IRLS",
        "l2_penalty": L2_PENALTY,
        "trained_on": {"bait": len(bait), "news": len(news)},
        "intercept": round(float(beta[0]), 4),
        "threshold": threshold,
        "weights": {
            name: round(float(w), 4) for name, w in zip(signals.names, weights, strict=True)
        },
        "held_at_zero": [n for n, a in zip(signals.names, active, strict=True) if not a],
        "train": measures(y == 1, scores >= threshold),
    }


# ---- The public data set -------------------------------------------------------------------


def load_public_data(root: Path | None = None) -> tuple[list[str], list[str]] | None:
    """Gives (bait, news) headlines of the Stop Clickbait data set, or None if it is absent."""
    folder = Path(root) if root is not None else PUBLIC_DATA_DIR
    if not folder.is_dir():
        return None
    found = []
    for name in (BAIT_FILE, NEWS_FILE):
        with gzip.open(folder / name, "rt", encoding="utf-8", errors="replace") as lines:
            found.append([line.strip() for line in lines if line.strip()])
    return found[0], found[1]


def _in_train(headline: str) -> bool:
    """Gives True when the headline belongs to the train part of the fixed split."""
    digest = hashlib.blake2b(headline.strip().encode("utf-8", "surrogatepass"), digest_size=8)
    return int.from_bytes(digest.digest(), "big") % 100 < TRAIN_PERCENT


def split(headlines: list[str]) -> tuple[list[str], list[str]]:
    """Gives (train, test): a fixed ~80/20 split by a hash of each headline's text.

    The same headline always lands on the same side, on every machine and every run.
    """
    train, test = [], []
    for headline in headlines:
        (train if _in_train(headline) else test).append(headline)
    return train, test


def _fit_on_train_measure_on_test(data: tuple[list[str], list[str]]) -> tuple[dict, dict]:
    """Gives (weights mapping fitted on the train part, measures on the held-out test part)."""
    (bait_train, bait_test), (news_train, news_test) = split(data[0]), split(data[1])
    signals = load_signals()
    mapping = fit(bait_train, news_train, signals)
    scorer = HeadlineScorer.from_mapping(signals, mapping)
    scores = scorer.probabilities(bait_test + news_test)
    is_bait = np.array([True] * len(bait_test) + [False] * len(news_test))
    return mapping, measures(is_bait, scores >= scorer.threshold)


def evaluate_public(root: Path | None = None) -> dict | None:
    """Gives held-out accuracy, precision, recall, F1 and n_test, or None if data is absent.

    Fits on the train part of the fixed split and measures on the test part, which the fit
    never sees.
    """
    data = load_public_data(root)
    if data is None:
        return None
    mapping, result = _fit_on_train_measure_on_test(data)
    result["n_test"] = result.pop("n")
    result["n_train"] = mapping["trained_on"]["bait"] + mapping["trained_on"]["news"]
    result["threshold"] = mapping["threshold"]
    return result


# ---- Command line --------------------------------------------------------------------------

_WEIGHTS_HEADER = """\
# Weights of the headline signals in cues/headlines.yaml, and the bait threshold.
# Written by `python -m baitlab.headlines fit` from the TRAIN part of the fixed split of the
# Stop Clickbait headlines (Chakraborty et al. 2016, MIT licence; read from ../shared at fit
# time, never copied here). Positive weights push a headline toward bait, negative toward
# news. bait score = 1 / (1 + exp(-(intercept + sum of weight * count))); bait when >= threshold.
# `held_out` is measured on the TEST part, which the fit never saw. Do not edit by hand.
"""


def _fit_command(args: argparse.Namespace) -> int:
    """Gives 0 after fitting on the train split and writing the weights file, 1 without data."""
    data = load_public_data(args.data)
    if data is None:
        folder = args.data or PUBLIC_DATA_DIR
        print(f"no data at {folder}: nothing fitted", file=sys.stderr)
        return 1
    mapping, mapping["held_out"] = _fit_on_train_measure_on_test(data)
    text = _WEIGHTS_HEADER + yaml.safe_dump(mapping, sort_keys=False, allow_unicode=True)
    Path(args.weights).write_text(text, encoding="utf-8")
    print(f"wrote {args.weights}")
    print(f"train:    {mapping['train']}")
    print(f"held out: {mapping['held_out']}")
    return 0


def _score_command(args: argparse.Namespace) -> int:
    """Gives 0 after printing one verdict line per headline."""
    lines = args.headlines or [line.rstrip("\n") for line in sys.stdin]
    for verdict in score_headlines(lines):
        label = "BAIT" if verdict.is_bait else "news"
        print(f"{verdict.bait_score:.2f} {label} {verdict.headline}  {verdict.reasons}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Gives the exit code of `python -m baitlab.headlines fit|score`."""
    parser = argparse.ArgumentParser(prog="python -m baitlab.headlines", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    fit_parser = commands.add_parser("fit", help="fit weights on the train split and save them")
    fit_parser.add_argument("--data", type=Path, default=None, help="folder with the .gz files")
    fit_parser.add_argument("--weights", type=Path, default=WEIGHTS_FILE)
    score_parser = commands.add_parser("score", help="score headlines (arguments or stdin)")
    score_parser.add_argument("headlines", nargs="*")
    args = parser.parse_args(argv)
    return {"fit": _fit_command, "score": _score_command}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
