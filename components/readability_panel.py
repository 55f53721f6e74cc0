"""Readability and emotional temperature in plain words."""

from __future__ import annotations

import streamlit as st


def readability_panel(readability: dict, emotion: dict) -> None:
    """Shows grade level, sentence length and emotional temperature with a plain summary."""
    st.subheader("How it reads")
    st.write(readability["summary"].capitalize() + ".")
    a, b = st.columns(2)
    a.metric("Grade level", "–" if readability["grade"] is None else readability["grade"])
    b.metric("Words per sentence", readability["words_per_sentence"] or "–")
    a.metric("Words", readability["words"])
    b.metric("Peak emotion", f"{emotion['peak']:.2f}", help="0 = flat, 1 = very charged")
    st.caption(
        "Bait is often written simply, in short punchy sentences, so it can be read in a "
        "scroll. That alone does not make a text bait: good news writing is clear too."
    )
