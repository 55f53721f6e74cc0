"""The technique catalogue: the closed vocabulary every span, cue and quiz uses."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from baitlab import LESSONS_DIR
from baitlab.errors import ContentError, Problem, problems_from_validation

CATALOGUE_FILE = LESSONS_DIR / "techniques.yaml"

# The ids the founding issue fixed. They never change meaning; new ids may be added after them.
CORE_TECHNIQUE_IDS = (
    "curiosity-gap",
    "vague-sourcing",
    "emotional-language",
    "hyperbole",
    "social-proof",
    "urgency",
    "false-promise",
    "fear-appeal",
    "direct-address",
    "engagement-bait",
    "false-authority",
    "conspiracy",
    "impersonation",
    "us-vs-them",
)

_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


class Technique(BaseModel):
    """One bait technique as a teacher explains it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z]+(-[a-z]+)*$")
    name: str = Field(min_length=3)
    abbr: str = Field(min_length=2, max_length=5)
    colour: str
    definition: str = Field(min_length=20)
    why_it_works: str = Field(min_length=20)
    counter_move: str = Field(min_length=20)

    @field_validator("colour")
    @classmethod
    def _hex_colour(cls, value: str) -> str:
        if not _HEX.match(value):
            raise ValueError("must be a colour like #1965B0")
        return value

    @property
    def text_colour(self) -> str:
        """Gives black or white, whichever reads better on this technique's colour."""
        r, g, b = (int(self.colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
        return "#000000" if luminance > 0.45 else "#FFFFFF"


class Catalogue(BaseModel):
    """The whole technique catalogue, in teaching order."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    techniques: tuple[Technique, ...]

    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.techniques)

    def get(self, technique_id: str) -> Technique:
        for technique in self.techniques:
            if technique.id == technique_id:
                return technique
        raise KeyError(technique_id)


def check_catalogue(catalogue: Catalogue, source: str) -> list[Problem]:
    """Gives the problems that make a parsed catalogue unusable (missing or repeated ids)."""
    problems = []
    ids = catalogue.ids()
    for missing in CORE_TECHNIQUE_IDS:
        if missing not in ids:
            problems.append(Problem(source, "techniques", f"the core id '{missing}' is missing"))
    seen: set[str] = set()
    for index, technique in enumerate(catalogue.techniques):
        for field in ("id", "abbr", "colour"):
            value = getattr(technique, field)
            key = f"{field}:{value}"
            if key in seen:
                problems.append(
                    Problem(source, f"techniques[{index}].{field}", f"'{value}' is used twice")
                )
            seen.add(key)
    return problems


def load_catalogue(path: Path = CATALOGUE_FILE) -> Catalogue:
    """Gives the technique catalogue, or raises ContentError naming file and field."""
    source = str(path)
    try:
        raw = yaml.safe_load(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ContentError([Problem(source, "-", f"cannot read: {error}")]) from error
    try:
        catalogue = Catalogue.model_validate(raw)
    except ValidationError as error:
        raise ContentError(problems_from_validation(source, error)) from error
    problems = check_catalogue(catalogue, source)
    if problems:
        raise ContentError(problems)
    return catalogue
