"""Library: a card for every sample article, bait and honest, with a teacher's filters."""

import streamlit as st

from baitlab.library_filter import filter_samples
from components.cards import sample_card
from components.content import analysis, catalogue, library
from components.library_filters import library_filters
from components.problems import show_problems

st.title("Bait Lab")
st.write(
    "Learn to see how bait works. Open an article to see every manipulative passage "
    "highlighted and explained, then test yourself in the quiz. Honest reports sit beside "
    "the bait, because telling the two apart is the whole skill."
)
lib = library()
show_problems(lib.problems)
shown = filter_samples(lib.samples, library_filters(catalogue()))
st.caption(f"{len(shown)} of {len(lib.samples)} articles")
if not shown:
    st.info("No article matches all of those filters. Remove one to see more.")
columns = st.columns(3)
for index, sample in enumerate(shown):
    with columns[index % 3]:
        level = analysis(sample.text)["readability"]["summary"]
        sample_card(sample, level, catalogue())
