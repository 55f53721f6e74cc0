"""Pieces of a lesson page: the lesson list, worked examples, spot-it practice, the check."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from baitlab.html import Markup, fill, markdown_literal
from baitlab.lessons import Course, Lesson
from baitlab.quiz import Question, Score, score
from baitlab.techniques import Catalogue
from baitlab.templates import STYLE
from components.quiz_card import QUOTE_STYLE, question_card, verdict

CHIP = (
    '<span class="bl-label" style="background:{colour};color:{text}" title="{name}">{abbr}</span>'
)
ROW = '<div class="bl-lesson-row" data-lesson="{id}"><b>{n}.</b> {chip} {title}</div>'
STATUS_TEXT = {"new": "Not started", "started": "In progress", "passed": "Passed ✓"}


def chip(technique_id: str, catalogue: Catalogue) -> Markup:
    """Gives the technique's label chip as HTML."""
    t = catalogue.get(technique_id)
    return fill(CHIP, colour=t.colour, text=t.text_colour, name=t.name, abbr=t.abbr)


def lesson_list(course: Course, catalogue: Catalogue, status: dict[str, str]) -> None:
    """Shows every lesson in order with the learner's status and a link to open it."""
    for number, lesson in enumerate(course.lessons, start=1):
        left, middle, right = st.columns([6, 2, 2], vertical_alignment="center")
        with left:
            st.html(
                Markup(STYLE)
                + fill(
                    ROW,
                    id=lesson.technique,
                    n=number,
                    chip=chip(lesson.technique, catalogue),
                    title=lesson.meta.title,
                )
            )
        middle.caption(STATUS_TEXT[status.get(lesson.technique, "new")])
        right.page_link(
            "views/lessons.py",
            label="Open",
            icon=":material/school:",
            query_params={"technique": lesson.technique},
        )


def worked_example(lesson: Lesson, index: int, text: str) -> None:
    """Shows one worked example with a link that opens the Reader at that passage."""
    example = lesson.meta.examples[index]
    st.html(QUOTE_STYLE + fill('<blockquote class="bl-quote">{}</blockquote>', example.quote))
    st.markdown(markdown_literal(example.comment))
    st.page_link(
        "views/read.py",
        label=f"See it in “{markdown_literal(text)}”",
        icon=":material/menu_book:",
        query_params={"sample": example.sample, "span": str(lesson.example_spans[index])},
    )


def practice(lesson: Lesson, key: str) -> int:
    """Shows the spot-it sentences; gives back how many the learner has judged so far.

    Practice, never counted: a call can be changed as often as the learner likes."""
    judged = 0
    for i, item in enumerate(lesson.meta.practice):
        st.html(QUOTE_STYLE + fill('<blockquote class="bl-quote">{}</blockquote>', item.sentence))
        answer = st.segmented_control(
            "Your call",
            ["Bait", "Fair"],
            key=f"{key}-{i}",
            label_visibility="collapsed",
        )
        if answer is None:
            continue
        judged += 1
        right = (answer == "Bait") == item.is_bait
        verdict = "Right." if right else "Not quite."
        kind = "It is bait." if item.is_bait else "It is fair writing."
        show = st.success if right else st.error
        show(f"{verdict} {kind} {markdown_literal(item.feedback)}")
    return judged


def check(
    lesson: Lesson,
    key: str,
    kept: dict[str, int],
    record: Callable[[Question, int], None],
) -> Score:
    """Shows the lesson's check questions and gives back the score of the answers checked.

    As in the quiz, the first answer checked is kept and its choices locked: a learner who
    saw "The best answer" could otherwise switch to it and pass (a teacher's note). `kept`
    holds the answers saved before (a reload, another day), `record` saves a new one: a
    reload once wiped the check, so a wrong first answer could be taken back. A new try
    (`retry_check`, once the saved answers are forgotten) asks every question afresh."""
    attempt = check_try(key) - 1
    questions = lesson.check_questions()
    answers: dict[str, int] = {}
    for number, question in enumerate(questions, start=1):
        card_key = f"{question.key}-{attempt}"
        checked = st.session_state.get(f"{card_key}-checked", kept.get(question.key))
        choice = question_card(question, number, len(questions), card_key, checked)
        if checked is None:
            if st.button(
                "Check my answer", type="primary", disabled=choice is None, key=f"{card_key}-check"
            ):
                record(question, choice)
                st.session_state[f"{card_key}-checked"] = choice
                st.rerun()
        else:
            verdict(question, checked, lesson=lesson.technique)
            answers[question.key] = checked
    return score(questions, answers)


def check_try(key: str) -> int:
    """Gives which try at the check this is: 1, then 2 after one `retry_check`, and so on."""
    return st.session_state.get(f"{key}-try", 0) + 1


def retry_check(key: str) -> None:
    """Starts the check again: every question unanswered, its choices open."""
    st.session_state[f"{key}-try"] = st.session_state.get(f"{key}-try", 0) + 1
