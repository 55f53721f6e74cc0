"""Which technique a second-look sentence's words look like (baitlab/wording.py)."""

import dataclasses

import pytest

import baitlab.sentences as sentences
from baitlab.detector import detect
from baitlab.errors import ContentError
from baitlab.sentences import CUE_NAME, default_model, marked_passages
from baitlab.techniques import load_catalogue
from baitlab.wording import Wording, count, load, problems
from tests.test_sentences import OPENING, PLAIN

# No cue knows this sentence; its signals alone (shouting, "never") read as a call to engage,
# but a reader sees a borrowed career vouching for a product: false authority.
EXPERT = "In all my years as a certified coach I have honestly never seen results like this!!"


def _second_look(text: str, model) -> list:
    original = sentences.default_model
    sentences.default_model = lambda: model
    try:
        return [s for s in detect(text) if s.cue == CUE_NAME]
    finally:
        sentences.default_model = original


def test_a_second_look_names_the_technique_its_words_point_to_and_quotes_them():
    text = f"{OPENING}\n\n{PLAIN}\n\n{EXPERT}"
    model = default_model()
    found = _second_look(text, model)
    assert [s.text for s in found] == [EXPERT]
    assert found[0].technique == "false-authority"
    why = found[0].explanation
    assert "looks most like false authority: words such as '" in why
    quoted = why.split("words such as ")[1].split(" turn up")[0]
    assert all(w.strip("'") in EXPERT.lower() for w in quoted.split(" and "))
    # With signals alone the same sentence was filed under another technique, and no words
    # were quoted.
    alone = _second_look(text, dataclasses.replace(model, wording=None))
    assert alone[0].technique != "false-authority" and "words such as" not in alone[0].explanation


def test_a_word_points_to_the_technique_it_is_marked_with_and_one_story_teaches_nothing():
    examples = [
        ("urgency", "Ends at midnight tonight", "text-1"),
        ("urgency", "Offer ends at midnight", "text-2"),
        ("urgency", "Midnight is the cut-off", "bank:a:1"),
        ("urgency", "Gone at midnight", "text-6"),
        ("urgency", "Midnight, then it closes", "text-7"),
        ("urgency", "Until midnight only", "bank:a:2"),
        ("hyperbole", "The best thing ever", "text-1"),
        ("hyperbole", "Quite simply the best", "text-3"),
        ("hyperbole", "Tarrowby's best-kept bakery", "text-4"),
        # A place named in three passages of one story only.
        ("conspiracy", "What Fenwick council hides", "text-5"),
        ("conspiracy", "Fenwick knew all along", "text-5"),
        ("conspiracy", "Ask Fenwick who paid", "text-5"),
    ]
    # Enough other marked passages that six out of six stands out.
    examples += [("hyperbole", f"Number {n} is the best ever", f"list-{n}") for n in range(21)]
    counted = count(examples)
    assert counted["passages"] == {"conspiracy": 3, "hyperbole": 24, "urgency": 6}
    assert "fenwick" not in counted["words"]  # seen in one text only
    wording = Wording.from_counts(counted["passages"], counted["words"])
    techniques = ("conspiracy", "hyperbole", "urgency")
    scores = wording.scores(techniques, {"midnight", "unseen"})
    assert scores.index(max(scores)) == 2
    assert wording.scores(techniques, {"fenwick", "unseen"}) == [0.0, 0.0, 0.0]
    assert wording.telling("urgency", {"midnight", "the"}) == ["midnight"]
    assert wording.telling("hyperbole", {"midnight"}) == []


def test_the_word_counts_never_come_from_held_out_texts_or_the_banks_kept_for_measuring():
    from baitlab.content import load_library
    from baitlab.phrases import PHRASES_DIR, load_bank

    catalogue = load_catalogue()
    known = set(catalogue.ids())
    library = load_library(catalogue)
    sources = {source for _, _, source in marked_passages(library.samples, known)}
    banks = {path.stem: load_bank(path, known)[0] for path in sorted(PHRASES_DIR.glob("*.yaml"))}
    unseen = [name for name, bank in banks.items() if not bank.cues_written_from_it]
    seen = [name for name, bank in banks.items() if bank.cues_written_from_it]
    assert {"c", "d"} <= set(unseen)
    assert unseen and seen
    assert not any(s.split(":")[0] in unseen for s in sources)
    assert any(s.split(":")[0] in seen for s in sources)
    assert {s.meta.id for s in library.samples if s.spans} <= sources


