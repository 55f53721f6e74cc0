"""The detector: exact offsets, the founding article's bait found, quotes and odd input handled."""

import json
import re
import subprocess
import sys

from baitlab.analysis import analyze
from baitlab.detector import attributed_quotes, detect, text_speak
from baitlab.sentences import default_model, technique_of
from baitlab.text import sentences
from tests.conftest import ROOT

# Bait set beside a line, so that cues shown only in company may fire on the line.
COMPANY = "\n\nShare this before it gets deleted!!"


def cues_on(line: str) -> dict[str, str]:
    """Gives {cue: technique} for the highlights on the line itself, with bait beside it."""
    return {s.cue: s.technique for s in detect(line + COMPANY) if s.end <= len(line)}


def assert_named(pairs) -> None:
    """Asserts that each (line, technique) lights its technique beside other bait."""
    for line, technique in pairs:
        assert technique in cues_on(line).values(), (line, cues_on(line))


def assert_clean(*lines: str) -> None:
    """Asserts that each line, alone, lights nothing (an honest look-alike of a bait wording)."""
    for line in lines:
        assert detect(line) == [], (line, detect(line))


def _named(text: str) -> set[tuple[str, str]]:
    """Gives the (technique, words) of each highlight the detector finds in the text."""
    return {(s.technique, s.text) for s in detect(text)}


def _cued(text: str) -> set[tuple[str, str]]:
    """Gives the (cue, words) of each highlight the detector finds in the text."""
    return {(s.cue, s.text) for s in detect(text)}


