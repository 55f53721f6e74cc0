"""The quiz card: a passage, a question, four choices, and feedback on every choice."""

from __future__ import annotations

import streamlit as st

from baitlab.html import Markup, fill, markdown_literal
from baitlab.quiz import Question, feedback_body, grade
from components.content import catalogue

QUOTE_STYLE = Markup(
    "<style>.bl-quote{border-left:5px solid #1965B0;margin:.2em 0;padding:.5em 1em;"
    "background:rgba(25,101,176,.07);font-size:1.1rem;white-space:pre-wrap}</style>"
)


def question_card(
    question: Question, number: int, total: int, key: str, kept: int | None = None
) -> int | None:
    """Shows the question and gives back the index of the choice the learner picked, if any.

    `kept` is an answer already checked: it stays picked, and the choices are locked."""
    st.caption(f"Question {number} of {total}")
    if question.passage:
        st.html(
            QUOTE_STYLE + fill('<blockquote class="bl-quote">{}</blockquote>', question.passage)
        )
    st.markdown(f"**{markdown_literal(question.item.question)}**")
    labels = [markdown_literal(choice.text) for choice in question.item.choices]
    return st.radio(
        "Your answer",
        list(range(len(labels))),
        format_func=labels.__getitem__,
        # Streamlit forgets a widget's value on another page; the answer checked stays picked.
        index=kept,
        key=f"{key}-choice",
        disabled=kept is not None,
    )


def verdict(question: Question, choice: int, lesson: str | None = None) -> None:
    """Shows whether the answer was right, why, and the feedback for every other choice.

    `lesson`: the technique whose lesson the question is asked in. It is not named again or
    sent back to there (a teacher: "Revise the lesson" inside the lesson being revised)."""
    result = grade(question, choice)
    # The locked choices above are greyed out by the browser; the answer picked is said in
    # full contrast (a teacher's pupils could not read which one they had picked).
    st.markdown(f"Your answer: **{markdown_literal(question.item.choices[choice].text)}**")
    if result.correct:
        st.success(
            f"Right. {markdown_literal(feedback_body(result.feedback))}",
            icon=":material/check_circle:",
        )
    else:
        st.error(
            f"Not quite. {markdown_literal(feedback_body(result.feedback))}",
            icon=":material/cancel:",
        )
        st.info(
            f"The best answer: **{markdown_literal(result.right_answer)}** "
            f"{markdown_literal(feedback_body(result.right_feedback))}",
            icon=":material/lightbulb:",
        )
    if question.technique and question.technique != lesson:  # name the trick, as the labels do
        technique = catalogue().get(question.technique)
        st.caption(f"This passage uses {technique.abbr} · {technique.name}.")
        if not result.correct:  # a wrong answer points to the lesson that teaches it
            st.page_link(
                "views/lessons.py",
                label=f"Revise the {technique.name} lesson",
                icon=":material/school:",
                query_params={"technique": technique.id},
            )
    kind, _, number = question.key.rpartition("/")[2].partition("-")
    if kind == "span":  # the feedback points into the page: show the passage there
        st.page_link(
            "views/read.py",
            label="See this passage in the article",
            icon=":material/menu_book:",
            query_params={"sample": question.sample_id, "span": number},
        )
    with st.expander("Feedback on every choice", expanded=False):
        for i, item in enumerate(question.item.choices):
            mark = ":material/check: Right answer" if item.correct else ":material/close:"
            picked = " (your answer)" if i == choice else ""
            st.markdown(
                f"{mark} **{markdown_literal(item.text)}**{picked}  \n"
                f"{markdown_literal(item.feedback)}"
            )
