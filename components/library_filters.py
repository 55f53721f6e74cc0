"""The Library's filters: kind, genre, form, difficulty, techniques, length."""

from __future__ import annotations

import streamlit as st

from baitlab.content import FORMS, GENRES
from baitlab.library_filter import LABELS, LENGTHS, LEVELS, SampleFilter
from baitlab.techniques import Catalogue


def _pretty(value: str) -> str:
    return value.replace("-", " ").capitalize()


def library_filters(catalogue: Catalogue) -> SampleFilter:
    """Shows the filters and gives back what the teacher chose (nothing chosen = everything)."""
    kind = st.segmented_control(
        "Show", ["All", "Bait", "Honest reports"], default="All", key="library-kind"
    )
    kinds = {"Bait": {"bait"}, "Honest reports": {"honest"}}.get(kind or "All", set())
    with st.expander("Filter by genre, form, difficulty, technique, length or reading level"):
        left, middle, right = st.columns(3)
        genres = left.multiselect("Genre", GENRES, format_func=_pretty, key="library-genre")
        forms = middle.multiselect("Form", FORMS, format_func=_pretty, key="library-form")
        difficulties = right.multiselect(
            "Difficulty", ["easy", "medium", "hard"], format_func=_pretty, key="library-difficulty"
        )
        names = {t.id: f"{t.abbr} · {t.name}" for t in catalogue.techniques}
        techniques = left.multiselect(
            "Uses every one of these techniques",
            list(names),
            format_func=names.get,
            key="library-technique",
        )
        lengths = middle.multiselect(
            "Length",
            list(LENGTHS),
            format_func=LABELS.get,
            key="library-length",
        )
        levels = right.multiselect(
            "Reading level",
            list(LEVELS),
            format_func=LABELS.get,
            key="library-level",
        )
    return SampleFilter(
        kinds=frozenset(kinds),
        genres=frozenset(genres),
        forms=frozenset(forms),
        difficulties=frozenset(difficulties),
        techniques=frozenset(techniques),
        lengths=frozenset(lengths),
        levels=frozenset(levels),
    )
