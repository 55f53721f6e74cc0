"""Readability and emotional temperature in plain words."""

from __future__ import annotations

import streamlit as st

from baitlab.emotion import COOL_BELOW, HOT_FROM, temperature_word

_WIDTH = 108  # pixels: the longest label, "Per sentence", and its help mark


def readability_panel(readability: dict, emotion: dict, heading: bool = True) -> None:
    """Shows reading age, sentence length and emotional temperature with a plain summary
    (heading=False: under a heading of the caller's, such as an expander's label)."""
    if heading:
        st.subheader("How it reads")
    summary = readability["summary"]
    st.write(summary[:1].upper() + summary[1:] + ".")  # not .capitalize(): "US" stays "US"
    # A row that wraps, with room for each label: two across where the panel is wide, one
    # under another where it is narrow, never "Readi…" (st.columns cut the labels short).
    row = st.container(horizontal=True, wrap=True, gap="small")
    a = b = row
    age = readability["reading_age"]
    a.metric(
        "Reading age",
        "–" if age is None else age,
        width=_WIDTH,
        help="Roughly the age of a reader who can follow it easily, worked out from how long "
        "its sentences and words are",
    )
    b.metric(
        "Per sentence",
        readability["words_per_sentence"] or "–",
        help="Words per sentence",
        width=_WIDTH,
    )
    a.metric("Words", readability["words"], width=_WIDTH)
    mean = emotion["mean"]
    b.metric(
        "Emotion",
        temperature_word(mean),
        width=_WIDTH,
        help=f"How emotionally charged the writer's own words are across the whole text: "
        f"{mean:.2f} here, the average of its sentences, 0 = flat. Under {COOL_BELOW:.2f} is "
        f"cool: calm words, as in most honest reports and in many scams, which copy an office's "
        f"calm tone; {HOT_FROM:.2f} and over is hot, as much bait is. "
        "It counts the feeling words and emoji (😡, 🚨) "
        "bait leans on; what a named person is quoted or reported saying is theirs, so it is "
        'left out, as are greetings and words any report uses ("died", "won", "victims"). The '
        "red line on the bait map shows each paragraph. Heat alone is no verdict: an honest "
        "report of a moving day can run warm, and it counts words, not tone: anger in plain "
        'words ("couldn\'t care less") or sarcasm can read cool.',
    )
    st.caption(
        "Bait is often written simply, in short punchy sentences, so it can be read in a "
        "scroll, and it often runs hot. Neither alone makes a text bait: good news writing is "
        "clear too, an honest report of a crime or a loss can run hot as well, and a scam "
        "written like an official letter often reads cool."
    )
