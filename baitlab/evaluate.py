"""How good the detector is: figures on the public headlines and on our curated samples.

`python -m baitlab evaluate` prints them; with `--check` it exits 1 when a figure falls below
the floors in cues/evaluation-floors.yaml (a regression guard, never a timing).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from baitlab import CUES_DIR, PROJECT_ROOT
from baitlab.content import Sample, load_library
from baitlab.detector import DetectedSpan, detect
from baitlab.techniques import Catalogue

FLOORS_FILE = CUES_DIR / "evaluation-floors.yaml"
HELDOUT_DIR = PROJECT_ROOT / "evaluation" / "heldout"
# Samples by further writers, for judging whether a change to the detector generalises before
# the held-out set is looked at. Unlike heldout/, these may be read while working on cues.
DEV_DIR = PROJECT_ROOT / "evaluation" / "dev"
# A second editor's blind spans on held-out bait texts: how far two careful people agree.
SECOND_EDITOR_FILE = PROJECT_ROOT / "evaluation" / "agreement" / "second-editor.yaml"


@dataclass
class Tally:
    """Counts for precision and recall by overlap."""

    found: int = 0  # detector spans
    found_right: int = 0  # detector spans that overlap a curated span
    curated: int = 0
    curated_hit: int = 0  # curated spans overlapped by a detector span

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.found_right += other.found_right
        self.curated += other.curated
        self.curated_hit += other.curated_hit

    @property
    def precision(self) -> float:
        return self.found_right / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.curated_hit / self.curated if self.curated else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


# Where a highlight comes from: a phrase cue, the headline model, or the sentence model.
SOURCES = ("phrase cues", "headline model", "second look")


def _source(span: DetectedSpan) -> str:
    from baitlab.detector import HEADLINE_CUE
    from baitlab.sentences import CUE_NAME

    if span.cue == CUE_NAME:
        return "second look"
    return "headline model" if span.cue == HEADLINE_CUE else "phrase cues"


def tally(sample: Sample, found: list[DetectedSpan], technique: str | None, matched: bool):
    """Gives the Tally for one sample: all techniques (technique None) or just one."""
    curated = [s for s in sample.spans if technique is None or s.technique == technique]
    spans = [d for d in found if technique is None or d.technique == technique]

    def same(a, b) -> bool:
        return _overlap(a, b) and (not matched or a.technique == b.technique)

    return Tally(
        found=len(spans),
        found_right=sum(any(same(d, c) for c in sample.spans) for d in spans),
        curated=len(curated),
        curated_hit=sum(any(same(c, d) for d in found) for c in curated),
    )


def evaluate_samples(samples: list[Sample], catalogue: Catalogue) -> dict:
    """Gives span precision/recall/F1 (any technique, and technique-matched), per technique,
    and highlights per 1,000 words on honest samples."""
    agnostic, matched = Tally(), Tally()
    per_technique: dict[str, Tally] = defaultdict(Tally)
    by_source: dict[str, Tally] = defaultdict(Tally)
    honest_words = honest_spans = 0
    for sample in samples:
        found = detect(sample.text)
        for d in found:
            source = by_source[_source(d)]
            source.found += 1
            source.found_right += any(_overlap(d, c) for c in sample.spans)
        if sample.meta.kind == "honest":
            honest_words += sample.word_count()
            honest_spans += len(found)
            # On honest text every highlight is a false alarm: count it against precision.
        agnostic.add(tally(sample, found, None, matched=False))
        matched.add(tally(sample, found, None, matched=True))
        for technique in catalogue.ids():
            per_technique[technique].add(tally(sample, found, technique, matched=True))
    return {
        "samples": len(samples),
        "agnostic": agnostic,
        "matched": matched,
        "per_technique": dict(per_technique),
        "by_source": {name: by_source[name] for name in SOURCES},
        "honest_per_1000_words": 1000 * honest_spans / honest_words if honest_words else 0.0,
        "honest_words": honest_words,
    }


def second_editor_problems(
    samples: list[Sample], known: set[str] | None, path: Path = SECOND_EDITOR_FILE
) -> list:
    """Gives a Problem for each mark of the second editor's file whose sample, quote or
    technique (when `known` is given) is not there; none when the file is absent."""
    from baitlab.errors import Problem

    if not path.is_file():
        return []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        return [Problem(str(path), "-", f"cannot read: {error}")]
    texts = raw.get("texts") if isinstance(raw, dict) else None
    if not isinstance(texts, dict):
        return [Problem(str(path), "texts", "must map each sample id to a list of marks")]
    by_id = {sample.id: sample for sample in samples}
    problems = []
    for sample_id, marks in texts.items():
        sample = by_id.get(sample_id)
        if sample is None:
            problems.append(
                Problem(str(path), f"texts.{sample_id}", "no held-out sample has this id")
            )
            continue
        if not isinstance(marks, list):
            problems.append(Problem(str(path), f"texts.{sample_id}", "must be a list of marks"))
            continue
        for n, mark in enumerate(marks):
            where = f"texts.{sample_id}[{n}]"
            quote = mark.get("quote") if isinstance(mark, dict) else None
            technique = mark.get("technique") if isinstance(mark, dict) else None
            if not isinstance(quote, str) or not quote or quote not in sample.text:
                problems.append(Problem(str(path), f"{where}.quote", "not found in the text"))
            elif not isinstance(technique, str) or (known is not None and technique not in known):
                problems.append(Problem(str(path), f"{where}.technique", "not a technique id"))
    return problems


def second_editor_agreement(samples: list[Sample], path: Path = SECOND_EDITOR_FILE) -> dict | None:
    """Gives the second editor's spans scored against the first's, beside the detector's on the
    same texts: {"texts", "editor": (agnostic, matched), "detector": (agnostic, matched)}.

    None when the file is absent. A quote that is not in its text is a ContentError naming it.
    """
    from baitlab.errors import ContentError

    if not path.is_file():
        return None
    problems = second_editor_problems(samples, None, path)
    if problems:
        raise ContentError(problems)
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    by_id = {sample.id: sample for sample in samples}
    editor, detector = (Tally(), Tally()), (Tally(), Tally())
    for sample_id, marks in raw["texts"].items():
        sample = by_id[sample_id]
        spans = []
        for mark in marks:
            at = sample.text.find(mark["quote"])
            end = at + len(mark["quote"])
            spans.append(
                DetectedSpan(at, end, mark["technique"], "second editor", mark["quote"], "")
            )
        found = detect(sample.text)
        for pair, theirs in ((editor, spans), (detector, found)):
            pair[0].add(tally(sample, theirs, None, matched=False))
            pair[1].add(tally(sample, theirs, None, matched=True))
    return {"texts": len(raw["texts"]), "editor": editor, "detector": detector}


def evaluate_headlines() -> dict | None:
    """Gives the shipped headline scorer's figures on the held-out part of the public data."""
    from baitlab.headlines import default_scorer, load_public_data, measures, split

    data = load_public_data()
    if data is None:
        return None
    bait_test, news_test = split(data[0])[1], split(data[1])[1]
    scorer = default_scorer()
    scores = scorer.probabilities(bait_test + news_test)
    truth = np.array([True] * len(bait_test) + [False] * len(news_test))
    return measures(truth, scores >= scorer.threshold)


