"""The technique legend: which techniques appear, how often, and a filter to show only some."""

from __future__ import annotations

from collections import Counter

import streamlit as st

from baitlab.render import Highlight, is_guess
from baitlab.techniques import Catalogue


def legend_filter(
    highlights: list[Highlight],
    catalogue: Catalogue,
    key: str,
    label: str = "Techniques in this text (click to show or hide)",
    counted: dict[str, str] | None = None,
    linked: str | None = None,
) -> list[Highlight]:
    """Shows the legend with counts and gives back the highlights the learner chose to see.

    `counted` gives, per technique, the words in brackets instead of its number of highlights
    (the compare view counts each side on its own). `linked` is the technique of a passage a
    link pointed at: shown when the legend appears, even if the learner hid it before."""
    counts = Counter(h.technique for h in highlights)
    present = [t for t in catalogue.techniques if counts[t.id]]
    if not present:
        st.caption("Nothing in this text is highlighted as bait.")
        return []
    options = [t.id for t in present]
    # How many of a count are a model's guesses (labels ending in "?"), so "FEAR (3)" does
    # not read as three sure findings when two are guesses.
    guesses = Counter(h.technique for h in highlights if is_guess(h))
    # Said in words: "(3, 2 marked ?)" was cryptic to a teacher's class, and "(1, 1 is a
    # guess ?)" clumsy to two more.
    counted = counted or {t: _guesses(n, guesses[t]) for t, n in counts.items() if guesses[t]}
    labels = {t.id: f"{t.abbr} · {t.name} ({counted.get(t.id, counts[t.id])})" for t in present}
    # What the learner hid is kept apart from the widget's own key, which Streamlit forgets
    # while the legend is off the page: a teacher's hidden techniques came back after a look
    # at another view of the Reader.
    hidden = st.session_state.get(f"{key}-hidden", set()) - {linked}
    chosen = st.pills(
        label,
        options,
        selection_mode="multi",
        default=[t for t in options if t not in hidden],
        format_func=labels.get,
        key=key,
    )
    st.session_state[f"{key}-hidden"] = set(options) - set(chosen or [])
    return [h for h in highlights if h.technique in set(chosen or [])]


def _guesses(n: int, guessed: int) -> str:
    """Gives a count with how many of it carry a "?" label: "1 guess ?", "3 guesses ?",
    "3, 1 of them a guess ?" or "3, 2 of them guesses ?" (never "sure": the detector is a
    second opinion, a teacher's note)."""
    if guessed == n:
        return "1 guess ?" if n == 1 else f"{n} guesses ?"
    return f"{n}, 1 of them a guess ?" if guessed == 1 else f"{n}, {guessed} of them guesses ?"
