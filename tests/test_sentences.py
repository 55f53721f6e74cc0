"""The sentence model: a second look at sentences no cue matched, only in texts that bait."""

import re

import numpy as np
import pytest

from baitlab.detector import detect
from baitlab.errors import ContentError
from baitlab.sentences import (
    _NAME_TRICKS,
    CUE_NAME,
    _name_words,
    default_model,
    fit,
    furniture,
    load_signals,
)

# Three plain cue hits, some plain sentences, then a sentence worded so that no cue in
# cues.yaml knows it.
OPENING = (
    "Claim your prize now before it's too late! Doctors are stunned. "
    "Share this with everyone you know!"
)
PLAIN = (
    "The shop opened on the high street in 1998. It sells kitchen things and garden tools. "
    "Staff restock the shelves on Mondays."
)
LAST = (
    "Honestly, your whole family deserves this kind of thing, and nobody will ever "
    "hand it to you twice!!"
)
BAITING = f"{OPENING}\n\n{PLAIN}\n\n{LAST}"


def test_a_baity_sentence_no_cue_knows_gets_a_second_look_that_names_its_signals():
    found = detect(BAITING)
    assert LAST not in {s.text for s in detect(BAITING, sentences=False)}
    second = [s for s in found if s.cue == CUE_NAME]
    assert [s.text for s in second] == [LAST]  # the plain sentences are left alone
    why = second[0].explanation
    # The explanation names signals in plain words and quotes what showed them, each once,
    # all of it in the sentence itself; a signal it cannot show is not claimed.
    reasons = why.split("but the sentence ")[1].split(", and other sentences")[0]
    assert "shouts in capitals or exclamation marks (!)" in reasons, why
    quoted = [t for group in re.findall(r"\(([^)]*)\)", reasons) for t in group.split(", ")]
    assert quoted and all(t.lower() in LAST.lower() for t in quoted), why
    assert len(quoted) == len(set(quoted)), why
    assert "hot, emotional words" not in reasons  # none of its words is charged enough
    # Why it looked, in plain words: no score a pupil would read as "50% sure" (a teacher).
    assert "It is a guess (the ? on its label): no bait phrase Bait Lab knows is here" in why
    assert "score" not in why and "other sentences in this text use known bait wording" in why
    # It opens with the trick and how it works on a reader, before what the checker saw.
    assert why.startswith("This sentence looks most like direct address"), why
    assert why.index("pulls attention") < why.index("It is a guess"), why


def test_a_share_bar_or_a_row_of_buttons_is_page_furniture_not_a_sentence():
    for bar in ("💬 1.2k comments    SHARE    POST    COPY LINK", "[ Share ]  [ Tag friends ]"):
        found = detect(f"{OPENING}\n\n{PLAIN}\n\n{bar}")
        assert found and not [s for s in found if s.end > len(OPENING) + len(PLAIN)], bar


def test_a_trail_of_sections_or_a_comment_count_with_its_button_is_page_furniture():
    # A teacher-facing miss: a fandom site's "Film & TV › Adaptations" was called conspiracy
    # and its "💬 2,318 comments · Share" engagement bait. A link ending on an arrow is not
    # a trail of sections, and a sentence with a count and words is a sentence.
    for bar in ("Film & TV › Adaptations", "💬 2,318 comments · Share"):
        found = detect(f"{OPENING}\n\n{PLAIN}\n\n{bar}")
        assert found and not [s for s in found if s.end > len(OPENING) + len(PLAIN)], bar
    assert not furniture("Continue to page 2 ›")
    assert not furniture("Over 2,000 people share this view.")


def test_a_bare_they_or_us_is_never_quoted_as_splitting_people_into_sides():
    # "They" here are trainers for sale: the model may count the word, the explanation must
    # not call it us against them.
    last = "They are letting them go cheap for us lot only, so they won't last!!"
    second = [s for s in detect(f"{OPENING}\n\n{PLAIN}\n\n{last}") if s.cue == CUE_NAME]
    assert [s.text for s in second] == [last]
    assert "splits people into us and them" not in second[0].explanation


def test_highlights_stop_at_a_share_of_the_text_as_an_editor_would():
    # Three of four sentences are already highlighted: more than an editor marks in a bait
    # text, so the fourth is not second-guessed even though it scores as bait.
    crowded = f"{OPENING}\n\n{LAST}"
    assert default_model().max_share < 1
    assert [s for s in detect(crowded) if s.cue == CUE_NAME] == []