def load_floors(path: Path = FLOORS_FILE) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def report(catalogue: Catalogue, check: bool) -> tuple[str, list[str]]:
    """Gives the printed report and the list of figures below their floors."""
    floors = load_floors() if check else {}
    lines: list[str] = []
    below: list[str] = []

    def guard(name: str, value: float, higher_is_better: bool = True) -> None:
        floor = floors.get(name)
        if floor is None:
            return
        bad = value < floor if higher_is_better else value > floor
        if bad:
            below.append(f"{name} = {value:.3f}, floor {floor}")

    headlines = evaluate_headlines()
    lines.append("Public headlines (Stop Clickbait, held-out 20% of a fixed split)")
    if headlines is None:
        lines.append("  skipped: ../shared/data/clickbait-headlines is not here (CI and our")
        lines.append("  machines have it; a user's clone does not)")
    else:
        lines.append(
            f"  n={headlines['n']}  accuracy {headlines['accuracy']:.4f}  precision "
            f"{headlines['precision']:.4f}  recall {headlines['recall']:.4f}  "
            f"F1 {headlines['f1']:.4f}"
        )
        guard("headline_accuracy", headlines["accuracy"])
    sets = [("Curated samples (samples/)", load_library(catalogue, PROJECT_ROOT / "samples"), "")]
    for folder, title, prefix in (
        (DEV_DIR, "Development samples (evaluation/dev/)", "dev_"),
        (HELDOUT_DIR, "Held-out samples (evaluation/heldout/)", "heldout_"),
    ):
        if folder.is_dir():
            sets.append((title, load_library(catalogue, folder), prefix))
    for title, library, prefix in sets:
        result = evaluate_samples(library.samples, catalogue)
        a, m = result["agnostic"], result["matched"]
        lines.append(f"{title}: {result['samples']} samples")
        lines.append(
            f"  any technique      precision {a.precision:.3f}  recall {a.recall:.3f}  "
            f"F1 {a.f1:.3f}"
        )
        lines.append(
            f"  technique-matched  precision {m.precision:.3f}  recall {m.recall:.3f}  "
            f"F1 {m.f1:.3f}"
        )
        lines.append(
            f"  honest samples: {result['honest_per_1000_words']:.2f} highlights per 1,000 words "
            f"({result['honest_words']} words)"
        )
        lines.append(
            "  highlights by source: "
            + ", ".join(
                f"{name} {t.found} (precision {t.precision:.2f})"
                for name, t in result["by_source"].items()
            )
        )
        guard(f"{prefix}span_f1_agnostic", a.f1)
        guard(f"{prefix}span_f1_matched", m.f1)
        guard(f"{prefix}honest_per_1000_words", result["honest_per_1000_words"], False)
        if prefix == "heldout_":
            agreement = second_editor_agreement(library.samples)
            if agreement:
                lines.append(
                    f"  a second editor, blind, on {agreement['texts']} of these bait texts: F1 "
                    f"{agreement['editor'][0].f1:.3f}, matched {agreement['editor'][1].f1:.3f} "
                    f"(the detector on the same texts: {agreement['detector'][0].f1:.3f}, "
                    f"{agreement['detector'][1].f1:.3f})"
                )
        if not prefix:
            lines.append(
                f"  {'technique':<20}{'curated':>8}{'found':>7}{'prec':>7}{'recall':>8}{'F1':>7}"
            )
            for technique, t in result["per_technique"].items():
                lines.append(
                    f"  {technique:<20}{t.curated:>8}{t.found:>7}{t.precision:>7.2f}"
                    f"{t.recall:>8.2f}{t.f1:>7.2f}"
                )
    bank_lines, banks = _bank_lines(catalogue, guard)
    lines += bank_lines
    # A bank that stopped loading has no figure: its floors must not pass unseen.
    for name in floors:
        if name.startswith("phrases_") and not any(name.startswith(f"phrases_{b}_") for b in banks):
            below.append(f"{name}: no figure (is its phrase bank missing or broken?)")
    return "\n".join(lines), below


def _bank_lines(catalogue: Catalogue, guard) -> tuple[list[str], list[str]]:
    """Gives the report's lines on the phrase banks (evaluation/phrases/), guarding each, and
    the names of the banks that loaded."""
    from baitlab.phrases import evaluate_banks

    banks = evaluate_banks(set(catalogue.ids()))
    if not banks:
        return [], []
    lines = ["Phrase banks (evaluation/phrases/): single lines in many voices, by technique"]
    for b in banks:
        origin = "cues written or changed from it" if b.seen else "no cue written from it"
        lines.append(
            f"  {b.name} ({origin}): bait lines lit {b.found}/{b.bait} "
            f"({b.found / b.bait:.0%}), under the right technique {b.right / b.bait:.0%}; "
            f"honest look-alikes lit {b.fired}/{b.honest} ({b.fired / max(b.honest, 1):.0%})"
        )
        guard(f"phrases_{b.name}_right", b.right / b.bait)
        guard(f"phrases_{b.name}_honest_lit", b.fired / max(b.honest, 1), False)
    return lines, [b.name for b in banks]
