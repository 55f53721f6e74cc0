"""Library: a card for every sample article, bait and honest."""

import streamlit as st

from components.cards import sample_card
from components.content import analysis, catalogue, library
from components.problems import show_problems

st.title("Bait Lab")
st.write(
    "Learn to see how bait works. Open an article to see every manipulative passage "
    "highlighted and explained, then test yourself in the quiz. Honest reports sit beside "
    "the bait, because telling the two apart is the whole skill."
)
lib = library()
show_problems(lib.problems)
kinds = st.segmented_control(
    "Show", ["All", "Bait", "Honest reports"], default="All", key="library-kind"
)
shown = [
    s for s in lib.samples if kinds in (None, "All") or (s.meta.kind == "bait") == (kinds == "Bait")
]
columns = st.columns(3)
for index, sample in enumerate(shown):
    with columns[index % 3]:
        level = analysis(sample.text)["readability"]["summary"]
        sample_card(sample, level, catalogue())