def test_a_text_with_few_cue_spans_gets_a_second_look_only_if_it_reads_like_bait():
    from baitlab.sentences import second_look
    from baitlab.text import prepare

    baity = (
        "Claim your prize now! "
        "Honestly, your whole family deserves this, and nobody will ever hand it to you twice!! "
        "Imagine what your kids would say if you finally said yes to yourself!! "
        "Tap the link and tell everyone you love, they'll thank you forever!! "
        "The shop opened on the high street in 1998. It sells kitchen things and garden tools."
    )
    assert second_look(prepare(baity), _cue_spans(baity, 2))
    # With one match or none, only a text that reads like bait throughout is looked at (bait
    # in wording no cue knows); one baity sentence among plain ones is left alone.
    assert second_look(prepare(baity), _cue_spans(baity, 1))
    assert second_look(prepare(baity), [])
    lone = f"{PLAIN} {LAST} The car park closes at six. Parking is free after four."
    assert second_look(prepare(lone), _cue_spans(lone, 1)) == []
    assert second_look(prepare(lone), []) == []
    # The same words quoting a named person read as reporting: no second look on two matches.
    quoting = baity + ' "Nobody should pay a fee to claim a prize," said Dr Amina Patel.'
    assert second_look(prepare(quoting), _cue_spans(quoting, 2)) == []
    assert second_look(prepare(quoting), _cue_spans(quoting, 3))  # a text that baits: looked at
    # Honest advice with two stray matches: one sentence reads like an order to you, which
    # is not enough to second-guess a notice that names its sources and gives its figures.
    advice = (
        "Call the clinic today! Check that you and your children have had both doses of the "
        "vaccine. The clinic on Harwick Road is open from 9am to 5pm, the health board said. "
        "Dr Amina Patel, who leads the team, said 14 cases were confirmed last week. "
        "Parents can find the list of affected classes on the school website, a spokesperson "
        "said. The board will publish new figures on Friday, it said in a statement."
    )
    assert second_look(prepare(advice), _cue_spans(advice, 2)) == []


def _cue_spans(text: str, count: int) -> list:
    """Gives `count` spans on the first sentence, as if that many different cues had found
    them there (the second look counts cues, not places)."""
    from baitlab.detector import DetectedSpan

    return [
        DetectedSpan(i, i + 2, "urgency", f"cue {i}", text[i : i + 2], "") for i in range(count)
    ]


def test_honest_reporting_is_never_second_guessed():
    from baitlab.sentences import second_look
    from baitlab.text import prepare

    report = (
        "The council said 212 homes were affected by the flood on Tuesday. "
        "Your bins will be collected on Thursday instead, a spokesperson said. "
        '"We know this is hard for everyone," said Maria Okafor, who chairs the residents group. '
        "Residents can call 0161 555 0199 for help. The repairs will cost £1.2 million, "
        "according to the council's own figures."
    )
    assert [s for s in detect(report) if s.cue == CUE_NAME] == []
    # Even with cue spans forced onto it, the model reads its sentences as reporting.
    assert second_look(prepare(report), _cue_spans(report, 3)) == []


def test_the_second_look_needs_a_text_that_already_baits():
    from baitlab.sentences import second_look
    from baitlab.text import prepare

    # One baity sentence in plain text with no cue span, or one: nothing is second-guessed.
    plain = f"{PLAIN}\n\nThe car park closes at six. Parking is free after four.\n\n{LAST}"
    assert second_look(prepare(plain), []) == []
    assert second_look(prepare(plain), _cue_spans(plain, 1)) == []
    looked = {s.text for s in second_look(prepare(plain), _cue_spans(plain, 3))}
    assert looked == {LAST}  # in a text that baits, it is; plain sentences stay plain


def test_signs_of_fair_reporting_only_ever_pull_toward_not_bait():
    model = default_model()
    honest = model.signals.honest
    assert honest.any() and (~honest).any()
    assert (model.weights[honest] <= 0).all()
    assert (model.weights[~honest] >= 0).all()
    # Every technique the detector can name has weights of its own.
    from baitlab.techniques import load_catalogue

    assert set(model.technique_ids) == set(load_catalogue().ids())


def test_fitting_holds_a_signal_that_points_the_wrong_way_at_zero(library):
    signals = load_signals()
    mapping = fit(library.samples, signals)
    weights = mapping["bait"]["weights"]
    for family in signals.families:
        w = weights[family.name]
        assert (w <= 0) if family.honest else (w >= 0), family.name
    assert mapping["trained_on"]["sentences"] > 100
    assert np.isfinite(list(weights.values())).all()


