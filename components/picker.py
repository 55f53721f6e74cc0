"""Sample picker shared by the Reader and the Quiz; keeps ?sample=<id> in the address bar."""

from __future__ import annotations

import streamlit as st

from baitlab.content import Library, Sample


def pick_sample(lib: Library, current: Sample | None, key: str) -> Sample | None:
    """Shows a picker (the deep-linked sample preselected) and gives back the chosen sample."""
    if not lib.samples:
        st.error("No samples loaded. Run `python -m baitlab validate` to see why.")
        return None
    ids = [s.id for s in lib.samples]
    titles = {s.id: s.title for s in lib.samples}
    chosen = st.selectbox(
        "Article",
        ids,
        index=ids.index(current.id) if current else 0,
        format_func=titles.get,
        key=f"{key}-{current.id if current else 'none'}",
    )
    # Set on every run, even when it already holds the value: a "Next quiz" link to this same
    # page changed the quiz but left the old ?sample= in the address bar, so a reload went
    # back (seen in Chromium). Setting it sends the address to the browser again.
    st.query_params["sample"] = chosen
    return lib.get(chosen)
