"""Quiz logic: the questions for a sample, grading an answer, and the score so far."""

from __future__ import annotations

import re
from dataclasses import dataclass

from baitlab.content import QuizItem, Sample

_OPENING = re.compile(r"^(?:right|correct|yes|not quite|wrong|no)[.:!,]\s+", re.IGNORECASE)


def feedback_body(feedback: str) -> str:
    """Gives feedback without an opening "Right." or "Not quite.", which the page adds itself."""
    body = _OPENING.sub("", feedback.strip(), count=1)
    return body[:1].upper() + body[1:]


@dataclass(frozen=True)
class Question:
    """One question about one passage of a sample."""

    key: str  # stable id, e.g. "camera-rolling-officer/span-3"
    sample_id: str
    passage: str
    technique: str | None  # the technique the passage uses; None for a fair passage
    item: QuizItem


@dataclass(frozen=True)
class Verdict:
    """What a learner is told after answering: right or not, and why."""

    correct: bool
    feedback: str
    right_answer: str
    right_feedback: str


def questions_for(sample: Sample) -> list[Question]:
    """Gives one question per curated passage (and per fair passage), in reading order."""
    out = [
        Question(f"{sample.id}/span-{i}", sample.id, s.quote, s.technique, s.quiz)
        for i, s in enumerate(sample.spans)
    ]
    out += [
        Question(f"{sample.id}/fair-{i}", sample.id, p.quote, None, p.quiz)
        for i, p in enumerate(sample.meta.fair_passages)
    ]
    order = {q.key: i for i, q in enumerate(out)}
    starts = {f"{sample.id}/span-{i}": s.start for i, s in enumerate(sample.spans)}
    starts |= {f"{sample.id}/fair-{i}": p.start for i, p in enumerate(sample.meta.fair_passages)}
    return sorted(out, key=lambda q: (starts[q.key], order[q.key]))


def grade(question: Question, choice: int) -> Verdict:
    """Gives the verdict on picking choice number `choice` (0-based) for the question."""
    if not 0 <= choice < len(question.item.choices):
        raise ValueError(f"choice {choice} is not one of the {len(question.item.choices)}")
    picked = question.item.choices[choice]
    right = question.item.choices[question.item.answer_index]
    return Verdict(picked.correct, picked.feedback, right.text, right.feedback)


@dataclass(frozen=True)
class Score:
    """How a learner did on a set of questions."""

    answered: int
    right: int
    total: int
    missed: tuple[str, ...]

    @property
    def finished(self) -> bool:
        return self.answered == self.total

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.total) if self.total else 0


def score(questions: list[Question], answers: dict[str, int]) -> Score:
    """Gives the score for the answers given so far (question key -> chosen index)."""
    right = 0
    missed = []
    answered = 0
    for q in questions:
        if q.key not in answers:
            continue
        answered += 1
        if grade(q, answers[q.key]).correct:
            right += 1
        else:
            missed.append(q.key)
    return Score(answered, right, len(questions), tuple(missed))


def next_quiz(samples: list[Sample], current: Sample, started: set[str]) -> Sample | None:
    """Gives the quiz to suggest after `current`: its twin (the same story told the other way)
    if the learner has not started it, else the next sample of the other kind (bait after an
    honest text, honest after bait, for contrast) not started, else the next one of either
    kind not started, in library order; None when every one is started."""
    at = samples.index(current)
    order = samples[at + 1 :] + samples[:at]
    # The twin first: after the family chat, the "Hi Mum" scam it mirrors, not whatever bait
    # comes next in the library (noticed walking the family chat's quiz).
    order.sort(key=lambda s: s.id != current.meta.twin)
    fresh = [s for s in order if s.id not in started and questions_for(s)]
    contrast = [s for s in fresh if (s.meta.kind == "bait") != (current.meta.kind == "bait")]
    return (contrast or fresh or [None])[0]
