"""Lessons: one prebunking lesson per technique: forewarn, show, explain, practise, check."""

import streamlit as st

from baitlab.html import markdown_literal
from baitlab.quiz import grade
from components.content import catalogue, course, library, store
from components.learner import learner
from components.lesson import check, check_try, lesson_list, practice, retry_check, worked_example
from components.problems import show_problems

lib, cat = library(), catalogue()
lessons = course()
me, saved = learner(), store()
progress = saved.lesson_statuses(me)
lesson = lessons.get(st.query_params.get("technique", ""))

if lesson is None:
    st.title("Lessons")
    st.write(
        "One short lesson per technique. Each one warns you what is coming, shows it at work "
        "in real-looking examples, explains why it works on people, lets you practise spotting "
        "it, and ends with a three-question check."
    )
    show_problems(lessons.problems)
    lesson_list(lessons, cat, progress)
    st.stop()

meta = lesson.meta
technique = cat.get(meta.technique)
saved.set_lesson_status(me, meta.technique, "started")
st.title(markdown_literal(meta.title))
st.info(markdown_literal(meta.forewarning), icon=":material/warning:")
st.subheader(f"What it is: {technique.name}")
st.markdown(markdown_literal(meta.what_it_is))
st.subheader("Why it works on people")
st.markdown(markdown_literal(meta.why_it_works))
st.caption(f"Rests on: {markdown_literal(meta.rests_on)}")
st.subheader("See it at work")
for index, example in enumerate(meta.examples):
    sample = lib.get(example.sample)
    worked_example(lesson, index, sample.title if sample else example.sample)
st.subheader("Spot it")
st.caption("Bait, or fair writing? Make your call for each sentence.")
practice(lesson, key=f"practice-{meta.technique}")
st.subheader("The counter-move")
st.success(markdown_literal(meta.counter_move), icon=":material/shield:")
st.subheader("Check yourself")
# Said so a retake does not contradict it (a teacher: "the first answer counts", then a
# second try passed).
st.caption(
    "Your first answer to each question is kept. All three right in one try passes the "
    "lesson; after reading the feedback you may take the check again."
)
result = check(  # answers saved like quiz answers: a reload keeps them
    lesson,
    key=f"check-{meta.technique}",
    kept=saved.latest_answers(me, lesson.check_prefix),
    record=lambda q, choice: saved.record_answer(me, q.key, choice, grade(q, choice).correct),
)
if result.finished and not result.missed:
    saved.set_lesson_status(me, meta.technique, "passed")
    tries = check_try(f"check-{meta.technique}")
    on = "" if tries == 1 else f" on try {tries}"
    st.success(f"All three right{on}: lesson passed.", icon=":material/verified:")
elif result.finished:
    st.write(
        f"{result.right} of {result.total} right. Read the feedback on each, go back over the "
        "lesson, then take the check again: all three right in one try passes it."
    )
    if st.button("Take the check again", key=f"check-{meta.technique}-again"):
        saved.start_again(me, lesson.check_prefix)
        retry_check(f"check-{meta.technique}")
        st.rerun()
position = [x.technique for x in lessons.lessons].index(meta.technique)
if position + 1 < len(lessons.lessons):
    following = lessons.lessons[position + 1]
    st.page_link(
        "views/lessons.py",
        label=f"Next lesson: {markdown_literal(following.meta.title)}",
        icon=":material/arrow_forward:",
        query_params={"technique": following.technique},
    )
st.page_link("views/lessons.py", label="All lessons", icon=":material/list:")
