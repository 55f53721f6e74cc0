"""Checks across the whole library (coverage, counts) that no single file can fail alone."""

from __future__ import annotations

from baitlab.content import Library
from baitlab.errors import Problem
from baitlab.techniques import Catalogue


def library_problems(catalogue: Catalogue, library: Library) -> list[Problem]:
    """Gives problems that concern the library as a whole."""
    problems = []
    if library.get("camera-rolling-officer") is None:
        problems.append(
            Problem("samples/", "camera-rolling-officer", "the founding sample must load")
        )
    return problems
