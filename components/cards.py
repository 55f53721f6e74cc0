"""Library cards: one per sample, with what a teacher needs to pick it."""

from __future__ import annotations

import streamlit as st

from baitlab.content import Sample
from baitlab.html import Markup, fill
from baitlab.techniques import Catalogue
from baitlab.templates import STYLE

CARD = (
    '<div class="bl-card" data-sample="{id}"><h3>{title}</h3>'
    '<div class="bl-meta">{kind} · {form} · {difficulty} · {level}</div>'
    '<div class="bl-meta">{summary}</div><div>{labels}</div></div>'
)
CHIP = (
    '<span class="bl-label" style="background:{colour};color:{text}" title="{name}">'
    "{abbr} {count}</span>"
)


def sample_card(sample: Sample, level: str, catalogue: Catalogue) -> None:
    """Shows one sample's card with links to read it and to take its quiz."""
    counts = sample.technique_counts()
    chips = Markup("").join(
        fill(
            CHIP, colour=t.colour, text=t.text_colour, name=t.name, abbr=t.abbr, count=counts[t.id]
        )
        for t in catalogue.techniques
        if counts[t.id]
    )
    meta = sample.meta
    st.html(
        Markup(STYLE)
        + fill(
            CARD,
            id=meta.id,
            title=meta.title,
            kind=meta.kind_and_genre,
            form=meta.form.replace("-", " "),
            difficulty=meta.difficulty,
            level=level,
            summary=meta.summary,
            labels=chips or fill("{}", "no techniques: an honest control"),
        )
    )
    left, right = st.columns(2)
    left.page_link(
        "views/read.py",
        label="Read it",
        icon=":material/menu_book:",
        query_params={"sample": meta.id},
    )
    right.page_link(
        "views/quiz.py", label="Quiz", icon=":material/quiz:", query_params={"sample": meta.id}
    )
