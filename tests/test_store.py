"""The store: a learner's answers and lesson status survive, and nothing personal is kept."""

import threading

import pytest

from baitlab.store import Store, new_learner


@pytest.fixture
def store(tmp_path):
    return Store(f"sqlite:///{tmp_path / 'test.db'}")


def test_latest_answer_counts_and_a_fresh_start_keeps_the_record(store):
    me = new_learner()
    store.record_answer(me, "camera-rolling-officer/span-0", 2, False)
    store.record_answer(me, "camera-rolling-officer/span-0", 1, True)
    store.record_answer(me, "camera-rolling-officer/span-1", 0, True)
    store.record_answer(me, "joint-pain-tea/span-0", 3, True)
    assert store.latest_answers(me, "camera-rolling-officer/") == {
        "camera-rolling-officer/span-0": 1,
        "camera-rolling-officer/span-1": 0,
    }
    # The first try is kept beside the latest: a retry after the feedback does not rewrite it.
    assert store.first_answers(me, "camera-rolling-officer/") == {
        "camera-rolling-officer/span-0": False,
        "camera-rolling-officer/span-1": True,
    }
    store.start_again(me, "camera-rolling-officer/")
    assert store.latest_answers(me, "camera-rolling-officer/") == {}
    assert store.first_answers(me, "camera-rolling-officer/") == {}
    assert store.latest_answers(me, "joint-pain-tea/") == {"joint-pain-tea/span-0": 3}
    # The second attempt counts on its own, and the first is still on record beside it.
    store.record_answer(me, "camera-rolling-officer/span-0", 1, True)
    store.record_answer(me, "camera-rolling-officer/span-1", 0, True)
    assert store.latest_answers(me, "camera-rolling-officer/") == {
        "camera-rolling-officer/span-0": 1,
        "camera-rolling-officer/span-1": 0,
    }
    assert store.first_tries(me, "camera-rolling-officer/") == [(1, 2), (2, 2)]
    assert store.first_tries(me, "joint-pain-tea/") == [(1, 1)]
    # Another learner's fresh start moves nothing of mine.
    you = new_learner()
    store.start_again(you, "joint-pain-tea/")
    assert store.latest_answers(me, "joint-pain-tea/") == {"joint-pain-tea/span-0": 3}


def test_learners_never_see_each_others_answers(store):
    me, you = new_learner(), new_learner()
    store.record_answer(me, "q/1", 0, True)
    assert store.latest_answers(you) == {}


def test_lesson_status_moves_forward_only(store):
    me = new_learner()
    store.set_lesson_status(me, "urgency", "started")
    store.set_lesson_status(me, "urgency", "passed")
    store.set_lesson_status(me, "urgency", "started")
    assert store.lesson_statuses(me) == {"urgency": "passed"}


def test_a_forged_learner_token_is_refused(store):
    with pytest.raises(ValueError):
        store.record_answer("x' OR 1=1 --", "q/1", 0, True)


def test_many_learners_answering_at_once_lose_nothing(store):
    learners = [new_learner() for _ in range(20)]

    def answer(learner):
        for i in range(10):
            store.record_answer(learner, f"s/span-{i}", i % 4, i % 2 == 0)

    threads = [threading.Thread(target=answer, args=(who,)) for who in learners]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(len(store.latest_answers(who)) == 10 for who in learners)


def test_a_path_where_a_database_url_belongs_is_named_plainly():
    # BAITLAB_DB set to a bare path showed SQLAlchemy's traceback on every page that saves.
    with pytest.raises(ValueError, match="BAITLAB_DB must be a database URL") as raised:
        Store("/tmp/not-a-url.db")
    assert "sqlite:///" in str(raised.value)
