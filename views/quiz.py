"""Quiz: why does each passage work as bait? Feedback on every answer, a score, and retries."""

import streamlit as st

from baitlab.quiz import grade, next_quiz, questions_for, score
from components.content import library, sample_from_query, store
from components.learner import learner
from components.picker import pick_sample
from components.quiz_card import question_card, verdict

st.title("Quiz")
lib = library()
sample = pick_sample(lib, sample_from_query(lib), key="quiz-pick")
if sample is None:
    st.stop()
questions = questions_for(sample)
if not questions:
    st.info("This article has no quiz questions yet.")
    st.stop()

me, saved = learner(), store()
prefix = f"{sample.id}/"
if f"quiz-{sample.id}" not in st.session_state:
    # Pick up where this learner left off: saved answers survive a reload.
    answered = saved.latest_answers(me, prefix)
    keys = [q.key for q in questions]
    first_open = next((i for i, k in enumerate(keys) if k not in answered), len(keys))
    st.session_state[f"quiz-{sample.id}"] = {
        "answers": answered,
        "queue": keys,
        "pos": first_open,
        "round": 0,
    }
state = st.session_state[f"quiz-{sample.id}"]
by_key = {q.key: q for q in questions}
st.caption(
    "For each passage: why does it work as bait? Every answer gets feedback."
    if sample.meta.kind == "bait"
    else f"{sample.meta.kind_name}: is each passage bait, or fair? Every answer gets feedback."
)

if state["pos"] < len(state["queue"]):
    question = by_key[state["queue"][state["pos"]]]
    card_key = f"{question.key}-{state['round']}"
    checked = st.session_state.get(f"{card_key}-checked")
    choice = question_card(question, state["pos"] + 1, len(state["queue"]), card_key, checked)
    if checked is None:
        if st.button(
            "Check my answer", type="primary", disabled=choice is None, key=f"{card_key}-check"
        ):
            state["answers"][question.key] = choice
            saved.record_answer(me, question.key, choice, grade(question, choice).correct)
            st.session_state[f"{card_key}-checked"] = choice
            st.rerun()
    else:
        verdict(question, checked)
        if st.button("Next question →", type="primary", key=f"{card_key}-next"):
            state["pos"] += 1
            st.rerun()
else:
    result = score(questions, state["answers"])
    st.subheader(f"You got {result.right} of {result.total} right ({result.percent}%).")
    # A retry after the feedback lifts the score; the first try stays on show beside it (a
    # teacher saw 67% become 100% with no trace of the first attempt).
    first = saved.first_answers(me, prefix)
    right_first = sum(bool(first.get(q.key)) for q in questions)
    if right_first != result.right:
        st.caption(
            f"First try: {right_first} of {result.total} right. The score above counts your "
            "answers after reading the feedback."
        )
    # Every attempt's first tries stay on record: "Start this quiz again" shows whether the
    # learner got better, instead of wiping the evidence.
    history = saved.first_tries(me, prefix)
    if len(history) > 1:
        st.caption(
            "Your first tries, attempt by attempt: "
            + ", then ".join(f"{right} of {answered}" for right, answered in history)
            + "."
        )
    if result.missed:
        st.write(
            f"{len(result.missed)} to look at again. Reading the feedback is where the learning is."
        )
        if st.button(f"Retry the {len(result.missed)} you missed", type="primary", key="retry"):
            state.update(queue=list(result.missed), pos=0, round=state["round"] + 1)
            st.rerun()
    else:
        st.success(
            "Every passage spotted. Try another article, or an honest report for contrast."
            if sample.meta.kind == "bait"
            else "Every passage judged rightly. Try a bait article next, for contrast."
        )
    # The next quiz, one click away: the end said "try an honest report for contrast" and
    # left the learner to hunt for one (a teacher's review).
    started = {key.split("/", 1)[0] for key in saved.latest_answers(me)}
    following = next_quiz(lib.samples, sample, started | {sample.id})
    if following is not None:
        kind = following.meta.kind_name.lower()
        # A twin is named as one: the same story told the other way, the pair to compare.
        why = f"the {kind} version of this story" if following.id == sample.meta.twin else kind
        st.page_link(
            "views/quiz.py",
            label=f"Next quiz: {following.meta.title} ({why})",
            icon=":material/arrow_forward:",
            query_params={"sample": following.id},
        )
    if st.button("Start this quiz again", key="restart"):
        saved.start_again(me, prefix)
        state.update(answers={}, queue=[q.key for q in questions], pos=0, round=state["round"] + 1)
        st.rerun()
    st.page_link(
        "views/read.py",
        label="Back to the article",
        icon=":material/menu_book:",
        query_params={"sample": sample.id},
    )
