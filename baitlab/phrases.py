"""Phrase banks: single bait lines and honest look-alikes, one list per technique.

Articles by a handful of writers cannot show the long tail of how bait is worded in texts,
posts, emails and adverts. A phrase bank is many short lines in many voices, each filed under
the technique it leans on, beside honest lines that use the same words fairly (a real
deadline with its source, a named person's feelings). `python -m baitlab evaluate` reports,
per bank, how many bait lines the detector lights up (and under the right technique) and how
many honest look-alikes it wrongly lights up. A bank says whether cues were written from its
misses: the others measure wording the cues were never written for.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError

from baitlab import PROJECT_ROOT
from baitlab.errors import Problem, problems_from_validation

PHRASES_DIR = PROJECT_ROOT / "evaluation" / "phrases"


class Line(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=3, max_length=600)
    form: str = Field(min_length=2, max_length=40)


class Lines(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    bait: tuple[Line, ...] = Field(min_length=1)
    honest: tuple[Line, ...] = ()


class Bank(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    written_by: str = Field(min_length=3)
    # True once cues have been written from this bank's misses: its figures then say how well
    # the cues cover what they were written for, not how they do on new wording. Its bait
    # lines are then also counted in cues/technique_words.yaml (baitlab/wording.py).
    cues_written_from_it: StrictBool
    phrases: dict[str, Lines] = Field(min_length=1)


@dataclass
class BankFigures:
    name: str
    seen: bool  # cues were written from it
    bait: int = 0
    found: int = 0  # bait lines with any highlight
    right: int = 0  # bait lines with a highlight of the technique they are filed under
    honest: int = 0
    fired: int = 0  # honest look-alikes with any highlight


def load_bank(path: Path, known: set[str]) -> tuple[Bank | None, list[Problem]]:
    """Gives the bank in the file, or the problems that stop it loading (file and field)."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        bank = Bank.model_validate(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return None, [Problem(str(path), "-", f"cannot read: {error}")]
    except ValidationError as error:
        return None, problems_from_validation(str(path), error)
    unknown = sorted(set(bank.phrases) - known)
    if unknown:
        return None, [Problem(str(path), "phrases", f"unknown technique ids: {unknown}")]
    return bank, []


def bank_problems(known: set[str], folder: Path = PHRASES_DIR) -> list[Problem]:
    """Gives what is wrong with the phrase banks (for `validate`)."""
    return [p for path in sorted(folder.glob("*.yaml")) for p in load_bank(path, known)[1]]


def evaluate_banks(known: set[str], folder: Path = PHRASES_DIR) -> list[BankFigures]:
    """Gives each bank's figures: bait lines found (and rightly named), honest lines fired on."""
    from baitlab.detector import detect

    out = []
    for path in sorted(folder.glob("*.yaml")):
        bank, _ = load_bank(path, known)
        if bank is None:
            continue
        figures = BankFigures(path.stem, bank.cues_written_from_it)
        for technique, lines in bank.phrases.items():
            for line in lines.bait:
                found = detect(line.text)
                figures.bait += 1
                figures.found += bool(found)
                figures.right += any(s.technique == technique for s in found)
            for line in lines.honest:
                figures.honest += 1
                figures.fired += bool(detect(line.text))
        out.append(figures)
    return out
