"""The highlighted article: curated annotations, detector findings, or both compared."""

from __future__ import annotations

from collections import Counter

import streamlit as st

from baitlab.content import Sample
from baitlab.disclosure import paid_note
from baitlab.html import Markup, markdown_literal
from baitlab.render import Highlight, NoteMark, compare, render_article
from baitlab.techniques import Catalogue
from baitlab.templates import SCROLL_TO_OPEN, STYLE
from baitlab.text import paragraphs

MODES = {
    "curated": "Editors' annotations",
    "detector": "What the detector finds",
    "compare": "Compare both",
}


def curated_highlights(sample: Sample) -> list[Highlight]:
    """Gives the sample's curated spans as highlights."""
    return [
        Highlight(s.start, s.end, s.technique, s.why, "curated", rewrite=s.rewrite, key=f"span-{i}")
        for i, s in enumerate(sample.spans)
    ]


def detected_highlights(spans: list[dict]) -> list[Highlight]:
    """Gives the detector's spans (from baitlab.analysis) as highlights."""
    return [
        Highlight(s["start"], s["end"], s["technique"], s["explanation"], "detector", cue=s["cue"])
        for s in spans
    ]


def highlights_for(mode: str, sample: Sample, detected: list[dict]) -> list[Highlight]:
    """Gives the highlights the chosen mode shows."""
    if mode == "curated":
        return curated_highlights(sample)
    if mode == "detector":
        return detected_highlights(detected)
    noted = tuple((n.start, n.end) for n in (*sample.meta.notes, *sample.meta.fair_passages))
    return compare(curated_highlights(sample), detected_highlights(detected), noted)


def counted_by_side(sample: Sample, detected: list[dict]) -> dict[str, str]:
    """Gives, per technique, how many passages the editors and the detector each gave it, as
    the compare view's legend shows it ("editors 10 · detector 12"): the same numbers the
    editors' view and the detector's view show, never one sum of both."""
    editors = Counter(s.technique for s in sample.spans)
    detector = Counter(s["technique"] for s in detected)
    return {
        technique: f"editors {editors[technique]} · detector {detector[technique]}"
        for technique in editors.keys() | detector.keys()
    }


def show_article(
    text: str,
    highlights: list[Highlight],
    catalogue: Catalogue,
    notes: list[NoteMark] | None = None,
    focus: str | None = None,
) -> None:
    """Shows the text with its highlights; each highlight opens its explanation on click.

    The highlight whose key is `focus` starts open, and the page scrolls to it.
    """
    st.html(Markup(STYLE) + render_article(text, highlights, catalogue, notes, focus))
    if focus is not None:  # a fixed script, apart from the article's (escaped) text
        st.html(SCROLL_TO_OPEN, unsafe_allow_javascript=True)


def show_key(key: Markup) -> None:
    """Shows a key drawn with the article's own highlight styles."""
    st.html(Markup(STYLE) + key)


def notes_for(sample: Sample, catalogue: Catalogue) -> list[NoteMark]:
    """Gives the sample's notes, and its fair passages (honest reports) with why they are fair."""
    notes = [NoteMark(n.start, n.end, n.note) for n in sample.meta.notes]
    for p in sample.meta.fair_passages:
        looks = catalogue.get(p.looks_like).name.lower()
        fair = "Fair here" if sample.meta.kind_name == "Genuine message" else "Fair reporting"
        heading = f"{fair}, though it may look like {looks}"
        notes.append(NoteMark(p.start, p.end, p.why_fair, "fair", heading))
    return notes


def click_hint(text: str) -> str:
    """Gives the line above highlights: how to open them, and what "¶3" means where the text
    has paragraph numbers (a one-paragraph text message has none to point at)."""
    hint = "Click any highlight to read why it works on you. Click it again to close."
    count = len(paragraphs(text))
    if count > 1:  # the example is a paragraph the text has ("¶3" under two paragraphs misled)
        example = min(count, 3)
        hint += f" ¶{example} marks paragraph {example}, as on the bait map."
    return hint


def linked_span(sample: Sample) -> int | None:
    """Gives the number of the sample's passage a link pointed at (?span=<n>), if any."""
    wanted = st.query_params.get("span")
    if wanted is None or not wanted.isdigit() or int(wanted) >= len(sample.spans):
        return None
    return int(wanted)


def focused_span(sample: Sample, catalogue: Catalogue) -> str | None:
    """Shows the passage a link pointed at (?span=<n>) above the article; gives its key."""
    wanted = linked_span(sample)
    if wanted is None:
        return None
    span = sample.spans[wanted]
    name = catalogue.get(span.technique).name
    st.info(
        f"You came here for this passage ({name}): “{markdown_literal(span.quote)}”. "
        "It is open below.",
        icon=":material/my_location:",
    )
    return f"span-{wanted}"


def show_paid_labels(labels: list[str]) -> None:
    """Says, above the text, that it carries labels marking an advert ("Partner content")."""
    note = paid_note(labels)
    if note:
        st.warning(markdown_literal(note), icon=":material/sell:")