def _overlaps(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def test_offsets_index_the_exact_input_even_with_odd_characters():
    text = "\ufeff  Tabs\tand\r\nCRLF… 😱 You won’t believe what happened next!\x00 café"
    for span in detect(text):
        assert text[span.start : span.end] == span.text
    assert any(s.technique == "curiosity-gap" for s in detect(text))


def test_finds_most_of_the_founding_articles_curated_spans(founding):
    found = detect(founding.text)
    hit = [s for s in founding.spans if any(_overlaps(s, d) for d in found)]
    assert len(hit) / len(founding.spans) >= 0.75
    techniques = {d.technique for d in found}
    assert {"curiosity-gap", "vague-sourcing", "social-proof", "false-promise"} <= techniques


def test_every_span_carries_its_cue_and_an_explanation_quoting_it():
    text = "Doctors are stunned! Claim your prize now before it's too late."
    spans = detect(text)
    assert {s.technique for s in spans} >= {"false-authority", "false-promise", "urgency"}
    for span in spans:
        assert span.cue and len(span.explanation) > 30
        assert " ".join(span.text.split())[:20] in span.explanation


def test_a_named_persons_emotional_quote_is_not_the_writers_manipulation():
    text = (
        "“I was devastated when the water came in,” said Maria Okafor, 54, who lost her "
        "kitchen. The council said 212 homes were affected. Share this before it's deleted!"
    )
    assert attributed_quotes(text)
    assert not [s for s in detect(text) if s.technique == "emotional-language"]
    unattributed = "The devastating truth will leave you heartbroken. Share before it's deleted!"
    assert [s for s in detect(unattributed) if s.technique == "emotional-language"]


def test_no_false_alarm_inside_longer_words():
    assert not [s for s in detect("He opened the drawer.") if s.technique == "emotional-language"]


def test_empty_and_whitespace_text_give_no_spans_and_no_crash():
    for text in ("", "   \n\n ", "😀😀😀", "ابدأ الآن", "a" * 20000):
        result = analyze(text)
        assert result["spans"] == [] or all(s["end"] <= len(text) for s in result["spans"])
        assert "summary" in result["readability"]


def test_analyze_command_prints_the_stable_json_contract():
    text = "You won’t believe what this officer did next.\n\nShare before it’s deleted!"
    run = subprocess.run(
        [sys.executable, "-m", "baitlab", "analyze", "-", "--json"],
        input=text.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert set(result) >= {"spans", "readability", "emotion"}
    for span in result["spans"]:
        assert set(span) >= {"start", "end", "technique", "text", "explanation"}
        assert text[span["start"] : span["end"]] == span["text"]


def test_analyze_command_refuses_binary_and_missing_files_with_a_clear_message(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    for path, words in ((binary, "not UTF-8 text"), (tmp_path / "nope.txt", "no such file")):
        run = subprocess.run(
            [sys.executable, "-m", "baitlab", "analyze", str(path), "--json"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert run.returncode != 0 and words in run.stderr


def test_odd_input_gives_sensible_output_and_huge_input_a_clear_refusal():
    import pytest

    from baitlab.analysis import MAX_CHARS, TextTooLong

    odd = {
        "no spaces": "a" * 20000,
        "emoji run": "😀🔥" * 3000,
        "control characters": "\x00\x01\x1b[31m hurry, act now! " * 200,
        "other scripts": "ابدأ الآن 你好世界 Привет мир " * 300,
    }
    for name, text in odd.items():
        result = analyze(text)
        assert result["readability"]["summary"], name
        assert 0 <= result["emotion"]["peak"] <= 1, name
        for span in result["spans"]:
            assert text[span["start"] : span["end"]] == span["text"], name
    with pytest.raises(TextTooLong, match="analyses up to"):
        analyze("x" * (MAX_CHARS + 1))


def test_anchor_gating_finds_exactly_what_a_full_scan_finds(library, catalogue):
    from baitlab.content import load_library
    from baitlab.evaluate import HELDOUT_DIR

    texts = [s.text for s in library.samples] + [
        s.text for s in load_library(catalogue, HELDOUT_DIR).samples
    ]
    texts += [
        "İstanbul: SHARE before it's deleted!",
        "…See more\n\nRapidPost: pay now",
        "",
        "Unpaid toll. Pay at https://ezpass-ny.com-tollsvc.top/pay today. Earn £45/hr from home!",
    ]
    for text in texts:
        assert detect(text) == detect(text, gated=False), text[:60]


def test_anchors_spell_out_alternatives_with_the_letters_around_them():
    import re

    from baitlab.detector import anchors_of

    # Which anchors are rarest is judged on ordinary prose, where a bare "." is everywhere:
    # as an anchor it would send every sentence through the whole pattern.
    prose = "Pay the bill. Call the office. Check the site first."
    link = re.compile(r"[\w-]+\.(?:com|co\.uk)-[\w-]+\.[a-z]{2,}", re.IGNORECASE)
    assert anchors_of(link, prose) == {".com-", ".co.uk-"}
    pay = re.compile(r"(?:earn )?[£$€]\d+ ?(?:/|per )(?:hour|hr|h)\b", re.IGNORECASE)
    anchors = anchors_of(pay, prose)
    for text in ("Earn £45/hr today", "$30 per hour", "€50/h"):
        match = pay.search(text)
        assert match and any(a in match.group().lower() for a in anchors), text


def test_a_cue_file_with_an_unknown_technique_or_bad_pattern_is_refused_by_name(tmp_path):
    import pytest

    from baitlab.detector import load_cues
    from baitlab.errors import ContentError
    from baitlab.techniques import load_catalogue

    bad = tmp_path / "cues.yaml"
    bad.write_text(
        "clickiness:\n  - cue: made up\n    pattern: 'xx'\n    explain: 'Long enough to pass.'\n"
        "urgency:\n  - cue: broken\n    pattern: '(unclosed'\n"
        "    explain: 'Long enough to pass.'\n"
        # A cue's flags are found by its name: two cues with one name would share them.
        "  - cue: hurry\n    pattern: 'hurry'\n    explain: 'Long enough to pass.'\n"
        "  - cue: hurry\n    pattern: 'rush'\n    explain: 'Long enough to pass.'\n"
        "    needs_company: true\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as error:
        load_cues(bad)
    fields = {p.field for p in error.value.problems}
    # And every other technique's heading is missing: its cues would sit under the one above.
    others = set(load_catalogue().ids()) - {"urgency"}
    assert fields == {"clickiness", "urgency[0].pattern", "urgency[2].cue"} | others


def test_a_bait_headline_line_is_highlighted_with_its_reasons_and_a_news_headline_is_not():
    grid = (
        "You Won't Believe What This Grandmother Found In Her Attic\n\n"
        "Council Approves £4m Budget For Flood Defences In Harwick\n"
    )
    found = [s for s in detect(grid) if s.cue == "reads like a bait headline"]
    assert [s.text for s in found] == ["You Won't Believe What This Grandmother Found In Her Attic"]
    why = found[0].explanation
    assert "headline model" in why
    # What the headline does, in plain words, before the one technique it is filed under (a
    # teacher read "for: curiosity gap" beside a "social proof" label as a contradiction).
    does = why.split("with the bait headlines: ")[1].split(" Of the techniques")[0]
    assert "points at something it has not named yet" in does, does
    assert "curiosity gap" not in does and "direct address" not in does, does
    # Each sign quotes the headline's own words, and no score a pupil reads as "99% sure".
    assert "\u201cThis\u201d" in does, does
    assert not re.search(r"\d\.\d", why), why
    assert all(s.cue != "reads like a bait headline" for s in detect(grid, headlines=False))


def test_a_reporters_second_quote_from_a_named_speaker_is_theirs_not_the_writers():
    text = (
        '"We ran back for the dogs," Okafor said, standing by the burnt porch. '
        '"It is heartbreaking. They were family."'
    )
    assert not [s for s in detect(text) if s.technique == "emotional-language"]


def test_a_scam_text_shown_as_an_example_in_a_warning_is_not_flagged():
    warning = (
        "The county received 90 complaints last month.\n\nA typical message reads:\n\n"
        '"You have been selected for a remote job. Earn $300 per day! Only a few spots left '
        'today. Reply YES to start."'
    )
    assert detect(warning) == []
    bare = "You have been selected for a remote job. Earn $300 per day! Only a few spots left."
    assert {s.technique for s in detect(bare)} >= {"false-promise", "urgency"}


def test_a_fake_email_quoted_after_a_line_that_names_it_is_an_exhibit():
    column = (
        "Genuine refunds never arrive by email with a deadline.\n\n"
        "Here is part of a fake email a reader forwarded to us last month:\n\n"
        '"Your refund of £438.15 is awaiting release. Verify your bank details within 48 '
        'hours or the payment will be cancelled."'
    )
    assert detect(column) == []


def test_bait_grammar_in_new_wording_is_caught():
    cases = {
        "Over 9,000 nurses in Ohio have already switched to this pillow.": "social-proof",
        # (A question alone waits for company; here the crowd gives it some.)
        "Do you ever wake up more tired than when you went to bed? Thousands of us have "
        "already switched.": "direct-address",
        "A cousin of mine who works for the water board says it is all planned.": "vague-sourcing",
        "The banks and the newspapers are all in on it.": "conspiracy",
        "Your place will be passed to another family if you wait.": "fear-appeal",
        "Priya from Leeds bought this 3 minutes ago.": "social-proof",
        "Offer ends in 01:59:12 so be quick.": "urgency",
        "Reply YES, then open the message again to turn the link on.": "engagement-bait",
        "First it's your garden shed. Next it's your driveway.": "fear-appeal",
        # (A reference alone waits for company: a real letter has one too.)
        "Case number: HX-40871 has been opened in your name. Call us within 24 hours or a "
        "warrant will be issued.": "false-authority",
        "My course runs itself while I sleep.": "false-promise",
        "Hi Dad, it's my new number, I smashed my old phone x": "impersonation",
        "Your Netflix account has been suspended.": "fear-appeal",
        "Please verify your payment details here.": "impersonation",
        "Nobody is talking about this, and the media is silent.": "conspiracy",
        "4,312 people are viewing this item right now.": "social-proof",
    }
    for text, technique in cases.items():
        assert technique in {s.technique for s in detect(text)}, text


def test_plain_attribution_to_officials_is_reporting_not_vague_sourcing():
    text = (
        "City council approves $4.2 million budget for road repairs; work on Main Street "
        "starts in March, officials said."
    )
    assert detect(text) == []


def test_a_quote_that_she_said_is_hers_only_when_the_reporter_introduced_her():
    reported = (
        "Margaret Oyelaran, 72, from Thornbury Vale, sent £2,300 in March.\n\n"
        '"I was absolutely devastated when I found out," she said.'
    )
    assert detect(reported) == []
    scam = (
        "Royal Mail sent me this.\n\n"
        '"Your parcel is held! Act now before it\'s too late, pay £1.99 today," they warned.'
    )
    assert "urgency" in {s.technique for s in detect(scam)}


def test_a_quote_is_hers_when_her_paragraph_opens_on_the_surname_of_someone_named_earlier():
    report = (
        "With her fourth ball she bowled the Aloes captain Anika Potgieter.\n\n"
        "Potgieter, who scored 44 from 37 balls, struggled to speak at first. "
        '"It\'s heartbreaking. We gave absolutely everything," she said. "I\'m devastated."'
    )
    assert detect(report) == []
    # A first word that names nobody the text introduced is no speaker.
    rant = (
        "The Aloes lost the final.\n\n"
        "Yesterday, fans cried in the stands. "
        '"It\'s heartbreaking. We gave absolutely everything," she said. "I\'m devastated."'
    )
    assert "emotional-language" in {s.technique for s in detect(rant)}


def test_a_speaker_goes_on_speaking_in_the_rest_of_the_reporters_paragraph():
    # Three ways reporters name whose feeling a quote holds: the quote goes on after "she
    # said", a long role stands before "said:", a speaker's own word ("called the process").
    for report in (
        "Irene Madley, 81, has tended plot 14 since 1979.\n\n"
        '"My husband\'s ashes are scattered on that plot," she said afterwards. '
        '"I feel like they have taken him from me twice. I am heartbroken, and I am furious."',
        "Maureen Kelsall, 58, a line supervisor who has worked at the factory for 31 years, "
        "said: “They read from a sheet and walked out. It’s a disgrace.”",
        "Opposition councillor Ruth Calloway, who voted against, called the process "
        '"rushed and disgraceful".',
    ):
        assert detect(report + COMPANY), report
        assert "emotional-language" not in cues_on(report).values(), report
    # The writer's own word outside any quote is still theirs.
    rant = (
        'Irene Madley said "no comment."\n\n'
        "This disgraceful council is robbing pensioners blind! Share this before it gets deleted!!"
    )
    assert "disgraceful" in [s.text for s in detect(rant) if s.technique == "emotional-language"]


def test_a_report_names_its_people_and_bodies_and_its_notices_are_not_threats():
    # A person the reporter introduced by name, then '"…," he said'.
    assert not cues_on(
        "Marcus Ebbe, who runs a florist on Carr Street, paid £289 in March. "
        '"It looked like a proper bill, and it said I\'d lose my website by midnight," he said.'
    )
    # A report sends readers to a body's own website; bait labels itself official.
    assert not cues_on("Enrolment is free at bank branches and on the board's official portal.")
    assert not cues_on("Report them on the helpline listed on the official portal.")
    assert "official-looking label" in cues_on("Fennimore Mutual | Official Site | Log in now")
    # A member of the public kept anonymous is not an unnamed source; a source is.
    assert "hedged hearsay" not in cues_on(
        "Another worker, who asked not to be named because he had not yet been told, spoke to us."
    )
    assert "hedged hearsay" in cues_on(
        "A source inside the depot, who asked not to be named, says the trees are dangerous."
    )
    # A deadline the reporter attributes to the body that set it; a closed road.
    assert not cues_on(
        "Registration closes at 5pm on Friday 7 June, or earlier if full, the club said."
    )
    assert "closes soon" in cues_on("Registration closes at 5pm on Friday 7 June! Hurry!")
    assert not cues_on(
        "The council confirmed that Quayside Road will be closed to traffic from 6am."
    )
    assert "you will lose it" in cues_on("Your photos will be deleted tonight.")
    # A child named the way schools name children, and a couple kept anonymous.
    assert not cues_on(
        'Amira in Year 6 told us it was "the best day of my whole life, even better than my '
        'birthday."'
    )
    assert "hedged hearsay" not in cues_on(
        "One Wexley couple, who asked not to be named, lost their £42,000 deposit in January."
    )
    # Investors waking up to a market is news; "Wake up, people!" is a call.
    assert "conspiracy" not in cues_on("Garage rents are rising as investors wake up.").values()
    assert "conspiracy" in cues_on("Wake up, people! Nobody else will say it.").values()


def test_british_single_quotes_with_the_speakers_role_count_as_a_named_persons_words():
    text = (
        "'I was devastated when we had to close,' said owner Meena Rao, 54, who ran the "
        "shop for 30 years. Share this before it's deleted!"
    )
    assert attributed_quotes(text)
    found = {s.technique for s in detect(text)}
    assert "urgency" in found and "emotional-language" not in found
    # The same feelings in the writer's own voice, in a text that baits, are the writer's.
    own = "Devastated owner's heartbreaking last day! Share this before it's deleted."
    assert [s for s in detect(own) if s.technique == "emotional-language"]


def test_a_sentence_that_names_a_scam_is_describing_one_not_doing_it():
    warning = (
        "Scam texts telling drivers their licence will be cancelled unless they re-verify "
        "online have risen sharply, the licensing agency said."
    )
    assert detect(warning) == []
    scam = "Your licence will be cancelled unless you re-verify online today."
    assert {"fear-appeal", "urgency"} & {s.technique for s in detect(scam)}


def test_a_report_that_opens_on_a_scam_quotes_its_wording_as_an_exhibit():
    text = (
        "Fraudsters are sending fake licence texts, the agency warned on Tuesday.\n\n"
        'Glenys Partridge, 71, clicked the link and paid a $3.95 "processing fee".'
    )
    assert not [s for s in detect(text) if s.technique == "false-promise"]
    # Without the warning the quoted fee is the bait's own words.
    assert any(s.technique == "false-promise" for s in detect('Pay the "processing fee" now.'))


def test_a_not_right_before_a_cue_cancels_it_and_one_far_before_does_not():
    assert detect("The results may not apply to everyone, the authors wrote.") == []
    assert not detect("Officials advised residents not to click the link in the text.")
    far = (
        "It has gone viral, not for drama or controversy, but because of a gesture that "
        "left people around the world stunned."
    )
    assert any(s.technique == "hyperbole" for s in detect(far))


def test_a_sender_label_is_a_name_not_any_word_before_a_colon():
    assert any(
        s.cue == "a trusted name as the sender"
        for s in detect("RapidPost: your parcel is on hold.")
    )
    for honest in (
        "Reminder: your appointment is tomorrow at 9:15. Reply C to cancel.",
        "Mr Kessler said: the waiting is the hardest part.",
        "Content warning: this article discusses self-harm.",
    ):
        assert not [s for s in detect(honest) if s.cue == "a trusted name as the sender"], honest
    # An email's own header words are not a name the sender borrowed.
    email = (
        "From: Ledgerwell <alerts@ledgerwell.example>\nTo: you\n\n"
        "Your account is suspended. Verify your details within 24 hours "
        "at ledgerwell-secure.example or lose access forever."
    )
    assert detect(email)
    assert not [s for s in detect(email) if s.text in ("From", "To")], detect(email)


def test_a_sender_name_is_found_below_the_lines_a_phone_shows_above_a_text():
    sender = "a trusted name as the sender"
    body = (
        "RapidPost: Your parcel could not be delivered due to an unpaid fee of $1.45. "
        "Pay now at rapidpost-redelivery.example or it will be returned to sender."
    )
    for above in (
        "+1 (555) 014-3882\nText Message · Today 8:17 AM\n\n",
        "RP-Alerts\nToday 09:14\n\n",
        "From: RPOST-INFO\n\n",
    ):
        found = _cued(above + body)
        assert (sender, "RapidPost") in found, above
    # Further down, a name before a colon is a chat line or a form field, not the sender.
    chat = "Mum\nToday 17:02\n\nAre you coming for tea? Tell me now!\n\nDad: Share this now!"
    assert sender not in {s.cue for s in detect(chat)}
    form = f"{body}\n\nName: D. Marsh\nBank: Crestline Bank"
    assert {s.text for s in detect(form) if s.cue == sender} == {"RapidPost"}


def test_something_gone_is_a_feeling_only_when_shouted():
    assert any(s.cue == "feelings on show" for s in detect("My back pain is GONE. Share this!!"))
    plain = "When the timer hits zero the discount is gone. Share this with everyone!!"
    assert not [s for s in detect(plain) if s.cue == "feelings on show"]


def test_a_loaded_word_inside_a_passage_marked_for_another_trick_gets_no_second_label():
    inside = detect("Thousands of outraged parents are flooding the council with complaints.")
    assert [s.technique for s in inside] == ["social-proof"]
    alone = detect("The outraged parents met on Tuesday. Share this before it's deleted!")
    assert ("emotional-language", "outraged") in [(s.technique, s.text) for s in alone]


def test_wordings_honest_messages_share_are_shown_only_beside_other_bait():
    for honest in (
        "Eastline Power: your meter reading is due. Submit it in your online account.",
        "Please share: the library book sale has moved to Saturday because of repairs.",
        "Have you returned your child's trip consent form? We need them by Friday.",
        "Heartbroken to announce that our dad died peacefully at the hospice, aged 82.",
        "Stunning views over the bay from the balcony of this two-bed flat.",
        "Hollybank Surgery: your appointment is on 4 June at 10:20. Reply CANCEL if you can't.",
        "What you need to know about the Dunstow road closures this weekend",
        "Harwick Coastguard explains rip currents: how to spot one and what to do if caught",
        "From: Fellside Mountain Rescue Team\n\nDear friends, thank you for last year's help.",
    ):
        assert detect(honest) == [], honest
    scam = (
        "Eastline Power: your meter reading is overdue. Pay the $2.99 fee now at "
        "eastline-pay.example"
    )
    assert "a trusted name as the sender" in {s.cue for s in detect(scam)}
    assert any(s.technique == "engagement-bait" for s in detect("Type AMEN if you love your mum."))


def test_naming_scammers_does_not_hide_a_scams_own_instructions():
    scam = (
        "Your account will be suspended. To protect you from scammers, verify your account "
        "details at secure-bank.example within 24 hours."
    )
    assert {"impersonation", "urgency"} <= {s.technique for s in detect(scam)}
    denied = "This is 100% legit, not a scam.\n\nThe banks don't want you to know this, act now!"
    assert {s.technique for s in detect(denied)} & {"conspiracy", "urgency"}
    warning = (
        "If you get a text saying your account will be closed within 24 hours, don't tap "
        "the link. Your bank never asks for your details by text."
    )
    assert detect(warning) == []


def test_a_fact_check_quotes_its_claim_but_a_fake_verdict_label_does_not_hide_bait():
    check = (
        'CLAIM: A forward says "you will be fined for every meme, so forward this to all '
        'your groups before midnight".\n\nVERDICT: False. No such rule exists, the regulator said.'
    )
    assert not [s for s in detect(check) if s.technique in ("engagement-bait", "urgency")]
    fake = "FACT CHECK: TRUE. Doctors are hiding this shocking cure from you. Act now!"
    assert {s.technique for s in detect(fake)} & {"emotional-language", "urgency"}


def test_bait_phrases_with_a_not_in_them_are_not_negations():
    found = detect("You won't believe this one weird trick that melts belly fat.")
    assert "false-promise" in {s.technique for s in found}
    assert "false-promise" in {s.technique for s in detect("Don't delay: pay the processing fee.")}
    assert "false-promise" not in {
        s.technique for s in detect("We will never ask you to pay a redelivery fee.")
    }


def test_a_paper_is_not_a_named_speaker_and_an_elision_is_not_a_quotation():
    paper = "An insider told the Sunday Times that this shocking cover-up is being buried."
    assert "conspiracy" in {s.technique for s in detect(paper)}
    nineties = (
        "Since the '90s, the drug companies have hidden this one weird trick from their "
        "patients' families. It is cheap, said Dr Amy Jones, a GP."
    )
    assert not attributed_quotes(nineties)
    assert detect(nineties)


def test_an_introduction_ending_in_a_colon_well_before_the_quote_still_marks_an_exhibit():
    text = (
        "A typical message reads:\r\n\r\n        “Your parcel is on hold. Pay the $1.99 "
        "redelivery fee now.”"
    )
    assert detect(text) == []


def test_wordings_left_out_for_lack_of_company_can_be_asked_for():
    aside: list = []
    assert detect("Eastline Power: your reading is due by Friday.", set_aside=aside) == []
    assert [s.text for s in aside] == ["Eastline Power", "by Friday"]
    bait: list = []
    assert detect("Eastline Power: pay the $2.99 fee now at eastline-pay.example", set_aside=bait)
    assert bait == []


def test_threats_of_penalties_are_fear_in_a_scam_but_not_in_a_plain_notice():
    for honest in (
        "Failure to pay the parking charge within 28 days may result in a penalty of £70.",
        "Students who miss the enrolment date will not be eligible for the autumn term.",
        "Drivers caught using a phone at the wheel can be fined up to £1,000.",
        "If you wait for symptoms to appear, it may be too late for the vaccine to help.",
    ):
        assert detect(honest) == [], honest
    scam = (
        "FINAL NOTICE: Your parcel is held at our depot. Failure to pay the $2.40 fee before "
        "23:59 tonight will result in a storage penalty, and your place in the queue will be "
        "reassigned to the next customer. Pay now at parcel-depot.example"
    )
    fear = [s.text for s in detect(scam) if s.technique == "fear-appeal"]
    assert any(t.startswith("Failure to pay") for t in fear), fear
    assert any("reassigned to the next customer" in t for t in fear), fear
    forward = "They are recording your kids through the app. Share before it's deleted!!"
    assert any(s.technique == "fear-appeal" for s in detect(forward))


def test_borrowed_authority_in_a_scam_is_named_but_a_plain_mention_is_not():
    for honest in (
        "The firm is regulated by the Financial Conduct Authority, its annual report says.",
        "Under the Clean Air Standard, councils must publish their readings every month.",
    ):
        assert detect(honest) == [], honest
    scam = (
        "From: Tollway Accounts <billing@tollway-accounts-support.example>\n\n"
        "Per Road Charging Directive 7(c), unpaid tolls must be settled within 24 hours. "
        "Issued in public interest by the National Road Safety Cell. Pay now to avoid "
        "a fine: tollway-pay.example"
    )
    found = {s.cue: s.technique for s in detect(scam)}
    assert found.get("a look-alike sender address") == "impersonation", found
    assert found.get("a rule with an official name") == "false-authority", found
    assert found.get("issued by an official-sounding body") == "impersonation", found


def test_unearned_gifts_and_faceless_outsiders_are_named_beside_other_bait():
    for honest in (
        "We're giving away 200 saplings at the library on Saturday, one per household.",
        "The school said her son had been selected to receive a county music bursary.",
    ):
        assert detect(honest) == [], honest
    scam = (
        "Congratulations! Your number has been selected to receive a $500 gift card. "
        "Claim it today before midnight: gift-rewards.example"
    )
    promised = [s.text for s in detect(scam) if s.technique == "false-promise"]
    assert any("selected to receive" in t for t in promised), promised
    rant = (
        "Faceless officials signed off 300 flats and not one of them for us. "
        "Share before it gets deleted!!"
    )
    assert sum(s.technique == "us-vs-them" for s in detect(rant)) == 2, detect(rant)


def test_the_reaction_counts_under_a_post_are_page_furniture_not_the_writers_anger():
    post = (
        "I am SO done with this council. 😡\n\n"
        "They fined my nan £80 for one wrong bin. Share before it gets deleted!!\n\n"
    )
    assert detect(post), "the post itself baits"
    for bar in ("👍😡 1.2K    486 comments · 97 shares", "😢 28K · 9.4K comments"):
        counted = f"{post}{bar}\n"
        bar_at = counted.index(bar)
        assert not [s for s in detect(counted) if s.end > bar_at], bar


def test_an_emoji_alone_is_never_a_highlight():
    # Editors mark what the words do; a lone 😭 or 🙏 lit on its own teaches nothing (the
    # sentence's feeling, emoji included, still counts in its emotional temperature).
    post = "My little boy came home in tears 😭 Share this before it gets deleted!! 🙏🙏"
    assert detect(post)
    assert all(any(ch.isalpha() for ch in s.text) for s in detect(post)), detect(post)


def test_the_payment_list_message_names_the_crowd_that_already_got_paid():
    # The message someone alone at night gets: every move in it is named, the crowd included.
    message = (
        "The $2,000 payment is out! Check the list to see if your name is on it before it "
        "closes tonight 👉 payments-list.example\n\n"
        "So many people in our street have already got theirs. Share with anyone who needs it!!"
    )
    named = {s.text: s.technique for s in detect(message)}
    assert named.get("So many people in our street have already got theirs") == "social-proof"
    assert {"false-promise", "urgency", "impersonation", "engagement-bait"} <= set(named.values())
    # A neighbour's plain news uses the same words: alone, it is not marked.
    assert detect("My sister has already got hers and says the form took five minutes.") == []
    assert detect("Most families on our road have already had the letter, the council said.") == []


def test_a_report_that_prints_a_long_forward_in_full_is_not_the_forwards_bait():
    forward = (
        "Hiya, sorry, I'm literally shaking. A man in a silver car has been following kids "
        "home from the park on Elm Road, my neighbour's cousin saw it with her own eyes. "
        + "Apparently the police already know but they can't say anything yet. " * 6
        + "Share this with every parent you know before it gets deleted!!"
    )
    assert len(forward) > 600
    report = (
        "Police have asked parents to stop forwarding a message about a silver car, after "
        "officers found it belonged to a delivery driver.\n\n"
        "The message, which spread through parents' groups over the weekend, reads in full:\n\n"
        f'"{forward}"\n\n'
        "Inspector Dana Whitlow said officers had received 41 calls about it since Friday."
    )
    assert detect(report) == [], detect(report)


def test_a_message_a_reader_forwarded_and_honest_notices_stay_clean():
    advice = (
        "One reader forwarded us this message, which arrived on her phone last week:\n\n"
        '"Hi! You have been selected for a paid Secret Diner role. Earn £120 per visit! '
        'Reply YES and pay the £35 registration fee to secure your spot today: diner-jobs.example"'
        "\n\nThe restaurant chain said it has no connection to the message."
    )
    notice = (
        "The clean air zone, approved by councillors by 38 votes to 11 in March, starts on "
        "1 September. Older vans and taxis will pay £9 a day to enter it. The council will "
        "never ask for your card number by text; pay only on its own website."
    )
    for honest in (advice, notice):
        assert detect(honest) == [], detect(honest)
    # The same money line in a job scam is still named.
    scam = "Work from home and earn £250 a day! Reply YES now, only 3 places left in your area."
    promised = [s.text for s in detect(scam) if s.technique == "false-promise"]
    assert any("£250 a day" in t for t in promised), detect(scam)


def test_an_influencer_advert_is_named_move_by_move():
    advert = (
        "Okay so I never post about products but I HAVE to tell you about Glowberry gummies. "
        "I lost 5kg in two weeks without changing anything else. There are only 50 packs left "
        "at this price so be quick. Trust me, you deserve this. Everyone in my DMs is asking."
    )
    named = {s.technique for s in detect(advert)}
    assert {
        "impersonation",
        "false-promise",
        "urgency",
        "direct-address",
        "social-proof",
    } <= named, detect(advert)


def test_a_new_number_that_cannot_take_calls_and_wants_secrecy_is_named():
    message = (
        "Hi Mum, it's me, I dropped my phone and this is my new number. Please don't call, the "
        "mic is broken. Don't tell Dad yet. Please hurry, the bank closes at 5."
    )
    cues = {s.cue: s.technique for s in detect(message)}
    assert cues.get("don't check with anyone") == "impersonation", cues
    assert cues.get("before the bank closes") == "urgency", cues
    # A family surprise uses the same words and is not bait.
    assert detect("Don't tell Mum about the party, it's a surprise! See you Saturday.") == []


def test_an_outrage_post_in_new_words_is_named_and_quoted_words_are_never_cut_mid_word():
    post = (
        "Our kids are being treated like prisoners now. My daughter came home in tears. This "
        "is what happens when people with zero common sense get power. It starts with phones, "
        "next it'll be what they wear. They think we won't notice. Retweet if you're with me!!!"
    )
    found = detect(post)
    assert {"emotional-language", "us-vs-them", "fear-appeal", "engagement-bait"} <= {
        s.technique for s in found
    }, found
    # "They think we won" would say the opposite of the post.
    assert not any(s.text.endswith(" won") for s in found), [s.text for s in found]
    assert any(s.text.endswith("won't notice") for s in found), [s.text for s in found]


def test_reassurance_and_a_victims_story_are_not_read_as_threats_or_teasers():
    scam = (
        "Dear customer, our records show an unpaid balance of £86.40. Settle the balance "
        "today at tax-portal.example. Once payment is received, your case will be closed and no "
        "further action will be taken."
    )
    fear = [s.text for s in detect(scam) if s.technique == "fear-appeal"]
    assert not any("closed" in t or "taken" in t for t in fear), fear
    story = "She entered her card details and later found her savings had gone."
    assert detect(story) == []


def test_a_council_report_with_an_angry_member_and_a_crowd_count_stays_clean():
    report = (
        "The council voted 5-2 to build the bike lane, ending a dispute that drew so many "
        "residents that about 60 people watched from an overflow room.\n\n"
        "Council Member Dale Brennan, who voted no, was visibly angry during the debate. "
        '"This is a disgrace. You are gutting a working street," he said, as some in the '
        "audience applauded."
    )
    assert detect(report) == [], detect(report)
    # The same count in a sales pitch, beside other bait, is still named.
    pitch = "Over 60,000 people watched this video! Claim your free sample today before midnight!"
    assert any(s.cue == "crowd numbers" for s in detect(pitch)), detect(pitch)


def test_three_everyday_wordings_doing_two_things_are_bait_together():
    # Each wording alone is one an honest message might use; three of them, pushing a crowd,
    # a free gift and a clock at once, are a pitch.
    pitch = "Over 60,000 people watched this video! Claim your free sample today before midnight!"
    assert {s.technique for s in detect(pitch)} >= {"social-proof", "urgency"}, detect(pitch)
    reminder = (
        "Please share with other parents: registration for the junior football league "
        "closes on 14 March, the club said."
    )
    assert detect(reminder) == [], detect(reminder)


def test_a_phishing_email_names_its_scare_its_demand_and_its_look_alike_address():
    email = (
        "Dear valued customer, we noticed suspicious activity on your Apple ID. You must "
        "confirm your details within 24 hours at app1e-id-secure.com/unlock or your account "
        "will be locked."
    )
    cues = {s.cue: s.text for s in detect(email)}
    assert cues.get("a security scare") == "we noticed suspicious activity on your Apple ID"
    assert cues.get("a brand spelled with a number") == "app1e-id-secure.com/unlock"
    assert "verify your details" in cues, cues
    # Real addresses and advice stay clean.
    for honest in (
        "Visit apple.com or call 0800 048 0408 if you are worried about your account.",
        "See bbc.co.uk/news and nhs.uk for advice; the web2print.com shop is closed.",
    ):
        assert detect(honest) == [], honest


def test_residents_say_is_a_summary_when_the_reporter_names_and_quotes_one_of_them():
    report = (
        "Residents on Fenwick Road say they have waited three months for a broken streetlight "
        'to be repaired. "Someone is going to get hurt," said Carla Menzies, 52.'
    )
    assert detect(report) == [], detect(report)
    rumour = (
        "Residents say the council knew about the danger for months and did nothing. "
        "Share before it's deleted!"
    )
    assert any(s.cue == "unnamed group says" for s in detect(rumour)), detect(rumour)


def test_researchers_say_is_a_summary_once_the_report_says_which_researchers():
    headline = (
        "More older players are landing in hospital, study finds, but researchers say keep playing"
    )
    report = (
        f"{headline}\n\nResearchers at Ridgeline University counted about 28,700 visits in "
        "2023, up from 9,400 in 2017, in a study published on Tuesday."
    )
    assert detect(report) == [], detect(report)
    rumour = f"{headline}\n\nThe study is being kept quiet. Share before it's deleted!"
    assert any(s.text.startswith("researchers say") for s in detect(rumour)), detect(rumour)
    # "The researchers" points back to a team the report has named.
    team = (
        "A team from Northfell University tagged 23 hedgehogs in 2024.\n\n"
        "The researchers say the findings matter for anyone who wants to help hedgehogs."
    )
    assert detect(team) == [], detect(team)


def test_a_scam_text_readers_sent_in_is_an_exhibit_and_a_column_name_is_not_shouting():
    column = (
        "MONEY · YOUR RIGHTS with Sunita Barr\n\n"
        "Several readers have sent me messages like the one below, which arrived last week:\n\n"
        '"Westmarch Rail: Our records show your journey was delayed. You are owed £18.40. '
        'Claim within 24 HOURS or your refund will be cancelled: westmarch-refund.example"\n\n'
        "Westmarch Rail says it never texts customers about refunds."
    )
    assert detect(column) == [], detect(column)
    assert "YOU in capitals" in cues_on("I am telling YOU this is real, whatever they say.")


def test_a_dated_deadline_and_a_scientist_with_her_university_are_a_notices_facts():
    newsletter = (
        "Every student in Class IX must be registered with the Regional Examinations Council "
        "this term. Please return the form to the class teacher by Friday, 22 November.\n\n"
        "Dr. Nasreen Wadiwala, a water scientist at Kesarganj University, said the council's "
        "figures matched her own. Parents can pay by Friday 29 November at the office."
    )
    assert detect(newsletter) == [], detect(newsletter)
    assert cues_on("Claim your refund by Friday or lose it forever.").get("until a deadline")
    assert "expert credentials" in cues_on("Dr. Alan Grey, a leading scientist, swears by it.")


def test_what_a_teacher_found_wrong_in_scam_and_sob_story_posts_is_put_right():
    # Named as the move it is ...
    assert_named(
        (
            ("Please please don't tell Mom and Dad.", "impersonation"),
            ("Text me back on this number only, they took all my other stuff.", "impersonation"),
            ("Vets say old horses who lose their herd often just give up.", "false-authority"),
            ("Over 600 local families have trusted us with their kids!", "social-proof"),
            (
                "We're contracted with the big seed companies, so this is 100% legit.",
                "false-authority",
            ),
            ("Personal files, banking logins & camera feeds may be at risk.", "fear-appeal"),
            ("DM @Forge_Ronan (staff) with your order number.", "impersonation"),
        )
    )
    # ... and words that only look like a move are not: a shop keeping a phone "while it's in
    # the back" sets no clock, and a writer who "wasn't going to share this" asks nothing.
    assert "now or never" not in cues_on('They copy your phone while it\'s "in the back".')
    assert "asks you to share" not in cues_on("I wasn't going to share this, but here goes.")
    # A highlight never stops on a joining word and its subject ("if you", "and they").
    post = (
        "Only 38 spots left for the season and they are going FAST.\n\n"
        "Please SHARE so we can find this girl and thank her!! Type 💛 if you did."
    )
    for span in detect(post):
        assert " ".join(span.text.split()[-2:]).lower() not in {"if you", "and they"}, span.text
    slope = "First it's the bells. Next it'll be the pub quiz. Share before it's deleted!"
    assert "First it's the bells. Next it'll be the pub quiz" in [s.text for s in detect(slope)]
    # A named body's warning is reporting, not a threat.
    assert not cues_on("Your details may be at risk if you reuse passwords, the bank said.")


def test_a_question_asking_for_your_verdict_is_engagement_and_a_long_described_speaker_named():
    # "Do YOU think ...?" asks for a verdict in the comments.
    asked = cues_on("Do YOU think Jamie has been treated unfairly?")
    assert asked.get("asks for your verdict") == "engagement-bait", asked
    assert "a question put to you" not in asked
    # A summary the reporter names at once is not an unnamed source, however long the
    # speaker's description runs.
    report = (
        "Independent experts said the finding was interesting but should be read cautiously. "
        "Professor Marcus Oyelaran, a statistician at the Halden Institute for Population "
        "Health who was not involved in the research, said the clocks were useful tools."
    )
    assert detect(report) == [], detect(report)


def test_cues_fire_only_on_what_they_explain():
    # Literal waking, a new number to save and a weight-loss struggle are no conspiracy, no
    # call to engage and no money promise.
    for text, wrong in (
        ("You wake up feeling ten years younger! Order now, only 3 left!", "conspiracy"),
        ("Hi Mum, save this one and delete the old one. This is my new number.", "engagement-bait"),
        ("I just can't lose weight no matter what. Order now, only 3 left!", "false-promise"),
    ):
        assert wrong not in {s.technique for s in detect(text)}, (text, detect(text))
    # A money request put as a question is explained as a request, not as flattery.
    message = "Hi Mum, this is my new number. Can you send £480 to this account today?"
    asked = next(s for s in detect(message) if s.cue == "a question put to you")
    assert "request" in asked.explanation and "who is asking" in asked.explanation


def test_the_long_tail_of_bait_wording_is_named_and_its_honest_look_alikes_are_not():
    assert_named(
        (
            ("Everyone I've spoken to is furious about the new car park.", "social-proof"),
            ("The real reason will leave you speechless.", "curiosity-gap"),
            ("Comment GLOW and I'll DM you the link.", "engagement-bait"),
            ("Part 2 goes up when this hits 500 likes.", "engagement-bait"),
            ("Join 3,482 mums who've already said goodbye to school-run stress.", "social-proof"),
            ("Price goes back up the second this timer hits zero.", "urgency"),
            ("My students are making $3,000 a week from their phones.", "false-promise"),
            ("They deleted my last post about this. Make of that what you will.", "conspiracy"),
            (
                "A lady in my other group said the council are refunding the bin fee.",
                "vague-sourcing",
            ),
            ("Hi, it's Aunty Funmi, using my friend's phone. Send it today.", "impersonation"),
            (
                "To get your refund, verify your account at feastdash-resolve.example",
                "impersonation",
            ),
            ("Do it within the next 2 hours, as unclaimed links expire for security.", "urgency"),
            ("Use the same card you paid with so we can return the funds.", "impersonation"),
            ("Only 500 rewards are available and 462 have already been claimed.", "social-proof"),
            ("11 people are messaging me right now about these.", "social-proof"),
            ("No court. No solicitor. No bankruptcy. Just one letter.", "false-promise"),
            ("Confirm it with a £0.99 card check today.", "false-promise"),
            ("4.2 million of you saw part 1 and the comments are going OFF", "social-proof"),
            ("Last year we filled up in two days.", "social-proof"),
            ("You will never buy another ice scraper.", "hyperbole"),
            ("TV QUIZ LEGEND GORD TREMBLAY IS UNRECOGNIZABLE NOW", "curiosity-gap"),
            ("AND FANS CAN'T HANDLE IT", "emotional-language"),
            ("The Old Stepwell Mystery: Locals Finally Speak", "vague-sourcing"),
            ("THEY'RE COMING FOR YOUR BACKYARD RINK.", "fear-appeal"),
            ("And the food industry knows it.", "conspiracy"),
            (
                "My neighbour's nephew works in cyber security and says it is rigged.",
                "vague-sourcing",
            ),
            ('"She looked so tired," one longtime viewer wrote.', "vague-sourcing"),
            ("Ref: HKOL/KSG/2024/08817", "false-authority"),
        )
    )
    scam = "The $2,000 payment is out! Check the list to see if your name is on it before midnight"
    assert "Check the list to see if your name is on it" in [s.text for s in detect(scam)]
    # Ordinary honest lines a colleague found these wordings lit before they were narrowed.
    new_wordings = {
        "a crowd's feelings",
        "half the town is doing it",
        "hurry words",
        "held for you, for now",
        "trust me, I'm qualified",
        "two kinds of people",
        "I'll tell you later",
        "gone the moment you leave",
        "easy money promised",
        "no catch, no risk",
        "results by a date",
        "drop an emoji",
        "comment to get it",
        "claims of being silenced",
        "a study, unnamed",
        "this is for you",
        "check the list",
        "our system shows",
        "your life on the line",
        "threat of the law",
        "a reaction instead of the news",
        "a number of you",
        "gone in no time",
        "you will never need another",
        "unrecognisable now",
        "can't handle it",
        "locals finally speak",
        "they are coming for yours",
        "the trade won't like this",
    }
    for honest in (
        "Reposted by hundreds of accounts within the hour, the clip was later removed.",
        "Literally everyone in my class has had flu this week.",
        "As a nurse, I see how busy A&E gets.",
        "The big banks raised their rates on Tuesday.",
        "Part two of our interview with the council leader will be published tomorrow.",
        "Most of the town lost power on Tuesday.",
        "The school gate closes the moment the bell rings.",
        "He spent the last hours of his life in hospital.",
        "The library is holding your book until Friday.",
        "Nurses earn $35 per hour on average.",
        "There is no risk to the public, police said.",
        "Trains were back to normal by Monday after the storm.",
        "Please drop your location so I can find you.",
        "Write your name and I'll add you to the list.",
        "Scientists have confirmed the existence of gravitational waves.",
        "I removed my post after I realised the date was wrong.",
        "Sam isn't replying. I wonder why.",
        "This could be your last chance to see the comet until 2061.",
        "Debt collectors coming to the door are a worry for many families.",
        "I thought of you when I saw this cake!",
        "Our database shows rents in the city rose 9% last year.",
        "Check if you qualify for free school meals on the council website.",
        "The climb will leave you gasping for breath.",
        "Everyone I have spoken to is safe after the storm.",
        "Thank you to the 300 of you who came to the fete on Saturday.",
        "The town centre is unrecognisable after the flood, said Mayor Ellen Price.",
        "Residents finally spoke to the council on Tuesday after months of delays.",
        "The council is going after unpaid parking fines, a spokesperson confirmed.",
        "Banks know it is a problem and are working on a fix, the regulator said.",
        "You will never need another form once you have registered, the council said.",
        "Fans could not handle the heat and several needed water, organisers said.",
    ):
        assert not new_wordings & set(cues_on(honest)), (honest, cues_on(honest))


def test_a_highlight_never_ends_on_a_word_that_leads_on_or_a_bracket_it_never_opened():
    post = (
        "My cousin's mate works on the crew and he says it has been down there since the 80s.\n\n"
        "[Photo: a drained canal. A red circle has been drawn round the object.]\n\n"
        "Nobody will tell us what it is. They are keeping it quiet. SHARE before it's deleted!!"
    )
    found = detect(post)
    assert "My cousin's mate works on the crew" in [s.text for s in found]
    for span in found:
        assert span.text.split()[-1].lower() not in {"and", "before", "the", "our"}, span.text
        assert span.text.count("]") <= span.text.count("["), span.text
    # A match that stops on a word reaching for more ("to", "of") takes the rest of a short
    # clause, figures whole. ("Pass this on" alone waits for company: it has some here.)
    shared = [
        s.text
        for s in detect(
            "Please pass this on to every animal lover you know!! Share before it's deleted!!"
        )
    ]
    assert "pass this on to every animal lover you know" in shared, shared
    refund = [s.text for s in detect("You are eligible to receive a tax refund of £612.40 now.")]
    assert "eligible to receive a tax refund of £612.40" in " ".join(refund), refund


def test_a_scam_ads_heading_and_a_story_about_to_be_told_are_no_bait_in_honest_reports():
    # A consumer report names the fake ad's heading: it shows the words, it does not say them.
    report = (
        "Harlow Vale Council is warning gardeners to ignore adverts claiming a new law will "
        'fine them for unregistered sheds. The adverts carry the heading "OFFICIAL NOTICE - '
        'SHED OWNERS" and a photo of a council van.'
    )
    assert detect(report) == [], detect(report)
    # A charity letter with the family's permission to tell the story tells it straight away.
    letter = (
        "His dad, Omar, has given us permission to share what happened next. Our crew reached "
        "him nineteen minutes after the call, according to our dispatch log."
    )
    assert detect(letter) == [], detect(letter)
    assert "what happened next" in cues_on("Watch what happened next when he opened the box.")
    assert "official-sounding" in cues_on("OFFICIAL NOTICE: your shed is not registered.")


def test_a_highlight_never_stops_in_the_middle_of_a_name_or_a_phrase():
    # A teacher found the label wedged into "nobody's [OFFER] told you", "my Receipt [SHARE]
    # Rescue tracker", "SHARE this [SHARE] article", "all future [FEAR] Bright Horizon
    # programmes" and "our kids need [SIDES] to be protected".
    post = (
        "Shops check prices every day, you're owed money and nobody's told you.\n\n"
        "Comment REFUND and I'll DM you my Price Pal tracker, £3.99, for every receipt.\n\n"
        "SHARE this article with every parent you know before the meeting on Thursday night."
    )
    texts = {s.text for s in detect(post)}
    # (It reads on to its clause's end: "you're owed money and nobody's told you".)
    assert "you're owed money and nobody's told you" in texts, texts
    assert "Comment REFUND and I'll DM you my Price Pal tracker" in texts, texts
    assert "SHARE this article" in texts, texts
    email = "Anyone who ignores this will be blacklisted from all future Sunrise Trust awards."
    assert "will be blacklisted from all future Sunrise Trust awards" in {
        s.text for s in detect(email + COMPANY)
    }
    rant = "Parents are FURIOUS that they think our kids need to be protected from a spelling bee."
    assert "they think our kids need to be protected from a spelling bee" in {
        s.text for s in detect(rant + COMPANY)
    }
    # A link's tail and a headline in capitals do not run on into what follows them.
    text = "Pay the fee at rapidpost-redelivery.example/rp4471 Reply STOP to opt out"
    link = [s.text for s in detect(text + COMPANY) if "rp4471" in s.text]
    assert link == ["rapidpost-redelivery.example/rp4471"], link
    headline = "Experts Are Stunned By This Loft Find"
    cues = {s.text for s in detect(headline + COMPANY) if s.cue != "reads like a bait headline"}
    assert any(c.startswith("Experts") for c in cues) and headline not in cues, cues


def test_bait_a_teacher_saw_missed_in_a_reel_and_a_wellness_carousel_is_named():
    assert_named(
        (
            ("SHOPS DON'T WANT YOU SEEING THIS", "conspiracy"),
            ("The full course is R499 (normally R1 200).", "false-promise"),
            ("The starter loaf kit is usually £47.", "false-promise"),
            ("Tired all day, wired all night. Sound familiar?", "direct-address"),
            ("Order soon, stocks are limited since the story spread.", "urgency"),
        )
    )
    # Alone, an everyday price or question is no bait: they show only beside other bait.
    assert_clean("Peak fares are normally £4.50 on this line.", "Sound familiar? It did to me.")


def test_wordings_new_writers_used_that_no_cue_knew_are_named():
    assert_named(
        (
            ("Pay the fee within 24 hrs or your application is cancelled.", "urgency"),
            ("🔥 1,200+ bought in past week", "social-proof"),
            ("Everyone at my work is ordering one now.", "social-proof"),
            ("Once removed, these files cannot be recovered by anyone.", "fear-appeal"),
            ("Your application has been placed ON HOLD.", "fear-appeal"),
            ("The Tradie's $3 trick that cuts your power bill", "false-promise"),
            (
                "Someone I know who works in admin at the surgery says it's closing.",
                "vague-sourcing",
            ),
            ("The last batch was gone in under 2 hours.", "social-proof"),
            ("*PLEASE READ AND PASS ON*", "engagement-bait"),
            ("Over 3,800 home bakers have it already.", "social-proof"),
            ("Everyone on the east side is talking about it.", "social-proof"),
        )
    )
    # The same words in plain notices, alone, light nothing.
    assert_clean(
        "The council said 1,200 tickets were sold in the past week.",
        "Deleted accounts cannot be restored, the library's notice says.",
        "Work on the bridge has been put on hold until spring, the council said.",
    )


def test_a_highlight_reads_on_to_its_closing_quote_and_a_clause_a_few_words_from_its_end():
    # A teacher found 'Type "THANK [SHARE] YOU NEV"', 'a reason for [GAP] that' and
    # 'Apparently letters are going [VAGUE] out'.
    post = 'Nev saved 212 lives. Type "THANK YOU NEV" and SHARE so it reaches him.'
    assert 'Type "THANK YOU NEV"' in {s.text for s in detect(post)}, detect(post)
    column = "Rates went up again. There's a reason for that, and the council knows it."
    assert "a reason for that" in {s.text for s in detect(column + COMPANY)}
    rumour = "Apparently letters are going out, but only to some patients."
    assert "Apparently letters are going out" in {s.text for s in detect(rumour + COMPANY)}
    # Three everyday wordings in three places still count as three, however they end.
    pitch = "Over 60,000 people watched this video! Claim your free sample today before midnight!"
    assert {s.technique for s in detect(pitch)} >= {"social-proof", "urgency"}


def test_an_accusation_denied_in_the_same_breath_and_a_last_chance_price_are_named():
    assert_named(
        (
            ("Not saying it's them but not NOT saying it.", "us-vs-them"),
            ("This is the last time I'll offer it at the founding price of $47.", "urgency"),
            (
                "Today it's the trampoline; next year it's the kids' bikes on the lawn.",
                "fear-appeal",
            ),
        )
    )
    # A writer who denies a claim about a thing, not about people, accuses no one.
    assert "accusing while denying it" not in cues_on("I'm not saying the soup is bad, but salt.")


def test_a_highlight_never_stops_inside_a_hyphenated_word_a_possessive_or_after_a_preposition():
    # A teacher found "turning walk[VAGUE]-ins", "44817[AUTH]-K", "the county board's[CROWD]
    # page" and "the septic tank at[FAKE] your property".
    text = (
        "Our records show the septic tank at your property is not registered for inspection "
        "under the 2025 scheme. Ref: DWR/IE/44817-K\n\n"
        "The car park has reportedly started turning walk-ins away before lunchtime, and "
        "thousands of fans are flooding the county board's page demanding answers."
    )
    found = detect(text + COMPANY)
    ends = {s.text.split()[-1] for s in found}
    assert {"property", "DWR/IE/44817-K"} <= ends, ends
    # (The walk-ins clause is read to its end: "... turning walk-ins away before lunchtime".)
    assert any("walk-ins away" in s.text for s in found), [s.text for s in found]
    assert not any(e.endswith("walk") for e in ends), ends
    assert "board's" not in ends, ends
    # "It's" and "there's" are no possessives: nothing is owned after them.
    rumour = "Apparently there's something in the water at the old mill."
    found = {s.text for s in detect(rumour + COMPANY)}
    assert any(t.startswith("Apparently") for t in found), found
    assert "Apparently there's something" not in found, found


def test_insiders_who_told_a_paper_are_still_unnamed():
    # "told The Sideline Scoop" names a paper, not a speaker: the insiders stay unnamed.
    line = "Insiders have told The Sideline Scoop that two players walked out."
    assert cues_on(line).get("an insider told us") == "vague-sourcing", cues_on(line)
    named = "Two players walked out, Dunmara manager Aidan Kerr told The Sideline Scoop."
    assert detect(named) == [], detect(named)


def test_a_countdown_a_fine_a_lookalike_gov_link_and_a_next_page_hook_are_named():
    assert_named(
        (
            ("VAULT CLOSES IN 05 : 42 : 17", "urgency"),
            ("Unregistered systems face a fixed penalty of up to €5,000.", "fear-appeal"),
            ("Renew now at https://dwr-register-gov.example/renew", "impersonation"),
            ("Continue to page 2 for numbers 5, 6 and 7 ›", "engagement-bait"),
        )
    )
    # A council's own address and its stated fine, alone, are no bait.
    notice = (
        "Apply at harwick.gov.example/admissions. Parents who give false addresses face a fine "
        "of up to £1,000, the council said."
    )
    assert detect(notice) == [], detect(notice)


def test_a_sob_story_a_detox_claim_and_doctors_cast_as_blind_are_named():
    assert_named(
        (
            ("Today is his birthday and nobody came.", "emotional-language"),
            (
                "This deep heat helps your body release stored toxins through sweat.",
                "false-promise",
            ),
            (
                "Our bodies are overloaded in ways conventional medicine isn't looking at.",
                "conspiracy",
            ),
            ("The identity of the player will leave supporters stunned.", "curiosity-gap"),
            ("The volunteers say he cried all night.", "vague-sourcing"),
        )
    )
    # A consumer report that repeats the claim to test it, alone, lights nothing.
    report = "The tea's label says it flushes out toxins; trading standards officers disagree."
    assert detect(report) == [], detect(report)


def test_more_wordings_new_writers_used_that_no_cue_knew_are_named():
    assert_named(
        (
            ("#theydontwantyoutoknow #eggs", "conspiracy"),
            ("The trade have kept this quiet for years.", "conspiracy"),
            ("RM39.90 (was RM459.00) -91%", "false-promise"),
            ("The post had racked up more than 80,000 reactions by noon.", "social-proof"),
            ("ADULT E-BIKE - £480 - MUST GO TODAY", "urgency"),
            ("Kendra, this one's just for you.", "direct-address"),
            ("A guy who used to work at a packing plant told me the truth.", "vague-sourcing"),
            ("No time wasters, no silly offers.", "us-vs-them"),
        )
    )
    # A seller's plain advert and a warning's "think about it" stay clean on their own.
    assert_clean("Bike for sale, £480, no time wasters please.", "Before you pay, think about it.")


def test_look_alike_addresses_and_teases_the_newest_writers_used_are_named():
    assert_named(
        (
            ("Claim it at ratesrelief-nz.example/claim before midnight.", "impersonation"),
            ("Send your CV to offers@halbrook-care-recruit.example today.", "impersonation"),
            ("Claim £38.50 at parcelwren-compensation.example now.", "impersonation"),
            ("We reveal his identity on the next page.", "curiosity-gap"),
            ("10 Things That Happen When You Quit Soda (#7 Is Wild)", "curiosity-gap"),
            ("Why 4 Million Travelers Switched to This Booking Site", "social-proof"),
            ("Only 14 slots remain for the current intake.", "urgency"),
            ("It's all 100% free, no catch!!", "false-promise"),
            ("After Friday it can no longer be recovered by the owner.", "fear-appeal"),
            ("The decision was made behind closed doors.", "conspiracy"),
            ("Not the bankers in their glass towers.", "us-vs-them"),
        )
    )
    # A report's own links and a plain sign-up notice stay clean.
    assert_clean(
        "The full report is on the authority's website, foodlabelling-authority.example.",
        "Only 14 places remain on Saturday's course, the library said.",
    )


def test_a_department_a_destination_and_a_promise_of_speed_are_not_bait_on_their_own_words():
    # A teacher saw "Unclaimed Funds Unit" marked as a promise of easy money, "the State
    # General Fund" as borrowed expertise and "receive your payment within 24 hours" as time
    # pressure, and "Our records show that the Marlow County" cut inside a name.
    email = (
        "From: Marlow County Treasurer - Unclaimed Funds Unit\n\n"
        "Our records show that the Marlow County Treasurer's Office is currently holding "
        "$1,284.16 in unclaimed funds registered to your name.\n\n"
        "Balances will be transferred to the State General Fund.\n\n"
        "Confirm your bank details and receive your payment within 24 hours."
    )
    found = {s.text: s.cue for s in detect(email)}
    assert "Unclaimed Funds" not in found, found
    assert "unclaimed funds" in found, found  # the promise itself is still named
    assert "State General Fund" not in found, found
    assert not any("24 hours" in text for text in found), found
    assert "Our records show that the Marlow County Treasurer's Office" in found, found
    # A deadline stays a deadline; an address with a subdomain is marked whole.
    assert "urgency" in cues_on("If the fee is not paid within 12 hours, it is returned.").values()
    assert "https://claims.marlow-claims.example/release" in {
        s.text for s in detect("Pay now at https://claims.marlow-claims.example/release")
    }


def test_a_highlight_takes_the_word_that_finishes_its_phrase():
    # A teacher found "residents say they only found" (out), "Could Cost You" ($40,000),
    # "Experts say public art projects like" (this one) and "the real reason behind the eel
    # is" (yet to come out).
    text = (
        "The decision was made in secret, and residents say they only found out when survey "
        "pegs appeared on the roundabout on Tuesday.\n\n"
        "Experts say public art projects like this one routinely blow out their budgets.\n\n"
        "Some say the real reason behind the eel is yet to come out.\n\n"
        "The Travel Insurance Mistake That Could Cost You $40,000"
    )
    found = {s.text for s in detect(text + COMPANY)}
    for ending in (
        # (since the ninth session, what the residents say is read to its clause's end)
        "found out when survey pegs appeared on the roundabout on Tuesday",
        "like this one routinely blow out their budgets",
        "eel is yet to come out",
        "Could Cost You $40,000",
    ):
        assert any(t.endswith(ending) for t in found), (ending, found)


def test_wordings_the_last_four_writers_used_that_no_cue_knew_are_named():
    assert_named(
        (
            ("A toxicologist I spoke to confirmed they are unsafe.", "false-authority"),
            ("A dermatology researcher literally told me the truth.", "false-authority"),
            ("A buddy from work says his brother-in-law lost his tires.", "vague-sourcing"),
            ("One mom in my local moms' group says her son got sick.", "vague-sourcing"),
            ("Many netizens swear the noodles are coated in wax.", "vague-sourcing"),
            ("To avoid SEIZURE and DISPOSAL of your box, settle it.", "fear-appeal"),
            ("Fixed return 8% PER MONTH, paid every 5th.", "false-promise"),
            ("EDIT: wow this blew up.", "social-proof"),
            ('Don\'t be the one who say "I should have joined" next year.', "fear-appeal"),
            ("What I Found Inside These Erasers Made Me Feel Sick", "curiosity-gap"),
            ("I'll show you the worst ingredient in part 2.", "curiosity-gap"),
        )
    )
    # Alone, a column's source and a plain rate stay clean.
    assert_clean(
        "A pharmacist I spoke to said the shortage should ease by May.",
        "Prices rose 0.4% a month over the winter, the statistics office said.",
    )


def test_rule_names_and_highlights_say_what_the_words_do():
    # A teacher found "in just 20 minutes a morning" called a deadline, "doctors" highlighted
    # alone under "unnamed witnesses", and "Every single person I have spoken to" under a
    # rule named "only a tiny few".
    assert "deadline" not in cues_on("Use it in just 20 minutes a morning. Order now!")
    assert "deadline" in cues_on("Reply in the next 20 minutes. Order now!")
    found = {
        s.text: s.cue for s in detect("Canadian doctors are quietly telling patients." + COMPANY)
    }
    assert found.get("doctors are quietly telling patients") == "unnamed doctors", found
    warned = {s.text for s in detect("Experts have warned that it catches thousands." + COMPANY)}
    assert "Experts have warned" in warned, warned  # not "Experts have"
    line = "Every single person I have spoken to in Llangwyn is disgusted."
    assert cues_on(line).get("all or almost none") == "hyperbole", cues_on(line)


def test_wordings_a_second_teacher_review_found_unlabelled_are_named():
    assert_named(
        (
            ("CONCESSIONARY TRAVEL SERVICE: Your bus pass expires soon.", "impersonation"),
            ("Renew today and we'll add free off-peak rail travel until 2027.", "false-promise"),
            ("Make no mistake: this is how a Welsh village dies.", "hyperbole"),
            ("Funny, that, when they all have friends in high places.", "conspiracy"),
            ("Funny how the local paper hasn't covered it.", "conspiracy"),
            ("Big winter sale (48 hrs only)", "urgency"),
        )
    )
    # An audience is not a sender: "Homeowners:" opens a headline, not a message from them.
    assert "a trusted name as the sender" not in cues_on("Homeowners: Read This Before March 31")
    # Alone, a columnist's "funny how" stays clean.
    assert_clean("Funny how the seasons come round so quickly.")


def test_a_new_study_is_hidden_sourcing_only_when_the_text_never_names_it():
    report = (
        "Do cable ties stop magpies swooping? Probably not, a new study finds.\n\n"
        "Researchers from Inland Coast University filmed 1,100 rides. The results, published "
        "this week in the journal Urban Wildlife Behaviour, found no clear difference."
    )
    assert detect(report) == [], detect(report)
    bait = "A new study finds this one fruit melts belly fat. Share before it's deleted!"
    assert "an unnamed study found" in cues_on(bait)


def test_wordings_the_third_batch_of_writers_used_are_named():
    assert_named(
        (
            ("It was developed by a former highway engineer.", "false-authority"),
            ("One gut-health specialist told us it is a disaster.", "false-authority"),
            ("The industry spends millions making sure you never hear it.", "conspiracy"),
            ("Your account is scheduled for DISCONNECTION today at 4:15 PM.", "urgency"),
            ("I've heard from several neighbors on Ashby Drive.", "vague-sourcing"),
            ("Anyone can do this. ANYONE.", "hyperbole"),
            ("9 foods you should NEVER eat on an empty stomach", "hyperbole"),
            ("Four signs, and the second one surprises almost everyone.", "curiosity-gap"),
            ("Now send it to 7 groups and 7 individuals.", "engagement-bait"),
            ("⚠ PLEASE READ — ESPECIALLY IF YOU HAVE KIDS ⚠", "direct-address"),
        )
    )
    # Alone, a plain warning and a product's history stay clean.
    assert_clean(
        "You should never mix bleach with other cleaners.",
        "Especially if you have kids, the park is a lovely day out.",
        "The valve was developed by a former engineer at the plant, the company said.",
    )


def test_the_wrong_transfer_scam_is_named_line_by_line():
    # A teacher saw this scam, common where money moves by phone, get no highlight at all.
    text = (
        "Hello my dear, I have sent Sh4,350 to your number by mistake. Please mum/dad reverse "
        "it for me. I am a widow and this is all I had. Send it back to 0733 906 215, that is "
        "my other line.\n\n"
        "Sendaro customer care have told me if the money is not returned within 1 hour they "
        "will block your line and the case goes to the Cybercrime Unit."
    )
    named = {s.technique for s in detect(text)}
    assert {"impersonation", "emotional-language", "fear-appeal", "false-authority"} <= named
    assert "urgency" in named, named


def test_a_literal_never_seen_and_an_easy_job_are_explained_for_what_they_are():
    # A teacher found "two men I have never seen before" called an exaggeration, and "no
    # experience needed" on a DIY product explained as wages and loans.
    assert "absolutes and extremes" not in cues_on("Two men I have never seen before walked by.")
    assert "absolutes and extremes" in cues_on("Footage never seen before shows it all!")
    easy = cues_on("Easy to apply, no experience needed, done in an afternoon.")
    assert easy.get("no experience needed") == "false-promise", easy


def test_a_platforms_counter_is_not_the_writers_claim():
    # A teacher found "Shared 131 times" in a post's "Like · Comments" bar marked as the
    # writer counting clicks as evidence.
    post = "Share this before they delete it!! They are watching our street.\n\n"
    for counter in ("👍 Like · 💬 64 Comments · ↪ Shared 131 times", "Shared 131 times"):
        assert "counted shares and views" not in cues_on(post + counter), counter
    claim = "This post has been shared 40,000 times. Share it now!"
    assert "counted shares and views" in cues_on(claim)


def test_unnamed_doctors_borrow_authority_and_unnamed_experts_stay_vague():
    # The catalogue gives "doctors say" as its example of false authority and "experts" as
    # one of vague sourcing; the editors of "Doctors Are ..." headlines agreed.
    assert cues_on("Doctors are now warning parents about night feeds.") == {
        "unnamed doctors": "false-authority"
    }
    assert cues_on("Experts are now warning parents about night feeds.") == {
        "unnamed witnesses or experts": "vague-sourcing"
    }
    # A reporter who names the hospital's doctors sums them up afterwards without a highlight.
    assert_clean(
        "Doctors at Ridgeline Children's Hospital treated 14 patients. Doctors said all of "
        "them went home the same day."
    )


def test_bait_new_writers_used_that_nothing_named_is_named():
    # Misses in four new writers' texts (W5-W8) that earlier writers' bait shares too.
    assert_named(
        (
            ("[ACTION REQUIRED] Household Census – Online Verification Outstanding", "urgency"),
            ("PLEASE READ BEFORE THURSDAY", "urgency"),
            ("Every day you leave it, your arteries stiffen a little more.", "fear-appeal"),
            (
                "I'm told by someone very close to the council that it was decided.",
                "vague-sourcing",
            ),
            ("A doctor in Cebu we talked to said he has seen it work.", "false-authority"),
            ("One sports doctor we spoke with called it an epidemic.", "false-authority"),
            ("This is an official government communication. Do not reply.", "impersonation"),
        )
    )
    line = "A doctor in Cebu we talked to said he has seen it work on dozens of his patients."
    assert "A doctor in Cebu we talked to said" in {s.text for s in detect(line + COMPANY)}
    # Alone, the honest uses of the same words stay clean.
    assert_clean(
        "[ACTION REQUIRED] Please renew your library card by 30 June.",
        "Someone close to the family said she loved the sea.",
        "A nurse at Ridgeline Hospital we spoke to said the ward was busy.",
        "This is an official council notice about bin collections over the holidays.",
        "Official notice: the library closes early on Friday.",
    )
    # Beside other bait the same label is still named.
    assert_named((("OFFICIAL NOTICE: your parcel is held at our depot.", "impersonation"),))


def test_a_highlight_never_ends_on_a_helping_verb_a_little_word_or_half_a_sum():
    # Two teachers found "They think us parents won't", "Not one single person I've", "they
    # want the place as", "Funny how the same council is" and "an estimated £2" (billion).
    def texts(line: str) -> set[str]:
        return {s.text for s in detect(line + COMPANY)}

    assert "They think us parents won't notice because we are too busy working" in texts(
        "They think us parents won't notice because we are too busy working."
    )
    assert "Not one single person I've spoken to agrees with it" in texts(
        "Not one single person I've spoken to agrees with it."
    )
    assert "they want the place as quiet and dead as wherever they left" in texts(
        "They came for the cheap houses, and now they want the place as quiet and dead as "
        "wherever they left."
    )
    # (Since the ninth session "Funny how …" reads on to its sentence's end.)
    assert (
        "Funny how the same council is falling over itself to approve another 200 houses on "
        "the Carrig Road"
    ) in texts(
        "Funny how the same council is falling over itself to approve another 200 houses on "
        "the Carrig Road."
    )
    assert "big drug companies make an estimated £2 billion a year from tablets" in texts(
        "Meanwhile, big drug companies make an estimated £2 billion a year from tablets."
    )


def test_a_surname_with_a_capital_inside_names_its_speaker():
    # A teacher saw a grieving mother's "We are heartbroken" set aside as "loaded feeling
    # words": "Catriona MacInnes" was not read as a name.
    for name in ("Catriona MacInnes", "Sean O'Brien", "Lucia DeLuca"):
        text = (
            f'In a statement released through the club, his mother, {name}, said: "We are '
            'heartbroken. He never came home."'
        )
        seen: list = []  # what the page lists as "seen but not marked"
        assert detect(text, set_aside=seen) == [] and seen == [], (name, seen)
    # "before sunrise" is when a caretaker opens a school, not a clock on the reader.
    seen: list = []
    line = "For nine years, Ray Delgado has unlocked the doors before sunrise."
    assert detect(line, set_aside=seen) == [] and seen == [], seen


def test_bait_three_teachers_found_unmarked_in_new_writers_texts_is_named():
    assert_named(
        (
            ("Semis all night, and who knows what kind of people coming through.", "us-vs-them"),
            ("The commissioners have basically already signed off.", "conspiracy"),
            ("If we don't fill that room, it's done.", "urgency"),
            ("This video might not stay up long.", "urgency"),
            ('Why the fire chief "can\'t comment"', "conspiracy"),
            ("Subscribe so you don't miss Part 2.", "curiosity-gap"),
            ("You are not crazy.", "direct-address"),
            ("He asked us not to use his name.", "vague-sourcing"),
            ("You may be liable to a fine of up to S$1,000.", "fear-appeal"),
            ("Every household will receive S$50 in household vouchers.", "false-promise"),
            ("By April it was CLEAN. No maintenance meds, no diet.", "false-promise"),
            ("Don't wait until it turns into something worse.", "fear-appeal"),
            ("The Philippines is waking up.", "conspiracy"),
            ("Nobody could have prepared him for what was waiting.", "curiosity-gap"),
            ("What His Former Passengers Did Last Sunday", "curiosity-gap"),
            ("It is only us ordinary boda and matatu owners who pay.", "us-vs-them"),
            ("Now we will be tracked like cattle.", "emotional-language"),
            ("Withdraw your savings now, before any new rules take effect.", "urgency"),
            ("They get their comfort and our children get the leftovers.", "us-vs-them"),
            ("A teacher I trust told me it is true.", "vague-sourcing"),
            ("Oil prices rise 22% at midnight.", "urgency"),
            ("LOCK IN today's rate and save!", "urgency"),
            ("You don't need me to join the dots.", "conspiracy"),
            ("Commuters who have been here about five minutes.", "us-vs-them"),
            ("Not trying to scare anyone but check your kids.", "fear-appeal"),
            ("Why haven't you heard of this?", "conspiracy"),
            ("Ask what real locals think.", "us-vs-them"),
        )
    )
    # Alone, the honest uses of everyday ones stay clean; a scheme's name in lower case in a
    # report is no borrowed authority.
    assert_clean(
        "Farmers will receive ₹6,000 a year under the state farm support scheme, the "
        "agriculture department said.",
        "Traders may be liable to a fine of up to €500 under the 2019 bye-laws.",
        "The new charges take effect on 1 April; the council set them in February.",
        "You are not alone: the helpline is open every day from 8am.",
    )


def test_an_explanation_quotes_the_whole_highlight_and_a_highlight_keeps_whole_words():
    # Teachers saw "Comment LOLA and I'll send you the full" quoted under a longer highlight,
    # "<notices@caregiver-benefits-gov" quoted and its ">" left outside, and "approved by
    # the Benefits Division" cut from "pre-approved".
    email = (
        "From: State Office of Family Caregiver Benefits <notices@caregiver-benefits-gov.example>"
        "\n\nYour application has been pre-approved by the Benefits Division. Act today!"
    )
    found = detect(email)
    sender = next(s for s in found if s.start == 0)
    assert sender.text.endswith(".example>"), sender.text
    assert any(s.text.startswith("pre-approved") for s in found), [s.text for s in found]
    for text in (email, "Comment LOLA and I'll send you the full recipe! Share this now!"):
        for span in detect(text):
            quoted = re.findall(r'^"(.*?)"', span.explanation)
            if quoted:
                whole = " ".join(span.text.split())
                # whole, or cut at a word's end ("… harder to t…" read oddly to a teacher)
                cut = quoted[0].endswith("…") and whole.startswith(quoted[0][:-1])
                assert quoted[0] == whole or cut, (span.text, span.explanation)
                assert not cut or whole[len(quoted[0]) - 1] == " ", span.explanation


def test_a_whole_life_lived_somewhere_is_no_exaggeration():
    # A teacher: "I've lived here my whole life" marked HYPE, "blows the claim up".
    assert "beyond all measure" not in cues_on("I've lived here my whole life and never heard it.")
    assert cues_on("Best thing I've bought in my whole life!").get("beyond all measure") == (
        "hyperbole"
    )


def test_wordings_the_latest_writers_used_that_earlier_ones_did_too_are_named():
    # Misses in W9, XB and XC's texts on arrival; each cue also lights earlier writers' bait.
    assert_named(
        (
            ("Subject: ACTION REQUIRED: Single Person Discount review", "urgency"),
            ("You think it's a coincidence the huts come off early?", "conspiracy"),
            ("My sister in law is a paediatric nurse and she says so.", "false-authority"),
            ("A Finnish study showed chaga activates immune cells.", "false-authority"),
            ("Driving it can attract fines of up to $1,500.", "fear-appeal"),
            ("I was NOT ready for this", "curiosity-gap"),
            ("What they did next will melt even the coldest heart.", "curiosity-gap"),
        )
    )
    assert_clean(
        "Action required: please renew your library card by 30 June.",
        "My sister is a nurse at the Royal Infirmary and loves her job.",
        "Late returns can attract fines of up to $5 a day, the library said.",
    )


def test_wordings_from_a_west_african_batch_are_named():
    assert_named(
        (
            ("Pay a one-time activation fee of GH¢45 to confirm.", "false-promise"),
            ("According to a guest who pleaded anonymity, it was empty.", "vague-sourcing"),
            ("Any youth who stays at home that day has chosen his side.", "us-vs-them"),
            ("Once it enters the kidney there is no reversing it.", "fear-appeal"),
        )
    )
    assert "release fee of £195" in {s.text for s in detect("A release fee of £195. Pay now!")}
    assert_clean("There is no cure for it yet, the hospital's consultant said.")


def test_a_message_copied_exactly_into_a_warning_is_an_exhibit():
    # Two honest warnings by new writers lit up inside the scam they quoted: "The wording,
    # copied exactly from one of them, is:" and "This is the message going around, copied
    # exactly:" before a quoted line (once as "> " quote), and around them the warnings' own
    # "the message going around" and "If you type your password there".
    card = (
        "Two households have had a card through the door this week. The wording, copied "
        "exactly from one of them, is:\n\n"
        '"TREE SAFETY SURVEY. URGENT: A tree on your property has FAILED inspection and must '
        'be made safe within 48 hours or you may be liable for damage."\n\n'
        "This is not from the council. Please pass this on to older neighbours."
    )
    assert detect(card) == []
    chat = (
        "Six members have had their accounts taken over. This is the message going around, "
        "copied exactly:\n\n"
        '> "omg is this you?? someone put your art in a stolen art video 😭 check before it '
        'gets more views: artproof-check.example/v/8841"\n\n'
        "Do NOT open that link. If you type your password there, they take over your account."
    )
    assert detect(chat) == []
    # The same words as the writer's own still light.
    bait = (
        "There's a message going around about the new rules and nobody is talking about it. "
        "URGENT: your account must be verified within 48 hours. Type your password below."
    )
    assert {s.technique for s in detect(bait)} >= {"vague-sourcing", "urgency"}


def test_new_writers_misses_a_licence_number_a_timed_deadline_and_a_sales_count():
    # Misses in four new writers' bait, each also found in earlier writers' texts: a number as
    # proof ("Registered Fuel Distributor No. 0392", "Circular No. CTWB/DC/2024/117"), a
    # deadline with its hour ("by 11:59 PM tonight"), "before they take it down", units sold,
    # and a source "who did not wish to be named".
    cases = {
        "Registered Lender No. GLN-40712. Offer ends tonight, so pay the Rs 499 fee now.": (
            "false-authority"
        ),
        "As per Circular No. CRPB/TKT/117, you will be fined Rs 10,000. Forward to all groups!": (
            "false-authority"
        ),
        "Funds not claimed by 11:59 PM tonight will be returned. Thousands of families have "
        "already claimed theirs!": "urgency",
        "Watch it before they take it down.": "urgency",
        "More than 60,000 pairs have now been sold. Order today, stocks are limited!": (
            "social-proof"
        ),
        "A senior official who did not wish to be named said the rules would catch thousands "
        "out, and nobody is talking about it.": "vague-sourcing",
    }
    for line, technique in cases.items():
        assert technique in {s.technique for s in detect(line)}, line
    # Alone, a registration number or a dated closing time is what honest notices print.
    for honest in (
        "Registered Charity No. 1098765. Registered office: 4 Mill Lane, Ashby.",
        "The food bank is open until 8 pm tonight; 2,400 jars of jam were sold at the fair.",
    ):
        assert detect(honest) == [], honest


def test_a_highlight_never_ends_inside_a_number():
    # "will be fined Rs 10" stopped at the comma of "Rs 10,000", and "Section 4" at "4.2".
    texts = [
        s.text
        for s in detect(
            "As per Circular No. CRPB/TKT/117, you will be fined Rs 10,000. Forward to all "
            "groups! Under Section 4.2 of the Terms, your account will be closed today."
        )
    ]
    assert "will be fined Rs 10,000" in texts, texts
    assert not any(t.endswith(("Rs 10", "Section 4")) for t in texts), texts


def test_explanations_that_told_teachers_untrue_things_about_the_words():
    # Three teachers' notes: an article's honest correction "and the case goes to court" was
    # explained as a phone-scam threat; "the station don't want to see us old ones" as a
    # hidden story; "If we don't show up now, it's a done deal forever" as settled in secret;
    # "the whole story" was told never to sign in for a result; "Keep reading" was warned
    # of a fake login page.
    company = " Share this now! Act today!"
    lines = {
        "A fine is only possible if the notice is ignored and the case goes to court.": (
            "your line will be blocked"
        ),
        "New flats by the station don't want to see us old ones sitting there.": (
            "hidden from the news"
        ),
        "If we don't show up now, it's a done deal forever.": "already decided behind your back",
    }
    for line, cue in lines.items():
        assert cue not in {s.cue for s in detect(line + company)}, line
    for line, cue in {
        "If they don't pay, the case will go to the Cybercrime Unit.": "your line will be blocked",
        "They don't want small traders to know this loophole.": "hidden from the news",
        "It's already been decided, the vote is a sham.": "already decided behind your back",
    }.items():
        assert cue in {s.cue for s in detect(line + company)}, line
    story = {s.cue: s for s in detect("Residents say it doesn't tell the whole story." + company)}
    assert "sign in" not in story["the full story"].explanation
    result = detect("Quiz done! Sign in with your account to see your result." + company)
    assert any("never sign in" in s.explanation for s in result)
    read_on = {s.cue: s for s in detect("Keep reading to find out what it is." + company)}
    assert "login" not in read_on["keep reading to find out"].explanation


def test_a_highlight_reads_on_to_finish_its_clause_rather_than_stop_mid_phrase():
    # Four teachers saw highlights stop mid-phrase and their explanations quote the
    # fragment: "residents say the county's readings", "Our records show that the plan held",
    # "Forward to every group you're". A clause that ends within eight words is read to its
    # end, never past an emoji or a hashtag, and never onto a word that leads on.
    company = " Share this now! Act today!"
    for line, whole in {
        "But residents say the county's readings don't tell the whole story.": (
            "residents say the county's readings don't tell the whole story"
        ),
        "Our records show that the plan held in your name has not yet been registered.": (
            "Our records show that the plan held in your name has not yet been registered"
        ),
        "Forward to every group you're in!": "Forward to every group you're in",
        "Grab the link in bio before they sell out AGAIN 🔥 #morningroutine": (
            "link in bio before they sell out AGAIN"
        ),
    }.items():
        found = {s.text: s for s in detect(line + company)}
        assert whole in found, (line, list(found))
        assert whole[:40] in found[whole].explanation or "…" in found[whole].explanation


def test_a_refundable_fee_a_lone_no_catch_a_nameless_greeting_and_an_agreeing_expert():
    # Teachers' notes on new writers' scams: "pay the fully refundable gold valuation fee"
    # (the scam itself) and "No catch!" went unmarked, as did "A lawyer already confirmed";
    # "Dear Customer" was explained as borrowing an organisation's name, which it does not.
    company = " Share this now! Act today!"
    found = {
        s.text: s
        for s in detect(
            "Pay the fully refundable valuation fee of Rs 499 at "
            "swarnmitra-goldloan.example/apply." + company
        )
    }
    # (Read on through the web address, never stopping at its first dot.)
    whole = "fully refundable valuation fee of Rs 499 at swarnmitra-goldloan.example/apply"
    assert whole in found, list(found)
    assert found[whole].technique == "false-promise"
    assert "No catch!" in {s.text for s in detect("Get FREE earbuds. No catch!" + company)}
    lawyer = detect("A lawyer already confirmed it is legal." + company)
    assert "false-authority" in {s.technique for s in lawyer}
    (dear,) = [
        s
        for s in detect("Dear Customer, your loan is ready." + company)
        if s.technique == "impersonation"
    ]
    assert "without your name" in dear.explanation and "organisation" not in dear.explanation
    # Alone, an honest booking's refundable deposit, and a family's lawyer, stay clean.
    assert detect("A £50 refundable deposit secures the hall for your party.") == []
    assert detect("A lawyer for the family confirmed the date of the hearing.") == []


def test_a_warning_about_typing_a_password_is_no_ask_to_share():
    # "Seen but not marked: 'type your password' (asks you to share)" under a warning that
    # said not to: "If you type your password there" gives no order.
    aside: list = []
    assert detect("If you type your password there, they take over.", set_aside=aside) == []
    assert aside == []
    assert "asks you to share" in {s.cue for s in detect("Type your name below! Share now!")}


def test_a_refund_promised_within_hours_is_no_deadline_and_a_return_demanded_is():
    # A teacher: "(fully refunded within 48 hours)" was explained as inventing time pressure.
    company = " Share this now! Act today!"
    refund = detect("Pay the $1.99 fee (fully refunded within 48 hours)." + company)
    assert "deadline" not in {s.cue for s in refund}
    demand = detect("If the money is not returned within 1 hour, they block your line." + company)
    assert "deadline" in {s.cue for s in demand}


def test_a_reporters_unnamed_group_beside_a_named_official_set_off_by_commas_is_a_summary():
    # A teacher's note on an honest report: "Residents said they had complained" was called
    # vague sourcing, though the paragraph goes on to quote "The council's chief officer,
    # Vinod Kale, said ...".
    report = (
        "Residents said they had complained to the council about cracks in the wall. The "
        "council's chief officer, Vinod Kale, said the council would \"place every record "
        'before the inquiry".'
    )
    assert "unnamed group says" not in {s.cue for s in detect(report + " Share now! Act today!")}
    rumour = "Residents say the council knew about the cracks. Share this now! Act today!"
    assert "unnamed group says" in {s.cue for s in detect(rumour)}


def test_a_genuine_notice_and_a_warning_about_a_message_going_around_stay_clean():
    # Two honest texts by new writers lit up: a credit union's scam warning ("Official page
    # · 2 h · 🌐", "please read and share", "A message is going around in chat groups that
    # says: ...") and a water company's notice ("your account number stays exactly the same").
    warning = (
        "Harbourside Credit Union\nOfficial page · 2 h · 🌐\n\n"
        "⚠️ SCAM WARNING: please read and share with older relatives\n\n"
        'A message is going around in chat groups that says: "URGENT!! Dividend of $3,500 '
        'ready for ALL members. Click hcu-claim.example before 12 midnight."\n\n'
        "This message did NOT come from us."
    )
    assert detect(warning) == []
    notice = "Your balance, your payment plan and your account number stay exactly the same."
    assert "your account, your prize" not in {
        s.cue for s in detect(notice + " Share this now! Act today!")
    }
    # As the writer's own words, each still lights beside other bait.
    bait = (
        "There's a list going around of accounts the bank will close. PLEASE READ AND "
        "SHARE!! Your parcel is waiting. Official page of the Federal Benefits Office."
    )
    cues = {s.cue for s in detect(bait)}
    assert {"the grapevine", "asks you to share", "your account, your prize"} <= cues, cues


def test_misses_in_the_second_batch_of_new_writers_now_light_beside_other_bait():
    # From XH-XK's bait, each also found in earlier writers' texts: an unnamed source ("who
    # asked us not to use her name", "I'm told", "Not saying who"), a crowd that already
    # acted, a deadline at an hour tonight, scarce places, "No win, no fee", a registration
    # number in brackets, "A branding expert I follow says", "We are only asking".
    company = " Share this now! Act today!"
    cases = {
        "A neighbour, who asked us not to use her name, saw the trucks.": "vague-sourcing",
        "I'm told one of the councillors has connections.": "vague-sourcing",
        "Over 38,000 already claimed!": "social-proof",
        "At 11:59 PM tonight our deadline hits.": "urgency",
        "Only 15 new cases accepted this week.": "urgency",
        "No win, no fee*": "false-promise",
        "Authorised deposit scheme (Reg. No. 0047731)": "false-authority",
        "A branding expert I follow says it costs a few thousand.": "false-authority",
        "Now, we are not saying anything. We are only asking.": "conspiracy",
    }
    for line, technique in cases.items():
        assert technique in {s.technique for s in detect(line + company)}, line
    # Alone, each is what an honest notice or report may say too.
    for honest in (
        "Doors open at 7pm tonight in the village hall.",
        "Only 15 new places are available on the course this term.",
        "I'm told the hall has a new roof.",
    ):
        assert detect(honest) == [], honest


def test_a_subsection_a_registration_abbreviation_and_a_long_quote_stay_whole():
    # Teachers' notes on XK's and XH's texts: "Section 14" cut from "Section 14(3)", a
    # sentence split at "(reg. 55-10482)" and at "the St. Aubyn Parish Council", and an
    # explanation quoting "... becomes harder to t…".
    company = " Share this now! Act today!"
    texts = {s.text for s in detect("Under Section 14(3) of the Act, funds go back." + company)}
    assert "Section 14(3)" in texts, texts
    line = "We're registered with the Chamber of Commerce (reg. 55-10482) and all above board."
    assert [s.text for s in sentences(line)] == [line]
    saint = "Once you hear what the St. Aubyn Parish Council has done, you will be angry too."
    assert [s.text for s in sentences(saint)] == [saint]
    long = (
        "Every day you wait, the money moves further away and becomes harder to trace through "
        "the banks and the exchanges."
    )
    quoted = [s.explanation for s in detect(long + company) if s.text.startswith("Every day")]
    for why in quoted:
        cut = why.split("…")[0] if "…" in why else ""
        assert not cut or cut.endswith(("trace", "banks", "the", "and")), why
    assert "100% success rate" in {s.text for s in detect("✅ 100% success rate." + company)}


def test_a_message_that_stops_you_checking_with_the_real_organisation_is_impersonation():
    # Misses left from the last stop: a carnival-band "balance due" text ("please do not call
    # or visit the mas camp"), a fake settlement ("do not contact the Court"), a fake award
    # ("do not discuss this award with anyone").
    company = " Your place will be cancelled if unpaid by midnight tonight. Act now!"
    for line, words in (
        ("Please do not call or visit the mas camp, as our staff are busy.", "mas camp"),
        ("Please do not contact the Court or Pinecrest Foods about this claim.", "the Court"),
        ("Do not discuss this award with anyone until it is confirmed.", "with anyone"),
    ):
        found = [s for s in detect(line + company) if words in s.text]
        assert [s.technique for s in found] == ["impersonation"], (line, found)
        assert "checking with the real organisation" in found[0].explanation
    # An honest notice asks the same of visitors, and a warning says not to ring a scam's
    # number: neither is a sender hiding from checks.
    for honest in (
        "Please do not visit the ward if you have had vomiting in the last 48 hours.",
        "If you get one, please don't ring the number. Report it to the council.",
        "Please do not call the surgery for test results before Friday.",
    ):
        assert not [s for s in detect(honest) if s.technique == "impersonation"], honest


def test_misses_in_the_ninth_sessions_new_writers_now_light_beside_other_bait():
    # XL's, XM's, XN's and XO's texts on arrival: each line went unmarked in a text full of
    # other bait.
    assert_named(
        (
            (
                "Government knows but they will not announce because big men are involved.",
                "conspiracy",
            ),
            ("Failure to comply means the terminal will be deactivated.", "fear-appeal"),
            ("Industry observers expect tighter rules for new projects.", "vague-sourcing"),
            ("A growing number of local landholders are discovering a new income.", "social-proof"),
            ("Check whether your property qualifies in under two minutes.", "direct-address"),
            (
                "It stays in the stomach for years and causes kidney failure and cancer.",
                "fear-appeal",
            ),
            ("Some properties are now earning up to $90 per hectare per year.", "false-promise"),
            ("There are more than 23,000 sponsors now on FarmVest's platform.", "social-proof"),
            # XN's and XO's
            ("Your childcare fee refund of $1,146.80 is ready.", "false-promise"),
            ("It's something most parents never think to check.", "curiosity-gap"),
            (
                "According to a recent survey, 1 in 3 children start school without it.",
                "vague-sourcing",
            ),
            ("It can take as little as ten minutes a day.", "false-promise"),
            ("The air in your home can be up to five times dirtier than outside.", "fear-appeal"),
            ("No plugs. No filters. No watering. Just cleaner air.", "false-promise"),
            ("Over 40,000 shares already.", "social-proof"),
            # XN's, after a teacher's review
            ("Over 300 shares in the Eastside group before it got taken down!!", "social-proof"),
            ("So many of you have been in my DMs asking what changed.", "social-proof"),
            ("They're a small family business so they sell out constantly.", "urgency"),
            ("They're not announcing it because they don't want a panic.", "conspiracy"),
            ("Word from someone who'd know is that the pub has been sold.", "vague-sourcing"),
        )
    )
    # Alone, each is what an honest report or notice may say too.
    assert_clean(
        "Smoking causes cancer and heart attacks, the health service said.",
        "Check if you qualify for the winter payment on the council website.",
        "Market watchers expect rates to fall next year.",
        "More than 23,000 people are now on the waiting list.",
        "According to a recent survey by the Office of Statistics, rents rose 4%.",
        "Walking just 20 minutes a day lowers the risk, the study found.",
        "If in doubt, ask someone who would know, such as your pharmacist.",
    )


def test_an_urgent_warning_keeps_the_authority_it_claims_to_come_from():
    # "URGENT WARNING" was highlighted as false authority while "FROM A CUSTOMS OFFICER", the
    # authority claimed, was left out (a teacher's note on XM's forward).
    found = detect("*URGENT WARNING FROM A CUSTOMS OFFICER* 🚨🚨" + COMPANY)
    assert "URGENT WARNING FROM A CUSTOMS OFFICER" in {s.text for s in found}


def test_a_run_of_no_this_no_that_is_a_promise_only_when_it_lists_costs():
    # "No plugs. No filters. No watering." sells effortlessness; "No caption. No emoji." and
    # "No fire. No storm. No explanation." do not, and must not be explained as if they did.
    company = " Share this now! Act today!"
    lit = detect("No plugs. No filters. No watering. Just clean air." + company)
    assert [s.text for s in lit if s.cue == "no this, no that"] == [
        "No plugs. No filters. No watering."
    ]
    for line in ("No caption. No emoji.", "No fire. No storm. No explanation."):
        assert not [s for s in detect(line + company) if s.cue == "no this, no that"], line


def test_teachers_notes_on_the_ninth_sessions_writers_wording_and_layout():
    company = " Share this now! Act today!"
    # A list's play mark is layout: no highlight begins on it, and no explanation calls it a
    # symbol used for effect.
    titles = "▶ This Seal Did Something SCIENTISTS CAN'T EXPLAIN\n▶ Everyone Is Talking About This"
    for span in detect(titles):
        assert not span.text.startswith("▶"), span
        assert "emoji and symbols" not in span.explanation, span
    # A contraction weighs in the models but is never quoted as evidence of bait.
    for span in detect(titles + "\nBecause you're a subscriber, you can claim 60% off." + company):
        assert "contractions" not in span.explanation, span
        assert "(you're)" not in span.explanation and "'you're'" not in span.explanation
    title = "Why Nobody Talks About The Ozone Hole Anymore… (They Hoped You'd Forget)"
    assert "you'd" not in technique_of(title)[1].lower()
    signals = default_model().signals
    emoji = signals.names.index("emoji")
    assert signals.values(["giant"], "▶ GIANT Jellyfish", 0.0)[emoji] == 0
    assert signals.values(["giant"], "GIANT Jellyfish 😱", 0.0)[emoji] == 1
    # "Funny how …" is an insinuation read to its sentence's end, not a hidden link.
    line = "Funny how the meeting got shifted to a Tuesday morning when everyone is at work."
    (funny,) = [s for s in detect(line + company) if s.technique == "conspiracy"]
    assert funny.text == line.rstrip("."), funny.text
    assert "hidden link" not in funny.explanation
    for line, technique in (
        ("Whole town's talking about it.", "social-proof"),
        ("Farmers over 60 are claiming this little-known land allowance.", "false-promise"),
        ("Each unit returns a fixed 36% over one eight-month cycle.", "false-promise"),
        ("Sponsors' capital is protected.", "false-promise"),
        ("The Last Wildcat of Glen Arrach (You Will Cry)", "emotional-language"),
        ("Jellyfish Swarm Heading For Beaches – DON'T Go In The Water", "fear-appeal"),
    ):
        assert technique in {s.technique for s in detect(line + company)}, line
    # A deposit scheme's reassurance, alone, is no promise.
    assert detect("Your savings are protected up to £85,000 by the deposit scheme.") == []


def test_the_reading_summary_describes_short_sentences_without_a_verdict():
    # An honest council warning read "short punchy sentences", the words the panel uses
    # for bait (a teacher's note).
    warning = "Do not pay. Call us first. The number is on our website. We never text."
    summary = analyze(warning)["readability"]["summary"]
    assert "short sentences" in summary and "punchy" not in summary


def test_a_request_for_a_pin_or_code_is_named_and_an_abbreviation_is_not_a_shout():
    # XM's fake terminal text: "Have your terminal ID, BVN and float PIN ready." was a guess
    # explained as shouting "(PIN)", and never said that no one real asks for a PIN.
    company = " Your terminal will be deactivated TODAY. Act now!"
    for line in (
        "Have your terminal ID, BVN and float PIN ready.",
        "Please have ready: your child's date of birth and your online banking sign-in.",
        "Send your full name, date of birth and ID number to the helpline.",
    ):
        found = [s for s in detect(line + company) if s.start < len(line)]
        assert [s.technique for s in found] == ["impersonation"], (line, found)
        assert "never needs your PIN" in found[0].explanation
        assert "(PIN)" not in found[0].explanation
    # An honest warning says the opposite; a surgery asks for ID in person.
    for honest in (
        "We will never ask for your PIN. Do not share your PIN with anyone. Act now!",
        "Please have your ID ready when you come to the surgery. Share this now! Act today!",
    ):
        assert not [s for s in detect(honest) if s.technique == "impersonation"], honest


def test_a_regulators_words_reported_with_she_said_are_hers_not_a_threat():
    # XM's honest recall report: "will be seized" was explained as a threat "to push you to
    # act before you check".
    report = (
        "Dr. Ada Ekanem-Bassey, the agency's director, said anyone with a fever should be "
        "tested. Shops that return stock before the deadline will not be penalised, she said, "
        "but stock found on shelves after 21 March will be seized and the shop may be sealed."
    )
    assert detect(report) == []
    # Unreported, the same threat in a message is still one.
    threat = "Your stock will be seized and the shop may be sealed. Pay the release fee today!"
    assert "fear-appeal" in {s.technique for s in detect(threat)}


def test_what_an_unnamed_group_says_is_highlighted_to_its_clauses_end():
    # Teachers' notes: "specialists say the window to" and "Scientists say the seabird has
    # reached" stopped short of the claim, and were quoted that way.
    company = " Share this now! Act today!"
    claim = (
        "Scientists say the seabird has reached a 'point of no return' after a collapse at one "
        "of its last strongholds"
    )
    assert claim in {s.text for s in detect(claim + "\n\nBy Staff Reporter\n\n" + company)}
    line = (
        "Residents say they saw unmarked vans near the Redmoor site shortly before 9 p.m. on "
        "Friday."
    )
    assert any(t.endswith("9 p.m") for t in {s.text for s in detect(line + company)})
    # A claim too long to be a clause keeps the short reading.
    long = "Experts say " + "the very long and winding claim goes on " * 5 + "forever."
    assert "Experts say the very long" in {s.text for s in detect(long + company)}


def test_a_read_more_label_before_a_headline_is_furniture_and_the_headline_is_the_bait():
    # "Read more" before a linked story's title was explained as "holds back the rest until
    # you read on" (a teacher's note); the title after it is what baits.
    page = (
        "The petition has gathered more than 60,000 signatures. Share this now! Act today!\n\n"
        "Read more: The shocking truth about what is really happening to our seabirds"
    )
    found = detect(page)
    assert not [s for s in found if s.text.lower().startswith("read more")], found
    assert any(s.text.startswith("The shocking truth") for s in found), found
    # A teaser cut off with "…See more" still holds the rest back.
    assert "…See more" in {s.text for s in detect("He forgot the camera…See more" + COMPANY)}


def test_experts_no_one_names_get_one_label_not_two_saying_the_same():
    # "Experts agree that the situation is only going to get worse" carried AUTH and VAGUE,
    # both explaining that no one is named (a teacher's note).
    found = detect("Experts agree that the situation is only going to get worse." + COMPANY)
    on_it = [s.technique for s in found if s.text.startswith("Experts agree")]
    assert on_it == ["false-authority"], found
    # Alone, what an unnamed group says is still vague sourcing.
    alone = detect("Residents say they saw unmarked vans near the site." + COMPANY)
    assert "vague-sourcing" in {s.technique for s in alone}


def test_the_honest_texts_of_the_last_four_writers_stay_clean():
    # XP-XS's honest controls on arrival: a scam shown after "text messages like this one:"
    # and "several of you have forwarded us this:", a trust's real closing date, "roughly
    # 95,000 residents are eligible", and a post's "Full story, including …".
    for warning in (
        "We've also had reports from drivers of text messages like this one:\n\n"
        "\"GoferGrid: You've qualified for a $300 bonus! Claim within 2 hrs at "
        'gofergrid-bonus-pay.example or it will expire."\n\nThis message is not from us.',
        "A fake text: several of you have forwarded us this:\n\n"
        '"URGENT: Founder shares SELLING OUT. Only 40 left at £50. Secure yours in the next '
        '2 hrs before price doubles: thistle-founder-shares.example"\n\nIt is not from us.',
        "Dear member,\n\nThe offer closes at 5pm on Friday 28 November. That date is set in "
        "the offer document.",
        "The authority estimates that roughly 95,000 residents are eligible.",
        "Full story, including what nurses working overseas need to know, is on our page.",
    ):
        assert detect(warning) == [], warning
    # In a message that baits, the same wordings still count.
    assert "urgency" in {
        s.technique for s in detect("The offer closes at 5pm Friday! Claim your prize now!")
    }
    assert "false-promise" in {
        s.technique for s in detect("Residents may be eligible for a refund. Act now! Share!")
    }


def test_misses_in_the_last_four_writers_texts_now_light_beside_other_bait():
    assert_named(
        (
            ("Over 3,000 pastors from 22 nations have already confirmed.", "social-proof"),
            ("Only 14 lots remain in the first release.", "urgency"),
            ("Fined up to $2,000 if you light one.", "fear-appeal"),
            ("Your courier account is scheduled for deactivation.", "fear-appeal"),
            ("Appeals received after the deadline will not be reviewed.", "urgency"),
            ("This fee is refundable upon arrival at the convention.", "false-promise"),
            ("No bank loan, no lawyer needed.", "false-promise"),
            ("I made $1,870 in ONE weekend delivering.", "false-promise"),
            ("This app DOUBLED my pay overnight.", "false-promise"),
            ("STOP accepting orders until you watch this.", "fear-appeal"),
            (
                "One source with knowledge of the club's finances told us it is bad.",
                "vague-sourcing",
            ),
            ("Rovers fans on social media have been quick to voice their anger.", "social-proof"),
            ("Families can lose as much as $1,200 a year to fees.", "fear-appeal"),
            ("The device works, according to researchers in Europe.", "vague-sourcing"),
        )
    )
    # Alone, each of these is what an honest notice or report says too.
    assert_clean(
        "Applications received after the deadline will not be considered.",
        "The deposit is fully refundable if you cancel within 14 days.",
        "Households could save as much as £300 a year by switching, the regulator said.",
    )


def test_a_phishing_emails_request_to_verify_and_confirm_an_account_is_named():
    # A teacher: "please verify your identity and confirm the payout account" was left plain,
    # the one dangerous line of a courier phishing email.
    line = "Please verify your identity and confirm the payout account at fleet-pay.example."
    found = [s for s in detect(line) if s.technique == "impersonation"]
    assert found and found[0].text.startswith("verify your identity and confirm the payout")
    # A charity's own appeals site is no look-alike.
    assert detect("Donations can be made at disasterappeals.example.") == []


def test_our_records_show_is_named_as_talk_about_you_not_as_a_sender_in_disguise():
    # Editors across twenty writers filed "Our records show your …" under direct address: the
    # message makes itself about the reader's own account. It had been named impersonation.
    line = "Our records show your licence has not yet been re-verified."
    assert cues_on(line).get("our records show") == "direct-address", cues_on(line)
    assert "impersonation" not in cues_on(line).values(), cues_on(line)


def test_keep_reading_with_a_promise_is_a_curiosity_gap_and_a_page_turn_is_not():
    # "Keep reading, because …" holds back an answer; "Continue reading: Page 2 of 4" only
    # asks for another page (engagement bait), as it always was.
    for line in (
        "Keep reading, because the answer is not what anyone expected.",
        "Keep reading – you'll never guess who it belonged to.",
        "So which hedge is it? Keep reading to find out what you must do now.",
    ):
        found = [s for s in detect(line + COMPANY) if s.end <= len(line)]
        reading = [s for s in found if "reading" in s.text.lower()]
        assert [s.technique for s in reading] == ["curiosity-gap"], (line, found)
        assert reading[0].text.endswith(("expected", "belonged to", "must do now")), reading
    page = "Continue reading: Page 2 of 4 →"
    assert cues_on(page) == {"see more": "engagement-bait"}, cues_on(page)


def test_a_share_bar_under_a_title_is_page_furniture_not_a_bait_headline():
    # A teacher saw "Share  ·  Email  ·  Print" under an honest report's byline filed as a
    # bait headline ("reads like a bait headline", engagement bait).
    text = (
        "The Pellham Gazette  ›  Transport\n\n"
        "Ferry timetable to change on 4 May as two crossings are cut, operator confirms\n\n"
        "By Ros Tan, Transport Reporter\n\n"
        "Share  ·  Email  ·  Print\n\n"
        "You Won't Believe What The Ferry Captain Found Under Seat 14\n\n"
        "The operator said the two early crossings carried fewer than ten people a day."
    )
    found = detect(text)
    assert not any("Share" in s.text for s in found), [s.text for s in found]
    # The bait title beside it is still read as one.
    assert any(s.text.startswith("You Won't Believe") for s in found), [s.text for s in found]


def test_a_scam_pop_up_shown_by_a_warning_is_an_exhibit_not_the_writers_bait():
    # A council's scam alert showed the pop-up "a resident sent us", and its title named the
    # scam under the page's name: the pop-up's countdown and "UNLIMITED" were highlighted.
    warning = (
        "Harlow Vale Trading Standards ✓\n"
        "Official page · 3 March at 09:12\n\n"
        "⚠️ Scam alert: fake photo-editing apps\n\n"
        "Since January we have had 230 complaints about copycat photo apps.\n\n"
        "After a free trial they show a pop-up like this one, which a reader in Osterby sent us:"
        '\n\n"Your free filters expire in 04:59! Unlock UNLIMITED edits now for only £6.99/week. '
        "Don't lose your photos!\"\n\n"
        "Check your subscriptions in your phone's settings: deleting the app does not cancel."
    )
    found = detect(warning)
    assert not any(s.technique in {"urgency", "false-promise"} for s in found), found
    # The same pop-up, sent as the message itself, is bait.
    scam = "Your free filters expire in 04:59! Unlock UNLIMITED edits now for only £6.99/week."
    assert any(s.technique == "urgency" for s in detect(scam + COMPANY)), detect(scam + COMPANY)


def test_wordings_from_the_xt_xw_writers_that_no_cue_knew():
    # Misses from four new writers (students, Gulf workers, tech users, the rural US), each
    # beside an honest look-alike that stays clean.
    assert_named(
        [
            ("Many are now asking what else the board isn't telling them.", "conspiracy"),
            ("They just don't want you to figure out how to use it.", "conspiracy"),
            ("Its silence has only fuelled questions about what it is building.", "conspiracy"),
            ("Families who found out too late are now warning others.", "fear-appeal"),
            ("The booster is flying off the shelves in farm country.", "social-proof"),
            ("A post about it has been shared thousands of times.", "social-proof"),
            ("Ignore this message = deportation and lifetime ban.", "fear-appeal"),
            ("From what I hear, this deal was done months ago.", "vague-sourcing"),
            ("Officials who have never worked a day outside an office decided it.", "us-vs-them"),
            ("What the university has planned for the building may surprise you.", "curiosity-gap"),
            ("Book before the 30th at OLD price only.", "urgency"),
        ]
    )
    assert_clean(
        "Tickets bought before 1 May stay at the old price, the operator said.",
        "A cup of flour = 125 grams.",
        "The report was shared with councillors on Tuesday.",
        "She said she had never worked a night shift before joining the ward.",
        "The company has not answered our questions about the clause.",
    )


def test_wordings_set_aside_are_shown_when_the_second_look_finds_bait_around_them():
    # A teacher read "Seen but not marked: 'within 24 HOURS' (deadline); 'Do not discuss this
    # message …' (do not check with them) … so none is highlighted" above highlights on those
    # very sentences: the second look had found bait in the rest of the text.
    text = (
        "LBR-ALERT\n\nLabour Registry Office: Dear worker, a DESERTION report has been lodged "
        "against your permit by your employer. A travel ban and arrest order will be activated "
        "within 24 HOURS.\n\nTo withdraw the report before it reaches the border police, pay "
        "the appeal fee of 200 dinars at lro-case-appeal.example/ds55120 and upload a photo of "
        "your permit and passport.\n\nIf paid today, the report will be withdrawn and your file "
        "will show a clean record. No need to visit any office.\n\nDo not discuss this message "
        "with your employer, it may delay your case.\n\nLRO Helpdesk"
    )
    aside: list = []
    found = detect(text, set_aside=aside)
    assert aside == [], [a.text for a in aside]
    cues = {s.cue: s.text for s in found}
    assert cues.get("deadline", "").startswith("within 24 HOURS"), cues
    assert cues.get("do not check with them", "").startswith("Do not discuss"), cues
    # Alone, with nothing else that reads as bait, the same wordings are still only noted.
    aside = []
    assert detect("Please reply within 24 hours.", set_aside=aside) == []
    assert "deadline" in {a.cue for a in aside}, aside


def test_wordings_set_aside_stay_aside_when_the_bait_around_them_was_only_their_own(
    monkeypatch,
):
    # A PTA's poll post: with "Comment below" and "Please share" set aside, the second look
    # read the post as bait, chiefly the very sentences those asks stand in. Brought back, the
    # second look found nothing else, yet both asks stayed highlighted on an honest post.
    import baitlab.sentences as sentences
    from baitlab.detector import DetectedSpan

    text = (
        "Comment below with any questions. Please share with the other parents.\n\n"
        "The fair is on Saturday from 10am."
    )

    def second_look(prepared, found, model=None):
        if found:
            return []  # the asks' own sentences are covered now: nothing else reads as bait
        start = text.index("The fair")
        return [DetectedSpan(start, len(text), "urgency", sentences.CUE_NAME, text[start:], "")]

    monkeypatch.setattr(sentences, "second_look", second_look)
    aside: list = []
    assert detect(text, set_aside=aside) == []
    assert [a.text for a in aside] == ["Comment below", "Please share"]


def test_opening_hours_and_a_grant_range_set_no_clock_and_no_was_price():
    # A teacher read RUSH "invents time pressure" on "the library will close at midnight and
    # reopen at 7am", and "a price it never charged" on "Awards are usually £150 to £1,000".
    for line in (
        "From 28 April the library will close at midnight and reopen at 7am.",
        "The pool closes at midnight on weekdays.",
        "Awards are usually £150 to £1,000, depending on need.",
        "Awards are usually £150-£1,000.",
    ):
        assert cues_on(line) == {}, (line, cues_on(line))
    assert "urgency" in cues_on("Voting closes at midnight, so hurry.").values()
    assert cues_on("Normally £149, today only £29!").get("a price it never charged")


def test_a_look_alike_sender_address_with_a_service_word_glued_to_the_brand():
    # Three new writers' fake emails hid behind "support@tracevo-devicerecovery.example",
    # "payouts@pellcounty-jrlivestock-sale.example" and "…@ashcombe-ceremonies.example".
    for line in (
        "From: Corvel Device Finder <support@corvel-devicerecovery.example>",
        "From: Harl County Youth Show <payouts@harlcounty-youthshow-sale.example>",
        "From: Brindle Graduation Office <office@brindle-ceremonies.example>",
    ):
        assert cues_on(line).get("a look-alike sender address") == "impersonation", line
    # A charity's or a school's own address is how real mail looks.
    for line in (
        "From: Fellmoor Air Ambulance <supporters@fellmoor-air-ambulance.example>",
        "From: Kilmory Academy <bulletin@kilmory-academy.example>",
    ):
        assert "a look-alike sender address" not in cues_on(line), line


def test_a_request_for_bank_account_details_and_a_banking_login_is_named():
    # A teacher's most important scam sign in a fake prize email went unmarked: "confirm your
    # exhibitor's name, your bank account details and your online banking login".
    line = "Please confirm your name, your bank account details and your online banking login."
    assert cues_on(line).get("asks for your PIN or code"), cues_on(line)
    assert_clean("Refunds are paid to the bank account details you gave us when you booked.")


def test_a_sudden_loss_is_a_fear_and_a_record_of_speed_is_no_deadline():
    # Teachers read "could vanish overnight" (patronage checks) explained as a promise "in an
    # advert", and "returned to their owners within 48 hours" as a clock on the reader.
    line = "Patronage checks that families have counted on could vanish overnight."
    assert cues_on(line) == {"gone overnight": "fear-appeal"}, cues_on(line)
    assert cues_on("Wrinkles vanish overnight with this cream!") == {
        "too much, too fast": "false-promise"
    }
    assert cues_on("Over 92% of lost phones are returned to their owners within 48 hours.") == {}
    assert "deadline" in cues_on("Please confirm you are the owner within 24 hours.")


def test_a_read_this_before_warning_is_read_whole_and_explained_without_a_sale_or_a_date():
    # A teacher saw "READ THIS BEFORE YOU SUBMIT ANYTHING" cut before "ELSE THIS SEMESTER",
    # explained as "a clock on reading or buying … Real news stays true after the date" in a
    # post that sells nothing and names no date; and "If you've EVER used campus wifi" called
    # "a question about yourself".
    line = "READ THIS BEFORE YOU SUBMIT ANYTHING ELSE THIS SEMESTER"
    (clock,) = [s for s in detect(line + COMPANY) if s.end <= len(line)]
    assert clock.text == line, clock.text
    assert "buying" not in clock.explanation and "date" not in clock.explanation
    wifi = "If you've EVER used campus wifi to look something up during an assignment"
    (you,) = [s for s in detect(wifi + COMPANY) if s.end <= len(wifi)]
    assert "question" not in you.explanation, you.explanation


def test_a_rules_threshold_and_fans_still_paying_are_reported_facts():
    # Two honest reports from XX-X0 lit up: "centres with more than 50 students must
    # register" (a rule's threshold read as a crowd) and "Some fans are still paying for the
    # festival" (a report on others read as aimed at you).
    assert_clean(
        "Every coaching centre with more than 50 students must register by June 30.",
        "Some fans are still paying for the festival that never happened.",
    )
    assert cues_on("Join a community with over 12,000 students today!")
    assert cues_on("Still paying for a gym you never go to? We need to talk.")
    line = "Every coaching centre with more than 50 students must register by June 30."
    assert cues_on(line) == {}, cues_on(line)


def test_a_list_of_titles_says_its_reading_age_measures_words_not_writing():
    # "Reading age 7" over a channel's video titles read to a teacher as "written for
    # 7-year-olds": its lines are titles, not sentences, and the summary now says so.
    titles = "\n".join(
        [
            "I Tried The 5am Routine For 30 Days (Day 12 Broke Me)",
            "NEVER Buy A Used Bike Before Watching This",
            "Why Everyone Is Quitting The Gym Right Now",
            "The Stretch Physios Don't Want You Doing",
            "My Honest Review After 1 Year",
            "Last Chance: Free Plan Ends Tonight",
        ]
    )
    assert "titles, list items or chat messages" in analyze(titles)["readability"]["summary"]
    prose = "Do not pay. Call us first. The number is on our website. We never text."
    assert "list" not in analyze(prose)["readability"]["summary"]


def test_a_claim_that_is_spreading_and_what_you_are_about_to_read_are_not_cut_into_bait():
    # A teacher read RUSH "claim that is now" (out of "a claim that is now spreading like
    # wildfire") explained as "asks you to do it right now", and YOU "What you are" (out of
    # "What you are about to read may change …") as a message about you.
    assert_clean(
        "A former engineer has come forward with a claim that is now spreading fast.",
        "What you are about to read may change the way you train forever.",
    )
    for line in (
        "A former engineer has come forward with a claim that is now spreading fast.",
        "What you are about to read may change the way you train forever.",
    ):
        assert not {"act now", "you, specifically"} & set(cues_on(line)), cues_on(line)
    assert "act now" in cues_on("Claim your refund now!")
    assert "you, specifically" in cues_on("Which Disney villain you really are, by birth month")


def test_highlights_a_teacher_saw_cut_mid_phrase_read_to_the_end_of_their_clause():
    # "you are entitled to a full" (before "refund PLUS a $75 inconvenience credit"), "Ask
    # yourself" (before "why the local paper hasn't said a WORD"), and "the ones who made that
    # app worth anything and now they're" were each cut before their point; "Follow the
    # money" was explained as "a hidden plot that everyone in power is part of".
    def read(line: str) -> dict[str, str]:
        return {s.cue: s for s in detect(line + COMPANY) if s.end <= len(line)}

    refund = read("Good news: you are entitled to a full refund PLUS a $75 credit. Reply now.")
    assert refund["eligible for"].text.endswith("$75 credit"), refund["eligible for"].text
    ask = read("Ask yourself why the local paper hasn't said a WORD about this.")
    assert ask["just asking questions"].text.endswith("about this"), ask
    ones = read("We are the ones who made that app worth anything and now they squeeze us.")
    assert ones["ordinary people against them"].text.endswith("squeeze us"), ones
    money = read("Follow the money.")["follow the money"]
    assert "everyone in power" not in money.explanation, money.explanation


def test_what_a_teacher_pasted_into_check_a_text_is_named_and_a_fair_column_stays_clean():
    # A reviewer's health forward had its most dangerous lines unlit; a fair column's "these
    # people" (residents the writer stands up for) was filed as us-versus-them; "HMRC:" went
    # unnamed while a headline's "Doctors Stunned:" was called a sender.
    assert_clean("A car park does nothing for these people, who have no car at all.")
    assert_named(
        [
            ("These people don't care about our town.", "us-vs-them"),
            ("The doctors already know this but they are not allowed to tell you.", "conspiracy"),
            ("It kills the virus in 24 hours, no need for any tablets.", "false-promise"),
            ("A girl in Leeds died last week from it and nobody reported it.", "fear-appeal"),
            ("Leading specialists are calling it a breakthrough.", "vague-sourcing"),
            ("We asked insiders what really goes on.", "vague-sourcing"),
            ("Keep scrolling to see number 7, the one they hide.", "curiosity-gap"),
        ]
    )
    sender = "a trusted name as the sender"
    assert sender in cues_on("HMRC: You are eligible for a tax refund of £312.48.")
    assert sender not in cues_on("Doctors Stunned: Grandmother, 71, Discovers Simple Trick")
    assert sender not in cues_on("PS: You will love this one.")
    assert "unnamed experts crown it" not in cues_on("Scientists call it glycation.")
    # Only the offer: the threat and the clock after "but" are named on their own.
    refund = {s.cue: s.text for s in detect("Your refund is waiting but will be cancelled.")}
    assert refund.get("money waiting for you") == "Your refund is waiting", refund


def test_a_reply_yes_a_secret_from_mum_and_refunds_taken_back_are_read_for_what_they_do():
    # A teacher's notes on scam texts: "reply YES" was explained as sharing a post, "unclaimed
    # refunds … are returned to the Treasury" (a threat) as a promise of easy money, and in a
    # "new number" text neither "by 5 today" nor "Don't tell my mum" was named.
    line = "Speak to a Relief Advisor today: reply YES or finish enrolment online."
    reply = {s.cue: s for s in detect(line + COMPANY) if s.end <= len(line)}
    assert "reply to the text" in reply and "asks you to share" not in reply, reply
    assert "post" not in reply["reply to the text"].explanation
    assert "money for nothing" not in cues_on("Unclaimed refunds are returned to the Treasury.")
    assert "money for nothing" in cues_on("Check now for unclaimed refunds in your name!")
    assert_named(
        [
            ("I need to pay for the bus pass by 5 today or I get kicked off.", "urgency"),
            ("Don't tell my mum pls she'll freak.", "impersonation"),
        ]
    )
    assert detect("Don't tell my mum about the party, it's a surprise! See you Saturday.") == []


def test_a_blackmail_threat_a_closing_window_and_a_login_grab_are_named():
    # A second review: a sextortion message's threat went unlit, "within 48 hours" there was
    # explained as "missing out", an account scare's "confirming your username, password"
    # and a giveaway's "for the next 60 minutes only" were missed.
    assert_named(
        [
            ("Send £500 or the video goes to all your friends, family and school.", "fear-appeal"),
            ("I have recorded you through your webcam.", "fear-appeal"),
            ("For the next 60 minutes only we are running a giveaway.", "urgency"),
            ("Only the first 1,000 transactions are guaranteed.", "urgency"),
            ("Don't miss this chance!!", "urgency"),
            ("Verify by confirming your username, password and code.", "impersonation"),
            ("Dermatologists hate how simple this is lol.", "conspiracy"),
        ]
    )
    clock = [
        s for s in detect("I have your video. Within 48 hours." + COMPANY) if s.cue == "deadline"
    ]
    assert clock and "missing out" not in clock[0].explanation
    threat = [s for s in detect("Pay or the video goes to your family.") if s.technique]
    assert any("tell an adult you trust" in s.explanation for s in threat), threat


def test_a_site_name_a_testimonial_and_a_turned_round_crowd_are_not_bait():
    # Three false readings a teacher found in the compare view: "TODAY" in a masthead called a
    # shouted deadline, a testimonial's "Before the weekend I had…" called a clock, and "But
    # not everyone is happy." guessed to be crowd pressure because of "everyone".
    bait = "This tea ends joint pain forever. Share this before it's deleted!"
    masthead = detect(f"HEALTHY YEARS TODAY  |  Wellness\n\n{bait}")
    assert not [s for s in masthead if "TODAY" in s.text], masthead
    shouted = detect(f"Prices go up, so grab yours TODAY.\n\n{bait}")
    assert any(s.technique == "urgency" and "TODAY" in s.text for s in shouted), shouted
    testimonial = detect(f'"Before the weekend I had £3,000 in savings," says Priya. {bait}')
    assert not [s for s in testimonial if s.technique == "urgency" and "weekend" in s.text]
    turned = "The council banned cake sales. But not everyone is happy. " + bait
    assert not [s for s in detect(turned) if "everyone" in s.text], detect(turned)
    crowd = "Everyone is talking about it. Everyone is switching. " + bait
    assert any(s.technique == "social-proof" for s in detect(crowd)), detect(crowd)


def test_a_pause_inside_a_quoted_sentence_that_ends_is_no_teaser():
    # A teacher read "trails off into dots and leaves the thought hanging" on a finished
    # sentence: “It's rare to see real humanity in uniform… but this was different.”
    bait = " Share this before it's deleted!"
    finished = "Another said, “It’s rare to see real humanity in uniform… but this was different.”"
    assert "teaser trails off" not in {s.cue for s in detect(finished + bait)}
    for hanging in (
        "Look what they found when they drained the old canal yesterday…",
        "Then something happened that NOBODY in that town will ever forget...",
    ):
        assert "teaser trails off" in {s.cue for s in detect(hanging + bait)}, hanging


def test_what_a_teenager_or_a_grandparent_is_most_likely_to_paste_is_named():
    # Two teacher reviews found these unlit or misread: a pay-or-I-share threat, a request for
    # a login code, payment in gift cards, secrecy from one's children, a look-alike address
    # with a real ending; and a genuine NHS invite lit as a false promise.
    def cues(text: str) -> set[str]:
        return {s.cue for s in detect(text)}

    shame = "a threat to shame you"
    assert shame in cues("If you don't pay I will send your pics to your whole school.")
    assert shame in cues(
        "I will post the picture you sent on every account you follow unless you pay."
    )
    assert shame in cues("Pay me or everyone at your school sees your nudes.")
    code = "asks for a code sent to you"
    assert code in cues(
        "I put your number in by mistake. You should have just got a 6-digit code by text, "
        "can you send it to me? it's kind of urgent"
    )
    assert code in cues("Reply with the 6-digit code I just sent you, it was sent by mistake.")
    gift = "pay me in gift cards"
    assert gift in cues("Hi Nan, can you buy me two £100 Apple gift cards? Don't tell mum x")
    assert gift in cues("Can you send it by Apple gift cards tonight? I will pay you back.")
    secret = detect(
        "Please do not tell your children, they will not understand. "
        "Can you send it by Apple gift cards tonight?"
    )
    assert "don't check with anyone" in {s.cue for s in secret}
    assert "link to a look-alike site" in cues(
        "You are due a tax refund. Claim at hmrc-refunds-gov.uk"
    )
    for honest in (
        "We will send the class photos to parents next week.",
        "Never share your code with anyone, not even us.",
        "Get help at support.apple.com or check your day at westbridge.gov.uk/bins.",
        "NHS: Hello Mr Hughes, you are eligible for a free flu and COVID-19 vaccination this "
        "autumn. Book at your GP surgery or a local pharmacy, or use the NHS App.",
        "Riverside Medical Practice: You are now eligible for a free NHS Health Check. Please "
        "call 01632 960543 to book.",
    ):
        assert detect(honest) == [], honest


def test_doctors_as_the_enemy_slang_and_us_or_them_get_the_right_name():
    # A teacher's review: "Doctors HATE" was called borrowed expert authority (it makes them
    # the enemy), "(Number 12 Will Destroy You)" a threat (it is slang), and "It's us or
    # them." went unnamed.
    hate = detect("Doctors HATE this because it's free. Save this before it gets taken down!")
    assert "false-authority" not in {s.technique for s in hate}
    assert "conspiracy" in {s.technique for s in hate}
    slang = detect("17 Things Only 2010 Babies Will Understand (Number 12 Will Destroy You)")
    assert "fear-appeal" not in {s.technique for s in slang}
    assert "fear-appeal" in {s.technique for s in detect("This mould will destroy your lungs.")}
    sides = detect("They think they own the whole town. Share this now. It's us or them.")
    assert ("us-vs-them", "It's us or them") in {(s.technique, s.text) for s in sides}
    quoted = '"It\'s us against them now," said Tom Edwards, 16, outside the youth centre.'
    assert detect(quoted) == []


def test_dont_ring_me_in_a_money_request_stops_you_checking_by_voice():
    hi_dad = (
        "Hi Dad it's me, this is my new number. Could you transfer £780 for me? "
        "Please don't ring, I can't talk right now, just text xx"
    )
    assert ("do not check with them", "Please don't ring") in _cued(hi_dad)
    assert detect("If you get one, please don't ring the number. Report it instead.") == []


def test_a_shouted_urgent_label_and_a_banned_account_are_named():
    # Found while writing the Check page's safety steps: a council scare lit nothing, its two
    # wordings each waiting for a third, and a game account "BANNED in 24 hours" went unnamed.
    bins = (
        "URGENT: the council will remove every garden waste bin on Friday. Residents who have "
        "not re-registered will be fined £80. Act now before the deadline!"
    )
    assert ("urgency", "URGENT") in _named(bins)
    notice = "FINAL NOTICE: your parcel fee is unpaid. Pay by 6pm today at royal-post-fees.com"
    assert ("urgency", "FINAL NOTICE") in _named(notice)
    banned = detect("Your Steam account will be BANNED in 24 hours for suspicious trading.")
    assert ("fear-appeal", "Your Steam account will be BANNED") in {
        (s.technique, s.text) for s in banned
    }
    # Quiet words in a sentence are no shouted label; a report quoting a scam stays clean.
    assert detect("It is not urgent: the bins go out on Friday as usual.") == []
    report = (
        'Police say one text read: "URGENT: Your account will be DELETED in 12 hours." '
        "The bank, Harbourside, said it never sends such messages."
    )
    assert detect(report) == []


def test_redeem_or_update_now_before_theyre_gone_and_no_risk_at_all_are_named():
    # Known misses from a teacher's review: "UPDATE ACCOUNT NOW", "Redeem now for free gifts
    # before they're gone", "There is no risk".
    found = detect(
        "Your card has been locked. UPDATE ACCOUNT NOW. Redeem your points today before "
        "they're gone! There is no risk at all."
    )
    assert {
        ("urgency", "UPDATE ACCOUNT NOW"),
        ("urgency", "Redeem your points today before they're gone"),
        ("false-promise", "There is no risk at all"),
    } <= {(s.technique, s.text) for s in found}
    assert detect("The lab said there is no risk at all to residents, Dr Ann Kaye said.") == []


def test_a_games_password_a_copy_of_your_id_and_brand_look_alike_addresses_are_named():
    # A pastoral lead's texts: "type your username and password" was called a share request,
    # "send a copy of your ID and your bank details" went unnamed, and addresses that glue a
    # famous brand to other words ("instagram-appeal-centre.net") were not called look-alikes.
    robux = detect(
        "Go to robux-rewards-claim.com, type your username and password and the Robux land "
        "in 5 minutes."
    )
    assert ("impersonation", "type your username and password") in {
        (s.technique, s.text) for s in robux
    }
    assert "engagement-bait" not in {s.technique for s in robux}
    job = detect(
        "Earn £300 per day. No interview needed, you have been pre-selected. Please send a "
        "copy of your ID and your bank details to our HR team. Reply today."
    )
    assert any(s.text.startswith("send a copy of your ID and your bank details") for s in job)
    for address in (
        "instagram-appeal-centre.net",
        "tiktok-video-view.com/watch?v=88213",
        "mrbeast-giveaway.shop",
    ):
        found = detect(f"Verify your identity now at {address} or lose your account.")
        assert ("impersonation", address) in {(s.technique, s.text) for s in found}, address
    shared = detect("Type your name below and share it with everyone! You won't believe it.")
    assert ("engagement-bait", "Type your name") in {(s.technique, s.text) for s in shared}
    assert detect("Read the rules at instagram.com/help or apple.com before you post.") == []


def test_a_number_to_ring_in_a_was_this_you_text_and_a_safe_account_are_named():
    # A tutor's older learners: a fake bank's "If NOT, call our Fraud Team immediately on
    # 0800 …" came back clean, looking just like a surgery's reminder.
    bank = detect(
        "NatWest: Did you attempt a payment of £749.99 to AMZ MKTP at 13:42? If NOT, call our "
        "Fraud Team immediately on 0800 046 8812 to secure your account."
    )
    rings = [s for s in bank if s.cue == "a number to ring in the message"]
    assert rings and "0800 046 8812" in rings[0].text and rings[0].technique == "impersonation"
    assert "Don't ring it" in rings[0].explanation
    popup = detect("Call Microsoft Certified Support immediately on 1-888-555-0143 (toll free).")
    assert "a number to ring in the message" in {s.cue for s in popup}
    safe = detect("Call us and we will help you move your money to a safe account.")
    assert ("impersonation", "move your money to a safe account") in {
        (s.technique, s.text) for s in safe
    }
    # A surgery's number, and a bank's own warning, stay clean.
    surgery = (
        "Riverside Medical Practice: Reminder of your appointment on Tue 8 Dec at 10:20. If "
        "you can no longer attend, please call the surgery on 01632 960 412."
    )
    assert detect(surgery) == []
    assert detect("We will never ask you to move your money to a safe account.") == []


def test_a_chain_messages_threat_and_gift_cards_by_another_name_are_named():
    # A pastoral lead's chain message marked only its sharing and its clock; a tutor's romance
    # scam asked for "Apple gift cards" and "iTunes gift cards … text me the numbers".
    chain = detect(
        "If you don't send this to 10 people in the next 10 minutes I will be standing next to "
        "your bed tonight. A girl in Year 9 ignored this and she broke her arm the next day."
    )
    threats = [s.text for s in chain if s.cue == "bad luck if you break the chain"]
    assert "ignored this and she broke her arm the next day" in threats
    assert any("I will be standing next to your bed tonight" in t for t in threats)
    for ask in (
        "You can send it as Apple gift cards, it is fastest.",
        "The fastest way is iTunes gift cards. Scratch off the back and text me the numbers.",
        "Please buy four £100 Google Play cards and send me photos of the codes on the back.",
    ):
        assert "pay me in gift cards" in {s.cue for s in detect(ask)}, ask
    assert detect("I bought a Google Play card for my son's birthday.") == []


def test_an_older_learners_payment_post_and_renewal_phish_are_named_whole():
    # A tutor's texts: the headline claim and its short link went unmarked, "GOV.UK:" was no
    # sender, ".help" was no look-alike ending, and "nhs-card-renewal.co.uk" stopped at ".co".
    post = detect(
        "BREAKING: The $2,000 stimulus payment for seniors is OUT!! Check if your name is on "
        "the list here 👉 bit.ly/2k-senior-list before the deadline on Friday!"
    )
    assert {
        ("false-promise", "The $2,000 stimulus payment for seniors is OUT"),
        ("impersonation", "bit.ly/2k-senior-list"),
    } <= {(s.technique, s.text) for s in post}
    fuel = detect("GOV.UK: You are eligible for a Winter Fuel Payment of £300. Apply now.")
    assert ("impersonation", "GOV.UK") in {(s.technique, s.text) for s in fuel}
    for address in ("medicare-card-renewal.help", "nhs-card-renewal.co.uk"):
        found = detect(f"Confirm your card details within 24 hours at {address} today.")
        assert ("impersonation", address) in {(s.technique, s.text) for s in found}, address
    assert detect("Read more at bit.ly/library-hours, the library said on Tuesday.") == []


def test_a_grandchild_voice_note_is_read_for_what_each_line_does():
    # A tutor: "It's me..." was a teaser that trails off, "that's why I sound funny" a plot
    # guess, "Please Grandma, I'm so scared." a share request, "You can't tell anyone" nothing.
    note = detect(
        "Grandma? It's me... it's me, your grandson. I've been in a car accident and I've "
        "broken my nose, that's why I sound funny. Please don't tell Mum and Dad. The police "
        "say I need to pay bail today. Please Grandma, I'm so scared. You can't tell anyone, "
        "okay?"
    )
    found = {(s.technique, s.text) for s in note}
    assert {
        ("impersonation", "that's why I sound funny"),
        ("emotional-language", "Please Grandma, I'm so scared"),
        ("impersonation", "You can't tell anyone"),
    } <= found
    assert not {t for t, _ in found} & {"curiosity-gap", "conspiracy", "engagement-bait"}
    # Acne that went in 3 days is a promise about your skin, not a crowd buying it up.
    serum = detect(
        "My acne was gone in 3 days. Grab yours before it's gone! 50,000 people have switched."
    )
    assert [s.technique for s in serum if "gone in 3 days" in s.text] == ["false-promise"]
    # A teaser that trails off is still one.
    assert "curiosity-gap" in {s.technique for s in detect("What she found inside...")}


def test_a_teenagers_scam_dms_and_an_outrage_post_get_the_right_names():
    # A pastoral lead's texts: wrong labels and misses a class would have to unpick.
    job = detect("Earn £300-£500 per day, just 1 hour of work using your phone. Reply today!")
    assert "just 1 hour of work" not in " ".join(s.text for s in job if s.technique == "urgency")
    crypto = detect("send me £50 to start and I'll double it in 48 hours guaranteed.")
    assert ("false-promise", "I'll double it in 48 hours guaranteed") in {
        (s.technique, s.text) for s in crypto
    }
    giveaway = detect("To claim, just pay the £2.99 delivery fee at the link within the hour.")
    fee = [s for s in giveaway if s.text == "just pay the £2.99 delivery fee"]
    assert fee and fee[0].technique == "false-promise"
    assert "no one wins a prize they never entered" in fee[0].explanation
    tickets = detect("Loads of people have messaged so first to pay gets them.")
    assert ("urgency", "first to pay gets them") in {(s.technique, s.text) for s in tickets}
    outrage = detect(
        "Absolute animals. They spat at our players. They're ALL like that over there, "
        "everyone knows it. Share this! If this was us we'd have been expelled!!!"
    )
    sides = {s.text for s in outrage if s.technique == "us-vs-them"}
    assert {
        "Absolute animals",
        "They're ALL like that over there",
        "If this was us we'd have been expelled",
    } <= sides
    assert detect("The animals at the farm park are fed at noon, the keeper said.") == []


def test_a_tech_support_scare_is_fear_and_a_charitys_number_is_no_badge():
    popup = detect(
        "WARNING! Your computer has been infected with 5 viruses (Trojan Spyware). Call "
        "Microsoft Certified Support immediately on 1-888-555-0143."
    )
    assert ("fear-appeal", "Your computer has been infected with 5 viruses") in {
        (s.technique, s.text) for s in popup
    }
    hacked = detect("Your account has been compromised. Call 0800 046 8812 now.")
    assert {"fear-appeal", "impersonation"} <= {s.technique for s in hacked}
    # A tutor: a real charity's number was listed as "seen but not marked (a number as a badge)".
    aside: list = []
    detect("Please give what you can. Registered charity no. 1098765", set_aside=aside)
    assert aside == []


def test_a_lottery_greeting_and_a_post_that_will_be_deleted_are_named():
    # A tutor's lottery letter and outrage post.
    letter = detect("Dear Lucky Winner, You have won the sum of $850,000.00. Reply today!")
    assert ("impersonation", "Dear Lucky Winner") in {(s.technique, s.text) for s in letter}
    post = detect("SHARE if you're sick of it. They will delete this post within the hour.")
    assert ("urgency", "They will delete this post within the hour") in {
        (s.technique, s.text) for s in post
    }
    # "historic" fitted a news event, not a DM's "everyone's talking about it".
    talk = detect("is this you in this video?? you're tagged, everyone's talking about it")
    assert not any("historic" in s.explanation for s in talk)


def test_a_romance_scams_sweet_talk_is_named_not_guessed_as_a_teaser():
    # A tutor: "I have not stopped thinking about you" was a curiosity-gap guess.
    found = detect(
        "Good morning my dearest Margaret. I have not stopped thinking about you since we "
        "talked last night. You are the kindest woman I have ever met and God brought you into "
        "my life for a reason. You can send it as Apple gift cards, it is fastest."
    )
    sweet = {s.text for s in found if s.cue == "sweet talk from a stranger"}
    assert "God brought you into my life for a reason" in sweet
    assert "I have not stopped thinking about you" in sweet
    assert "curiosity-gap" not in {s.technique for s in found}


def test_a_famous_name_signed_under_a_quote_is_a_borrowed_endorsement():
    # A known miss from a teacher's review: a fake quote's "— Elon Musk, 2025".
    quote = detect('"The government doesn\'t want you to know about this." — Elon Musk, 2025')
    assert ("false-authority", "Elon Musk, 2025") in {(s.technique, s.text) for s in quote}
    backs = detect("Martin Lewis backs this new savings trick. Sign up today before it closes!")
    assert ("false-authority", "Martin Lewis backs") in {(s.technique, s.text) for s in backs}
    assert detect("Elon Musk said on Tuesday that the company would cut its prices.") == []


def test_a_health_chain_letters_most_dangerous_line_is_named():
    # A known miss from a teacher's review: the line that could cost a life.
    found = detect(
        "If you feel a sharp pain in your chest, DO NOT wait for an ambulance. Cough very hard "
        "and repeatedly, every 2 seconds. Send this to everyone you love!"
    )
    fix = [s for s in found if s.cue == "a home fix instead of real help"]
    assert fix and fix[0].text.startswith("DO NOT wait for an ambulance")
    assert "ring the emergency number" in fix[0].explanation
    report = "Paramedics said people should never wait for an ambulance if they can drive."
    assert "a home fix instead of real help" not in {s.cue for s in detect(report)}


def test_a_side_hustles_sign_up_and_a_sellers_sweeteners_are_named():
    # Known misses from teachers' reviews: a teenager's side hustle and a supplement advert.
    hustle = _cued(
        "Honestly u don't even need to be 18 for this, DM me READY and I'll send the link. "
        "I only take 5 new people a week so be quick. Earn £500 a week from your phone!"
    )
    assert ("no age limit", "u don't even need to be 18 for this") in hustle
    assert ("a code word by private message", "DM me READY") in hustle
    assert ("only a few places left", "I only take 5 new people a week so be quick") in hustle
    coach = detect(
        "Coach is only taking 20 new people this month. I'll double your money in 48 hours "
        "guaranteed! Comment READY below."
    )
    assert ("urgency", "Coach is only taking 20 new people this month") in {
        (s.technique, s.text) for s in coach
    }
    advert = _named(
        "Order today and get 3 bottles FREE! 100% money-back guarantee, so you have nothing "
        "to lose. Only 12 left!"
    )
    assert ("false-promise", "get 3 bottles FREE") in advert
    assert ("false-promise", "100% money-back guarantee") in advert
    # Plain words for the same things stay clean.
    assert (
        detect("The club takes new members every week; no age limit applies to the free swim.")
        == []
    )
    assert detect("Children get 3 free bottles of water at the finish line.") == []


def test_a_favour_from_someone_who_cant_talk_and_a_chat_off_the_platform_are_impersonation():
    favour = detect(
        "Can you pay the invoice for me? I'll reimburse you later today, I'm stuck in a meeting. "
        "Need it done in 10 minutes, urgent."
    )
    assert {s.text for s in favour if s.cue == "someone who can't talk right now"} == {
        "I'm stuck in a meeting"
    }
    # The promise to repay is the promise's own trick, not a reason they can't talk (a library
    # volunteer saw "says why they can't talk" under "I'll pay you back on Friday").
    assert ("false-promise", "I'll reimburse you later today") in {
        (s.technique, s.text) for s in favour
    }
    chat = detect(
        "Use my code GLOWUP20 for 20% off! Reply on WhatsApp to +44 7700 900123 for the full "
        "plan. Only 3 places left!"
    )
    assert ("impersonation", "Reply on WhatsApp to +44 7700 900123") in {
        (s.technique, s.text) for s in chat
    }
    # A club's own contact line is no trick when nothing else in the text is.
    assert (
        detect("Training is on Tuesdays at 6pm. Message us on WhatsApp if you're running late.")
        == []
    )


def test_a_lawyer_a_left_out_us_and_an_official_rule_by_another_name_are_named():
    lawyer = detect(
        "Bank transfer only, no PayPal. My lawyer, Mr Davies, will ring you tomorrow. "
        "Act fast, only 2 left at this price!"
    )
    assert ("false-authority", "My lawyer, Mr Davies, will ring you tomorrow") in {
        (s.technique, s.text) for s in lawyer
    }
    us = detect(
        "They spat at our players and nobody said a thing. Nobody asked US if we wanted this."
    )
    assert ("us-vs-them", "Nobody asked US") in {(s.technique, s.text) for s in us}
    assert detect("Nobody asked us for a view before the meeting, the club's secretary said.") == []
    rules = [
        "Recharge before midnight TODAY or your current plan validity will be cut as per new "
        "Telecom Authority rule.",
        "Under the new Pension Payments (Verification) Regulations, all recipients must verify "
        "within 48 hours or payments will be suspended.",
    ]
    for text in rules:
        assert "a rule with an official name" in {s.cue for s in detect(text)}, text


def test_a_group_called_names_is_us_against_them():
    found = detect(
        "Lycra louts have turned the High Street into a racetrack. It's the blow-ins again."
    )
    assert {("us-vs-them", "Lycra louts"), ("us-vs-them", "blow-ins")} <= {
        (s.technique, s.text) for s in found
    }
    # A named person's quoted anger is theirs, and a crime report's "arrested" is no sneer.
    assert detect('Ms Reyes said: "A handful of blow-ins and idiots ruined it for everyone."') == []
    assert detect("Police said two men were arrested after the match.") == []


def test_a_courier_fraud_letters_badge_cover_story_and_bent_bank_are_named():
    # A new writer's courier-fraud letter: the scam that empties older people's savings.
    found = _named(
        "Following your call with Detective Sergeant Alan Crewe (warrant no. 40917), an "
        "officer will collect the cash from you tomorrow. If the cashier asks the reason, say "
        "it is for building work. Bank staff may be involved and must not be alerted."
    )
    assert ("false-authority", "(warrant no. 40917)") in found
    assert ("impersonation", "If the cashier asks the reason, say it is for building work") in found
    assert ("conspiracy", "Bank staff may be involved") in found
    # A warning that reports the same words is no scam.
    assert (
        detect(
            "Fraudsters often tell victims that bank staff may be involved. Tell the cashier what "
            "is happening."
        )
        == []
    )


def test_a_claim_whose_source_is_named_in_the_same_sentence_or_text_is_reporting():
    # A local-news editor: ordinary attribution was taught as bait, with "never names" in the
    # explanation beside the name.
    reporting = [
        "Experts warn that the heat could be dangerous for older people, the Met Office said.",
        "Health officials warn that measles cases are rising in Birmingham, the UK Health "
        "Security Agency said on Monday.",
        "A new report suggests that one in five young people in Wales has been offered vapes "
        "at school, according to the charity Ash Cymru.",
        "A new study suggests daily walks may lower dementia risk, but scientists say more "
        "research is needed. Researchers at the University of Leeds followed 12,400 adults.",
        "Daily walk linked to lower dementia risk, but experts urge caution\n\nPeople who "
        "walked for 30 minutes a day were less likely to develop dementia, according to a new "
        "study.\n\nThe study, published in the journal Age and Ageing, followed 12,400 adults. "
        "Prof Martin Shaw, of the Alzheimer's Research charity, said trials were needed.",
    ]
    for text in reporting:
        assert detect(text) == [], text
    # With no one named, the same wordings are borrowed authority and hidden sources.
    bait = detect(
        "A new study suggests coffee cures cancer. Experts warn that Big Pharma is hiding it. "
        "Doctors are baffled. Buy now!"
    )
    assert {"an unnamed study found", "doctors say"} <= {s.cue for s in bait}


def test_what_an_esol_tutors_learners_get_is_named_and_their_genuine_letters_are_not():
    # An adult-education tutor's texts: a pastor's "new number" favour, a mobile-money
    # "sent by mistake" with a code theft, a fake landlord's new account, a job that pays
    # by the day for a fee. Each was "a good sign" or half read.
    pastor = _cued(
        "Shalom beloved, this is Pastor Emmanuel. I am using this new number, my old line has "
        "a problem. Please I need a favour urgently. I am in a meeting now, cannot talk. "
        "Kindly send ₦50,000 to this account. I will refund you on Sunday. Don't tell "
        "anybody in the group, it is confidential."
    )
    assert (
        "a friend on a new number",
        "I am using this new number, my old line has a problem",
    ) in pastor
    assert ("I'll pay you back", "I will refund you on Sunday") in pastor
    assert (
        "don't check with anyone",
        "Don't tell anybody in the group, it is confidential",
    ) in pastor
    momo = {
        s.text
        for s in detect(
            "Hello my sister, I mistakenly sent R1,500 to your MoMo wallet. Please help me send it "
            "back. You will receive a code from MTN now, just forward it to me."
        )
    }
    assert "mistakenly sent R1,500 to your MoMo wallet" in momo
    assert "You will receive a code from MTN now, just forward it to me" in momo
    landlord = _cued(
        "Hi Ana, it's Mark your landlord. My bank has changed, so please pay the rent to my "
        "new account. I'm abroad at the moment so can't take calls, WhatsApp only."
    )
    assert ("new bank details", "pay the rent to my new account") in landlord
    assert ("someone you know, new number", "Hi Ana, it's Mark your landlord") in landlord
    job = _named(
        "Good day dear, I am Priya from Amazon HR team. Salary ₹3000 to ₹8000 per day!! "
        "Limited slots only for today. Send a one-time registration fee of ₹2,000."
    )
    assert ("false-promise", "₹3000 to ₹8000 per day") in job
    assert ("false-promise", "one-time registration fee of ₹2,000") in job
    assert ("impersonation", "Good day dear, I am Priya from Amazon HR team") in job
    # Genuine letters: a right-to-work share code, a death notice, a fine by the day.
    assert detect("Please bring your passport or share code for your right to work check.") == []
    assert detect("Please send us your share code from the GOV.UK website before Monday.") == []
    assert (
        detect("It is with great sadness that we announce his passing. May his soul rest in peace.")
        == []
    )
    fine = detect("Failure to comply will attract a penalty of ₹25,000 per day. Act now!")
    assert "pay by the day" not in {s.cue for s in fine}


def test_what_a_media_teachers_students_would_bring_in_is_named():
    # A media-studies teacher's texts: each line was missed or guessed wrongly.
    football = _named(
        "DISGRACEFUL. The FA are paid off, it's been rigged against us all season. If you're a "
        "true Rovers fan you'll RT this and make some noise. #Rigged"
    )
    assert ("conspiracy", "it's been rigged against us all season") in football
    assert ("engagement-bait", "RT this and make some noise") in football
    caption = _named(
        "this serum cleared my breakouts in 3 days. dermatologists are obsessed with it and "
        "it's selling out everywhere rn. comment GLOW and i'll DM you the code"
    )
    assert ("false-authority", "dermatologists are obsessed with it") in caption
    assert ("social-proof", "it's selling out everywhere rn") in caption
    prize = detect(
        "Congratulations, you've been chosen as a winner! A small £2.99 delivery fee applies."
    )
    assert ("false-promise", "A small £2.99 delivery fee applies") in {
        (s.technique, s.text) for s in prize
    }
    deleted = {
        s.text
        for s in detect(
            "THEY ARE DELETING THIS VIDEO EVERYWHERE. It's been taken down 6 times already. The "
            "mainstream media won't touch it. SHARE before it's gone!"
        )
    }
    assert {"THEY ARE DELETING THIS VIDEO EVERYWHERE", "been taken down 6 times already"} <= deleted
    assert "The mainstream media won't touch it" in deleted
    rumour = detect(
        "apparently he got suspended. A friend of a friend told me. Send this to everyone!"
    )
    assert "a friend of a friend" in {s.cue for s in rumour}
    # Reporting the same words stays clean.
    assert (
        detect("The player denied claims that the match was rigged, the club said on Monday.") == []
    )


def test_a_politicians_quote_and_a_columns_title_are_not_noted_as_bait():
    # A local-news editor saw "Seen but not marked: … (nobody came)" under a council leader's
    # quote, and "(a trusted name as the sender)" under a money column's title.
    aside: list = []
    quote = (
        'Council leader Sarah Whitfield (Labour) said the council had no choice. "Nobody came '
        'into politics to close libraries," she told the meeting.'
    )
    assert detect(quote, set_aside=aside) == [] and aside == []
    column = (
        'Money Matters: the "parcel fee" text that cost a reader £900\n\n'
        "A reader lost £900 to a scam text, so here is what it looks like."
    )
    assert detect(column, set_aside=aside) == [] and aside == []
    # A sender's name before a message to you is still named.
    sender_text = "Royal Mail: your parcel is waiting. Pay the fee at royal-parcel.example"
    assert ("a trusted name as the sender", "Royal Mail") in _cued(sender_text)


def test_only_a_few_left_is_explained_as_running_out_not_as_a_deadline():
    # A teacher: "only 200 left" was explained as invented time pressure and a ticking clock.
    found = detect("only 200 left at the discount price so grab yours before it's gone!")
    few = [s for s in found if s.text == "only 200 left at the discount price"]
    assert few and few[0].cue == "few places left" and "clock" not in few[0].explanation
    gone = [s for s in found if s.text == "before it's gone"]
    assert gone and "offers" in gone[0].explanation


def test_a_visa_fee_a_loan_app_and_a_power_cut_scam_are_named():
    # An ESOL tutor's learners' most feared scams.
    visa = _named(
        "UK VISAS & IMMIGRATION: Dear applicant, your visa will be cancelled and you may face "
        "removal from the UK. Pay now."
    )
    assert ("impersonation", "UK VISAS & IMMIGRATION") in visa
    assert ("fear-appeal", "you may face removal from the UK") in visa
    loan = {
        s.text
        for s in detect(
            "You are PRE-APPROVED for an instant loan. No CIBIL check, no documents. Only pay ₹999 "
            "processing fee. Offer valid till midnight."
        )
    }
    assert {"No CIBIL check, no documents", "till midnight"} <= loan
    power = {
        s.text
        for s in detect(
            "Dear customer, your electricity power will be disconnected tonight at 9.30pm. Please "
            "immediately contact our electricity officer 9876543210."
        )
    }
    assert "power will be disconnected tonight at 9.30pm" in power
    assert "immediately contact our electricity officer 9876543210" in power


def test_a_sponsored_articles_cure_story_and_blame_on_industry_pressure_are_named():
    found = _named(
        'Retired nurse, 67, reveals the morning habit that "gave me my memory back". Within '
        "two weeks, Margaret says, the fog had lifted. One doctor, who asked not to be named "
        "because of pressure from the pharmaceutical industry, said it works."
    )
    assert ("false-promise", "gave me my memory back") in found
    assert ("false-promise", "the fog had lifted") in found
    assert ("conspiracy", "because of pressure from the pharmaceutical industry") in found
    assert detect("The fog had lifted by noon and the match went ahead, the club said.") == []


def test_a_seller_who_refuses_protected_payment_is_named_only_beside_other_bait():
    sale = _named(
        "Selling my PS5, barely used, £150. Bank transfer only, no PayPal. First to pay gets "
        "it, loads of people asking."
    )
    assert ("false-promise", "Bank transfer only, no PayPal") in sale
    # A plumber's invoice asks for a bank transfer too, and nothing else there is bait.
    assert (
        detect("Invoice 2291. Payment by bank transfer only to the account below within 30 days.")
        == []
    )


def test_a_caller_who_wants_your_screen_is_named_but_a_warning_against_it_is_not():
    call = _named(
        "Hello, this is Ben from the broadband technical team. To fix your router I need you to "
        "install TeamViewer so our technician can see the fault."
    )
    assert any(t == "impersonation" and w.startswith("install TeamViewer") for t, w in call)
    assert ("impersonation", "share your screen with me") in _named(
        "Can you share your screen with me so I can walk you through the refund?"
    )
    assert detect("We will never ask you to download AnyDesk or share your screen.") == []
    assert detect("Let me see your phone, Gran, and I'll set up the photos for you.") == []


def test_sextortion_threats_are_named_however_they_are_worded():
    # A PSHE teacher's texts had been called "a good sign": the threat's steps never showed.
    assert ("fear-appeal", "If you don't pay £150 I'll leak them") in _named(
        "I have your pics. If you don't pay £150 I'll leak them."
    )
    assert ("fear-appeal", "Pay £200 or we send them to your whole school") in _named(
        "We have your pictures. Pay £200 or we send them to your whole school."
    )
    typed = _named("if u dont send £100 im gonna post ur pics everywhere")
    assert any(t == "fear-appeal" for t, _ in typed)
    assert ("impersonation", "Pay £200 in gift cards") in _named(
        "Pay £200 in gift cards by 9pm tonight or we post them to everyone you know."
    )
    assert detect("If you don't send the photos by Friday, we can't print the yearbook.") == []


def test_a_friends_new_account_asking_for_the_code_is_named():
    found = _named(
        "Hey it's me, I lost my old account so this is my new one. Instagram is going to send "
        "you a 6 digit code, can you just send it to me? It's so I can get back in."
    )
    assert ("impersonation", "I lost my old account so this is my new one") in found
    assert (
        "impersonation",
        "is going to send you a 6 digit code, can you just send it to me",
    ) in found
    assert detect("Snapchat will send you a code. Never share this code with anyone.") == []


def test_courier_fraud_and_pension_scam_letters_are_named_but_warnings_about_them_are_not():
    police = _named(
        "Hello, this is Detective Sergeant Mark Collins from the Metropolitan Police fraud unit. "
        "We believe staff at your bank branch are involved, so please do not speak to anyone at "
        "the branch. To keep your savings safe we need you to move them to a secure holding "
        "account. A courier will come to collect your card this afternoon. Please keep this "
        "confidential while our investigation continues."
    )
    assert ("impersonation", "A courier will come to collect your card this afternoon") in police
    assert ("impersonation", "move them to a secure holding account") in police
    assert ("conspiracy", "staff at your bank branch are involved") in police
    pension = _named(
        "Our free pension review found you can unlock a significant part of your pension early "
        "and move it into our guaranteed investment opportunity, with no risk to your capital."
    )
    assert ("false-promise", "unlock a significant part of your pension early") in pension
    assert ("false-promise", "with no risk to your capital") in pension
    for warning in (
        "Be wary of anyone offering a free pension review or promising to unlock your pension "
        "early: these are common scams, the Financial Conduct Authority warns.",
        "Your bank will never ask you to move your money to a safe account, and a courier will "
        "never be sent to collect your card.",
    ):
        assert detect(warning) == [], warning


def test_genuine_council_and_energy_letters_stay_clean():
    # A library volunteer's honest letters: a council-tax reminder had five highlights.
    reminder = (
        "Exampleshire District Council: Reminder Notice. Our records show your council tax "
        "instalment of £142.00 due on 1 February 2026 has not been paid. Please pay within 7 days "
        "of the date of this notice. You can pay by direct debit, at any Post Office, or by "
        "calling 01632 960 200. If you have already paid, please ignore this notice. If you are "
        "struggling to pay, please contact us as soon as possible so we can help."
    )
    assert detect(reminder) == []
    energy = (
        "We can offer payment plans and we can tell you about any support you may be eligible "
        "for, such as the Warm Home Discount."
    )
    assert detect(energy) == []


def test_plain_money_advice_in_the_second_person_stays_clean():
    # A journalism lecturer's consumer piece got seven highlights, FAKE? on "You can claim
    # directly on GOV.UK" among them: two weak "you" matches had opened the second look.
    advice = (
        "Check your tax code. Your tax code appears on your payslip. If it has changed and you "
        "do not know why, log in to your personal tax account on GOV.UK or call HMRC. A wrong "
        "code can mean you pay too much, or too little and get a bill later.\n\n"
        "Claim what you are owed. If you work from home because your employer requires it, you "
        "may be able to claim tax relief. You can claim directly on GOV.UK; you do not need to "
        "pay a company to do it for you."
    )
    assert detect(advice) == []
    assert ("direct-address", "you are probably paying too much for broadband") in _named(
        "Shocking: you are probably paying too much for broadband. Switch NOW before midnight!"
    )


def test_careful_reporting_that_names_its_sources_elsewhere_stays_clean():
    # A journalism lecturer's honest pieces, each flagged for the very practice she teaches.
    science = (
        "The researchers, from University College London, tested stored blood samples.\n\n"
        "The test is not available to patients, and the researchers said anyone worried should "
        "see their GP."
    )
    assert detect(science) == []
    hay_fever = (
        "With pollen high this week, pharmacists say now is a good time to get ready if you "
        "suffer from hay fever.\n\n"
        '"Start early," said Amira Shah, a pharmacist in Bristol.\n\n'
        "You should see your GP if your symptoms are not helped by medicines from a pharmacy."
    )
    assert detect(hay_fever) == []
    anonymity = (
        "Two people with knowledge of the budget, who asked not to be named because they were "
        "not authorised to speak to the press, said the money had been moved. The Gazette has "
        "not been able to confirm this independently."
    )
    assert detect(anonymity) == []
    # Unexplained, and with no one named anywhere, they are still named.
    assert any(t == "vague-sourcing" for t, _ in _named("Researchers said it cures arthritis!"))
    seen = _named("You should see this before it's deleted. Share it now!")
    assert any(t == "direct-address" and w.startswith("You should see this") for t, w in seen)


def test_a_game_currency_giveaway_dm_is_named_but_a_team_pick_is_not():
    # A PSHE teacher: the first example most students would try had one highlight.
    found = _named(
        "yo!! im giving away 13,500 V-Bucks to 50 ppl for hitting 100k u got picked!! just log "
        "in with ur Epic account at vbucks-drop.gg/claim so i can send them to the right account."
    )
    assert ("false-promise", "u got picked") in found
    assert ("impersonation", "vbucks-drop.gg/claim") in found
    assert detect("Great news, you got picked for the team on Saturday!") == []


def test_a_money_mule_advert_is_named_but_a_warning_about_mules_is_not():
    # A PSHE teacher: "help move money … You keep £300 every time" got "No familiar bait found".
    advert = _named(
        "Need quick cash?? I need ppl with a bank account to help move money for my business. "
        "You keep £300 every time, DM me"
    )
    assert ("false-promise", "You keep £300 every time") in advert
    assert any(w.startswith("need ppl with a bank account") for _, w in advert)
    friend = _named(
        "hey bro can i use ur bank account for a payment, my card is blocked. u just receive "
        "£900 into ur account and send it back to me, keep £100 for urself"
    )
    assert {w for _, w in friend} >= {
        "can i use ur bank account for a payment",
        "keep £100 for urself",
    }
    assert all(t == "false-promise" for t, _ in friend)  # not "pass it on" for "send it back"
    warning = (
        "Money mules: what students need to know. Criminals post adverts offering easy cash to "
        "anyone who will let them use your bank account to receive money and send it on. You may "
        "be told you can keep 10% for yourself. This is money laundering, and it is a crime."
    )
    assert detect(warning) == []


def test_an_accidental_report_scam_and_a_parcel_fee_and_a_press_1_call_are_named():
    # Reviews: a Discord scam, a delivery text's small fee and threat, an Amazon "press 1" call.
    discord = _cued(
        "hey sorry i accidentally reported your account on discord for spam. it's gonna get "
        "banned. you need to message the discord staff member who handles it, tell him i sent you"
    )
    assert ("I reported you by mistake", "i accidentally reported your account") in discord
    assert any(cue == "a staff member to message" for cue, _ in discord)
    parcel = _cued(
        "Royal Mail: Your parcel is on hold due to an unpaid shipping fee of £1.45. Pay now at "
        "royalmail-redelivery.co or it will be disposed of."
    )
    assert ("release fee", "unpaid shipping fee of £1.45") in parcel
    assert ("your parcel will be lost", "or it will be disposed of") in parcel
    call = _cued(
        "This is Amazon. A purchase of an iPhone 16 for £899 has been made on your account. If "
        "you did not make this purchase, press 1 to speak to an advisor."
    )
    assert any(cue == "press 1 to stop it" for cue, _ in call)
    # The real card and the real bank alert stay clean.
    card = (
        "Sorry we missed you. We'll keep your parcel for 18 days; after that it will be "
        "returned to sender. Book a redelivery at royalmail.com/redelivery."
    )
    assert detect(card) == []
    bank = (
        "We've spotted a payment of £899 to Apple on your card ending 4421. If you didn't make "
        "this payment, call us on the number on the back of your card."
    )
    assert not any(s.cue == "press 1 to stop it" for s in detect(bank))


def test_a_reports_what_happens_next_subheading_is_no_gap():
    # A planning report's subheading answers at once (a writer's honest control).
    report = (
        "What happens next? The decision notice is on the council's planning portal. Anyone who "
        "wants to challenge it has six weeks."
    )
    assert detect(report) == []
    assert any(
        s.cue == "what happened next" for s in detect("What happened next? Watch the video.")
    )


def test_a_school_dinner_deadline_and_a_100_percent_genuine_get_their_own_explanations():
    # A parent governor: "settle the balance today" was explained by "a bank closing", and
    # "This is 100% genuine" as a job title.
    balance = next(
        s
        for s in detect(
            "ParentPay: please settle the balance today at parentpay-balance.co.uk/settle"
        )
        if s.cue == "pay it off today"
    )
    assert "bank" not in balance.explanation
    (genuine,) = [
        s
        for s in detect(
            "This is 100% genuine, just our way of saying thank you! "
            "Share and comment DONE to enter."
        )
        if s.technique == "false-authority"
    ]
    assert "title" not in genuine.explanation and "genuine" in genuine.explanation


def test_text_speak_matches_wherever_you_and_your_do():
    # A careers adviser: a crypto "mentor's" DM in text-speak was called "a good sign".
    assert text_speak(r"your (?:parcel|account)") == r"(?:your|ur) (?:parcel|account)"
    assert text_speak(r"(?<!tell you )what") == r"(?<!tell you )what"  # one width behind
    assert text_speak("yourself [you]") == "yourself [you]"
    assert (
        text_speak("(?-i:[A-Z]{2,5}(?= ?: (?:You|Your)))") == "(?-i:[A-Z]{2,5}(?= ?: (?:You|Your)))"
    )
    dm = _cued(
        "hey bro saw ur comment. im 19 and i made £4,200 last month trading crypto with my "
        "mentor. he only takes 10 new students a month and its nearly full. u just send £250 "
        "to start, guaranteed 3x in 7 days. dont tell ur parents yet lol"
    )
    assert ("don't check with anyone", "dont tell ur parents yet") in dm
    assert ("your money doubled", "guaranteed 3x in 7 days") in dm
    assert ("only a few places left", "he only takes 10 new students a month") in dm
    assert ("threat to you", "ur account will be closed if u dont verify ur details") in _cued(
        "ur account will be closed if u dont verify ur details"
    )


def test_job_scams_a_careers_adviser_brought_are_named():
    task = _cued(
        "Hi! I'm Priya from TalentBridge Recruitment. We got your number from our online job "
        "database. You just like and review products on Amazon from your phone. Pay is "
        "£300/day. Only 5 places left today so reply YES fast"
    )
    assert {cue for cue, _ in task} >= {
        "a recruiter out of the blue",
        "paid to like and review",
        "pay by the day",
    }
    assert not any(cue == "someone you know, new number" for cue, _ in task)
    fee = _named(
        "The training fee is £89, which is fully refunded in your first payslip. Please pay "
        "within 48 hours, otherwise the offer will be given to the next candidate."
    )
    assert any(t == "false-promise" and w.startswith("training fee is £89") for t, w in fee)
    id_scam = _cued(
        "To confirm your interview slot please reply with a clear photo of your passport or "
        "driving licence (front and back). If we do not hear back by 6pm today your slot will "
        "be released to another applicant."
    )
    assert any(cue == "send a photo of your ID" for cue, _ in id_scam)
    mule = _cued(
        "All you need is a UK bank account. We send money into your account, you send it on to "
        "our business partners and keep £200 for yourself. 100% legal."
    )
    assert ("money through your account", "All you need is a UK bank account") in mule
    assert ("says it is genuine", "100% legal") in mule
    assert not any(cue == "pass it on" for cue, _ in mule)
    # The college's own warning quotes a scam: an exhibit, not bait.
    warning = (
        'This term several of you have received messages like this one: "Earn £300 a day from '
        'home, just like and review products. Limited places, reply now!" Do not reply. You '
        "could be used as a money mule, which is a crime."
    )
    assert detect(warning) == []
    assert detect("Do not send photos of your passport to anyone who contacts you this way.") == []


def test_parents_health_and_vape_bait_the_reviews_brought_are_named():
    found = _cued(
        "ParentPay: To avoid your child being refused a hot meal from Monday, please settle the "
        "balance today. I've already paid through the Facebook Marketplace secure delivery "
        "service, you just need to click the link to receive your payment. The courier is "
        "booked for 3pm and they charge me if they wait. 1. Like this post 2. Share it. Every "
        "share gets you an extra entry. Teachers can't even smell it, no ID needed. Check "
        "nhs-results-check.com/verify. The school is covering it up. 100% natural. No "
        "exercise. No starving yourself. The pill celebrities are secretly using."
    )
    cues = {cue for cue, _ in found}
    assert cues >= {
        "or your child loses out",
        "a payment service that doesn't exist",
        "the courier is already booked",
        "a share buys an entry",
        "the adults won't know",
        "no age limit",
        "link to a look-alike site",
        "they don't want you to know",
        "natural means safe",
        "no diet, no pills",
        "what celebrities secretly use",
    }
    assert "see more" not in cues  # the payment link is the theft, not a "read more"
    assert ("like, share, comment", "Tag a bestie who needs this") in _cued(
        "This tea flushes toxins. Tag a bestie who needs this!"
    )
    # Real NHS addresses stay unmarked.
    assert detect("Book at www.nhs.uk/book-flu or call 119.") == []


def test_a_health_advert_gets_explanations_about_health_not_about_loans_or_buyers():
    # A school nurse: "No side effects" ended "'I'll pay you back' is worth nothing", and a
    # rumour's "URGENT PLEASE READ" was explained as a seller's hurry.
    found = {s.cue: s for s in detect("100% natural. No side effects. Order now!")}
    assert "pay you back" not in found["too good to be true"].explanation
    rumour = {
        s.cue: s for s in detect("URGENT PLEASE READ AND SHARE. The school is covering it up.")
    }
    assert "buyer" not in rumour["urgent, please read"].explanation
    trial = _cued("Claim your FREE trial bottle now (just pay £4.95 shipping).")
    assert (
        "a free trial that bills you",
        "FREE trial bottle now (just pay £4.95 shipping)",
    ) in trial


def test_an_invented_doctor_nearby_does_not_make_clinically_proven_a_named_source():
    # A school nurse: naming a fake doctor switched the "clinically proven" highlight off.
    advert = (
        "ImmunoMax Pro is clinically proven to boost your immune system by 300%. Dr James "
        'Whitfield, a leading health expert, says: "I have never seen anything like it."'
    )
    assert ("false-authority", "clinically proven to boost your immune system by 300%") in _named(
        advert
    )


def test_tap_here_to_claim_is_a_prize_already_yours_not_a_story_held_back():
    # A parent governor: "Tap here to claim your bundle" was labelled "see more", engagement
    # bait, with an explanation about the rest of a story held back.
    advert = (
        "Only 47 bundles left in your area, offer ends at midnight tonight. "
        "Tap here to claim your bundle: uniform-outlet-uk.shop/claim"
    )
    claim = [s for s in detect(advert) if "claim your bundle" in s.text]
    assert [(s.technique, s.cue) for s in claim] == [("false-promise", "claim it with a tap")]
    assert "already yours" in claim[0].explanation
    # A free trial keeps the explanation about the monthly charge.
    trial = _cued(
        "Hurry, stock ends tonight! Click here to claim your FREE trial bottle now "
        "(just pay £4.95 shipping)."
    )
    assert ("a free trial that bills you", "FREE trial bottle now (just pay £4.95 shipping)") in (
        trial
    )
    assert not any(cue == "claim it with a tap" for cue, _ in trial)
    # "Click here to read the full report" still holds the rest back.
    assert ("see more", "Click here to read the full report") in _cued(
        "You won't believe what she found. Click here to read the full report."
    )


def test_a_job_that_asks_you_to_pay_to_start_is_named():
    # A careers adviser: "u just send £250 to start" had no highlight.
    advert = (
        "hey hun!! made £900 this week from my phone, no experience needed. u just send £250 "
        "to start and u earn it back in a week. only 3 spots left, DM me now"
    )
    assert ("false-promise", "send £250 to start") in _named(advert)
    # A seller's "send £20 first" is not a job, and a school's fee at the counter is a charge.
    assert not any(s.cue == "pay to start" for s in detect("Send £20 first, only 2 left!"))
    assert detect("Pay the Council's registration fee of £30 at the school accounts counter.") == []


def test_a_caller_asking_you_to_read_out_the_code_just_texted_is_named():
    # A bank-fraud call script (a US writer's text): "Can you read me the code we just
    # texted you?" had been only "a question put to you".
    call = (
        "This is Dan from Northgate Bank's fraud team. Somebody is inside your online banking "
        "right now. Can you read me the code we just texted you?"
    )
    assert ("asks for a code sent to you", "read me the code we just texted you") in _cued(call)
    # Reading a code off a card or a QR code is no one asking for yours.
    assert detect("Read the code on the back of the card to the shop assistant.") == []


def test_the_researchers_of_a_named_published_study_are_no_hidden_source():
    # A science writer's honest trial report lit up "The researchers say …" three times
    # (5.8 highlights per 1,000 words on an honest text).
    report = (
        "A daily probiotic drink roughly halved the number of patients who developed "
        "diarrhoea while taking antibiotics, according to a small trial. The researchers say "
        "the result is far from settled.\n\nThe study, published this week in the Journal of "
        "Hospital Pharmacy Practice, followed 180 adults at Tyneford General Hospital.\n\n"
        "The researchers say anyone prescribed antibiotics should take the full course."
    )
    assert detect(report) == []
    # Without a study anyone could look up, the same words are backing no one can check.
    bait = (
        "Doctors are STUNNED. The researchers say this 40p fruit melts belly fat overnight. "
        "Order now before it sells out!"
    )
    assert any("researchers say" in s.text for s in detect(bait))


def test_a_dressed_up_number_and_praise_from_no_one_are_named():
    # A science writer's overstated study: "a staggering 60 per cent", "being hailed as a
    # breakthrough by experts" had no highlight.
    article = (
        "Coffee SLASHES cancer risk, major new study finds! Drinking four cups a day can cut "
        "your risk by a staggering 60 per cent. The findings are being hailed as a breakthrough "
        "by experts. SHARE this with the coffee lover in your life!"
    )
    found = _cued(article)
    assert ("a number dressed up", "a staggering 60 per cent") in found
    assert ("hailed by no one named", "being hailed as a breakthrough by experts") in found
    # On its own, in a plain report, an adjective before a figure is left to the reader.
    assert detect("The club's wage bill climbed to an eye-watering £6.2m last season.") == []


def test_a_counted_crowd_that_cannot_be_wrong_is_named_with_k_and_plus():
    # A wellness caption: "50k+ girls in the GutGlow community can't be wrong" had no highlight.
    caption = "Order today! 50k+ girls in the GutGlow community can't be wrong 💚"
    assert (
        "social-proof",
        "50k+ girls in the GutGlow community can't be wrong",
    ) in _named(caption)


def test_its_official_and_a_legal_section_sign_sound_official():
    # A US writer's viral post and toll text: "IT'S OFFICIAL!!!" and "Code §47.3(c)" were
    # unmarked.
    post = "🚨🚨 IT'S OFFICIAL!!! The $2,000 payment is OUT 💵 Check the list!!"
    assert ("false-authority", "IT'S OFFICIAL") in _named(post)
    toll = (
        "Per State Motor Vehicle Code §47.3(c), a late fee of $55 will be added. "
        "Pay now to avoid penalties"
    )
    assert ("official-sounding", "Code §47.3(c)") in _cued(toll)
    # A plain report's "It's official" is left alone.
    assert detect("It's official: the new bridge opens on Monday, the council said.") == []


def test_us_rental_reversal_and_caller_scams_an_adult_educator_brought_are_named():
    # An adult education teacher (US learners): both rental scams and a "Zelle reversal" text
    # had been "No familiar bait found"; "Caller:" was marked as a fake company name.
    rental = (
        "Hello, thanks for your interest in my house for rent. I am out of the country on a "
        "mission trip so I cannot show it. Send the first month's rent and deposit, $1,200, by "
        "Zelle and I will mail you the keys and the lease. Do not contact the property manager."
    )
    found = _cued(rental)
    assert ("a landlord you can't meet", "so I cannot show it") in found
    assert ("keys by post, no agent", "I will mail you the keys and the lease") in found
    assert ("keys by post, no agent", "Do not contact the property manager") in found
    listing = (
        "I moved to Texas for work so I can't show you the apartment in person. The first "
        "person who sends the $500 deposit by Zelle gets the keys."
    )
    assert ("urgency", "first person who sends the $500 deposit by Zelle gets the keys") in (
        _named(listing)
    )
    alert = (
        "Chase Fraud Alert: Did you try to send $980 with Zelle to Maria G? Reply YES or NO. "
        "To cancel the payment you must send the same amount to yourself."
    )
    assert ("a safe account", "send the same amount to yourself") in _cued(alert)
    call = (
        "Caller: Hi, this is Mark from the Chase fraud department. We see a Zelle payment of "
        "$980 leaving your account right now. Did you send that?\nYou: No!\nCaller: Okay, "
        "we have to move fast. Open your Zelle app and send $980. It will show as a payment "
        "but it is really a refund to your own account."
    )
    cues = {cue: words for cue, words in _cued(call)}
    assert cues["a caller from your bank"] == "Hi, this is Mark from the Chase fraud department"
    assert "Caller" not in {words for _, words in _cued(call)}
    assert cues["a safe account"] == "really a refund to your own account"
    assert ("a caller from your bank", "this is Linda from Medicare") in _cued(
        "Hello, this is Linda from Medicare. Can you read me the number on your card? Act now."
    )
    job = (
        "Work from home, $45/hour! You pay it with a Cash App or with Apple gift cards. "
        "Only 5 spots are left this week."
    )
    assert any(cue == "pay me in gift cards" for cue, _ in _cued(job))
    # A real viewing arranged through an agent, and a company's warning, stay clean.
    assert (
        detect("I can't show you the flat this week. Emma at Hollis Lettings has the keys.") == []
    )
    assert (
        detect("We will never ask you to pay by gift card. Call us on the number on your bill.")
        == []
    )


def test_scam_messages_a_newsletter_opens_with_then_names_as_scams_are_examples():
    # A building society's security newsletter (a dev writer's honest control) opens with
    # the scams' own words, then says what they are. Each had been highlighted as its bait.
    newsletter = (
        "Staying Safe - Spring 2026\n\n"
        '"Mum, I\'ve lost my phone, can you send £800 today?"\n'
        '"Your account has been compromised. Move your money to a safe account NOW."\n\n'
        "These are real messages our members were sent in March. All three are scams.\n\n"
        "If someone calls claiming to be from us, hang up and dial 159."
    )
    assert detect(newsletter) == []
    # The same messages with nothing after them calling them scams are still bait.
    bare = newsletter.split("These are")[0] + "Reply now."
    assert {"impersonation"} <= {s.technique for s in detect(bare)}
    # A pension letter pointing to a named service at its own official address claims no
    # authority it hides; "the government-backed rebate" with nothing to check still does.
    letter = (
        "Before you decide, you can book a free appointment through MoneyHelper, the "
        "government-backed guidance service, at moneyhelper.org.uk."
    )
    assert detect(letter) == []
    assert ("official backing claimed", "government-backed energy rebate") in _cued(
        "Claim the government-backed energy rebate. Act now, it closes Friday!"
    )


def test_teen_scams_a_year_9_teacher_brought_are_named_for_what_they_do():
    ambassador = _named(
        "Hey babe!! your pics are 10/10 😍 We LOVE your feed and think you'd be PERFECT as a "
        "brand ambassador ✨ We're only choosing 10 girls this month! Just order your starter "
        "kit at 50% off (you only pay shipping)."
    )
    assert ("direct-address", "We LOVE your feed") in ambassador
    assert ("urgency", "We're only choosing 10 girls this month") in ambassador
    assert ("false-promise", "you only pay shipping") in ambassador
    # The softer version is named too: a stranger who "came across your page" is the hook.
    softer = _cued(
        "Hi lovely! 😍 We came across your page and we'd love to work with you! You'll receive "
        "FREE products, you just cover the shipping 📦"
    )
    assert (
        "flattery sent to everyone",
        "We came across your page and we'd love to work with you",
    ) in softer
    assert ("free, but you pay the shipping", "you just cover the shipping") in softer
    vbucks = _cued(
        "FREE V-BUCKS 🔥 Epic is giving away 13,500 V-Bucks to the first 500 players! No hacks, "
        "100% legit. Just enter your Epic username and password to verify you're not a bot. "
        "Hurry, only 73 codes left!"
    )
    assert ("few places left", "only 73 codes left") in vbucks
    assert ("says it is genuine", "No hacks, 100% legit") in vbucks
    login = next(
        s
        for s in detect(
            "Epic is giving away 13,500 V-Bucks to the first 500 players! Enter your Epic "
            "username and password to claim. Hurry, only 73 codes left!"
        )
        if s.cue == "asks for your game login"
    )
    assert "bank" not in login.explanation and "account" in login.explanation
    rumour = _cued(
        "apparently Mr Davies got SUSPENDED?? everyone in year 11 knows. my cousin's friend's "
        "mum works in the office and said it's really bad. screenshot this before they delete it"
    )
    assert ("everyone already knows", "everyone in year 11 knows") in rumour
    assert any(cue == "a chain of people you can't ask" for cue, _ in rumour)
    # A family chain in an everyday sentence claims nothing; a named study's idiom is not a crowd.
    assert detect("My sister's boyfriend's car broke down, so we stayed in.") == []
    assert not [
        s
        for s in detect('One regular told us: "Everyone knows what\'s going on here."')
        if s.cue == "everyone already knows"
    ]


def test_tabloid_crime_and_health_copy_is_named_and_a_careful_report_is_not():
    # A journalism lecturer's review: the tabloid versions of a court case, a crime figure
    # and a health study were left almost bare, and a justified anonymous source was VAGUE.
    crime = _named(
        "Northfield is under siege. Thousands of terrified residents barricade their homes as "
        "the town becomes a no-go zone. Could YOURS be next?"
    )
    assert ("fear-appeal", "is under siege") in crime
    assert ("fear-appeal", "Could YOURS be next") in crime
    court = _named(
        "Heartbroken dad's agony as speed demon who killed teacher mum walks free in just FOUR "
        "YEARS. You won't believe how little time the monster will serve."
    )
    assert ("emotional-language", "speed demon") in court
    assert ("hyperbole", "walks free in just FOUR YEARS") in court
    health = _named(
        "Walking 30 minutes a day prevents dementia, scientists prove. Millions could now avoid "
        "dementia simply by lacing up their trainers."
    )
    assert ("hyperbole", "scientists prove") in health
    assert any(t == "false-promise" and "simply by" in w for t, w in health)
    careful = (
        "However, the researchers stressed that the study was observational and could not prove "
        "that walking itself reduced the risk.\n\n"
        "A senior council officer, who asked not to be named because they were not authorised "
        "to speak to the press, said the closures had been discussed for months. The Echo has "
        "not been able to confirm this independently.\n\n"
        "He was jailed for eight years. Monster Energy sponsored the race.\n\n"
        "One officer, who asked not to be named because officers are not allowed to speak to "
        "the press without authorisation, said the team is three constables short. The Ledger "
        "could not independently confirm this."
    )
    assert detect(careful) == []
    # The same source with no reason given still hides behind the writer's word.
    assert ("vague-sourcing", "A senior council officer, who asked not to be named") in _named(
        "A senior council officer, who asked not to be named, said the leaders are lying. "
        "Share this before it's deleted!"
    )


def test_the_2000_payment_post_and_a_fake_remote_job_are_named_line_by_line():
    # An adult education teacher's US texts: the brief's own "$2,000 payment" post kept
    # three lines bare, and a fake recruiter's "$45/hour" and "we saw your resume" were not named.
    post = _cued(
        "The $2,000 payment is OUT! Nobody on the news is talking about it because they don't "
        "want you to know. Check the list to see if your name is on it before they close it. "
        "Over 3 million people already checked."
    )
    assert ("nobody is talking about it", "Nobody on the news is talking about it") in post
    assert ("closes soon", "before they close it") in post
    assert ("others already got theirs", "Over 3 million people already checked") in post
    job = _cued(
        "Hi! We saw your resume online and you are a great fit! Work from home, $45/hour, no "
        "experience needed. To start, buy the starter kit for $149. Only 5 spots are left!"
    )
    assert ("we found you", "We saw your resume online and you are a great fit") in job
    assert any(cue == "big pay for easy work" and "$45/hour" in w for cue, w in job)
    assert any(cue == "pay to start" and "starter kit" in w for cue, w in job)
    # A real job advert's pay stays a fact when nothing else baits.
    assert detect("Warehouse operative, Leeds. £12.60 an hour, 37.5 hours a week.") == []


def test_an_investment_pitch_and_an_elite_to_blame_are_named_and_a_markets_report_is_not():
    pitch = _cued(
        "This tiny company is about to make the energy giants OBSOLETE, and early investors "
        "could make a fortune. Click here for the stock insiders are buying right now, before "
        "the price goes through the roof."
    )
    assert ("get in early, get rich", "early investors could make a fortune") in pitch
    assert ("get in early, get rich", "before the price goes through the roof") in pitch
    assert ("the people up there", "the out-of-touch elite who run this town") in _cued(
        "Furious voters are sick of being ignored, as the out-of-touch elite who run this town "
        "scrambled to explain themselves. Tell us in the comments!"
    )
    report = (
        "Shares in Solvara rose 12% on Wednesday. Sam Whitfield, an analyst at Brightwater "
        'Securities, said: "I\'d want to see sales figures before getting excited." The '
        "company reported a loss of £18m last year."
    )
    assert detect(report) == []


def test_a_named_band_or_club_speaking_as_one_is_quoted_not_the_writers_feeling():
    # A festival's honest email: the band's sorrow is theirs, and "looking forward to all
    # year" is no call to forward anything (a sport-and-music writer's control lit up).
    email = (
        "We're very sorry to tell you that The Lanterns of June have cancelled their headline "
        'set on Saturday. The band said: "We are heartbroken. Harrowmere was the show we were '
        'most looking forward to all year."\n\n'
        "If you would rather not attend, you can claim a full refund by 6 July at "
        "harrowmere.example/account."
    )
    assert detect(email) == []
    after = (
        'Harrowmere Rovers lost the final 3-1. "We are devastated and heartbroken," the club '
        "said in a statement."
    )
    assert detect(after) == []
    # Nobody named: the same feeling words are the writer's, and still shown.
    unnamed = (
        'The family said: "We are heartbroken and devastated. This SHOCKING cover-up has '
        'destroyed us." Share this before they delete it!'
    )
    assert any(s.technique == "emotional-language" for s in detect(unnamed))
    assert ("pass it on", "forward this to everyone you know") in _cued(
        "We were looking forward to all of it. Please forward this to everyone you know!"
    )


def test_a_fan_token_advert_and_a_petition_show_their_borrowed_names_and_counts():
    # Two new writers' texts (a tour fan token, a referee petition, a $2,000 payment post).
    advert = _cued(
        "KadeVerse Official ✔️\n\nYOU can own a piece of the tour. As featured in Finance Daily "
        "AU. Over 48,000 Aussies have already jumped in. Presale closes Sunday midnight!\n\n"
        "*Not endorsed by Remy Kade or Frontline Touring."
    )
    assert ("a tick typed after a name", "KadeVerse Official ✔️") in advert
    assert ("a newspaper's name borrowed", "As featured in Finance Daily AU") in advert
    # The small print says who does NOT back it: that is no borrowed backing.
    assert not any("endorsed by" in words for _, words in advert)
    petition = _cued(
        "The suits robbed us AGAIN. We've hit 19,000 signatures in 2 days!! Insiders reckon "
        "the panel already decided. SHARE this to every group you're in!\n\n"
        "👉 Click through our gallery to see all 12 names the club has been linked with."
    )
    assert ("crowd numbers", "hit 19,000 signatures") in petition
    assert any(
        cue == "a group names, warns, reveals" and w.startswith("Insiders reckon")
        for cue, w in petition
    )
    assert any(
        cue == "see more" and w.startswith("Click through our gallery") for cue, w in petition
    )
    # A target is not a crowd: "if we don't hit 50,000 signatures" counts no one.
    target = _cued(
        "If we don't hit 50,000 signatures before Friday, this fee passes. SHARE this now!!"
    )
    assert not any(cue == "crowd numbers" for cue, _ in target)
    post = _cued(
        "The $2,000 Senior Relief Payment is OUT!! Check your name here 👉 "
        "seniorrelief-check.example/list before Friday or you LOSE IT. Please SHARE!!"
    )
    assert ("link to a look-alike site", "seniorrelief-check.example/list") in post
    # "not verified by this date" is a threat's deadline, not an expert's backing.
    threat = _named(
        "URGENT: Licences not verified by this date will be cancelled. Act now at "
        "licence-verify.example today!"
    )
    assert not any(t == "false-authority" and "verified by" in w for t, w in threat)


def test_a_scam_clinics_misses_are_named_and_a_banks_promise_covers_its_whole_list():
    hi_mum = _cued(
        "Hi Mum, it's me. I dropped my phone, this is my new number. Please don't call, the "
        "mic's not working properly yet."
    )
    assert any(c == "don't check with anyone" and "mic's not working" in w for c, w in hi_mum)
    letter = _cued(
        "CONGRATULATIONS! You have WON $2,500,000.00. To release your winnings you must pay a "
        "processing fee of $499 by Western Union or gift cards within 7 days. Please keep this "
        "win confidential."
    )
    assert any(c == "a fee paid in gift cards" and w.endswith("gift cards") for c, w in letter)
    assert ("don't check with anyone", "Please keep this win confidential") in letter
    # A bank's advice to keep a PIN secret, or not to pay in gift cards, is no scam.
    assert detect("Keep your PIN secret. We will never ask you to pay with gift cards.") == []
    # "We'll never ask for your PIN, passcode or to move money to a safe account": the
    # promise covers the whole list; "but" turns it round.
    assert (
        detect("We'll never ask for your PIN, passcode or to move money to a safe account.") == []
    )
    assert any(
        c == "a safe account"
        for c, _ in _cued(
            "Banks never ask this, but today you must move your money to a safe account."
        )
    )
    # An ordinary change of mind is no life changed forever.
    assert not any(
        c == "absolutes and extremes"
        for c, _ in _cued("What changed his mind? SHOCKING! Doctors HATE this. Share now!!")
    )


def test_a_toll_texts_look_alike_address_is_highlighted_whole_and_a_sellers_pay_link_named():
    toll = _cued(
        "E-ZPass: You have an unpaid toll balance of $6.99. To avoid a late fee of $50.00, "
        "please pay by 11/30/2026: https://ezpass-ny.com-tollsvc.top/pay"
    )
    assert ("link to a look-alike site", "https://ezpass-ny.com-tollsvc.top/pay") in toll
    deal = _cued(
        "Sealed iPad Pro, only £120!! Lots of people messaging so first to pay gets it. I can "
        'send you a link to pay through "Facebook Checkout".'
    )
    assert any(
        c == "a payment service that doesn't exist" and "link to pay through" in w for c, w in deal
    )


def test_a_payment_posts_neighbour_who_got_hers_and_money_going_back_are_named():
    post = _named(
        "The $2,000 payment is OUT!! My neighbor got hers yesterday. Check the list before "
        "Friday, after that the money goes back to the government. SHARE this!!"
    )
    assert ("social-proof", "My neighbor got hers yesterday") in post
    assert ("fear-appeal", "money goes back to the government") in post


def test_a_private_sales_queue_and_deposit_to_hold_it_are_named_and_a_letting_agent_is_not():
    listing = _named(
        "Mobility scooter, like new, only $450!! I've had SO many messages already so it will "
        "go fast. First come first served!! To hold it I just need a $150 deposit by bank "
        "transfer today."
    )
    assert ("social-proof", "I've had SO many messages already") in listing
    assert ("urgency", "First come first served") in listing
    assert any(
        t == "urgency" and w.startswith("To hold it I just need a $150 deposit") for t, w in listing
    )
    # A letting agent's genuine holding deposit, and a giveaway, on their own are no bait.
    assert detect("Dear Ms Okafor, a holding deposit of £250 will reserve the flat for you.") == []
    assert (
        detect("Free to a good home: a blue sofa, collection only. First come first served.") == []
    )


def test_a_sender_who_knows_nothing_of_yours_is_not_aimed_at_you():
    # "Your parcel could not be delivered" pretends to know something of yours...
    parcel = _cued(
        "Your parcel could not be delivered today. Pay the £1.99 fee now: parcels-hold.example"
    )
    assert any(c == "your account, your prize" for c, _ in parcel)
    # ...but "your pension is paid into" or "your card number" are the words around the bait,
    # and "I'll send you the details" in a new-number chat sets up a payment, not a share.
    for text in (
        "URGENT: confirm the account your pension is paid into within 24 hours or lose it.",
        "Hi Mum, it's me, this is my new number. Can you pay a bill for me? "
        "I'll send you the details.",
    ):
        cues = [c for c, _ in _cued(text)]
        assert "your account, your prize" not in cues and "act to spread it" not in cues, text


def test_a_council_road_closure_page_that_asks_to_be_shared_stays_clean():
    page = (
        "Road closure: Station Road\n\n"
        "Station Road will be closed to all through traffic from 7am on Monday 24 March until "
        "6pm on Friday 11 April. The closure is made under Temporary Traffic Regulation Order "
        "TTRO/2025/041, which you can read on the Traffic orders page.\n\n"
        "Please help us spread the word: if you are in a local group, please share this page.\n\n"
        "[ Share this page ]   [ Print ]"
    )
    assert detect(page) == []
    # The same words as a threat, beside other bait, still show.
    threat = detect("FINAL WARNING: your account will be closed tonight. Share this now!")
    assert "fear-appeal" in {s.technique for s in threat}


def test_family_who_give_no_name_on_a_new_number_are_named_and_a_grandson_who_does_is_not():
    scam = _cued(
        "Hi Mum it's me 😊 dropped my phone down the loo, this is my new number. Can you pay a "
        "bill for me today?"
    )
    assert ("family with no name", "Hi Mum it's me") in scam
    # A child on a friend's phone asking for a lift, or a grandson who names himself.
    assert detect("Hi Mum it's me, my phone died so I'm on Jake's phone. Pick me up at 6?") == []
    assert detect("Hi Grandma, it's Tyler 👋 New number! Save it and call me when you can.") == []


def test_a_side_income_reels_no_experience_no_investment_is_a_promise_with_no_catch():
    reel = _cued(
        "Made $4,312 last week from my phone (no experience, no investment, 20 mins a day). "
        "Closing FOREVER this Friday! Comment INCOME and I'll DM you."
    )
    assert ("no catch, no risk", "no experience, no investment") in reel


def test_a_credit_unions_fraud_alert_about_fake_texts_stays_clean():
    alert = (
        "Subject: URGENT fraud alert: fake refund texts\n\n"
        'URGENT: fake texts about a "tax refund" are going around this week. Since 2 March, '
        "14 of our members have reported them, and 3 have lost money.\n\n"
        'The texts look official. They use a reference number, a deadline such as "before '
        '11:59 PM tonight", and a link that asks for your card number.\n\n'
        "Act now if you have:\n"
        "• clicked a link in one of these texts, or\n"
        "• given a one-time passcode to anyone.\n\n"
        "Phone us on the number printed on the back of your card. If you haven't clicked "
        "anything, just delete the text.\n"
    )
    assert detect(alert) == []
    # The scam's own hurry, and "fake news", are still bait's.
    assert ("urgency", "Act now before it's too late") in _named(
        "The FAKE news media won't tell you the truth. Act now before it's too late! Share this "
        "with everyone before they delete it!"
    )


def test_a_condition_of_eligibility_promises_nothing_but_a_claim_that_you_are_does():
    page = (
        "We already hold the details we need. If you are eligible, we will write to you by "
        "21 November to confirm. Payments are made automatically from 1 December."
    )
    assert detect(page) == []
    scam = _cued("Good news! You are eligible for a refund of £412. Claim it now before midnight!")
    assert any(c == "eligible for" for c, _ in scam)


def test_a_shops_address_under_its_sign_off_is_not_a_bait_headline():
    email = (
        "Thanks for shopping small.\n\n"
        "Mereana Walker\nOwner, Harbourline Kitchen Co.\n14 Princes Street, Dunedin\n"
    )
    assert detect(email) == []
    assert any(
        s.cue == "reads like a bait headline"
        for s in detect("Quiz night\n\n14 Things Doctors Never Tell You About Sleep\n")
    )


def test_a_sellers_queue_of_interest_a_race_to_pay_and_a_basket_about_to_expire_are_named():
    listing = _named(
        "PS5 bundle, sealed. LOADS of interest already so be quick. First to send payment gets "
        "it, bank transfer only."
    )
    queue = "LOADS of interest already"
    assert any(t == "social-proof" and w.startswith(queue) for t, w in listing)
    assert any(t == "urgency" and w.startswith("First to send payment gets") for t, w in listing)
    email = _named(
        "Your basket is about to expire! Only 2 left in your size. Don't wait, 70% off ends "
        "tonight."
    )
    assert ("urgency", "is about to expire") in email


def test_a_consumer_column_listing_sales_wordings_shows_them_and_does_not_say_them():
    column = (
        "Every November my inbox fills up with the same words: LAST CHANCE, UP TO 70% OFF, "
        "ENDS TONIGHT. Some of those deals are real. Watch for phrases like act now."
    )
    assert detect(column) == []
    # Said to the reader, the same words are the shop's hurry.
    said = _named("LAST CHANCE! UP TO 70% OFF everything, ENDS TONIGHT. Act now!")
    assert ("urgency", "LAST CHANCE") in said


def test_a_new_number_chats_pleading_and_promise_to_put_it_straight_back_are_named():
    chat = _named(
        "Hi Mum it's me, new phone 😩 I'm so stressed mum honestly I'm nearly in tears. Could "
        "you send £1,380 for me and I'll pay you straight back tomorrow? It needs to go in the "
        "next hour. You're a life saver ❤️"
    )
    assert ("emotional-language", "I'm so stressed") in chat
    assert ("emotional-language", "You're a life saver") in chat
    assert any(t == "false-promise" and w.startswith("pay you straight back") for t, w in chat)
    assert ("false-promise", "put it straight back to you tomorrow") in _named(
        "Hiya love it's Mum, this is my new number. Could you pay it today and I'll put it "
        "straight back to you tomorrow? I feel awful asking x"
    )
    # A child's real message, with no stranger's asks around it, stays clean.
    assert (
        detect("Exams went ok but I'm so stressed about results day. Love you, see you Sunday")
        == []
    )


def test_a_recall_a_couriers_next_steps_and_a_councils_dated_vote_stay_clean():
    recall = (
        "PRODUCT RECALL: 1.7L Glass Kettle (model KH-GK17)\n\n"
        "STOP USING THIS KETTLE IMMEDIATELY\n\n"
        "We are recalling the kettle because the connector in its base can overheat. Bring it "
        "to any store for a full refund; no receipt is needed.\n"
    )
    assert detect(recall) == []
    courier = (
        "Brennock Couriers: we called with parcel BR4471902 today but no one was in.\n\n"
        "WHAT HAPPENS NEXT\n"
        "We'll try again on Thursday between 8am and 1pm. Nothing is owed.\n"
    )
    assert detect(courier) == []
    council = "The payment was approved by City Council on October 21 (motion 2025-114)."
    assert detect(council) == []
    # Without a recall, the shout is a scare; at a line's end, the reveal is still withheld;
    # and a body nobody can find still lends a borrowed name.
    scare = _named("STOP USING THIS SHAMPOO IMMEDIATELY. Doctors are furious. Share this now!")
    assert any(t == "fear-appeal" for t, _ in scare)
    assert any(
        c == "what happened next"
        for c, _ in _cued("A dog waited at the gate for 3 years. Then watch what happens next\n")
    )
    assert any(
        c == "expert credentials"
        for c, _ in _cued("Our drops are approved by the International Wellness Board. Order now!")
    )


def test_a_new_number_chats_deflection_and_cutting_off_the_old_number_are_named():
    chat = _named(
        "Hi Mum its me, this is my new number, save this one and delete the old one x\n"
        "Who is this? Is that you Jess?\n"
        "Yes course it's me lol who else calls you mum 😂 can you pay a bill for me today?"
    )
    assert any(t == "impersonation" and w.startswith("save this one and delete") for t, w in chat)
    assert ("impersonation", "who else calls you mum") in chat
    # A grandson who names himself and asks to be saved under his name stays clean.
    assert detect('Hi Grandma, it\'s Tyler 👋 Please save this one as "Tyler new" 😄') == []


def test_a_real_ending_with_more_names_after_it_is_a_look_alike_address():
    sms = _cued(
        "Relief Cross: children are trapped under rubble. Confirm your gift in one tap: "
        "https://reliefcross-intl.org.donate-now.help/it-quake"
    )
    assert (
        "link to a look-alike site",
        "https://reliefcross-intl.org.donate-now.help/it-quake",
    ) in (sms)
    # Endings that are a country's are real addresses.
    assert detect("Read the report at www.bbc.co.uk/news or abc.net.au/news today.") == []


def test_a_hyphenated_agency_tag_opening_a_text_is_a_trusted_name_as_sender():
    sms = _cued(
        "CRA-ARC: Your tax refund of $612.40 is waiting. Unclaimed refunds are returned "
        "after 24 hrs. Claim: https://cra-refund-ca.info"
    )
    assert ("a trusted name as the sender", "CRA-ARC") in [(c, w.rstrip(":")) for c, w in sms]
    # A hyphenated word opening an ordinary line is no sender.
    assert detect("Follow-up: We met again on Tuesday and agreed the plan.") == []


def test_a_job_adverts_pension_scheme_and_a_deposit_schemes_approval_stay_clean():
    job = (
        "What we offer\n• 25 days' holiday\n• Local Government Pension Scheme (employer "
        "contribution 17%)\n\nHow to apply\nApply now through our careers page.\n\n[Apply now]"
    )
    assert detect(job) == []
    letter = (
        "Your deposit has been protected with the Deposit Protection Service (DPS), one of "
        "the government-approved tenancy deposit schemes in England. Please sign and return "
        "the page by 3 October. Reply today if anything is wrong."
    )
    assert detect(letter) == []
    # An invented programme and an unnamed approval still borrow authority.
    assert any(
        t == "false-authority" for t, _ in _named("Claim from the Government Relief Fund now!")
    )
    assert any(
        t == "false-authority"
        for t, _ in _named("Our drops are government-approved. Order now before stocks run out!")
    )


def test_an_unnamed_leading_university_specialists_nationwide_and_a_spaced_logo_row_are_named():
    ad = _cued(
        "Neuroscientists at a leading European university discovered the 21-day window. "
        "Recommended by specialists nationwide.\nAS FEATURED IN:  Forbes · The Guardian · BBC\n"
        "Get 70% off today only!"
    )
    assert ("unnamed expert backing", "at a leading European university") in ad
    assert ("seal of approval", "Recommended by specialists nationwide") in ad
    assert any(c == "a newspaper's name borrowed" for c, _ in ad)
    assert ("expert credentials", "Dr Helena Voss, cognitive neuroscientist") in _cued(
        "“It changed how I learn.” — Dr Helena Voss, cognitive neuroscientist. Buy now!"
    )
    # A report's figure is no newspaper; a friend's job is borrowed authority only beside bait.
    assert detect("As seen in Figure 2, sleep improved in both groups.") == []
    assert any(
        w.startswith("A close friend of mine is a nurse")
        for _, w in _cued(
            "A close friend of mine is a nurse at St Aldric's. Share before it's deleted!"
        )
    )


def test_a_planted_can_confirm_reply_and_to_avoid_losing_access_are_named():
    thread = _cued(
        "Renee: They got my money back in 72 hours, contact them TODAY before it's too late!\n"
        "Marcus: Can confirm!!! CyberTrace got back 3.1 BTC for me after 2 years."
    )
    assert any(
        c == "a stranger vouches it worked" and w.startswith("Can confirm") for c, w in thread
    )
    email = _named("To avoid losing access to your account, update your card within 24 hours.")
    assert ("fear-appeal", "To avoid losing access to your account") in email
    # A reply that confirms a fact, with no bait beside it, stays clean.
    assert detect("Can confirm, the library got back to me the same day about my card.") == []


def test_a_tech_support_pop_ups_error_code_countdown_and_helped_today_crowd_are_named():
    popup = _cued(
        "Windows Protection Centre\nError # 0x268d3 — VIRUS DETECTED\n"
        "Your computer will be disabled in:\n04:59\n2,318 users helped today. Call now!"
    )
    assert ("a reference number", "Error # 0x268d3") in popup
    assert any(c == "a countdown to the cut-off" and w.endswith("disabled in") for c, w in popup)
    assert ("crowd numbers", "2,318 users helped today") in popup
    offer = _cued("Hurry, stock is limited!\n⏳ OFFER ENDS IN: 00:14:57\n")
    assert ("a countdown to the cut-off", "OFFER ENDS IN: 00:14:57") in offer
    # A timetable's "in:" is no countdown.
    assert detect("The results will be published in: the Gazette, the library and online.") == []


def test_an_investment_pitchs_credentials_and_a_regulator_nobody_names_are_named():
    pitch = _cued(
        "Coach Marcus (ex-Wall Street hedge fund trader, 14 yrs experience) drops the next "
        "signal tonight. My uncle is a senior analyst at a bank and it's fully regulated. "
        "Join now, only 9 seats left!"
    )
    assert ("expert credentials", "ex-Wall Street hedge fund trader") in pitch
    assert ("expert credentials", "14 yrs experience") in pitch
    assert ("a relative with a job title", "My uncle is a senior analyst") in pitch
    assert ("says it is genuine", "it's fully regulated") in pitch
    # A firm that names its regulator is checkable.
    assert detect("We are authorised and regulated by the Financial Conduct Authority.") == []


def test_an_estate_emails_fortune_in_words_and_money_passed_to_the_state_are_named():
    email = _named(
        "Your share is €4,850,000.00 (Four Million Eight Hundred and Fifty Thousand Euros). "
        "If no next of kin comes forward, the funds will be transferred to the state. "
        "Keep this STRICTLY confidential."
    )
    assert (
        "false-promise",
        "€4,850,000.00 (Four Million Eight Hundred and Fifty Thousand Euros)",
    ) in email
    assert ("fear-appeal", "funds will be transferred to the state") in email


def test_outrage_posts_boiling_blood_newcomers_owning_the_place_and_a_closing_door_are_named():
    post = _named(
        "This made my blood boil. Strangers strolling in like they own the place. Once it's "
        "decided it's too late! They BETRAYED Every Real Fan and SOLD US OUT."
    )
    assert ("emotional-language", "made my blood boil") in post
    assert ("us-vs-them", "strolling in like they own the place") in post
    assert ("urgency", "Once it's decided it's too late") in post
    assert ("us-vs-them", "BETRAYED Every Real Fan") in post
    rumour = _named("A former teacher I trust (she can't go public, for obvious reasons) says so.")
    assert ("vague-sourcing", "A former teacher I trust") in rumour
    # A reporter's own account of a decision and its date stays clean.
    assert detect("Once it is approved, it will be final: the council votes on 4 March.") == []


def test_wellness_and_hearing_adverts_poison_one_study_and_being_called_are_named():
    carousel = _named(
        "Your shampoo is poisoning you. One study even found parabens in breast tissue. "
        "Let that sink in. It is being called the biggest leap in hair care for 50 years."
    )
    assert ("fear-appeal", "is poisoning you") in carousel
    assert ("false-authority", "One study even found") in carousel
    assert any(
        t == "vague-sourcing" and w.startswith("is being called the biggest") for t, w in carousel
    )
    # A study named with its journal and team is one a reader can look up.
    assert (
        detect("One study, published in the Lancet by a team at Leeds, found a small effect.") == []
    )


def test_a_death_hoaxs_facebook_login_a_count_dare_and_an_unnamed_find_are_named():
    hoax = _cued(
        "Waitress Finds Something In A Customer's Coat Pocket\n"
        "According to one shopper who filmed part of it, he wept. Let's see how many people "
        "still remember him. Log in with Facebook to confirm you are 18+"
    )
    assert ("withheld reveal", "Finds Something In A Customer's Coat Pocket") in hoax
    assert (
        "unnamed witnesses or experts",
        "According to one shopper who filmed part of it",
    ) in hoax
    assert ("let's see how many", "Let's see how many people still remember him") in hoax
    assert ("sign in with your password", "Log in with Facebook to confirm you are 18+") in hoax
    # A find named at once is no gap.
    assert detect("Police found something in the car: a bag of cash, they said.") == []


def test_a_police_appeal_and_a_universitys_hardship_fund_email_stay_clean():
    appeal = (
        "Were you on Kelby Road between 6.15pm and 6.40pm on Tuesday? A cyclist was hit by a "
        "driver who did not stop. Please share this post. The more people in Kelby who see "
        "it, the better our chance of finding the driver. Call 101 quoting incident 412."
    )
    assert detect(appeal) == []
    email = (
        "From: Student Money Advice Team <moneyadvice@eastmoor.ac.uk>\n\n"
        "You may be eligible if you:\n• are registered on a course at Eastmoor\n"
        "• have applied for all the student finance you are entitled to this year\n\n"
        "Apply now on the Student Hub. We only ask for your bank details inside the "
        "application form.\n\nTransfer ref: SL-4418-20937"
    )
    assert detect(email) == []
    # A stranger's claim that money is yours, and a teaser, still show.
    scam = _cued("You may be eligible for a $6,400 grant! Full details inside. Apply now!")
    assert any(c == "eligible for" for c, _ in scam)
    assert any(c == "answer promised later" for c, _ in scam)


def test_a_consumer_article_that_heads_and_quotes_the_scam_text_shows_it_as_an_exhibit():
    article = (
        "'Your parcel is on hold': how the £1.99 redelivery-fee text works\n\n"
        "This is the wording most readers have forwarded to us:\n\n"
        '"SwiftParcel: Your package is on hold due to an unpaid redelivery fee (£1.99). Pay '
        'within 24 hours or it will be returned to sender: swiftparcel-redeliver.co"\n\n'
        "SwiftParcel did not send this."
    )
    assert detect(article) == []
    # Said to the reader, the same words are the scam's own.
    assert detect("Your package is on hold. Pay within 24 hours: swiftparcel-redeliver.co")


def test_a_ticket_resellers_queue_retweet_plea_and_legit_claim_are_named():
    post = _cued(
        "Already had 30+ DMs so be quick. Please RT to help me find a proper fan. "
        "100% legit ✅ Case #BRP-77310-K"
    )
    assert any(
        c == "loads of messages already" and w.startswith("Already had 30+ DMs") for c, w in post
    )
    assert any(c == "retweet this" and w.startswith("Please RT") for c, w in post)
    assert ("says it is genuine", "100% legit") in post
    assert ("a reference number", "Case #BRP-77310-K") in post


def test_a_lost_dog_post_asking_neighbours_to_share_stays_clean():
    post = (
        "LOST DOG – PLEASE SHARE\nBramble, our Border terrier, slipped his lead on Mill Lane at "
        "7.40am today. People near the fields could check their sheds and garages. Please "
        "share – the more people round here who know what he looks like, the better. "
        "Call 07700 900412. We will never ask for money for information."
    )
    assert detect(post) == []
    # Sources near the council, and neighbours set against outsiders, still show.
    assert any(t == "vague-sourcing" for t, _ in _named("Sources near the council say it's done."))
    assert any(
        t == "us-vs-them" for t, _ in _named("People round here won't stand for it. Share now!")
    )


def test_a_call_scripts_turns_are_dialogue_and_not_bait_headlines():
    script = (
        "KAREN: Good afternoon, is that Mrs Pritchard?\n"
        "MRS PRITCHARD: Yes. Who's this?\n"
        "KAREN: I'm calling from the National Energy Rebate Office about your £386.50 rebate. "
        "You must confirm your card today before 5pm or it is cancelled."
    )
    assert all(s.cue != "reads like a bait headline" for s in detect(script))
    assert ("impersonation", "I'm calling from the National Energy Rebate Office") in _named(script)


def test_energy_scams_control_no_catch_failure_to_respond_and_a_gov_uk_tag_are_named():
    post = _cued(
        "GOV-UK NOTICE: You qualify for a £7,500 boiler grant. Failure to respond will mark "
        "your property as ineligible. It's not about saving energy. It's about CONTROL.\n"
        "No cost, no catch, no obligation\nSomeone said they saw the van again."
    )
    assert ("a trusted name as the sender", "GOV-UK NOTICE") in post
    assert any(
        c == "a penalty if you do not act" and w.startswith("Failure to respond") for c, w in post
    )
    assert ("it's about control", "It's about CONTROL") in post
    assert ("no catch", "No cost, no catch, no obligation") in post
    assert any(c == "some say" and w.startswith("Someone said they saw") for c, w in post)
    # Control of something named is no hidden motive.
    assert detect("The vote is about control of the parish budget, the chair said.") == []


def test_a_court_report_quoting_a_fraudsters_reply_shows_it_as_evidence():
    report = (
        "The court was shown messages Askew sent to learners. When a 17-year-old asked "
        "whether the slot was genuine, he replied: \"100% legit, I've got a contact inside "
        'the test centre."'
    )
    assert detect(report) == []
    # Said to the reader, it is the seller's own claim.
    assert any(c == "says it is genuine" for c, _ in _cued("100% legit, DM me now! Only 3 left!"))


def test_in_a_chat_the_readers_own_messages_and_the_phones_words_are_never_bait():
    chat = (
        "⚠️ This sender is not in your contacts.\n"
        "[14:02] Jay: Hi is the bike still available?\n"
        "[14:03] You: Hi, yes it is! Are you able to come and see it?\n"
        "[14:05] Jay: I've already paid, just open this link and enter your card details to "
        "receive the funds: swapyard-securedelivery.example/receive/88213\n"
        "[14:10] You: Can you believe I've never sold anything online? Is this really safe?\n"
        "[14:11] Jay: Please do it in the next hour or the booking is cancelled\n"
        "      Ok love. Are you alright?  09:21 ✓✓\n"
        "[ Aa  Write a message… ]"
    )
    found = detect(chat)
    reader = [line for line in chat.splitlines() if "You:" in line or "✓✓" in line]
    phone = [line for line in chat.splitlines() if "contacts" in line or "Write a" in line]
    for span in found:
        assert not any(span.text in line for line in reader + phone), span
    # The other side's bait is still named.
    assert any(s.text.startswith("swapyard-securedelivery.example") for s in found)
    assert any("next hour" in s.text for s in found)
    # Outside a chat a "You:" line is the writer's, and is read as usual.
    assert detect("You: Can you believe what she did next?") != []


def test_a_new_number_that_asks_to_be_rung_to_prove_who_it_is_is_not_the_scam():
    honest = (
        "[09:41] Hi Mum, it's me! Lost my phone on the bus 😭 This is my new number\n"
        "[09:42] Ring me on it when you're up so you know it's really me x\n"
        "[10:03] The phone shop has one for $149, I'm $59 short till payday 😬\n"
        "[10:06] I'll pay you back the $59 on the 28th, promise ❤️"
    )
    assert detect(honest) == []
    scam = honest.replace("Ring me on it when you're up so you know it's really me x", "x")
    assert {"a new number, a lost phone", "I'll pay you back"} <= {s.cue for s in detect(scam)}


def test_a_toll_text_under_its_apps_label_is_read_from_its_sender_tag():
    text = (
        "+44 7700 900620\n\nText Message\nToday 18:42\n\n"
        "CarrowCrossing Tolls: Our records show an unpaid crossing charge of £3.80.\n\n"
        "To avoid a £100 Penalty Charge Notice, settle your balance within 24 hours.\n\n"
        "If the link does not open, reply Y, then close this message and open it again."
    )
    named = _cued(text)
    assert ("a trusted name as the sender", "CarrowCrossing Tolls") in named
    assert any(c == "pay or be punished" and w.startswith("To avoid a £100") for c, w in named)
    assert any(c == "reply to unlock a link" and w.startswith("reply Y") for c, w in named)
    # A "not" aimed at the reply still stands it down.
    told_not_to = text.replace("If the link does not open, reply Y", "Do not reply Y")
    assert not any(w.startswith("reply Y") for _, w in _cued(told_not_to))


def test_a_buyer_who_has_already_paid_through_a_safe_sounding_service_is_named():
    chat = (
        "[14:03] Jay: Great I'll take it at the full price, no need to haggle\n"
        "[14:05] Jay: I've already paid through Marketplace Secure Delivery, $320 + $45 for "
        "the courier. Just open this link and enter your card details to receive the funds: "
        "swapyard-securedelivery.example/receive/88213\n"
        "[14:11] Jay: Please do it in the next hour or the booking is cancelled\n"
        "[14:12] Jay: If he turns up and there's no confirmation I'll have to report you and "
        "your account could be suspended\n"
        "[14:13] Jay: I'm working away this week so I can't come and see it"
    )
    found = detect(chat)
    assert any(
        s.cue == "paid through a safe service" and s.text.startswith("paid through Marketplace")
        for s in found
    )
    # A highlight of a whole chat line shows its words, not the time and name before them.
    assert found and not any(s.text.startswith("[") or s.text.startswith("Jay:") for s in found)
    # Advice to pay through a site's own checkout is no claim that money is waiting.
    assert all(
        s.cue != "paid through a safe service"
        for s in detect("Only ever pay through the site's own checkout, opened yourself.")
    )


def test_a_fact_check_that_prints_the_post_in_full_shows_it_as_evidence():
    check = (
        "A post shared this week claims the council will fine residents £1,000 for putting "
        "out bird food. It is false. Here is the post in full, as eleven readers sent it to "
        'us:\n\n"⚠️ URGENT ⚠️ From MONDAY the council will fine you £1,000 if you are caught '
        "feeding birds in your own garden!!! They are using DRONES to spot bird feeders. My "
        "friend at the council says they've already sent 300 letters. SHARE before Monday so "
        'nobody gets caught out!!!"'
    )
    assert detect(check) == []
    # The same post, posted, is bait.
    assert len(detect(check.split("\n\n", 1)[1].strip('"'))) >= 2


def test_a_consultation_asks_what_you_think_and_a_post_asks_for_comments():
    assert detect("Please tell us what you think by 5pm on Friday 20 June.") == []
    assert ("engagement-bait", "Tell us what you think in the comments") in _named(
        "Is this the end of the high street? Tell us what you think in the comments"
    )


def test_the_number_on_the_back_of_your_card_is_the_banks_own():
    warning = (
        "If you have already paid, call us straight away on 03069 990142 (also on the back "
        "of your card)."
    )
    assert all(s.cue != "a number to ring in the message" for s in detect(warning))
    scam = "Your card has been blocked. Call us straight away on 03069 990142."
    assert any(s.cue == "a number to ring in the message" for s in detect(scam))


def test_an_e_safety_newsletter_shows_the_scams_signs_without_teasing():
    newsletter = (
        "Six families have told us their child received a message offering free Gold Bricks.\n\n"
        "What the message usually looks like\n"
        "• It comes from an account with a tick in its name\n"
        '• It gives a short time limit, such as "expires in 15 minutes"\n\n'
        "Agree one simple rule: no game company will ever ask for your password."
    )
    assert detect(newsletter) == []
    # Teased, or said to the reader, each still counts.
    teased = _cued("See what the doctor said next")
    assert ("withheld reveal", "what the doctor said next") in teased
    assert any(s.cue == "a little-known trick" for s in detect("One simple rule changed my life"))
    offer = "You have won a free iPhone! Claim it now: this offer expires in 15 minutes."
    assert any("expires in 15 minutes" in s.text for s in detect(offer))


def test_a_job_without_an_interview_and_a_daily_salary_are_named():
    message = (
        "Hi! Your profile was recommended to us. Just 20–30 minutes a day on your phone, "
        "daily salary $80–$300. No interview is required for shortlisted candidates like "
        "yourself."
    )
    cued = _cued(message)
    assert ("pay by the day", "daily salary $80–$300") in cued
    assert (
        "hired without an interview",
        "No interview is required for shortlisted candidates like yourself",
    ) in cued
    assert detect("The minister gave no interview, no statement and no apology.") == []


def test_a_leaflet_explaining_its_own_practice_holds_no_reason_back():
    leaflet = (
        "Serious allergic reactions are very rare, around 1 to 2 in every million doses. This "
        "is why we ask you to wait in the shop for 15 minutes after your injection."
    )
    assert detect(leaflet) == []
    headline = "This Is Why Pilots Never Eat The Same Meal"
    assert any(s.cue == "the reason why" for s in detect(headline))


def test_a_bail_call_sets_its_deadline_in_words_and_a_seller_names_a_rival_buyer():
    call = (
        "Your grandson is being held at the station. If the bail is not paid by three "
        "o'clock this afternoon he will be remanded in custody. Act now, this is your last "
        "chance."
    )
    assert ("deadline", "by three o'clock this afternoon") in _cued(call)
    # An hour that opens a sentence tells the time of day, not a deadline.
    dusk = "By 4:30 this afternoon it'll be dark again. Act now: last chance."
    assert not [s for s in detect(dusk) if "4:30" in s.text]
    seller = (
        "Yes she's still available! There's a couple coming from Leicester tomorrow who want "
        "her too, so to hold her I just need a £150 deposit by bank transfer today. Act now."
    )
    assert (
        "another buyer is coming",
        "There's a couple coming from Leicester tomorrow who want her too",
    ) in _cued(seller)
    # Alone, as an honest seller might say it, it is set aside like a deposit.
    assert detect("Someone else is interested, but I'll hold it till you've seen it.") == []


def test_a_recovery_expert_in_the_comments_is_named():
    comment = (
        "I lost £8,000 to a fake app. Message Mark Ellison, a certified Blockchain Recovery "
        "Specialist. He only takes on a few new cases each month so message him today."
    )
    cued = _cued(comment)
    assert ("a recovery expert", "certified Blockchain Recovery Specialist") in cued
    assert (
        "only a few places left",
        "He only takes on a few new cases each month",
    ) in cued


def test_a_warning_tells_what_some_of_the_scam_messages_say():
    page = (
        "Beware of scams\n"
        "Scammers are sending texts, emails and social media posts about this payment. Some "
        'say the payment is $2,000, or that you must "confirm your details" to receive it. '
        "This is not true."
    )
    assert detect(page) == []
    assert any(s.cue == "some say" for s in detect("Some say the payment is $2,000."))


def test_homes_found_through_a_friend_of_a_friend_is_no_rumour():
    assert detect("Most of our dogs find their homes through a friend of a friend.") == []
    rumour = "A friend of a friend works at the depot and says the vans are being recalled."
    assert any(s.technique == "vague-sourcing" for s in detect(rumour))


def test_nobody_was_ready_for_this_promises_a_reaction():
    assert ("not ready for this", "Nobody was ready for this") in _cued(
        "Nobody was ready for this. The star of Harbour Lane has spoken at last."
    )


def test_a_warning_shows_the_scam_messages_it_lists_as_examples():
    warning = (
        "Fake room listings: how to check before you pay\n\n"
        "WHAT THE MESSAGES SAID\n"
        "Most of the listings appeared in large housing groups. Here are examples students "
        "have shown us (names and bank details removed):\n\n"
        "\"I'm working abroad so I can't do viewings, but I'll courier you the keys once "
        'the deposit clears."\n\n'
        "\"I've had 40+ messages today, first deposit secures it, I can't hold it for "
        'anyone."\n\n'
        '"Full refund if you don\'t like it, no questions asked."\n\n'
        "In England, a deposit must be protected in a government-approved scheme within 30 "
        "days."
    )
    assert detect(warning) == []
    # The same words said to the reader, with no introduction, are the bait's own.
    listing = "I've had 40+ messages today, first deposit secures it. Full refund, no questions."
    assert any(s.cue == "loads of messages already" for s in detect(listing))
    teaser = "See what the vet found inside"
    assert ("withheld reveal", "what the vet found inside") in _cued(teaser)
    claim = "Our government-approved scheme pays you back in days. Act now, only 3 places left!"
    assert any("government-approved" in s.text for s in detect(claim))


def test_a_vaccine_page_tells_how_long_symptoms_last_and_that_most_have_none():
    page = (
        "Most children have no side effects, or only mild ones. A febrile seizure is "
        "frightening to watch, but it usually stops within 5 minutes. Anaphylaxis almost "
        "always starts within 15 minutes, which is why we ask you to wait at the clinic."
    )
    assert detect(page) == []
    advert = "No jitters, no crash, no side effects. Reply within 15 minutes to claim it today!"
    cued = _cued(advert)
    assert ("too good to be true", "no side effects") in cued
    assert ("urgency", "Reply within 15 minutes to claim it today") in _named(advert)


def test_a_voting_text_and_a_fake_course_are_named():
    text = (
        "Kingsmere Electoral Office: our records show you are NOT registered. To avoid losing "
        "your vote, confirm your details at https://kingsmere-votercheck.co/verify"
    )
    cued = _cued(text)
    assert ("link to a look-alike site", "https://kingsmere-votercheck.co/verify") in cued
    assert ("you will lose access", "To avoid losing your vote") in cued
    course = "Certificate recognised by top employers worldwide. Enrol today, only 5 places left!"
    assert ("vague-sourcing", "recognised by top employers worldwide") in _named(course)
    rumour = "Another lady on our road says her cousin found ballot papers in a skip."
    assert any(s.cue == "heard it in a group" for s in detect(rumour))
    listing = "I've had 40+ messages today. First deposit received secures it, act now!"
    assert ("a deposit to hold it", "deposit received secures it") in _cued(listing)
    # A real address with a check in it stays clean.
    assert detect("Check your registration at www.gov.uk/am-i-registered-to-vote") == []


def test_a_highlight_never_ends_inside_a_link():
    text = (
        "To avoid losing your vote, confirm your details within 48 hours at "
        "https://kingsmere-votercheck.co/verify"
    )
    clock = [s for s in detect(text) if s.cue == "a short clock"]
    assert [s.text for s in clock] == ["confirm your details within 48 hours"]


def test_a_managers_quote_after_her_club_and_role_or_after_he_admitted_is_theirs():
    # A match report names the speaker after her club and role ("said Kelby manager Ruth
    # Amis"), or first as someone who granted a point, then "he said": their anger is quoted.
    report = (
        "Kelby lost to a penalty in the 89th minute.\n\n"
        '"I am devastated for the players. That is a disgrace of a decision," said Kelby '
        "manager Ruth Amis.\n\n"
        "Harton manager Colin Drewe admitted the call was harsh. "
        '"I would be livid as well, honestly," he said. "But we kept going."'
    )
    quoted = [report[a:b] for a, b in attributed_quotes(report)]
    assert any("devastated" in q for q in quoted) and any("livid" in q for q in quoted)
    beside_bait = detect(report + COMPANY)
    assert not [s for s in beside_bait if s.end <= len(report)], beside_bait
    # The same words with no one named to say them are the writer's own.
    unsaid = "That is a disgrace of a decision. I would be livid as well, honestly."
    assert {s.technique for s in detect(unsaid + COMPANY)} >= {"emotional-language"}


def test_a_firms_own_co_uk_address_and_things_you_should_know_are_not_bait():
    # A recruitment agency's real email: its own .co.uk address has no hyphenated lure, and
    # "A couple of things you should know:" introduces a list, not a hook.
    assert_clean(
        "From: Ana Reyes <a.reyes@marlowrecruitment.co.uk>",
        "A couple of things you should know: our fee is paid by the employer.",
    )
    assert_named(
        [
            ("Apply at www.secure-recruitment.co.uk today", "impersonation"),
            ("Claim it at paymentsupport.co before it expires", "impersonation"),
            ("You need to see this before it's deleted.", "direct-address"),
        ]
    )


def test_new_writers_bait_in_wordings_seen_first_this_round_is_named():
    # Three writers the detector had not seen (a forum "leak", a referee outrage piece, an
    # amber-necklace advert, a diet advertorial, a tap-water forward, a blazer boycott post).
    assert_named(
        [
            ("Reply with 🔒 to bump.", "engagement-bait"),
            ("One local told us the roof went first.", "vague-sourcing"),
            ("Several well-known celebrities are said to use the formula.", "vague-sourcing"),
            ("Scientists in Europe have known about it for centuries.", "vague-sourcing"),
            ("PLEASE READ IF YOU HAVE CHILDREN", "direct-address"),
            ("Comment now, or it'll be too late to stop it.", "fear-appeal"),
            ("They have never wanted a club like ours in this division.", "us-vs-them"),
            ("There is a filter that removes 99.9% of it.", "false-promise"),
        ]
    )
    # Their honest look-alikes: a named study's place, a tested figure alone, a plain reply.
    assert_clean(
        "Scientists in Japan found the spice made no difference, in a trial led by Dr Aiko "
        "Sato at Kyoto University.",
        "The lab found the filter removed 99.9% of lead in its tests.",
        "Reply with your availability by Friday.",
    )


def test_a_promise_of_what_the_sender_will_never_tell_you_describes_the_scams_words():
    # A college's fee reminder lists what a fake one says: its threat is the scam's, not its own.
    reminder = (
        "Your next payment is due on 3 March.\n\n"
        "• We will never ask for your password by email.\n"
        "• We will never tell you that your place will be cancelled unless you act within hours."
    )
    assert detect(reminder + COMPANY)[0].start > len(reminder)
    # Said as the sender's own threat, it is bait.
    assert_named([("Your place will be cancelled unless you act within hours.", "fear-appeal")])


def test_a_second_rounds_new_bait_wordings_are_named_and_their_honest_twins_are_not():
    # A cloud-storage phish, a foods-after-50 listicle, a kindness post, a revision-hack
    # caption, a fake student-finance email and a 15-minute-city thread.
    assert_named(
        [
            ("⏳ Time remaining: 23 hours 41 minutes", "urgency"),
            ("As a loyal customer you qualify for a FREE upgrade to 50 GB", "false-promise"),
            (
                "Restore them at https://nimbus-cloud.photo-restore-centre.com/verify",
                "impersonation",
            ),
            ("It is bad for you, according to nutritionists.", "vague-sourcing"),
            ("A study found it may be linked to memory problems.", "false-authority"),
            ("Thousands of our readers have already cleared these out.", "social-proof"),
            ("The whole diner stood up and clapped for five minutes straight.", "hyperbole"),
            ("Facebook keeps trying to take it down.", "conspiracy"),
            ("I went from a 4 to a 9 in maths in 6 WEEKS", "false-promise"),
            ("A Cambridge neuroscientist said it's the best way to learn.", "false-authority"),
            ("Half price, this week only.", "urgency"),
            ("To avoid cancellation of all future payments, reply today.", "fear-appeal"),
            ("They're not telling you what the plan really means.", "conspiracy"),
        ]
    )
    assert_clean(
        "It is safe in small amounts, according to dietitians at Leeds Teaching Hospitals.",
        "Ana Ruiz, a Cambridge neuroscientist, led the trial.",
        "Prices went from £2 to £3 in a year, the council said.",
    )


def test_a_reference_number_alone_does_not_make_a_genuine_notice_bait():
    # A water company's planned-work notice prints its reference in the text and again in the
    # email. A reference number was bait on its own: both were shown as false authority, and
    # with them the notice's plain sentences ("Thank you for your patience…") were guessed at.
    notice = (
        "From Northmoor Water. We will turn off the water to 2-30 Larch Avenue on Wed 9 April, "
        "10am-3pm, to fit a new valve. If anyone at home needs water for a medical reason, tell "
        "us by Mon 7 April and we will bring bottled water. Ref NW-51920.\n\n"
        "From: Northmoor Water <works@northmoorwater.co.uk>\n"
        "Subject: Planned work on Larch Avenue (ref NW-51920)\n\n"
        "Dear Ms Haldane,\n\n"
        "As we texted you this morning, the water to your street will be off on Wednesday "
        "9 April between 10am and 3pm.\n\n"
        "Why we are doing this\n"
        "The valve under the pavement is forty years old and no longer closes fully, so we are "
        "replacing it.\n\n"
        "On the day\n"
        "• If you are happy to be without water for a few hours, you don't need to do anything."
        "\n• If nobody is in when the water comes back, run the cold kitchen tap for a minute "
        "before you drink from it.\n\n"
        "Our staff carry photo ID. If you're unsure, call us free on 0800 014 2277 and we will "
        "confirm who is visiting.\n\n"
        "Thank you for your patience while we do this work.\n\n"
        "Amrit Dhillon\nWorks Manager, Northmoor Water"
    )
    assert detect(notice) == []
    # Beside other bait a reference still shows, and so do the credit scam's clock and crowd.
    scam = (
        "Eastmere Energy: Good news! Your home has been given £48.10 Winter Credit "
        "(ref WC-30418-EM). Unused credit goes back to the fund at 22:00 tonight. "
        "12,870 Eastmere customers activated this week."
    )
    assert {
        ("false-authority", "ref WC-30418-EM"),
        ("urgency", "at 22:00 tonight"),
        ("social-proof", "12,870 Eastmere customers activated this week"),
    } <= _named(scam)
    assert ("false-promise", "you have an unclaimed prize") in _named(
        "Harbour Lotto: you have an unclaimed prize from Saturday's draw. Claim ref HL-5512."
    )


def test_a_firms_warning_that_tells_what_the_fake_texts_say_is_not_their_bait():
    # A marketplace's genuine warning: "emails pretending to be from us. They say a seller
    # account 'will be suspended within 24 hours'…" lit the quoted threat and deadline, and
    # the second look then guessed at its advice on checking your account.
    warning = (
        "Hi Priya,\n\n"
        "This week some Larkspur Bank customers have had texts pretending to be from us. They "
        'say your card "will be blocked within 12 hours" unless you tap a link and confirm your '
        "card details.\n\n"
        "These texts are not from Larkspur Bank. Please don't tap the links in them.\n\n"
        "To check your account, open the Larkspur app and sign in as usual. If anything needs "
        "your attention, it will be shown there.\n\n"
        "Thanks,\nLarkspur Bank Security Team"
    )
    assert detect(warning) == []
    # The same words as the scam's own are still its bait.
    assert {("fear-appeal", "your card will be blocked"), ("urgency", "within 12 hours")} <= _named(
        "Larkspur Bank: your card will be blocked within 12 hours. Tap the link and confirm "
        "your card details."
    )


def test_a_third_rounds_new_bait_wordings_are_named_and_their_honest_twins_are_not():
    # A crypto mentor's DM, a bill-hack video, a forwarded hospital rumour, a sleep-gummy
    # video, a seller-account phish and a cycle-lane rant, each in our own words here.
    assert_named(
        [
            ("Insurers don't want ordinary people knowing how easy this is.", "conspiracy"),
            ("I've had three posts deleted already for sharing this.", "conspiracy"),
            ("There are 3 places left for March.", "urgency"),
            ("‼️PLEASE READ & PASS ON‼️", "engagement-bait"),
            ("POV: you finally paid off your card", "direct-address"),
            (
                "I saw your post on @cheapeats.daily and something told me to write",
                "direct-address",
            ),
            ("This is coming straight from the NHS.", "false-authority"),
            ("Under Policy 3.1.4 your listing has been paused.", "false-authority"),
            ("Cafés are dropping like flies.", "hyperbole"),
            ("My cousin's neighbour who is a retired nurse sent me this.", "vague-sourcing"),
        ]
    )
    assert_clean(
        "The grant comes directly from the government, the council said.",
        "Sales of the drink are dropping, the company's accounts show.",
        "I saw your post in the allotment group: is the wheelbarrow still free?",
    )


def test_what_happens_next_at_the_end_of_a_titles_list_is_a_table_of_contents():
    # A council's honest release, "Tidewrack sculpture: what it cost, who paid, and what
    # happens next", was read as a curiosity gap (and its "please share" kept it company).
    for title in (
        "Harbour mural: what it cost, who paid, and what happens next\n\nThe mural cost £9,000.",
        "Storm Ciarán: what we know and what happens next\n\nThe storm reached land at 4am.",
    ):
        assert not [s for s in detect(title) if s.technique == "curiosity-gap"], title
    assert ("curiosity-gap", "what happened next") in {
        (s.technique, s.cue)
        for s in detect("He lifted the lid, and what happened next left us in tears.")
    }
