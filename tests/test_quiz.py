"""Quiz logic: one question per curated passage, feedback on every choice, a fair score."""

import pytest

from baitlab.quiz import grade, next_quiz, questions_for, score


def test_one_question_per_passage_in_reading_order(founding):
    questions = questions_for(founding)
    assert len(questions) == len(founding.spans) + len(founding.meta.fair_passages)
    passages = [q.passage for q in questions]
    assert passages.index(founding.spans[0].quote) <= passages.index(founding.spans[-1].quote)


def test_every_choice_has_its_own_feedback_and_one_is_right(founding):
    for question in questions_for(founding):
        verdicts = [grade(question, i) for i in range(len(question.item.choices))]
        assert sum(v.correct for v in verdicts) == 1
        assert len({v.feedback for v in verdicts}) == len(verdicts)


def test_score_counts_right_answers_and_lists_the_missed(founding):
    questions = questions_for(founding)[:3]
    answers = {questions[0].key: questions[0].item.answer_index}
    wrong = (questions[1].item.answer_index + 1) % len(questions[1].item.choices)
    answers[questions[1].key] = wrong
    result = score(questions, answers)
    assert (result.answered, result.right, result.total) == (2, 1, 3)
    assert result.missed == (questions[1].key,)
    assert not result.finished


def test_out_of_range_choice_is_refused(founding):
    with pytest.raises(ValueError):
        grade(questions_for(founding)[0], 9)


def test_feedback_body_drops_an_opening_verdict_the_page_already_shows():
    from baitlab.quiz import feedback_body

    assert feedback_body("Right. The gap pulls you on.") == "The gap pulls you on."
    assert feedback_body("Not quite: no deadline here.") == "No deadline here."
    assert feedback_body("Rightly so, it names nobody.") == "Rightly so, it names nobody."


def test_the_next_quiz_is_one_of_the_other_kind_not_yet_started(library):
    samples = library.samples
    honest = next(s for s in samples if s.meta.kind == "honest")
    first = next_quiz(samples, honest, {honest.id})
    assert first.meta.kind == "bait"
    # Every bait quiz started: the next one not started, whatever its kind.
    bait = {s.id for s in samples if s.meta.kind == "bait"}
    second = next_quiz(samples, honest, bait | {honest.id})
    assert second.meta.kind == "honest" and second.id != honest.id
    assert next_quiz(samples, honest, {s.id for s in samples}) is None


def test_the_next_quiz_after_a_twin_is_the_other_twin(library):
    # After the family chat's quiz, "Next quiz" offered an unrelated bait sample, not the
    # "Hi Mum" scam the chat mirrors.
    samples = library.samples
    family = library.get("family-new-number-check")
    assert next_quiz(samples, family, {family.id}).id == "hi-mum-new-number"
    scam = library.get("hi-mum-new-number")
    assert next_quiz(samples, scam, {scam.id}).id == "family-new-number-check"
    # Twin already started: the next one of the other kind, as for any sample.
    following = next_quiz(samples, family, {family.id, scam.id})
    assert following.meta.kind == "bait" and following.id != scam.id
