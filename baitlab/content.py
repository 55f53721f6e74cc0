"""Sample articles and their curated annotations: the schema, loading and checks.

A sample is two files side by side in ``samples/``: ``<id>.txt`` holds the text exactly as a
reader sees it (read as UTF-8 bytes, never normalised), and ``<id>.yaml`` holds what we know
about it: title, kind, genre, and the curated spans with their explanations and quiz items.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from baitlab import samples_dir
from baitlab.errors import Problem, problems_from_validation
from baitlab.techniques import Catalogue

GENRES = (
    "viral-emotion",
    "scam-payment",
    "fake-official-notice",
    "health-miracle",
    "celebrity-gossip",
    "outrage",
    "conspiracy",
    "listicle",
    "engagement-bait",
    "sponsored-content",
    "teaser-grid",
    "news-report",
    "genuine-message",  # an honest text or email from a real sender: the scams' twin
)
FORMS = (
    "article-page",
    "social-post",
    "text-message",
    "email",
    "video-title",
    "teaser-grid",
)
DEFAULT_QUESTION = "Why does this passage work as bait?"
# A choice that opens with a verdict: "No: it's a named official's view", "Yes. It scares you".
_VERDICT = re.compile(r"^\s*(yes|no)\b\s*[:.,;!\u2013\u2014-]", re.IGNORECASE)

Genre = Literal[GENRES]  # type: ignore[valid-type]
Form = Literal[FORMS]  # type: ignore[valid-type]


class Choice(BaseModel):
    """One answer to a quiz item, with the feedback a learner reads after picking it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str = Field(min_length=3)
    correct: bool = False
    feedback: str = Field(min_length=20)
    technique: str | None = None  # the technique this choice describes, for class analytics


class QuizItem(BaseModel):
    """A multiple-choice question: exactly one right answer, feedback on every choice."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str = DEFAULT_QUESTION
    choices: tuple[Choice, ...] = Field(min_length=3, max_length=5)

    @model_validator(mode="after")
    def _one_right_answer(self) -> QuizItem:
        right = sum(choice.correct for choice in self.choices)
        if right != 1:
            raise ValueError(f"needs exactly one choice with correct: true, found {right}")
        texts = [choice.text.strip().lower() for choice in self.choices]
        if len(set(texts)) != len(texts):
            raise ValueError("two choices have the same text")
        return self

    @property
    def answer_index(self) -> int:
        return next(i for i, choice in enumerate(self.choices) if choice.correct)


class Passage(BaseModel):
    """A stretch of the sample's text, by character offsets, with the quoted text as a check."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    quote: str = Field(min_length=1)


class Span(Passage):
    """A curated manipulative passage: which technique, and why it works on a reader."""

    technique: str
    why: str = Field(min_length=40)
    rewrite: str | None = None
    quiz: QuizItem


class FairPassage(Passage):
    """A passage that may look like bait but is fair reporting, and why."""

    looks_like: str
    why_fair: str = Field(min_length=40)
    quiz: QuizItem


class Note(Passage):
    """A passage worth pointing out that is no technique of its own (page furniture, ad slots)."""

    note: str = Field(min_length=20)


class SampleMeta(BaseModel):
    """Everything in a sample's YAML file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: str = Field(min_length=3)
    kind: Literal["bait", "honest"]
    genre: Genre
    form: Form
    difficulty: Literal["easy", "medium", "hard"]
    source: str = Field(min_length=10)
    summary: str = Field(min_length=10)
    text_file: str | None = None
    featured: bool = False  # shown first in the Library
    # A story like this one told the other way (a bait sample's honest report, or the
    # reverse): the Reader links the two, so a class can set them side by side (a journalism
    # lecturer found the pairs in the Library, unlinked).
    twin: str | None = None
    spans: tuple[Span, ...] = ()
    fair_passages: tuple[FairPassage, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def kind_name(self) -> str:
        """Gives what a learner calls it: "Bait", "Honest report", or "Genuine message" (a
        real courier's text is not a report: a teacher read "Fair reporting" on one)."""
        if self.kind == "bait":
            return "Bait"
        return "Genuine message" if self.genre == "genuine-message" else "Honest report"

    @property
    def kind_and_genre(self) -> str:
        """Gives "Bait · fake official notice" in words, not ids (a teacher's class read
        "fake-official-notice" on the Reader), and the kind alone when the genre repeats it
        ("Genuine message", never "Genuine message · genuine message")."""
        genre = self.genre.replace("-", " ")
        return self.kind_name if genre == self.kind_name.lower() else f"{self.kind_name} · {genre}"


@dataclass(frozen=True)
class Sample:
    """A loaded sample: its metadata and its exact text."""

    meta: SampleMeta
    text: str
    path: str

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def spans(self) -> tuple[Span, ...]:
        return self.meta.spans

    def technique_counts(self) -> Counter[str]:
        return Counter(span.technique for span in self.meta.spans)

    def word_count(self) -> int:
        return len(self.text.split())


@dataclass
class Library:
    """Every sample that loaded, and every problem found on the way."""

    samples: list[Sample] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, sample_id: str) -> Sample | None:
        return next((s for s in self.samples if s.id == sample_id), None)


