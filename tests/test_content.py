"""The content schema: samples load exactly, and broken ones are reported by file and field."""

import re
import subprocess
import sys

import yaml

from baitlab.content import fix_offsets, load_library, load_sample
from baitlab.techniques import CORE_TECHNIQUE_IDS
from tests.conftest import ROOT


def test_catalogue_has_the_fourteen_stable_ids_with_everything_a_teacher_needs(catalogue):
    assert catalogue.ids()[: len(CORE_TECHNIQUE_IDS)] == CORE_TECHNIQUE_IDS
    for technique in catalogue.techniques:
        assert technique.name and technique.abbr and technique.counter_move
    assert len({t.colour for t in catalogue.techniques}) == len(catalogue.techniques)


def test_every_sample_in_the_repo_loads_without_problems(library):
    assert [str(p) for p in library.problems] == []
    assert library.get("camera-rolling-officer") is not None


def test_founding_sample_is_the_seed_text_verbatim(founding):
    seed = ROOT.parent / "shared" / "seed" / "camera-rolling-officer.txt"
    text = (ROOT / "samples" / "camera-rolling-officer.txt").read_bytes().decode("utf-8")
    assert founding.text == text
    assert "\na7\n" in founding.text and "Related Posts" in founding.text
    if seed.exists():
        assert seed.read_bytes() == (ROOT / "samples" / "camera-rolling-officer.txt").read_bytes()


def test_founding_sample_meets_the_curation_floor(founding):
    assert len(founding.spans) >= 15
    assert len(founding.technique_counts()) >= 8
    for span in founding.spans:
        assert founding.text[span.start : span.end] == span.quote


def test_shifted_offset_is_a_load_error_naming_file_and_span(sample_dir, catalogue):
    path = sample_dir / "camera-rolling-officer.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["spans"][2]["start"] += 3
    raw["spans"][2]["end"] += 3
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    sample, problems = load_sample(path, catalogue)
    assert sample is None
    assert any(p.field == "spans[2]" and "quote" in p.message for p in problems)
    assert all(p.file.endswith("camera-rolling-officer.yaml") for p in problems)


def test_fix_offsets_repairs_shifted_spans(sample_dir, catalogue):
    path = sample_dir / "camera-rolling-officer.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["spans"][0]["start"] = 0
    raw["spans"][0]["end"] = 1
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    assert fix_offsets(path)
    sample, problems = load_sample(path, catalogue)
    assert problems == [] and sample is not None


