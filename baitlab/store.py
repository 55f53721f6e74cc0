"""What a learner must not lose: answers and lesson status, in SQLite (or any SQLAlchemy URL).

A learner is a random token and nothing else: no name, no e-mail, nothing personal.
"""

from __future__ import annotations

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
    delete,
    event,
    select,
)
from sqlalchemy.engine import Engine

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
        self.engine = create_engine(url or default_url())
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
        """Gives question key -> the learner's latest choice, for keys starting with prefix."""
        _check(learner)
        query = (
            select(answers.c.question, answers.c.choice)
            .where(answers.c.learner == learner, answers.c.question.startswith(prefix))
            .order_by(answers.c.id)
        )
        with self.engine.begin() as db:
            return {question: choice for question, choice in db.execute(query)}

    def first_answers(self, learner: str, prefix: str = "") -> dict[str, bool]:
        """Gives question key -> whether the learner's first answer was right (a retry after
        reading the feedback does not rewrite the first try)."""
        _check(learner)
        query = (
            select(answers.c.question, answers.c.correct)
            .where(answers.c.learner == learner, answers.c.question.startswith(prefix))
            .order_by(answers.c.id.desc())
        )
        with self.engine.begin() as db:  # newest first, so the oldest is written last
            return {question: correct for question, correct in db.execute(query)}

    def forget_answers(self, learner: str, prefix: str) -> None:
        """Deletes the learner's answers to questions starting with prefix (a fresh start)."""
        _check(learner)
        with self.engine.begin() as db:
            db.execute(
                delete(answers).where(
                    answers.c.learner == learner, answers.c.question.startswith(prefix)
                )
            )

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
