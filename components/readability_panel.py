"""Readability and emotional temperature in plain words."""

from __future__ import annotations

import streamlit as st


def readability_panel(readability: dict, emotion: dict) -> None:
    """Shows reading age, sentence length and emotional temperature with a plain summary."""
    st.subheader("How it reads")
    st.write(readability["summary"].capitalize() + ".")
    a, b = st.columns(2)
    grade = readability["grade"]
    a.metric(
        "Reading age",
        "–" if grade is None else round(grade) + 5,
        help="The age of a reader who can follow it easily (the US school grade plus 5)",
    )
    b.metric("Per sentence", readability["words_per_sentence"] or "–", help="Words per sentence")
    a.metric("Words", readability["words"])
    b.metric(
        "Emotion",
        f"{emotion['peak']:.2f}",
        help="The writer's most charged sentence: 0 = flat, 1 = very charged. What a named "
        "person is quoted saying is theirs, so it is left out.",
    )
    st.caption(
        "Bait is often written simply, in short punchy sentences, so it can be read in a "
        "scroll. That alone does not make a text bait: good news writing is clear too."
    )