def test_a_broken_signals_file_is_refused_with_file_and_field(tmp_path):
    bad = tmp_path / "sentence_signals.yaml"
    bad.write_text(
        "families:\n"
        "  - name: you\n    says: speaks to you\n    words: [You]\n"
        "  - name: heat\n    says: runs hot\n    measure: temperature\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as error:
        load_signals(bad)
    problems = error.value.problems
    assert {p.field for p in problems} == {"families[0]", "families[1]"}
    assert all(p.file == str(bad) for p in problems)
    assert "lower case" in problems[0].message and "temperature" in problems[1].message


def test_validate_names_a_weights_file_out_of_step_with_the_signals(tmp_path, monkeypatch):
    import baitlab.sentences as sentences
    from baitlab.techniques import load_catalogue

    known = set(load_catalogue().ids())
    assert sentences.model_problems(known) == []
    import yaml

    mapping = yaml.safe_load(sentences.WEIGHTS_FILE.read_text(encoding="utf-8"))
    mapping["bait"]["weights"]["yours"] = mapping["bait"]["weights"].pop("you")
    stale = tmp_path / "sentence_weights.yaml"
    stale.write_text(yaml.safe_dump(mapping), encoding="utf-8")
    monkeypatch.setattr(sentences, "WEIGHTS_FILE", stale)
    problems = sentences.model_problems(known)
    assert [(p.field, "yours" in p.message and "fit" in p.message) for p in problems] == [
        ("bait.weights", True)
    ]


def test_the_words_that_showed_a_signal_are_quoted_in_the_order_the_sentence_has_them():
    # The explanation must read the same on every run and follow the sentence, not the
    # order a set happens to keep (which changes from one start of the app to the next).
    signals = load_signals()
    crowd = next(i for i, f in enumerate(signals.families) if f.name == "crowd")
    sentence = "So many people are raving, the jars are flying off shelves and now selling out."
    words = sentence.lower().replace(",", "").replace(".", "").split()
    shown = signals.shown_by(crowd, words, sentence)
    assert shown == ["so many", "people are", "are raving"]


def test_a_signal_word_is_quoted_only_where_it_leans_toward_bait():
    from baitlab.sentences import _plain_here

    words = default_model().bait_words
    # "last" ("upgraded only last year") and "we" are as common in plain sentences as in
    # marked ones, so they are never quoted as a clock on you or as us-against-them; "now"
    # and "gone" are a clock in one sentence and not the next ("gone mental on the forums").
    assert _plain_here(words, "last") and _plain_here(words, "we")
    assert _plain_here(words, "now") and _plain_here(words, "gone")
    assert not _plain_here(words, "midnight") and not _plain_here(words, "!")


def test_a_post_in_wording_no_cue_knows_still_gets_its_bait_named():
    # A sad-animal post that farms replies: not one phrase a cue knows, bait all through.
    post = (
        "This is Biscuit. He is fourteen and he has never hurt a soul.\n\n"
        "His family moved away and left him tied to a gate like he was rubbish 💔\n\n"
        "I have posted him three times and got NOTHING. Not one person has helped.\n\n"
        "The van takes him on Thursday morning.\n\n"
        "If you scroll past, that is on you, and I will know who really cares.\n\n"
        "Say his name below so he knows somebody noticed him."
    )
    assert detect(post, sentences=False) == []
    named = {s.text: s.technique for s in detect(post)}
    assert len(named) >= 3 and all(s.cue == CUE_NAME for s in detect(post)), named
    assert "The van takes him on Thursday morning." not in named  # plain words stay plain
    # Each says why it was looked at without claiming bait phrases were found elsewhere, and
    # quotes no word as a source that is not one ("so he knows somebody noticed him").
    for span in detect(post):
        assert span.explanation.startswith("This sentence looks most like"), span.explanation
        assert "and many sentences in this text read like bait" in span.explanation
        assert "baits you elsewhere" not in span.explanation
        assert "never names (somebody)" not in span.explanation, span.explanation
        assert "(and he" not in span.explanation, span.explanation  # two words read past
    # A shelter's plain report on the same subject has nothing second-guessed.
    report = (
        "The Harbour Road animal shelter took in 212 dogs last year, up from 164 the year "
        "before.\n\nMost were handed in by owners who had moved house or could no longer "
        "afford vet bills.\n\nThe shelter's manager said the rise had stretched its 14 kennels "
        "and its volunteers.\n\nAdoption fees are £95 for dogs and include a first vaccination "
        "and a microchip.\n\nThe shelter is open to visitors from 10am to 4pm, Tuesday to "
        "Saturday."
    )
    assert detect(report) == []


def test_a_title_before_a_name_does_not_end_the_sentence():
    from baitlab.text import sentences

    text = "My lawyer Mr. Desrosiers says I can come home today. Dr. Patel agreed! I said no."
    assert [s.text for s in sentences(text)] == [
        "My lawyer Mr. Desrosiers says I can come home today.",
        "Dr. Patel agreed!",
        "I said no.",
    ]


def test_a_masthead_in_capitals_is_not_shouting_and_everyday_warm_words_are_not_heat():
    from baitlab.text import WORD

    signals = load_signals()
    shout = next(i for i, f in enumerate(signals.families) if f.measure == "shout")
    heat = next(i for i, f in enumerate(signals.families) if f.measure == "heat")

    def shown(index: int, sentence: str) -> list[str]:
        return signals.shown_by(index, WORD.findall(sentence.lower()), sentence)

    assert shown(shout, "THE HOUSEHOLD VERDICT | Independent Home Product Testing") == []
    assert shown(shout, "The council said NOTHING about it") == ["NOTHING"]
    assert shown(heat, "The council met to discuss the budget.") == []
    assert shown(heat, "Families were heartbroken and furious.") == ["heartbroken", "furious"]


def test_a_second_look_quotes_a_word_as_evidence_only_where_it_does_that_work():
    # A teacher found "(tonight)" quoted as a clock on a news line, "(millions)" as a crowd
    # where it meant money, "(find out)" as a tease in "if you lot find out" and the manners
    # of a scam letter ("kindly", "award") as hot words.
    opening = "SHARE this before they delete it!! You won't believe what the council is hiding."
    text = (
        f"{opening}\n\nParents across Millbrook are reeling tonight after the board quietly "
        "scrapped the prize.\n\nHead office loses millions if you lot find out.\n\n"
        "Not everyone is pleased.\n\n"
        "Why did families only find out when the paper ran a story?\n\n"
        "Kindly pay the award fee into the account of our officer below.\n\n"
        "Thousands of parents have already signed the petition to save it.\n\n"
        "The offer ends tonight for every family that signs."
    )
    why = {s.text[:20]: s.explanation for s in detect(text) if s.cue == CUE_NAME}
    assert set(why) == {"Parents across Millb", "Head office loses mi", "Kindly pay the award"}
    reasons = {k: v.split("It is a guess")[1] for k, v in why.items()}
    assert "puts a clock on you" not in reasons["Parents across Millb"]
    assert "hot, emotional words (prize)" not in reasons["Parents across Millb"]
    assert "points at a crowd" not in reasons["Head office loses mi"]
    assert "teases" not in reasons["Head office loses mi"]
    assert "hot, emotional words" not in reasons["Kindly pay the award"]
    # A clock on the reader is still named as one.
    clock = (
        f"{opening}\n\nYour spot goes tonight, so tell your family now.\n\n"
        "The hall is on Mill Lane.\n\nDoors open at six."
    )
    (second,) = [s for s in detect(clock) if s.cue == CUE_NAME]
    assert "puts a clock on you (tonight)" in second.explanation, second.explanation


def test_no_explanation_quotes_a_word_that_only_holds_a_sentence_together():
    # A teacher found "words such as 'here'" and "'may'" given as evidence of a technique.
    from baitlab.content import load_library
    from baitlab.techniques import load_catalogue
    from baitlab.wording import GLUE_WORDS

    quoted = []
    for sample in load_library(load_catalogue()).samples:
        for span in detect(sample.text):
            if span.cue != CUE_NAME:
                continue
            typical = span.explanation.split("words such as ")[1:]
            quoted += re.findall(r"'([^']+)'", typical[0].split(" turn up")[0]) if typical else []
            wording = re.search(r"marked as bait \(([^)]*)\)", span.explanation)
            quoted += wording.group(1).split(", ") if wording else []
    assert quoted  # the explanations do quote words ...
    glue = [q for q in quoted if all(part in GLUE_WORDS for part in q.lower().split(" "))]
    assert not glue, glue  # ... but never ones that carry no move


def test_asks_for_shares_and_shouts_only_where_a_reader_is_asked_or_a_word_is_shouted():
    # A teacher found "asks for ... shares (share)" on "I only share what I actually use!",
    # "(comment)" on "has not responded to our requests for comment" and "shouts in capitals
    # (EMF)" on "Low-EMF carbon fiber heating".
    opening = "SHARE this before they delete it!! You won't believe what the council is hiding."
    text = (
        f"{opening}\n\nI only share what I actually use!\n\n"
        "Low-EMF carbon fiber heating (so important!)\n\nThe hall is on Mill Lane.\n\n"
        "Doors open at six."
    )
    why = [s.explanation for s in detect(text) if s.cue == CUE_NAME]
    assert len(why) == 2, why
    assert not any("asks for clicks, likes, comments or shares (share)" in w for w in why), why
    assert not any("EMF" in w for w in why), why


def test_an_emails_footer_is_page_furniture_not_direct_address():
    opening = "SHARE this before they delete it!! You won't believe what the council is hiding."
    footer = "You're receiving this because you joined the Fernway Summit Club."
    text = f"{opening}\n\nThe hall is on Mill Lane.\n\n{footer}\n\nDoors open at six."
    assert detect(text), "the text baits"
    assert not [s for s in detect(text) if s.text.startswith("You're receiving")], detect(text)


def test_a_word_of_a_name_is_not_quoted_as_evidence_unless_the_name_is_the_trick():
    # A teacher found "words such as 'trust'" on a direct-address guess, taken from the
    # sender's name "Halbrook Community Health Trust".
    from baitlab import PROJECT_ROOT

    text = (PROJECT_ROOT / "evaluation/dev/dewv-care-visa-sponsor-email.txt").read_text()
    named = [s for s in detect(text) if s.cue == CUE_NAME and "Health Trust" in s.text]
    assert named, "the sentence naming the trust is no longer a second-look highlight"
    assert not any("'trust'" in s.explanation for s in named), named
    # An official-sounding name is evidence when the trick is borrowed authority.
    assert _name_words("A member of our Fraud Prevention Team will call you.") == {
        "fraud",
        "prevention",
        "team",
    }
    assert "false-authority" in _NAME_TRICKS and "impersonation" in _NAME_TRICKS
    # Days, months and "I'll" are the writer's own words; a headline has no name words.
    assert _name_words("Registrations close Friday and I'll not reopen them.") == set()
    assert _name_words("Why 4 Million Travelers Switched to This Booking Site") == set()


def test_a_relative_named_in_the_sentence_is_not_quoted_as_an_unnamed_source():
    # A teacher found "leans on sources it never names (my cousin)" on "My cousin Emyr still
    # does the winter lift-outs".
    from baitlab.sentences import _a_source

    assert not _a_source("my cousin", "My cousin Emyr still does the winter lift-outs.")
    assert _a_source("my cousin", "My cousin says the boatyard is finished.")


def test_a_techniques_words_are_quoted_only_when_they_sign_a_trick():
    # Teachers found "words such as 'rather'", "'while'", "'town'", "'delivery'" and "'heart'":
    # true in the counts of what editors marked, meaningless (or misleading) to a class.
    from baitlab import PROJECT_ROOT
    from baitlab.content import load_library
    from baitlab.techniques import load_catalogue

    texts = [s.text for s in load_library(load_catalogue()).samples]
    for name in (
        "dewx-lakeland-teaser-grid",
        "dewy-boatyard-weekenders-column",
        "dew7-field-day-licence-blog",
        "dew7-heating-oil-lock-in-text",
        "dew7-craigour-tick-warning-post",
    ):
        texts.append((PROJECT_ROOT / f"evaluation/dev/{name}.txt").read_text())
    quoted = []
    for text in texts:
        for span in detect(text):
            for clause in span.explanation.split("words such as ")[1:]:
                listed = re.split(r", | and ", clause.split(" turn up")[0])
                quoted += [w.strip("'") for w in listed]
    assert quoted  # the explanations still quote words ...
    vocabulary = default_model().signals.bait_vocabulary
    assert all(q in vocabulary for q in quoted), sorted(set(quoted) - vocabulary)
    assert not {"rather", "while", "town", "delivery", "heart"} & set(quoted), quoted


def test_a_whole_community_behind_a_post_is_named_a_crowd_not_an_open_question():
    # A teacher: "The whole community is behind us on this one." was GAP?, explained as "An
    # open question feels like an itch", in a post with no question in it.
    from baitlab import PROJECT_ROOT

    text = (PROJECT_ROOT / "evaluation/dev/dew5-grade7-farewell-post.txt").read_text()
    (crowd,) = [s for s in detect(text) if s.text.startswith("The whole community")]
    assert crowd.technique == "social-proof", crowd


def test_a_second_look_never_quotes_a_section_label_a_stock_shortage_or_a_name_as_evidence():
    # Teachers' notes on four new writers' texts: "shouts in capitals (TRENDING)" for a
    # section label, "puts a clock on you (running out)" for jewellers running out of coins,
    # "hot, emotional words (friends)" and "(relief)" from "Federal Household Relief Office".
    from baitlab import PROJECT_ROOT
    from baitlab.sentences import _means_it
    from baitlab.text import WORD

    signals = load_signals()
    shout = next(i for i, f in enumerate(signals.families) if f.measure == "shout")
    line = "TRENDING: Why jewellers are suddenly running out of small gold coins"
    assert signals.shown_by(shout, WORD.findall(line.lower()), line) == []
    assert signals.shown_by(shout, ["pay", "now"], "URGENT: pay now or lose it") == ["URGENT"]
    words = WORD.findall(line.lower())
    assert not _means_it("urgency", "running out", words, line, {"you": 1})
    hurry = "Hurry, stock is running out fast"
    assert _means_it("urgency", "running out", WORD.findall(hurry.lower()), hurry, {"you": 1})
    dev = PROJECT_ROOT / "evaluation" / "dev"
    for name, word in (
        ("dexd-drain-money-post", "friends"),
        ("dexe-rebate-deposit-text", "relief"),
    ):
        text = (dev / f"{name}.txt").read_text(encoding="utf-8")
        for span in detect(text):
            assert f"hot, emotional words ({word}" not in span.explanation, span.explanation


def test_already_and_sold_out_are_no_crowd_on_their_own():
    # Teachers' notes: "points at a crowd (are already)" under "The developer's lobbyists are
    # already pouring money in", and "(sold out)" under "being sold out from under us".
    from baitlab.sentences import _means_it
    from baitlab.text import WORD

    for line, term in (
        ("The developer's lobbyists are already pouring money into his campaign.", "are already"),
        ("Is this fair, or is Bellmont being sold out from under us?", "sold out"),
    ):
        assert not _means_it("crowd", term, WORD.findall(line.lower()), line, {}), line
    crowd = "Over 3,000 parents are already signed up and the boots sold out in a day."
    words = WORD.findall(crowd.lower())
    assert _means_it("crowd", "are already", words, crowd, {})
    assert _means_it("crowd", "sold out", words, crowd, {})


def test_an_abbreviation_in_capitals_is_never_quoted_as_shouting():
    # "Have your terminal ID, BVN and float PIN ready." was explained as shouting "(PIN)",
    # though "pin" is a word too (a teacher's note).
    from baitlab.sentences import _shouted, default_model

    words = default_model().bait_words
    assert _shouted(words, ["!", "NEVER", "PIN", "ID", "BVN"]) == ["!", "NEVER"]


def test_midnight_is_quoted_as_a_clock_only_when_something_ends_then():
    # "Picture trying to switch a screaming 4-month-old to whatever's left on the shelf at
    # midnight" was explained as "puts a clock on you (midnight)" (a teacher's note).
    from baitlab.sentences import _means_it, technique_of

    scene = "Picture trying to switch a screaming baby to whatever's left on the shelf at midnight."
    words = scene.lower().replace(".", "").split()
    assert not _means_it("urgency", "midnight", words, scene, {})
    assert "midnight" not in technique_of(scene)[1]
    deadline = "Offer ends at midnight, so hurry and claim yours"
    assert _means_it("urgency", "midnight", deadline.lower().replace(",", "").split(), deadline, {})
    assert "'midnight'" in technique_of(deadline)[1]


def _second_look_at(line: str):
    """Gives the second look's highlight for a one-sentence text, as if the model flagged it."""
    import numpy as np

    from baitlab.emotion import sentence_heat  # noqa: F401  (the model's own heat measure)
    from baitlab.sentences import _highlight
    from baitlab.text import prepare
    from baitlab.wording import terms

    model = default_model()
    p = prepare(line)
    value = model.bait_words.value(terms(p.words[0]))
    row = np.array(model.signals.values(p.words[0], p.sentences[0].text, p.heats()[0], value))
    return _highlight(p, 0, row, 0.9, model)


def test_a_guess_never_calls_a_named_speaker_vague_nor_already_a_crowd():
    # Teachers read VAGUE? "If you cannot find who said it…" on '"…," says Dale Whitcomb', and
    # "points at a crowd (already)" where the crowd was "40,000+ brothers" or no crowd at all
    # ("who spent 31 years in telecommunications").
    named = _second_look_at(
        '"The big phone companies have known for years that most homes already get enough '
        'signal," says Pat Orley, who spent 28 years fixing phone lines.'
    )
    assert named.technique != "vague-sourcing", named
    assert "(already)" not in named.explanation, named.explanation
    crowd = _second_look_at(
        "Already 30,000+ neighbours ordered theirs this week, stock finishing fast."
    )
    assert "crowd to make you follow it (30,000 neighbours)" in crowd.explanation, crowd.explanation
    assert "(already)" not in crowd.explanation, crowd.explanation


def test_a_guess_quotes_no_tease_where_nothing_is_held_back_and_no_setting_as_a_feeling():
    # Teachers read "teases something (you won't)" under "That's why you won't find it in any
    # of their guides", and "hot, emotional words (trusted)" under "your trusted phone number".
    guides = _second_look_at("That's why you won't find it in any of their guides.")
    assert "(you won't)" not in guides.explanation, guides.explanation
    phone = _second_look_at(
        "You will be asked to sign in with your ID and password, then enter the code sent to "
        "your trusted phone number."
    )
    assert "(trusted)" not in phone.explanation, phone.explanation
    reveal = _second_look_at("You won't believe what the inspector found in the loft.")
    assert "teases something it does not tell you yet (you won't" in reveal.explanation


def test_a_groups_name_over_a_post_is_never_guessed_as_bait():
    # A teacher saw the group's name "Tallowood Uni Students (Unofficial) 🦘" over a post
    # guessed as a crowd. A model that calls every sentence bait still leaves it alone, but
    # not the post under it; a headline over a blank line is no page's name.
    import dataclasses

    from baitlab.sentences import second_look
    from baitlab.text import prepare

    post = (
        "Harwick Uni Students (Unofficial) 🦘\nSam Tolley · 3h · 🌏\n\n"
        "⚠️⚠️ READ THIS BEFORE YOU HAND IN ANOTHER ESSAY ⚠️⚠️\n\n"
        "My mate who works in the IT office says the campus wifi is logging everything.\n\n"
        "Heaps of people in the Law chat have switched to mobile data for everything.\n\n"
        "Share this before the admins take it down!!"
    )
    eager = dataclasses.replace(default_model(), threshold=-1.0, max_share=1.0)
    found = detect(post, sentences=False)
    looked = [s.text for s in second_look(prepare(post), found, eager)]
    assert looked and not any(t.startswith("Harwick") for t in looked), looked
    titled = "Harwick Students Are Switching Off Campus Wifi\n\n" + post.split("\n\n", 1)[1]
    looked = [s.text for s in second_look(prepare(titled), detect(titled, sentences=False), eager)]
    assert any(t.startswith("Harwick") for t in looked), looked


def test_a_thank_you_puts_no_clock_on_the_reader():
    # A relative's reply quoted under a forward, "Thank you bhai, checking right now", was
    # said to put "a clock on you (right now)" (a teacher's note).
    thanks = _second_look_at("😱 Thank you bhai, checking right now")
    assert "clock on you" not in thanks.explanation, thanks.explanation
    order = _second_look_at("Check your wallet right now before the banks close.")
    assert "puts a clock on you (right now)" in order.explanation, order.explanation


MISSING_CAT = """PLEASE SHARE – MISSING CAT – Hollins Road / Mill Lane area

Our cat Pepper slipped out of the back door on Hollins Road on Friday night around 9pm when \
the latch broke in the wind. She's been gone almost 48 hours now and honestly we are \
heartbroken. My 7 year old has cried herself to sleep two nights running.

Details:
- Grey tabby, female, 6 years old
- Red collar with a fish-shaped tag that says PEPPER and my mobile number
- Friendly but VERY scared of fireworks, so she may be hiding under a shed or car

If you see her, please don't chase her – she runs. Call or text me (Priya) on 07700 900456 \
any time, day or night. We checked the rescue centre this morning and she's not there yet.

If you have a doorbell camera facing Mill Lane, could you check Friday between 9 and 11pm? \
Even a few seconds would tell us which way she went.

Thank you all so much. Updates in the comments.
"""


def test_a_headline_guess_does_not_vouch_for_guesses_about_the_other_sentences():
    # A missing-pet appeal: its "PLEASE SHARE" title reads like a bait headline to the model
    # and "heartbroken" is a feeling word, but that is no reason to second-guess its collar
    # description and its thank-you (a new writer's honest control lit up seven times).
    found = detect(MISSING_CAT)
    assert [s for s in found if s.cue == CUE_NAME] == []
    assert {s.cue for s in found} <= {"reads like a bait headline", "loaded feeling words"}


RENT_LETTER = """Dear Ms Nowak,

I am writing to let you know that the rent for Flat 3, 27 Elm Street will go up from £880 to \
£935 a month from 1 September 2026. The formal notice is enclosed, which gives you more than \
two months' notice as the law requires.

I know prices are high for everyone right now. The new rent is in line with similar flats \
nearby. If you think it is too high, you have the right to challenge it at the First-tier \
Tribunal before the date it starts, and the notice explains how.

Please keep paying into the same account as now. If you have any questions, ring me on \
07700 900518 or write to me at the address on the letter.

Yours sincerely,
David Moss
"""


def test_a_letter_with_no_bait_phrase_that_reads_only_a_little_like_bait_gets_no_guesses():
    # A tutor's genuine rent letter had its tribunal right and "keep paying to the same
    # account" guessed at as fear: with no bait phrase anywhere, a few sentences must read
    # strongly like bait before the second look guesses at any.
    assert detect(RENT_LETTER) == []


def test_a_coachs_shouty_message_with_two_loud_sentences_gets_no_guesses():
    # A PSHE teacher's honest text: two sentences in capitals read like bait (0.84-0.86), the
    # rest not at all, and it got PLOT? and SIDES?. A class learns "capitals mean conspiracy".
    coach = (
        "RIGHT LADS. Match is moved to 10AM SATURDAY not Sunday!! Meet at the clubhouse 9:15 "
        "SHARP, full kit, shin pads, no excuses. If you can't make it I NEED TO KNOW by Thursday "
        "night so I can sort the team. Big game this one, let's go 💪 - Coach Dave"
    )
    assert detect(coach) == []


def test_a_thank_you_or_a_good_luck_on_its_own_gets_no_second_look():
    # Two reviews: "Good luck everyone!!" and "Thank you all 🙏" had been guessed as bait.
    giveaway = (
        "🎉 GIVEAWAY TIME 🎉\n\nWe've got 12 brand-new 6-person Lagoon Deluxe hot tubs (RRP "
        "£4,299) sitting in our warehouse that we CAN'T sell because the boxes got scuffed in "
        "delivery 😱📦\n\nRather than send them to landfill, we're giving them away to 12 lucky "
        "families this weekend! 🛁☀️\n\nTo enter just:\n1️⃣ Like this post\n2️⃣ Share it to your "
        'timeline (we check!)\n3️⃣ Comment "HOT TUB" and tag who you\'d share it with 😍\n\n'
        "Winners picked Sunday at 8pm – the first 12 to complete their details on our claims "
        "page go straight to the front of the delivery queue 👉 willowmere-garden-claims.example"
        "\n\nOver 38,000 of you have already entered, so don't miss out!! Delivery is FREE, you "
        "just cover a small £2.49 handling fee so we know you're a real person 🚚\n\n"
        "Good luck everyone!! 🍀"
    )
    assert not [s for s in detect(giveaway) if "Good luck" in s.text]
    assert not [s for s in detect(giveaway + "\n\nThank you all 🙏") if "Thank you" in s.text]
    # A scam caller's "Perfect, thank you." in a bank-fraud script (a US writer's text).
    call = (
        "CALLER: This is Dan from Northgate Bank's fraud team. Somebody is inside your online "
        "banking right now and they can empty your account. We have maybe ten minutes before "
        "they try again. Can you read me the code we just texted you?\nCUSTOMER: It's 4471.\n"
        "CALLER: Perfect, thank you. Now open your app and send the balance to the secure "
        "holding account I give you. If you hang up, the transfer goes through."
    )
    assert [s for s in detect(call) if s.cue == "asks for a code sent to you"]
    assert not [s for s in detect(call) if "thank you" in s.text.lower()]


def test_the_same_everyday_ask_twice_does_not_open_the_second_look():
    # A library's free course post: "No experience needed", "Comment below" and "Please share"
    # are three cue spans but two kinds of wording. Counted by place they opened the second
    # look, and its honest headline was guessed as a false promise.
    post = (
        "Brookfield Library\n\n"
        "❤️ ONLY 16 PLACES: free 4-week baby and child first-aid course ❤️\n\n"
        "Choking? A bad fall? A high fever at 2am? Come and learn what to do.\n\n"
        "From Wednesday, March 18, paramedic Tom Okoro (with the ambulance service for 15 "
        "years) will run four Wednesday morning sessions, 10–12, in the community room.\n\n"
        "Why only 16? We have 8 training dummies, and Tom wants two people per dummy so "
        "everyone gets to practise properly. Last spring, 40 people asked for the 16 places.\n\n"
        "✅ Free: paid for by a grant from the Brookfield Rotary Club\n"
        "✅ Every parent takes home a first-aid kit and a printed guide\n"
        "✅ No experience needed\n\n"
        "Who can come: parents, grandparents and childminders in Brookfield. If more than 16 "
        "apply, we'll draw names on Monday, March 16, and tell everyone that day.\n\n"
        "👉 To apply: ask at the front desk, call 01632 960 418, or use the form at "
        "brookfieldlibrary.org/firstaid\n\n"
        "Questions? Comment below or message us and Priya will reply.\n\n"
        "Please share with a parent who could use this 💛"
    )
    found = detect(post)
    assert found and not [s for s in found if s.cue == CUE_NAME], found
