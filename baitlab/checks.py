"""Checks across the whole library and course that no single file can fail alone."""

from __future__ import annotations

from collections import Counter

from baitlab.content import GENRES, Library, giveaway_problems
from baitlab.errors import Problem
from baitlab.lessons import Course
from baitlab.techniques import Catalogue

# The floor the library must stay above (issue: "A library worth teaching from").
MIN_BAIT = 24
MIN_HONEST = 8
MIN_SPANS_PER_BAIT = 5
MIN_SAMPLES_PER_TECHNIQUE = 4
MIN_QUIZ_ITEMS = 150


def quiz_item_count(library: Library, course: Course) -> int:
    """Gives how many quiz items there are across samples and lessons."""
    in_samples = sum(len(s.spans) + len(s.meta.fair_passages) for s in library.samples)
    return in_samples + sum(len(lesson.meta.check) for lesson in course.lessons)


def library_problems(catalogue: Catalogue, library: Library, course: Course) -> list[Problem]:
    """Gives problems that concern the library and course as a whole."""
    where = "samples/"
    problems = []
    if library.get("camera-rolling-officer") is None:
        problems.append(Problem(where, "camera-rolling-officer", "the founding sample must load"))
    bait = [s for s in library.samples if s.meta.kind == "bait"]
    honest = [s for s in library.samples if s.meta.kind == "honest"]
    if len(bait) < MIN_BAIT:
        problems.append(Problem(where, "kind", f"{len(bait)} bait samples, need {MIN_BAIT}"))
    if len(honest) < MIN_HONEST:
        problems.append(Problem(where, "kind", f"{len(honest)} honest samples, need {MIN_HONEST}"))
    for sample in bait:
        if len(sample.spans) < MIN_SPANS_PER_BAIT:
            problems.append(
                Problem(
                    sample.path, "spans", f"{len(sample.spans)} spans, need {MIN_SPANS_PER_BAIT}"
                )
            )
    for sample in library.samples:  # the quizzes learners see; evaluation sets are not checked
        problems += giveaway_problems(sample)
    used = Counter(t for s in library.samples for t in set(s.technique_counts()))
    for technique in catalogue.ids():
        if used[technique] < MIN_SAMPLES_PER_TECHNIQUE:
            problems.append(
                Problem(
                    where,
                    technique,
                    f"appears in {used[technique]} samples, need {MIN_SAMPLES_PER_TECHNIQUE}",
                )
            )
    genres = {s.meta.genre for s in library.samples}
    for genre in GENRES:
        if genre not in genres:
            problems.append(Problem(where, "genre", f"no sample of genre '{genre}'"))
    taught = {lesson.technique for lesson in course.lessons}
    for technique in catalogue.ids():
        if technique not in taught:
            problems.append(Problem("lessons/", technique, "has no lesson"))
    items = quiz_item_count(library, course)
    if items < MIN_QUIZ_ITEMS:
        problems.append(Problem(where, "quiz", f"{items} quiz items, need {MIN_QUIZ_ITEMS}"))
    return problems
