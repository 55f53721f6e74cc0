"""What a learner must not lose: answers and lesson status, in SQLite (or any SQLAlchemy URL).

A learner is a random token and nothing else: no name, no e-mail, nothing personal.
"""

from __future__ import annotations

import bisect
import os
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    func,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError

from baitlab import PROJECT_ROOT

LEARNER_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
metadata = MetaData()

answers = Table(
    "answer",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("learner", String(64), nullable=False, index=True),
    Column("question", String(200), nullable=False),
    Column("choice", Integer, nullable=False),
    Column("correct", Boolean, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# A fresh start on a quiz or a lesson check keeps the earlier answers: it marks where the new
# attempt begins (the first answer id that belongs to it), so a learner's record of getting
# better is never wiped by "Start this quiz again".
attempts = Table(
    "attempt",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("learner", String(64), nullable=False, index=True),
    Column("prefix", String(200), nullable=False),
    Column("first_answer", Integer, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

lesson_status = Table(
    "lesson_status",
    metadata,
    Column("learner", String(64), primary_key=True),
    Column("technique", String(60), primary_key=True),
    Column("status", String(20), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)


def default_url() -> str:
    """Gives BAITLAB_DB if set, else a SQLite file in data/ beside the app."""
    if os.environ.get("BAITLAB_DB"):
        return os.environ["BAITLAB_DB"]
    folder = PROJECT_ROOT / "data"
    folder.mkdir(exist_ok=True)
    return f"sqlite:///{Path(folder, 'baitlab.db')}"


def new_learner() -> str:
    """Gives a fresh random learner token."""
    return secrets.token_urlsafe(18)


def _sqlite_immediate(engine: Engine) -> None:
    # SQLite: start every transaction with BEGIN IMMEDIATE, so a read that later writes never
    # fails with "database is locked" when many learners answer at once (WAL mode).
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class Store:
    """Saves and reads learners' answers and lesson status."""

    def __init__(self, url: str | None = None):
        url = url or default_url()
        try:
            self.engine = create_engine(url)
        except ArgumentError:
            # A bare path ("/srv/baitlab.db") in BAITLAB_DB showed SQLAlchemy's traceback on
            # every page that saves progress.
            raise ValueError(
                f"BAITLAB_DB must be a database URL such as sqlite:////srv/baitlab.db, not "
                f"{url!r}. Unset it to keep progress in data/baitlab.db beside the app."
            ) from None
        if self.engine.dialect.name == "sqlite":
            _sqlite_immediate(self.engine)
        metadata.create_all(self.engine)

    def record_answer(self, learner: str, question: str, choice: int, correct: bool) -> None:
        """Saves one answer (every attempt is kept; the latest one counts)."""
        _check(learner)
        with self.engine.begin() as db:
            db.execute(
                answers.insert().values(
                    learner=learner,
                    question=question,
                    choice=choice,
                    correct=correct,
                    at=datetime.now(UTC),
                )
            )

    def latest_answers(self, learner: str, prefix: str = "") -> dict[str, int]:
        """Gives question key -> the learner's latest choice, for keys starting with prefix,
        in the attempt under way (answers before "start again" are kept, but not counted)."""
        _check(learner)
        with self.engine.begin() as db:
            query = (
                select(answers.c.question, answers.c.choice)
                .where(
                    answers.c.learner == learner,
                    answers.c.question.startswith(prefix),
                    answers.c.id >= self._attempt_start(db, learner, prefix),
                )
                .order_by(answers.c.id)
            )
            return {question: choice for question, choice in db.execute(query)}

    def first_answers(self, learner: str, prefix: str = "") -> dict[str, bool]:
        """Gives question key -> whether the learner's first answer in the attempt under way
        was right (a retry after reading the feedback does not rewrite the first try)."""
        _check(learner)
        with self.engine.begin() as db:
            query = (
                select(answers.c.question, answers.c.correct)
                .where(
                    answers.c.learner == learner,
                    answers.c.question.startswith(prefix),
                    answers.c.id >= self._attempt_start(db, learner, prefix),
                )
                .order_by(answers.c.id.desc())
            )  # newest first, so the oldest is written last
            return {question: correct for question, correct in db.execute(query)}

    def start_again(self, learner: str, prefix: str) -> None:
        """Begins a fresh attempt at the questions starting with prefix. Earlier answers stay
        saved: `first_tries` still counts them, so a learner can see whether they improved."""
        _check(learner)
        with self.engine.begin() as db:
            last = db.execute(select(func.max(answers.c.id))).scalar() or 0
            db.execute(
                attempts.insert().values(
                    learner=learner, prefix=prefix, first_answer=last + 1, at=datetime.now(UTC)
                )
            )

    def first_tries(self, learner: str, prefix: str) -> list[tuple[int, int]]:
        """Gives, for each attempt at the questions starting with prefix, oldest first: how
        many first answers were right, and how many questions were answered at all."""
        _check(learner)
        with self.engine.begin() as db:
            starts = [
                row[0]
                for row in db.execute(
                    select(attempts.c.first_answer)
                    .where(attempts.c.learner == learner, attempts.c.prefix == prefix)
                    .order_by(attempts.c.id)
                )
            ]
            rows = db.execute(
                select(answers.c.id, answers.c.question, answers.c.correct)
                .where(answers.c.learner == learner, answers.c.question.startswith(prefix))
                .order_by(answers.c.id)
            ).all()
        firsts: list[dict[str, bool]] = [{} for _ in range(len(starts) + 1)]
        for answer_id, question, correct in rows:
            firsts[bisect.bisect_right(starts, answer_id)].setdefault(question, correct)
        return [(sum(tries.values()), len(tries)) for tries in firsts if tries]

    def _attempt_start(self, db, learner: str, prefix: str) -> int:
        """Gives the first answer id of the attempt under way at prefix (0: the first one)."""
        if not prefix:
            return 0
        query = select(func.max(attempts.c.first_answer)).where(
            attempts.c.learner == learner, attempts.c.prefix == prefix
        )
        return db.execute(query).scalar() or 0

    def set_lesson_status(self, learner: str, technique: str, status: str) -> None:
        """Saves a lesson's status ("started" or "passed"); "passed" is never downgraded."""
        _check(learner)
        with self.engine.begin() as db:
            now = select(lesson_status.c.status).where(
                lesson_status.c.learner == learner, lesson_status.c.technique == technique
            )
            current = db.execute(now).scalar()
            if current == "passed" or current == status:
                return
            if current is None:
                db.execute(
                    lesson_status.insert().values(
                        learner=learner, technique=technique, status=status, at=datetime.now(UTC)
                    )
                )
            else:
                db.execute(
                    lesson_status.update()
                    .where(
                        lesson_status.c.learner == learner, lesson_status.c.technique == technique
                    )
                    .values(status=status, at=datetime.now(UTC))
                )

    def lesson_statuses(self, learner: str) -> dict[str, str]:
        """Gives technique -> status for every lesson the learner has opened."""
        _check(learner)
        query = select(lesson_status.c.technique, lesson_status.c.status).where(
            lesson_status.c.learner == learner
        )
        with self.engine.begin() as db:
            return dict(db.execute(query).all())


def _check(learner: str) -> None:
    if not LEARNER_TOKEN.match(learner or ""):
        raise ValueError("not a learner token")
