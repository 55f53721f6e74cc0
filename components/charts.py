"""Charts: where the bait sits along an article."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from baitlab.profile import paragraph_profile
from baitlab.render import Highlight
from baitlab.text import clusters


def bait_map(text: str, highlights: list[Highlight], emotion: dict) -> None:
    """Shows highlights per paragraph (bars) and emotional temperature (line), with a caption,
    under the heading the page's other notes call it by ("¶3 ... as on the bait map")."""
    st.subheader("Bait map")
    # Passages, not labels: two techniques (or both the editors and the detector) on the same
    # words are one passage.
    passages = [(group[0].start, max(h.end for h in group)) for group in clusters(highlights)]
    rows = paragraph_profile(text, passages, emotion["paragraphs"])
    if not rows:
        st.caption("No paragraphs to chart.")
        return
    xs = [r["paragraph"] for r in rows]
    figure = go.Figure()
    figure.add_bar(
        x=xs, y=[r["highlights"] for r in rows], name="Highlighted passages", marker_color="#1965B0"
    )
    figure.add_scatter(
        x=xs,
        y=[r["intensity"] for r in rows],
        name="Emotional temperature (0–1)",
        yaxis="y2",
        mode="lines+markers",
        line={"color": "#DC050C"},
    )
    figure.update_layout(
        height=280,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        # From the first paragraph to the last, no empty slots either side ("0" or "26" on a
        # 25-paragraph page puzzled a teacher).
        xaxis={"title": "Paragraph", "dtick": 1, "range": [min(xs) - 0.5, max(xs) + 0.5]},
        # Never below zero, even when no paragraph has a highlight.
        yaxis={
            "title": "Passages",
            "range": [0, max(1, *(r["highlights"] for r in rows)) + 0.5],
            "dtick": 1,  # whole highlights only: no "1.5" on the axis
        },
        yaxis2={
            "title": "Emotion",
            "overlaying": "y",
            "side": "right",
            "range": [0, 1],
            "tickvals": [0, 0.25, 0.5, 0.75, 1],
            "showgrid": False,
        },
        legend={"orientation": "h", "y": 1.15},
    )
    st.plotly_chart(figure, width="stretch", config={"displayModeBar": False})
    st.caption(
        f"{where_the_bait_sits(rows)}The red line is how emotionally charged the writer's own "
        "words are in each paragraph: the feeling words and emoji bait leans on. What a named "
        'person is quoted saying is theirs, and words any report of the day uses ("died", "won", '
        '"victims") count for nothing, so both are left out. Bait often runs hot where the '
        "facts run thin, but an honest report can run warm too: read the heat beside the "
        "highlights, never alone."
    )


def where_the_bait_sits(rows: list[dict]) -> str:
    """Gives the caption's first sentence: which paragraph (or paragraphs, when several tie)
    has the most highlighted passages. A passage with two labels counts once, so the sum can
    be below the legend's labels: the caption says so."""
    total = sum(r["highlights"] for r in rows)
    if total == 0:
        return "No paragraph has a highlight. "
    most = max(r["highlights"] for r in rows)
    top = [str(r["paragraph"]) for r in rows if r["highlights"] == most]
    of_all = (
        f"{total} passage{'s' if total > 1 else ''} in all; a passage with two labels counts once"
    )
    if total == most:
        many = "all the highlighted passages" if total > 1 else "the only highlighted passage"
        return f"Where the bait sits: paragraph {top[0]} has {many}. "
    named = ", ".join(top[:-1]) + " and " + top[-1] if len(top) > 1 else top[0]
    if most == 1:  # every highlighted paragraph has one: say it is spread, not "the most"
        return (
            f"Where the bait sits: spread out, one passage each in paragraphs {named} ({of_all}). "
        )
    if len(top) == 1:
        return f"Where the bait sits: paragraph {named} has the most, {most} passages ({of_all}). "
    return (
        f"Where the bait sits: paragraphs {named} have the most, {most} passages each ({of_all}). "
    )