def read_exact(path: Path) -> str:
    """Gives a file's text decoded as UTF-8 with nothing stripped or translated."""
    return path.read_bytes().decode("utf-8")


def _check_passage(source: str, where: str, passage: Passage, text: str) -> list[Problem]:
    if passage.end <= passage.start or passage.end > len(text):
        return [
            Problem(
                source,
                where,
                f"offsets {passage.start}..{passage.end} are outside the text (length {len(text)})",
            )
        ]
    found = text[passage.start : passage.end]
    if found == passage.quote:
        return []
    elsewhere = text.find(passage.quote)
    hint = (
        f"the quote is at {elsewhere}..{elsewhere + len(passage.quote)}"
        if elsewhere >= 0
        else "the quote is nowhere in the text"
    )
    return [
        Problem(
            source,
            where,
            f"offsets {passage.start}..{passage.end} hold {found[:40]!r}, not the quote "
            f"{passage.quote[:40]!r}; {hint} (python -m baitlab fix-offsets {source})",
        )
    ]


def _check_quiz(source: str, where: str, quiz: QuizItem, known: set[str]) -> list[Problem]:
    """Gives the problems of a passage's quiz: four choices, known technique ids."""
    problems = []
    if len(quiz.choices) != 4:
        problems.append(
            Problem(source, f"{where}.quiz.choices", "a passage question needs 4 choices")
        )
    for j, choice in enumerate(quiz.choices):
        if choice.technique is not None and choice.technique not in known:
            problems.append(
                Problem(
                    source,
                    f"{where}.quiz.choices[{j}].technique",
                    f"unknown technique '{choice.technique}'",
                )
            )
    return problems


def verdict(choice_text: str) -> str | None:
    """Gives "yes" or "no" when a choice opens with that verdict ("No: …", "Yes. …"), else None.

    "No one is named" and "Nobody checked" give no verdict: only "yes"/"no" followed by a
    colon, full stop, comma, dash and the like.
    """
    found = _VERDICT.match(choice_text)
    return found.group(1).lower() if found else None


def giveaway_problems(sample: Sample) -> list[Problem]:
    """Gives the passage quizzes a learner could pass without reading the passage.

    In a yes/no question ("Is this passage bait?"), the right answer must not be the only
    choice giving its verdict: fair passages once had three "Yes: …" and a lone, always right
    "No: …", so anyone scored 100% on an honest text unseen. A question whose right answer opens
    with no "Yes"/"No" is not a yes/no question and is left alone. This is a rule for the quizzes
    learners see (samples/); the evaluation sets keep their own shape (they are never shown).
    """
    problems = []
    for group in ("spans", "fair_passages"):
        for i, passage in enumerate(getattr(sample.meta, group)):
            choices = passage.quiz.choices
            right = verdict(choices[passage.quiz.answer_index].text)
            if right is None or sum(verdict(c.text) == right for c in choices) > 1:
                continue
            said = right.capitalize()
            problems.append(
                Problem(
                    sample.path,
                    f"{group}[{i}].quiz.choices",
                    f'the right answer is the only choice that says "{said}", so a learner can '
                    f'pick it without reading the passage; add a wrong "{said}: …" choice whose '
                    "reason does not hold for this passage",
                )
            )
    return problems


def check_sample(meta: SampleMeta, text: str, source: str, catalogue: Catalogue) -> list[Problem]:
    """Gives every problem in a parsed sample: offsets, technique ids, choices' techniques."""
    problems: list[Problem] = []
    known = set(catalogue.ids())
    stem = Path(source).stem
    if meta.id != stem:
        problems.append(Problem(source, "id", f"'{meta.id}' must match the file name '{stem}'"))
    if not text.strip():
        problems.append(Problem(source, "text_file", "the text is empty"))
    # Curated spans and fair passages are checked alike: offsets, technique id, quiz.
    for group, attribute in (("spans", "technique"), ("fair_passages", "looks_like")):
        for i, passage in enumerate(getattr(meta, group)):
            where = f"{group}[{i}]"
            problems += _check_passage(source, where, passage, text)
            technique = getattr(passage, attribute)
            if technique not in known:
                problems.append(
                    Problem(source, f"{where}.{attribute}", f"unknown technique '{technique}'")
                )
            problems += _check_quiz(source, where, passage.quiz, known)
    for i, note in enumerate(meta.notes):
        problems += _check_passage(source, f"notes[{i}]", note, text)
    if meta.kind == "bait" and not meta.spans:
        problems.append(Problem(source, "spans", "a bait sample needs curated spans"))
    return problems