def test_broken_sample_is_reported_and_the_rest_still_load(sample_dir, catalogue):
    (sample_dir / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    (sample_dir / "wrong.yaml").write_text(
        "id: wrong\ntitle: Wrong one\nkind: bait\ngenre: nonsense\n", encoding="utf-8"
    )
    library = load_library(catalogue, sample_dir)
    assert [s.id for s in library.samples] == ["camera-rolling-officer"]
    files = {p.file.rsplit("/", 1)[-1] for p in library.problems}
    assert files == {"broken.yaml", "wrong.yaml"}
    assert any(p.field == "genre" for p in library.problems)


def test_quiz_item_needs_exactly_one_right_answer(sample_dir, catalogue):
    path = sample_dir / "camera-rolling-officer.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for choice in raw["spans"][1]["quiz"]["choices"]:
        choice["correct"] = True
    del raw["spans"][3]["quiz"]["choices"][0]["feedback"]
    raw["spans"][4]["technique"] = "clickiness"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    _, problems = load_sample(path, catalogue)
    fields = {p.field for p in problems}
    assert "spans[1].quiz" in fields
    assert "spans[3].quiz.choices[0].feedback" in fields


def test_unknown_technique_is_named(sample_dir, catalogue):
    path = sample_dir / "camera-rolling-officer.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["spans"][4]["technique"] = "clickiness"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    _, problems = load_sample(path, catalogue)
    assert any(p.field == "spans[4].technique" and "clickiness" in p.message for p in problems)


def _validate(folder) -> subprocess.CompletedProcess:
    """Runs `python -m baitlab validate` over the samples in `folder`."""
    return subprocess.run(
        [sys.executable, "-m", "baitlab", "validate"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"BAITLAB_SAMPLES": str(folder), "PATH": "/usr/bin:/bin"},
    )


def test_validate_command_passes_on_the_repo_and_fails_on_a_broken_folder(sample_dir):
    ok = subprocess.run(
        [sys.executable, "-m", "baitlab", "validate"], cwd=ROOT, capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    (sample_dir / "bad.yaml").write_text("id: bad\n", encoding="utf-8")
    bad = _validate(sample_dir)
    assert bad.returncode == 1
    assert "bad.yaml: title:" in bad.stderr


def test_the_founding_sample_comes_first_in_the_library(library):
    assert library.samples[0].id == "camera-rolling-officer"


def test_check_it_yourself_quotes_no_words_a_highlighted_text_may_lack():
    # Each technique's counter move shows as "Check it yourself" under every highlight of
    # it, in any text: teachers read '"Everyone" who? "Around the world" …', 'Ask who
    # "they" are' and 'what the many viewers know' under passages with none of those words.
    # A quoted question to ask ('Ask "what exactly happened?"') is the only quotation.
    from baitlab.techniques import load_catalogue

    for technique in load_catalogue().techniques:
        quoted = re.findall(r'"([^"]*)"', technique.counter_move)
        assert all(q.endswith("?") for q in quoted), (technique.id, quoted)
        assert "viewers" not in technique.counter_move, technique.id


def _honest_sample_with_fair_quiz(folder, choices):
    """Copies an honest sample into `folder` with its first fair passage's choices replaced."""
    for name in ("diner-kindness-report.yaml", "diner-kindness-report.txt"):
        (folder / name).write_bytes((ROOT / "samples" / name).read_bytes())
    path = folder / "diner-kindness-report.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["fair_passages"][0]["quiz"]["choices"] = choices
    del raw["twin"]  # its bait twin is not copied
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


# The shape every honest quiz once had: three "Yes" and one "No", and the "No" always right.
OLD_SHAPE = [
    {
        "text": "Yes: it teases a note.",
        "technique": "curiosity-gap",
        "feedback": "The note is given in full.",
    },
    {
        "text": "Yes: it tugs at you.",
        "technique": "emotional-language",
        "feedback": "It is quoted, not added.",
    },
    {
        "text": "No: the whole note is there.",
        "correct": True,
        "feedback": "Right: nothing is held back.",
    },
    {
        "text": "Yes: nobody is named.",
        "technique": "vague-sourcing",
        "feedback": "He is named further on.",
    },
]


def test_a_fair_quiz_whose_only_no_is_the_right_answer_is_named_by_validate(sample_dir, catalogue):
    # A teacher found a learner could score 100% on any honest text without reading a word:
    # the lone "No" was always right. Validate names the question, so it cannot come back.
    from baitlab.checks import library_problems
    from baitlab.content import giveaway_problems
    from baitlab.lessons import load_course

    _honest_sample_with_fair_quiz(sample_dir, OLD_SHAPE)
    library = load_library(catalogue, sample_dir)
    sample = library.get("diner-kindness-report")
    assert sample is not None, [str(p) for p in library.problems]
    found = giveaway_problems(sample)
    assert [p.field for p in found] == ["fair_passages[0].quiz.choices"]
    assert '"No"' in found[0].message and found[0].file.endswith("diner-kindness-report.yaml")
    everything = library_problems(catalogue, library, load_course(catalogue, library))
    assert found[0] in everything

    bad = _validate(sample_dir)
    assert bad.returncode == 1
    assert (
        "diner-kindness-report.yaml: fair_passages[0].quiz.choices: the right answer" in bad.stderr
    )


def test_a_second_no_with_a_wrong_reason_or_a_question_with_no_yes_or_no_passes(
    sample_dir, catalogue
):
    from baitlab.content import giveaway_problems, verdict

    fixed = OLD_SHAPE[:3] + [
        {"text": "No: it's short, so it can't be bait.", "feedback": "Short lines can bait too."}
    ]
    _honest_sample_with_fair_quiz(sample_dir, fixed)
    assert giveaway_problems(load_library(catalogue, sample_dir).get("diner-kindness-report")) == []

    # Not a yes/no question: the rule has nothing to say ("No one…" and "Nobody…" give no verdict).
    unasked = [
        {
            "text": "The whole note is given at once.",
            "correct": True,
            "feedback": "Right: nothing is held back.",
        },
        {"text": "No one is named in it.", "feedback": "He is named further on, with his age."},
        {"text": "Nobody could check the note.", "feedback": "The owner confirms it, by name."},
        {"text": "It teases what the note said.", "feedback": "The note is quoted in full."},
    ]
    _honest_sample_with_fair_quiz(sample_dir, unasked)
    library = load_library(catalogue, sample_dir)
    assert library.problems == []
    assert giveaway_problems(library.get("diner-kindness-report")) == []
    assert [verdict(t) for t in ("No: x", "yes. x", "No one", "Nobody", "Not here")] == [
        "no",
        "yes",
        None,
        None,
        None,
    ]


def test_no_quiz_in_the_library_can_be_passed_without_reading(library):
    from baitlab.content import giveaway_problems, verdict

    assert [str(p) for s in library.samples for p in giveaway_problems(s)] == []
    for sample in library.samples:
        for fair in sample.meta.fair_passages:  # two "No", one of them right; two "Yes"
            said = [verdict(c.text) for c in fair.quiz.choices]
            assert sorted(said) == ["no", "no", "yes", "yes"], sample.id
            assert verdict(fair.quiz.choices[fair.quiz.answer_index].text) == "no", sample.id


def test_a_twin_must_be_a_sample_of_the_other_kind_that_names_it_back(sample_dir, catalogue):
    # A journalism lecturer found bait and honest versions of a story in the Library with
    # nothing to say they belong together; a twin links them, and a broken link is named.
    for name in ("officer-dismissal-report.yaml", "officer-dismissal-report.txt"):
        (sample_dir / name).write_bytes((ROOT / "samples" / name).read_bytes())
    founding = sample_dir / "camera-rolling-officer.yaml"
    founding.write_text(
        founding.read_text(encoding="utf-8") + "\ntwin: officer-dismissal-report\n",
        encoding="utf-8",
    )
    library = load_library(catalogue, sample_dir)
    assert library.problems == []
    assert library.get("officer-dismissal-report").meta.twin == "camera-rolling-officer"
    founding.write_text(
        founding.read_text(encoding="utf-8").replace(
            "twin: officer-dismissal-report", "twin: no-such-story"
        ),
        encoding="utf-8",
    )
    problems = {
        (p.file.rsplit("/", 1)[-1], p.field, p.message)
        for p in load_library(catalogue, sample_dir).problems
    }
    assert (
        "camera-rolling-officer.yaml",
        "twin",
        "no sample is called 'no-such-story'",
    ) in problems
    # The honest report still names the bait one, which no longer names it back.
    assert any(
        f == "officer-dismissal-report.yaml" and field == "twin" and "name" in m
        for f, field, m in problems
    )


def test_a_sample_whose_source_calls_it_a_twin_is_linked_to_it(library):
    # The honest bank email and delivery text said "an honest twin of ..." in their source
    # line, but had no twin: the Reader showed no "Bait version" and the quiz's end offered
    # an unrelated sample.
    said = {
        s.id: re.search(r"twin of ([a-z0-9-]+)", " ".join(s.meta.source.split()))
        for s in library.samples
    }
    named = {sample: found.group(1).rstrip("-") for sample, found in said.items() if found}
    assert {"genuine-bank-email", "genuine-delivery-text"} <= named.keys()
    for sample, twin in named.items():
        assert library.get(sample).meta.twin == twin, sample
