"""Lessons: one prebunking lesson per technique, in the order of lessons/order.yaml.

Each lesson follows what the prebunking research found works: forewarn, show a weakened dose
(worked examples from our samples), refute (why it works, the counter-move), practise (spot it
on fresh sentences), then a three-question check with feedback on every answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from baitlab import LESSONS_DIR
from baitlab.content import Library, QuizItem, read_exact
from baitlab.errors import Problem, problems_from_validation
from baitlab.quiz import Question
from baitlab.techniques import Catalogue

ORDER_FILE = LESSONS_DIR / "order.yaml"


class WorkedExample(BaseModel):
    """A passage from one of our samples that shows the technique at work."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sample: str
    quote: str = Field(min_length=3)
    comment: str = Field(min_length=30)


class PracticeSentence(BaseModel):
    """A fresh sentence to judge: is it this technique at work, or fair writing?"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sentence: str = Field(min_length=10)
    is_bait: bool
    feedback: str = Field(min_length=30)


class LessonMeta(BaseModel):
    """Everything in a lesson's YAML file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    technique: str
    title: str = Field(min_length=5)
    forewarning: str = Field(min_length=40)
    what_it_is: str = Field(min_length=40)
    why_it_works: str = Field(min_length=60)
    rests_on: str = Field(min_length=10)
    examples: tuple[WorkedExample, ...] = Field(min_length=2)
    practice: tuple[PracticeSentence, ...] = Field(min_length=4)
    counter_move: str = Field(min_length=40)
    check: tuple[QuizItem, ...] = Field(min_length=3, max_length=3)


@dataclass(frozen=True)
class Lesson:
    """A loaded lesson, with where each worked example sits in its sample."""

    meta: LessonMeta
    path: str
    example_spans: tuple[int, ...]  # index of the matching curated span in each example's sample

    @property
    def check_prefix(self) -> str:
        """Gives what every check question's key starts with: its saved answers share it."""
        return f"lesson/{self.meta.technique}/check-"

    def check_questions(self) -> list[Question]:
        """Gives the lesson's check questions, keyed "lesson/<technique>/check-<n>"."""
        return [
            Question(f"{self.check_prefix}{i}", "", "", self.meta.technique, item)
            for i, item in enumerate(self.meta.check)
        ]

    @property
    def technique(self) -> str:
        return self.meta.technique


@dataclass
class Course:
    """The lessons that loaded, in order, and every problem found on the way."""

    lessons: list[Lesson] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, technique: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.technique == technique), None)


def _span_index(library: Library, example: WorkedExample, technique: str) -> int | None:
    sample = library.get(example.sample)
    if sample is None:
        return None
    for index, span in enumerate(sample.spans):
        if span.quote == example.quote and span.technique == technique:
            return index
    return None


def load_lesson(path: Path, catalogue: Catalogue, library: Library) -> tuple[Lesson | None, list]:
    """Gives one lesson, or None and the problems that stop it loading."""
    source = (
        str(path.relative_to(LESSONS_DIR.parent))
        if path.is_relative_to(LESSONS_DIR.parent)
        else str(path)
    )
    try:
        raw = yaml.safe_load(read_exact(path))
        meta = LessonMeta.model_validate(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return None, [Problem(source, "-", f"cannot read: {error}")]
    except ValidationError as error:
        return None, problems_from_validation(source, error)
    problems = []
    if meta.technique not in catalogue.ids():
        problems.append(Problem(source, "technique", f"unknown technique '{meta.technique}'"))
    if path.stem != meta.technique:
        problems.append(Problem(source, "technique", f"must match the file name '{path.stem}'"))
    indexes = []
    for i, example in enumerate(meta.examples):
        index = _span_index(library, example, meta.technique)
        if index is None:
            problems.append(
                Problem(
                    source,
                    f"examples[{i}]",
                    f"no curated {meta.technique} span quoting {example.quote[:40]!r} "
                    f"in sample '{example.sample}'",
                )
            )
        indexes.append(index if index is not None else -1)
    if not any(p.is_bait for p in meta.practice) or all(p.is_bait for p in meta.practice):
        problems.append(
            Problem(source, "practice", "needs both bait sentences and fair ones to tell apart")
        )
    if problems:
        return None, problems
    return Lesson(meta, source, tuple(indexes)), []


def load_course(catalogue: Catalogue, library: Library, directory: Path = LESSONS_DIR) -> Course:
    """Gives every lesson in the manifest's order, plus the problems of those that fail."""
    course = Course()
    order_file = directory / "order.yaml"
    try:
        order = yaml.safe_load(read_exact(order_file))["order"]
    except (OSError, KeyError, TypeError, yaml.YAMLError) as error:
        course.problems.append(Problem(_display(order_file), "order", f"cannot read: {error}"))
        return course
    for technique in order:
        path = directory / f"{technique}.yaml"
        if not path.exists():
            course.problems.append(Problem(_display(order_file), "order", f"no file {path.name}"))
            continue
        lesson, problems = load_lesson(path, catalogue, library)
        course.problems += problems
        if lesson is not None:
            course.lessons.append(lesson)
    listed = set(order)
    for path in sorted(directory.glob("*.yaml")):
        if path.stem not in listed and path.name not in ("order.yaml", "techniques.yaml"):
            course.problems.append(
                Problem(_display(order_file), "order", f"{path.name} is not listed in the order")
            )
    return course


def _display(path: Path) -> str:
    root = LESSONS_DIR.parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
