"""What a learner or teacher notices about the headline bait scorer.

Every headline here is invented for these tests; none comes from the public data set.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from baitlab import PROJECT_ROOT
from baitlab.headlines import (
    PUBLIC_DATA_DIR,
    SIGNALS_FILE,
    WEIGHTS_FILE,
    HeadlineVerdict,
    evaluate_public,
    fit,
    load_public_data,
    load_signals,
    main,
    score_headline,
    score_headlines,
    split,
)
from baitlab.techniques import load_catalogue

OBVIOUS_BAIT = [
    # (headline, a reason the learner should be shown)
    ("You Won't Believe What This Dog Did Next", "curiosity-gap"),
    ("You Won't Believe What This Dog Did Next", "direct-address"),
    ("17 Things Only People Who Hate Mornings Will Understand", "starts-with-number"),
    ("17 Things Only People Who Hate Mornings Will Understand", "listicle"),
    ("Which Kitchen Utensil Are You Based On Your Star Sign?", "engagement-bait"),
    ("These Heartbreaking Letters From Shelter Pets Will Make You Cry", "emotional-language"),
    ("Here's Why Everyone Is Talking About This Tiny Village", "curiosity-gap"),
    ("This Is Literally The Best Pizza Topping Ever", "hyperbole"),
    ("The Internet Is Freaking Out Over This Grumpy Cat", "social-proof"),
    ("Watch This Baby Meet Snow For The First Time", "engagement-bait"),
    ("We Tried The Viral Pancake Hack And Honestly, Wow", "chatty-voice"),
    (
        "He Opened The Old Box In The Attic. What He Found Inside Left Him Speechless",
        "curiosity-gap",
    ),
]

PLAIN_NEWS = [
    "Council approves £4m budget for flood defences in Harwick",
    "Parliament passes new rules on company pensions",
    "Earthquake of magnitude 6.2 strikes off coast of Chile",
    "Central bank raises interest rates to 4.5%",
    "Minister resigns after expenses inquiry",
    "Police arrest two men after warehouse fire in Dunmore",
    "Storm Elin leaves 20,000 homes without power",
    "Court rules mayor broke election spending law",
    "Government to cut fuel duty by 5p a litre",
    "Senate Votes to Extend Disaster Relief Program",
    "Water company fined £2m over sewage spills",
    "Two teenagers arrested over school vandalism",
    "Judge rejects appeal in landmark privacy case",
    "Wildfire forces evacuation of 3,000 residents in Greece",
]

ODD_INPUT = [
    "",
    "   ",
    "\x00\x07\x1b[31m\x7f",
    "🔥🔥🔥😱",
    "Путин подписал закон о бюджете",
    "東京で大きな地震",
    "مرحبا بالعالم",
    "x" * 1_000_000,
    "you " * 50_000,
    "\ud800 a lone surrogate",
    "line\nbreak\tand\rreturn\u2028separator",
    "<script>alert(1)</script> *x* :red[x] $5 and $10",
    "\u200b\u200d\ufeff",
]


def catalogue_ids() -> set[str]:
    """Gives the technique ids of lessons/techniques.yaml."""
    return set(load_catalogue().ids())


# ---- What a learner sees -----------------------------------------------------------------


@pytest.mark.parametrize(("headline", "reason"), OBVIOUS_BAIT)
def test_obvious_bait_scores_high_with_the_right_reason(headline, reason):
    verdict = score_headline(headline)
    assert verdict.is_bait
    assert verdict.bait_score >= 0.8
    assert reason in verdict.reasons


@pytest.mark.parametrize("headline", PLAIN_NEWS)
def test_plain_news_scores_low_and_gives_no_reasons(headline):
    verdict = score_headline(headline)
    assert not verdict.is_bait
    assert verdict.bait_score < 0.3
    assert verdict.reasons == []


@pytest.mark.parametrize(
    ("title_case", "sentence_case"),
    [
        ("You Won't Believe What This Dog Did Next", "You won't believe what this dog did next"),
        (
            "Council Approves £4m Budget For Flood Defences In Harwick",
            "Council approves £4m budget for flood defences in Harwick",
        ),
    ],
)
def test_house_style_capitals_do_not_change_the_verdict(title_case, sentence_case):
    # The training news is half in sentence case and the bait all in Title Case: the scorer
    # must not learn that quirk, or bait written in sentence case would pass as news.
    assert score_headline(title_case).as_dict() | {"headline": ""} == score_headline(
        sentence_case
    ).as_dict() | {"headline": ""}


def test_reasons_are_catalogue_techniques_or_named_markers_strongest_first():
    signals = load_signals()
    allowed = catalogue_ids() | set(signals.markers)
    verdict = score_headline("You Won't Believe What These 9 Adorable Puppies Did Next!")
    assert verdict.reasons, "a headline this baity must say why"
    assert set(verdict.reasons) <= allowed
    assert len(verdict.reasons) == len(set(verdict.reasons))
    # "this"/"these" pointing ahead is the strongest cue in the weights: it leads.
    assert verdict.reasons[0] == "curiosity-gap"


def test_verdict_as_dict_has_exactly_the_public_fields():
    verdict = score_headline("9 Signs You're Secretly A Morning Person")
    assert isinstance(verdict, HeadlineVerdict)
    data = verdict.as_dict()
    assert set(data) == {"headline", "bait_score", "is_bait", "reasons"}
    assert data["headline"] == "9 Signs You're Secretly A Morning Person"
    assert isinstance(data["bait_score"], float) and isinstance(data["is_bait"], bool)


@pytest.mark.parametrize("headline", ODD_INPUT, ids=lambda h: repr(h[:12]))
def test_odd_input_still_gets_a_score(headline):
    verdict = score_headline(headline)
    assert 0.0 <= verdict.bait_score <= 1.0
    assert isinstance(verdict.is_bait, bool)
    assert isinstance(verdict.reasons, list)


def test_empty_headline_is_not_bait():
    verdict = score_headline("")
    assert not verdict.is_bait and verdict.reasons == []


def test_many_headlines_score_in_order_and_match_one_by_one():
    lines = [h for h, _ in OBVIOUS_BAIT] + PLAIN_NEWS
    verdicts = score_headlines(lines)
    assert [v.headline for v in verdicts] == lines
    assert verdicts == [score_headline(h) for h in lines]
    assert score_headlines([]) == []


def test_ten_thousand_headlines_get_ten_thousand_verdicts_in_order():
    # How long they take is printed by benchmarks/bench_analysis.py, never asserted here.
    base = [h for h, _ in OBVIOUS_BAIT] + PLAIN_NEWS
    lines = [f"{base[i % len(base)]} {i}" for i in range(10_000)]
    verdicts = score_headlines(lines)
    assert [v.headline for v in verdicts] == lines
    assert verdicts[: len(base)] == [score_headline(h) for h in lines[: len(base)]]


def test_the_core_never_imports_streamlit():
    code = (
        "import sys, baitlab.headlines as h; h.score_headline('x'); "
        "print('streamlit' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---- The signals file a teacher reads --------------------------------------------------------


def test_every_signal_has_a_description_and_a_reason_a_learner_can_look_up():
    raw = yaml.safe_load(SIGNALS_FILE.read_text(encoding="utf-8"))
    allowed = catalogue_ids() | set(raw["markers"])
    for signal in raw["signals"]:
        assert len(signal["description"]) >= 15, signal["name"]
        assert signal["direction"] in ("bait", "news"), signal["name"]
        if signal["direction"] == "bait":
            assert signal["reason"] in allowed, signal["name"]
        else:
            assert signal["reason"] == "none", signal["name"]


def test_every_word_list_is_short_enough_to_read():
    raw = yaml.safe_load(SIGNALS_FILE.read_text(encoding="utf-8"))
    for signal in raw["signals"]:
        lists = [signal.get("words", []), signal.get("start_words", [])]
        lists += list(signal.get("fill", {}).values())
        for words in lists:
            assert len(words) <= 150, signal["name"]
            assert len(words) == len(set(words)), f"{signal['name']} lists a word twice"


def test_weights_file_matches_the_signals_and_their_directions():
    signals = load_signals()
    saved = yaml.safe_load(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(saved["weights"]) == set(signals.names)
    for signal in signals.signals:
        weight = saved["weights"][signal.name]
        assert weight >= 0 if signal.direction == "bait" else weight <= 0, signal.name
    assert 0.0 < saved["threshold"] < 1.0


# ---- Fitting and the fixed split -----------------------------------------------------------


def test_split_is_fixed_and_depends_only_on_the_text():
    headlines = [f"Invented headline number {i} about a parish fete" for i in range(5000)]
    train, test = split(headlines)
    assert (train, test) == split(headlines)
    assert 0.77 < len(train) / len(headlines) < 0.83
    assert set(train).isdisjoint(test)
    # the side a headline lands on does not depend on its neighbours or their order
    reversed_train, _ = split(list(reversed(headlines)))
    assert set(reversed_train) == set(train)
    # pinned: changing the hash would silently move headlines between train and test
    assert split(["Storm Elin leaves 20,000 homes without power"])[0] == [
        "Storm Elin leaves 20,000 homes without power"
    ]
    assert split(["Invented headline number 6 about a parish fete"])[1] == [
        "Invented headline number 6 about a parish fete"
    ]


def test_fit_gives_a_weight_per_signal_pointing_the_stated_way():
    bait = [h for h, _ in OBVIOUS_BAIT] * 3
    news = PLAIN_NEWS * 3
    mapping = fit(bait, news)
    signals = load_signals()
    assert set(mapping["weights"]) == set(signals.names)
    assert 0.0 < mapping["threshold"] < 1.0
    for signal in signals.signals:
        weight = mapping["weights"][signal.name]
        assert weight >= 0 if signal.direction == "bait" else weight <= 0, signal.name
    assert mapping == fit(bait, news)  # deterministic


def write_gz(path: Path, lines: list[str]) -> None:
    """Writes lines to a gzip file, one per line, the way the public data set is stored."""
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def test_public_data_is_read_skipping_blank_lines(tmp_path):
    write_gz(tmp_path / "clickbait_data.gz", ["You Won't Believe This", "", "  ", "17 Cute Cats"])
    write_gz(tmp_path / "non_clickbait_data.gz", ["", "Council approves budget"])
    assert load_public_data(tmp_path) == (
        ["You Won't Believe This", "17 Cute Cats"],
        ["Council approves budget"],
    )


def test_missing_public_data_gives_none(tmp_path):
    assert load_public_data(tmp_path / "absent") is None
    assert evaluate_public(tmp_path / "absent") is None


def test_fit_command_writes_a_weights_file_that_scores(tmp_path, capsys):
    write_gz(tmp_path / "clickbait_data.gz", [h for h, _ in OBVIOUS_BAIT] * 2)
    write_gz(tmp_path / "non_clickbait_data.gz", PLAIN_NEWS * 2)
    weights = tmp_path / "weights.yaml"
    assert main(["fit", "--data", str(tmp_path), "--weights", str(weights)]) == 0
    saved = yaml.safe_load(weights.read_text(encoding="utf-8"))
    assert set(saved) >= {"intercept", "threshold", "weights", "train", "held_out"}
    assert "wrote" in capsys.readouterr().out


@pytest.mark.skipif(
    not PUBLIC_DATA_DIR.is_dir(),
    reason=f"public Stop Clickbait headlines not found at {PUBLIC_DATA_DIR}",
)
def test_held_out_accuracy_on_the_public_headlines_is_at_least_93_percent():
    result = evaluate_public()
    assert result is not None
    assert result["n_test"] > 5000
    assert result["accuracy"] >= 0.93, result


def test_project_root_is_where_the_cues_live():
    assert (PROJECT_ROOT / "cues" / "headlines.yaml") == SIGNALS_FILE


def test_each_sign_quotes_the_headlines_own_words_not_general_examples():
    # A teacher read "pumps the claim up with chatty words ('literally', 'totally')" under a
    # headline with neither word, and "the best, the worst, the most or ever" under one whose
    # extreme was "NOBODY".
    insider, nobody = score_headlines(
        [
            "An Insider Just Confirmed What We All Suspected About Season 3",
            "They REPLACED Kiro's Voice and NOBODY Is Talking About It",
        ],
        quote=True,
    )
    chatty = [s for s in insider.signs if "chatty" in s]
    assert chatty == ["pumps the claim up with chatty words (\u201cJust\u201d)"], insider.signs
    assert not any("literally" in s for s in insider.signs)
    assert any("\u201cNOBODY\u201d" in s and "extremes" in s for s in nobody.signs), nobody.signs


def test_a_sign_is_not_claimed_when_its_words_mean_something_else_in_the_headline():
    # A teacher read "calls someone 'she', 'he' or 'they' without saying who ('Their')" under
    # "Farmers Are Quietly Pulling Their Grain …" (the farmers' grain) and "leans on what
    # everyone online is doing ('Internet')" under "… Cutting Their Internet Bill …".
    farmers, bill, attic, online = score_headlines(
        [
            "Farmers Are Quietly Pulling Their Grain From Sedge River. Here's Why",
            "Rural Families Are Cutting Their Internet Bill In Half With This Simple Device",
            "What They Found In The Attic Will Shock You",
            "The Internet Is Losing It Over This Dog",
        ],
        quote=True,
    )
    assert farmers.is_bait and bill.is_bait
    assert not any("without saying who" in s for s in farmers.signs + bill.signs), farmers.signs
    assert not any("online" in s for s in bill.signs), bill.signs
    # Where nothing before the pronoun names anyone, and "the internet" is the crowd, they are.
    assert any("without saying who" in s and "\u201cThey\u201d" in s for s in attic.signs)
    assert any("online" in s and "\u201cInternet\u201d" in s for s in online.signs), online.signs
