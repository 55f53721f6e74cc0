"""Shows content problems to the teacher instead of hiding a broken sample."""

from __future__ import annotations

import streamlit as st

from baitlab.errors import Problem
from baitlab.html import markdown_literal


def show_problems(problems: list[Problem]) -> None:
    """Shows a warning listing each content problem as `file: field: problem`."""
    if not problems:
        return
    with st.expander(f"⚠️ {len(problems)} content problem(s): some samples did not load"):
        st.caption("Fix these in the files named, or run `python -m baitlab validate`.")
        for problem in problems:
            st.markdown("- " + markdown_literal(str(problem)))