def load_sample(path: Path, catalogue: Catalogue) -> tuple[Sample | None, list[Problem]]:
    """Gives one sample from its YAML file, or None and the problems that stop it loading."""
    source = _display(path)
    try:
        raw = yaml.safe_load(read_exact(path))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return None, [Problem(source, "-", f"cannot read: {error}")]
    if not isinstance(raw, dict):
        return None, [Problem(source, "-", "must be a mapping of fields (id, title, kind, …)")]
    try:
        meta = SampleMeta.model_validate(raw)
    except ValidationError as error:
        return None, problems_from_validation(source, error)
    text_path = path.with_name(meta.text_file or f"{path.stem}.txt")
    try:
        text = read_exact(text_path)
    except FileNotFoundError:
        return None, [Problem(source, "text_file", f"{_display(text_path)} does not exist")]
    except (OSError, UnicodeDecodeError) as error:
        return None, [Problem(source, "text_file", f"cannot read {text_path.name}: {error}")]
    problems = check_sample(meta, text, source, catalogue)
    if problems:
        return None, problems
    return Sample(meta=meta, text=text, path=source), []


def load_library(catalogue: Catalogue, directory: Path | None = None) -> Library:
    """Gives every sample in the folder that loads, plus the problems of those that do not."""
    library = Library()
    seen: dict[str, str] = {}
    for path in sorted((directory or samples_dir()).glob("*.yaml")):
        sample, problems = load_sample(path, catalogue)
        library.problems += problems
        if sample is None:
            continue
        if sample.id in seen:
            library.problems.append(
                Problem(sample.path, "id", f"'{sample.id}' is also used by {seen[sample.id]}")
            )
            continue
        seen[sample.id] = sample.path
        library.samples.append(sample)
    library.problems += _twin_problems(library)
    library.samples.sort(key=lambda s: not s.meta.featured)  # stable: file order otherwise
    return library


def _twin_problems(library: Library) -> list[Problem]:
    """Gives a problem for each twin that names no sample, one of the same kind, or one that
    does not name it back."""
    problems = []
    for sample in library.samples:
        twin_id = sample.meta.twin
        if twin_id is None:
            continue
        twin = library.get(twin_id)
        if twin is None:
            problems.append(Problem(sample.path, "twin", f"no sample is called '{twin_id}'"))
        elif twin.meta.kind == sample.meta.kind:
            problems.append(
                Problem(
                    sample.path,
                    "twin",
                    f"'{twin_id}' is {twin.meta.kind} too: a twin tells the story the other way",
                )
            )
        elif twin.meta.twin != sample.id:
            problems.append(
                Problem(sample.path, "twin", f"'{twin_id}' must name '{sample.id}' as its twin too")
            )
    return problems


def fix_offsets(path: Path) -> list[str]:
    """Rewrites a sample's span offsets from their quotes; gives a line per change made.

    A quote that appears more than once keeps the occurrence nearest its old offset.
    """
    raw = yaml.safe_load(read_exact(path))
    text = read_exact(path.with_name(raw.get("text_file") or f"{path.stem}.txt"))
    changes = []
    for group in ("spans", "fair_passages", "notes"):
        for i, item in enumerate(raw.get(group) or []):
            quote = item.get("quote", "")
            starts = [m for m in _occurrences(text, quote)]
            if not starts:
                changes.append(f"{group}[{i}]: quote not found, left as is: {quote[:50]!r}")
                continue
            old = item.get("start", 0) or 0
            start = min(starts, key=lambda s: abs(s - old))
            if item.get("start") != start or item.get("end") != start + len(quote):
                changes.append(f"{group}[{i}]: {item.get('start')} -> {start}")
                item["start"], item["end"] = start, start + len(quote)
    if changes:
        path.write_text(
            yaml.safe_dump(raw, sort_keys=False, allow_unicode=True, width=100),
            encoding="utf-8",
        )
    return changes


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while quote and at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