def test_a_broken_or_stale_words_file_is_named_by_validate(tmp_path):
    known = set(load_catalogue().ids())
    assert problems(known) == []
    broken = tmp_path / "technique_words.yaml"
    broken.write_text("passages: {urgency: many}\nwords: {}\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load(broken)
    assert error.value.problems[0].file == str(broken)
    assert "passages" in error.value.problems[0].field
    stale = tmp_path / "stale.yaml"
    stale.write_text("passages: {clickbait: 3}\nwords: {now: {clickbait: 2}}\n", encoding="utf-8")
    found = problems(known, stale)
    assert [p.field for p in found] == ["passages"] and "clickbait" in found[0].message


def _texts():
    """Four small texts: 'hurry' is in marked sentences of three, 'council' in plain ones of
    three, and 'zorbly' only in the marked sentences of the first two."""
    return [
        [({"hurry", "zorbly", "now"}, True), ({"the", "council", "met"}, False)],
        [({"hurry", "zorbly", "up"}, True), ({"council", "said"}, False)],
        [({"hurry", "today"}, True), ({"council", "report"}, False)],
        [({"the", "weather"}, False), ({"it", "rained"}, False)],
    ]


def test_bait_words_lean_toward_the_sentences_editors_marked():
    from baitlab.wording import BaitWords, count_sentences

    counted = count_sentences(_texts())
    assert (counted["marked"], counted["plain"]) == (3, 5)
    assert counted["words"]["hurry"] == [3, 0, 3]  # marked, plain, texts
    assert "weather" not in counted["words"]  # one text only
    words = BaitWords.from_counts(
        counted["marked"], counted["plain"], {w: tuple(c) for w, c in counted["words"].items()}
    )
    assert words.value({"hurry"}) > 0 > words.value({"council"})
    assert words.value({"weather", "unknown"}) == 0.0


def test_bait_words_count_pairs_of_words_too_and_quote_each_word_once():
    from baitlab.wording import BaitWords, terms

    assert terms(["already", "got", "theirs"]) == {
        "already",
        "got",
        "theirs",
        "already got",
        "got theirs",
    }
    assert "don't miss" in terms(["don’t", "miss"])  # one apostrophe for both spellings
    words = BaitWords.from_counts(
        1000, 1000, {"already got": (20, 1, 12), "already": (25, 5, 12), "got": (9, 3, 7)}
    )
    assert words.telling(terms(["already", "got", "theirs"])) == ["already got"]
    # A pair seen in a handful of sentences proves little to a reader: it is not quoted.
    rare = BaitWords.from_counts(1000, 1000, {"your whole": (4, 0, 4), "whole": (27, 16, 39)})
    assert rare.telling(terms(["your", "whole", "life"])) == []
    # A word found everywhere ("this") may weigh in but is never quoted as evidence.
    everywhere = BaitWords.from_counts(1000, 1000, {"this": (300, 100, 150)})
    assert everywhere.value({"this"}) > 0 and everywhere.telling({"this"}) == []


def test_a_sentence_never_vouches_for_itself_when_the_model_is_fitted():
    from baitlab.wording import values_leaving_each_text_out

    values = values_leaving_each_text_out(_texts())
    # 'zorbly' is in two texts: counted without the first, it is in one only and says nothing,
    # so the first sentence leans on 'hurry' (and 'now', unknown) alone.
    first, only_hurry = (
        values[0][0],
        values_leaving_each_text_out(
            [[({"hurry", "now"}, True), ({"the", "council", "met"}, False)], *_texts()[1:]]
        )[0][0],
    )
    assert first == only_hurry > 0
    # The fourth text's plain sentences lean on nothing it did not share with others.
    assert values[3] == [0.0, 0.0]


def test_validate_names_a_broken_bait_words_file(tmp_path, monkeypatch):
    import baitlab.wording as wording

    known = set(load_catalogue().ids())
    assert sentences.model_problems(known) == []
    broken = tmp_path / "bait_words.yaml"
    broken.write_text("marked: 3\nplain: 0\nwords: {now: [1, 2]}\n", encoding="utf-8")
    monkeypatch.setattr(wording, "BAIT_WORDS_FILE", broken)
    found = sentences.model_problems(known)
    fields = {p.field for p in found}
    assert "plain" in fields and any(f.startswith("words.now") for f in fields), fields
    assert all(p.file == str(broken) for p in found)


def test_a_bait_headline_is_named_by_the_trick_it_plays_not_by_a_default():
    from baitlab.detector import HEADLINE_CUE

    grid = (
        "Related Posts\n\n"
        "Dentists Warn Parents: Stop Giving Kids This Common Breakfast Drink Before School\n"
        "She Was The Most Famous Face Of 1998. Wait Till You See Her Now\n"
    )
    named = {s.text: s for s in detect(grid) if s.cue == HEADLINE_CUE}
    warning = next(span for text, span in named.items() if text.startswith("Dentists Warn"))
    # A warning aimed at your children is a fear appeal, not a curiosity gap.
    assert warning.technique == "fear-appeal"
    assert "looks most like fear appeal: words such as 'warn'" in warning.explanation
    teaser = next(span for text, span in named.items() if text.startswith("She Was"))
    assert teaser.technique == "curiosity-gap"


def test_figures_and_scraps_of_a_word_are_never_quoted_as_a_techniques_words():
    # "800" and "pm" lean hard toward urgency in these counts, as they can by accident in
    # real ones; a learner cannot read either as the trick, so neither is quoted.
    passages = {"urgency": 40, "hyperbole": 400}
    words = {
        "800": {"urgency": 30},
        "pm": {"urgency": 30},
        "tonight": {"urgency": 30},
        "the": {"urgency": 40, "hyperbole": 400},
    }
    wording = Wording.from_counts(passages, words)
    assert wording.telling("urgency", {"800", "pm", "tonight", "the"}) == ["tonight"]
