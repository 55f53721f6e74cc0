"""Content problems reported as `file: field: problem`, so an author knows what to fix."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one content file, in words an author can act on."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class ContentError(Exception):
    """Raised when a content file cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def field_path(location: tuple) -> str:
    """Gives a pydantic error location as `spans[3].quiz.choices[0].feedback`."""
    out = ""
    for part in location:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "-"


def problems_from_validation(source: str, error: ValidationError) -> list[Problem]:
    """Gives one Problem per pydantic error, with its field path spelled out."""
    return [
        Problem(source, field_path(tuple(e["loc"])), e["msg"].removeprefix("Value error, "))
        for e in error.errors()
    ]
