"""Reader: the article with its bait highlighted inline, explained, and mapped."""

import streamlit as st

from baitlab.html import markdown_literal
from baitlab.render import comparison_summary, detector_note, render_compare_key
from components.article import (
    MODES,
    click_hint,
    counted_by_side,
    focused_span,
    highlights_for,
    linked_span,
    notes_for,
    show_article,
    show_key,
    show_paid_labels,
)
from components.charts import bait_map
from components.content import analysis, catalogue, library, sample_from_query
from components.legend import legend_filter
from components.picker import pick_sample
from components.readability_panel import readability_panel

lib = library()
sample = pick_sample(lib, sample_from_query(lib), key="reader-pick")
if sample is None:
    st.stop()
found = analysis(sample.text)
cat = catalogue()

# Kept apart from the widget's own key, which Streamlit forgets on another page: a teacher
# came back from the quiz to find the detector's view gone.
mode = (
    st.segmented_control(
        "Show",
        list(MODES),
        format_func=MODES.get,
        default=st.session_state.get("reader-mode-kept", "curated"),
        key="reader-mode",
    )
    or "curated"
)
st.session_state["reader-mode-kept"] = mode
highlights = highlights_for(mode, sample, found["spans"])
link = linked_span(sample)  # a passage a link pointed at shows, whatever was hidden before
linked = None if link is None else sample.spans[link].technique
if mode == "compare":  # each side counted on its own, as in its own view
    shown = legend_filter(
        highlights,
        cat,
        key="legend-compare",
        label="Techniques: how many passages the editors and the detector each gave them "
        "(click to show or hide)",
        counted=counted_by_side(sample, found["spans"]),
        linked=linked,
    )
else:
    shown = legend_filter(highlights, cat, key=f"legend-{mode}", linked=linked)
left, right = st.columns([7, 3], gap="large")
fair = "Passages marked FAIR might look like bait at first; click one to see why they are fair."
with left:
    if sample.meta.kind == "honest" and mode == "curated":
        st.caption(f"{sample.meta.kind_name}: the editors found no bait here. {fair}")
    elif shown:
        st.caption(click_hint(sample.text))
    elif highlights:
        st.caption("Every technique is hidden: click one in the legend above to show it.")
    elif mode == "compare" and sample.meta.fair_passages:
        # Nothing to click but the FAIR passages; the legend says nothing is highlighted.
        st.caption(fair)
    if mode == "compare":
        st.caption(comparison_summary(highlights))
        if shown:  # a key to line styles, with no line on screen, only puzzled a teacher
            show_key(render_compare_key())
    if mode != "curated":
        st.caption(detector_note(highlights))
        show_paid_labels(found["paid"])
    focus = focused_span(sample, cat)
    # The editors' notes and FAIR passages answer the detector's false alarms in the compare
    # view too.
    notes = notes_for(sample, cat) if mode in ("curated", "compare") else None
    show_article(sample.text, shown, cat, notes, focus)
    bait_map(sample.text, shown, found["emotion"], both=mode == "compare")
with right:
    st.caption(f"{sample.meta.kind_and_genre} · {markdown_literal(sample.meta.source)}")
    st.page_link(
        "views/quiz.py",
        label="Quiz on this article",
        icon=":material/quiz:",
        query_params={"sample": sample.id},
    )
    twin = lib.get(sample.meta.twin) if sample.meta.twin else None
    if twin is not None:  # the same kind of story told the other way, one click away
        other = "Honest version" if twin.meta.kind == "honest" else "Bait version"
        # A button, not a page link: a link to the page already open changed nothing in a
        # browser (the browser test found it).
        st.button(
            other,  # short: "Compare: bait on a story like this" was cut to "… like t…"
            help=f"Compare with “{markdown_literal(twin.title)}”: a story like this one, told "
            "the other way",
            # A bordered button, no icon: as plain text it did not look clickable, and with an
            # icon its label was cut at 1100 pixels wide.
            type="secondary",
            key="reader-twin",
            on_click=st.query_params.__setitem__,
            args=("sample", twin.id),
        )
    readability_panel(found["readability"], found["emotion"])
