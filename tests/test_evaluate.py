"""The evaluation harness: overlap scoring, and the second editor's file kept honest."""

import pytest

from baitlab.content import load_library
from baitlab.detector import DetectedSpan
from baitlab.errors import ContentError
from baitlab.evaluate import (
    HELDOUT_DIR,
    second_editor_agreement,
    second_editor_problems,
    tally,
)
from baitlab.phrases import bank_problems, evaluate_banks


@pytest.fixture(scope="module")
def heldout(catalogue):
    return load_library(catalogue, HELDOUT_DIR).samples


def test_overlap_scoring_counts_a_hit_once_and_a_wrong_technique_only_when_agnostic(founding):
    gold = founding.spans[0]
    inside = DetectedSpan(gold.start + 1, gold.end - 1, gold.technique, "cue", "", "")
    wrong = DetectedSpan(gold.start, gold.end, "us-vs-them", "cue", "", "")
    nowhere = DetectedSpan(len(founding.text) - 3, len(founding.text), "urgency", "cue", "", "")
    agnostic = tally(founding, [inside, wrong, nowhere], None, matched=False)
    matched = tally(founding, [inside, wrong, nowhere], None, matched=True)
    assert (agnostic.found, agnostic.found_right, agnostic.curated_hit) == (3, 2, 1)
    assert (matched.found_right, matched.curated_hit) == (1, 1)


def test_the_second_editor_agrees_with_the_first_far_more_than_the_detector(heldout):
    agreement = second_editor_agreement(heldout)
    assert agreement["texts"] >= 10
    editor_f1, detector_f1 = agreement["editor"][0].f1, agreement["detector"][0].f1
    assert editor_f1 > 0.8 and editor_f1 > detector_f1


def test_a_second_editor_mark_that_is_not_in_its_text_is_named(heldout, catalogue, tmp_path):
    text_id = heldout[0].id
    bad = tmp_path / "second-editor.yaml"
    bad.write_text(
        f"texts:\n  {text_id}:\n  - quote: words nobody wrote here\n    technique: urgency\n"
        f"  - quote: {heldout[0].text.split()[0]!r}\n    technique: clickiness\n"
        "  nosuch-sample:\n  - quote: x\n    technique: urgency\n",
        encoding="utf-8",
    )
    problems = second_editor_problems(heldout, set(catalogue.ids()), bad)
    assert [p.field for p in problems] == [
        f"texts.{text_id}[0].quote",
        f"texts.{text_id}[1].technique",
        "texts.nosuch-sample",
    ]
    with pytest.raises(ContentError):
        second_editor_agreement(heldout, bad)


def test_a_phrase_bank_counts_lit_bait_lines_right_techniques_and_lit_honest_lines(
    catalogue, tmp_path
):
    (tmp_path / "z.yaml").write_text(
        "written_by: a test\ncues_written_from_it: false\nphrases:\n"
        "  urgency:\n    bait:\n"
        "    - {text: 'Act now, this offer ends at midnight tonight!', form: sms}\n"
        "    - {text: 'The weather was mild on Tuesday.', form: news}\n"
        "    honest:\n"
        "    - {text: 'The library reopens on Monday after repairs.', form: news}\n",
        encoding="utf-8",
    )
    [figures] = evaluate_banks(set(catalogue.ids()), tmp_path)
    assert (figures.bait, figures.found, figures.right) == (2, 1, 1)
    assert (figures.honest, figures.fired, figures.seen) == (1, 0, False)


def test_a_broken_phrase_bank_is_named_by_file_and_field(catalogue, tmp_path):
    (tmp_path / "bad.yaml").write_text(
        "written_by: a test\ncues_written_from_it: yes please\nphrases:\n"
        "  clickiness:\n    bait:\n    - {text: 'x y z', form: sms}\n",
        encoding="utf-8",
    )
    (tmp_path / "odd.yaml").write_text(
        "written_by: a test\ncues_written_from_it: false\nphrases:\n"
        "  clickiness:\n    bait:\n    - {text: 'x y z', form: sms}\n",
        encoding="utf-8",
    )
    (tmp_path / "quoted.yaml").write_text(
        "written_by: a test\ncues_written_from_it: 'false'\nphrases: {}\n", encoding="utf-8"
    )
    problems = bank_problems(set(catalogue.ids()), tmp_path)
    assert [(p.file.rsplit("/", 1)[-1], p.field) for p in problems] == [
        ("bad.yaml", "cues_written_from_it"),
        ("odd.yaml", "phrases"),
        ("quoted.yaml", "cues_written_from_it"),
        ("quoted.yaml", "phrases"),
    ]
    assert evaluate_banks(set(catalogue.ids()), tmp_path) == []


def test_the_shipped_phrase_banks_load_and_the_detector_lights_a_share_of_their_bait(catalogue):
    banks = evaluate_banks(set(catalogue.ids()))
    assert banks and bank_problems(set(catalogue.ids())) == []
    for bank in banks:  # (the floors in cues/evaluation-floors.yaml guard each bank's figures)
        # Banks no cue was written from: a fifth at least (bank H, social media, 24% on arrival).
        # Banks cues were written from: a quarter at least (bank L, the five techniques found
        # least often, 28%: most of its misses are single lines of feeling words or boasts,
        # which are shown only beside other bait).
        assert bank.found / bank.bait > (0.25 if bank.seen else 0.2), bank.name
        assert bank.fired / bank.honest < 0.15
