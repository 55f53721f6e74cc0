"""Charts: where the bait sits along an article."""

from __future__ import annotations

import streamlit as st
from plotly.subplots import make_subplots

from baitlab.emotion import HOT_FROM
from baitlab.profile import paragraph_profile
from baitlab.render import Highlight
from baitlab.text import clusters


def bait_map(text: str, highlights: list[Highlight], emotion: dict, both: bool = False) -> None:
    """Shows highlights per paragraph (bars) and emotional temperature (line), with a caption,
    under the heading the page's other notes call it by ("¶3 ... as on the bait map"); `both`:
    the highlights are the editors' and the detector's compared, and the caption says so."""
    st.subheader("Bait map")
    # Passages, not labels: two techniques (or both the editors and the detector) on the same
    # words are one passage.
    passages = [(group[0].start, max(h.end for h in group)) for group in clusters(highlights)]
    rows = paragraph_profile(text, passages, emotion["paragraphs"])
    if not rows:
        st.caption("No paragraphs to chart.")
        return
    if len(rows) == 1:
        # One bar and one dot answer no "where" (a reviewer on a pasted text message).
        st.caption(
            "One paragraph: the bait map shows where the bait sits paragraph by paragraph, so "
            "it is drawn for longer texts. The highlights above are the whole story here."
        )
        return
    xs = [r["paragraph"] for r in rows]
    # Two panels on one paragraph axis, not two y-axes on one panel: a teacher's class read
    # the right-hand "Emotion" scale off the bars.
    figure = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.24,
        subplot_titles=("Highlighted passages", "Emotional temperature (0–1)"),
    )
    # Hover says it in words ("(1, 3) trace 0" puzzled a teacher).
    figure.add_bar(
        x=xs,
        y=[r["highlights"] for r in rows],
        marker_color="#1965B0",
        hovertext=[
            f"Paragraph {r['paragraph']}: {r['highlights']} highlighted passage"
            + ("" if r["highlights"] == 1 else "s")
            for r in rows
        ],
        hovertemplate="%{hovertext}<extra></extra>",
        row=1,
        col=1,
    )
    figure.add_scatter(
        x=xs,
        y=[r["intensity"] for r in rows],
        mode="lines+markers",
        line={"color": "#DC050C"},
        hovertemplate="Paragraph %{x}: emotional temperature %{y:.2f}<extra></extra>",
        row=2,
        col=1,
    )
    # From the first paragraph to the last, no empty slots either side ("0" or "26" on a
    # 25-paragraph page puzzled a teacher); every paragraph numbered on both panels.
    figure.update_xaxes(dtick=1, range=[min(xs) - 0.5, max(xs) + 0.5], showticklabels=True)
    figure.update_xaxes(title_text="Paragraph", row=2, col=1)
    # Never below zero, even when no paragraph has a highlight; whole highlights only.
    figure.update_yaxes(
        title_text="Passages",
        range=[0, max(1, *(r["highlights"] for r in rows)) + 0.5],
        dtick=1,
        row=1,
        col=1,
    )
    figure.update_yaxes(title_text="Emotion", range=[0, 1.05], tickvals=[0, 0.5, 1], row=2, col=1)
    # The band the Emotion figure beside the article calls hot, named in words: a line at 0.2
    # looked calm on a 0-1 scale beside "Emotion: hot" (two reviewers). The cool and warm
    # bands under it are too thin to label without the words overlapping.
    figure.add_hrect(
        y0=HOT_FROM,
        y1=1.05,
        fillcolor="rgba(220,5,12,.07)",
        line_width=0,
        layer="below",
        annotation_text=f"hot (from {HOT_FROM:.2f})",
        annotation_position="top left",
        annotation_font_size=11,
        row=2,
        col=1,
    )
    figure.update_layout(height=400, margin={"l": 10, "r": 10, "t": 30, "b": 10}, showlegend=False)
    st.plotly_chart(figure, width="stretch", config={"displayModeBar": False})
    # A teacher read "37 passages in all" under "The editors marked 31" in the compare view.
    together = (
        "The bars count every passage on the page, the editors' and the detector's together. "
        if both
        else ""
    )
    st.caption(
        f"{together}{where_the_bait_sits(rows)}The red line is how emotionally charged the "
        "writer's own words are in each paragraph: the feeling words and emoji bait leans on. "
        f"Its shaded band is where the Emotion figure calls a text hot: from {HOT_FROM:.2f}, "
        "low on the scale. "
        "What a named "
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
        many = (
            f"all {total} highlighted passages (a passage with two labels counts once)"
            if total > 1
            else "the only highlighted passage"
        )
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
