"""Emotional temperature: per sentence and per paragraph, with charged writing running hotter."""

from baitlab.emotion import emotion, hot_words, intensity


def test_paragraph_temperature_is_the_mean_of_its_sentences(founding):
    result = emotion(founding.text)
    for p in result["paragraphs"]:
        inside = [
            s["intensity"] for s in result["sentences"] if p["start"] <= s["start"] < p["end"]
        ]
        expected = round(sum(inside) / len(inside), 3) if inside else 0.0
        assert p["intensity"] == expected


def test_charged_words_run_hotter_than_plain_ones():
    assert intensity("Heartbreaking! A devastating, horrifying tragedy.") > intensity(
        "The council met on Tuesday to discuss the budget."
    )
    assert 0 <= intensity("😀🔥" * 2000) <= 1


def test_a_named_persons_feelings_are_theirs_not_the_writers_temperature():
    quoted = (
        'Ruth Kessler broke her wrist in 2023. "I was heartbroken. It was a devastating, '
        'horrifying day," she said.'
    )
    unquoted = "I was heartbroken. It was a devastating, horrifying day! Share this now."
    assert emotion(quoted)["peak"] < 0.5 < emotion(unquoted)["peak"]


def test_a_recall_notices_best_before_dates_are_not_praise():
    # A teacher saw an honest recall's lot codes run hotter than three bait texts: VADER
    # weighs "best" in "best before 14 March" as gushing.
    notice = (
        "The recall covers 200 g packs of Harbourside Smoked Mackerel:\n\n"
        "Lot HS-1102, best before 12 April\nLot HS-1107, best before 17 April"
    )
    assert emotion(notice)["peak"] == 0.0
    assert emotion("This is the most amazing mackerel I have ever tasted!")["peak"] > 0.4


def test_reported_speech_greetings_and_comment_bars_are_not_the_writers_temperature():
    # A teacher saw an honest sports report's emotion figure outrank a scare post because of
    # "Club president Sandra Lowe said Mrs Kettering had won 11 titles", a newsletter's peak
    # on "Hi friend," and a scare post's on its "👍 Like · 💬 148 Comments" bar.
    for line in (
        "Club president Sandra Lowe said Mrs Kettering had won 11 club singles titles.",
        "Hi friend,",
        "👍 Like · 💬 148 Comments · ↪ Share",
        # A teacher saw a scam email peak on its "Sincerely," and a scam text on its opt-out.
        "Sincerely,",
        "Kind regards, Helen",
        "Warmly, The Brightfield Wellness Team",
        "Reply STOP to opt out.",
    ):
        assert emotion(line)["peak"] == 0.0, line
    assert emotion("Stop lying to us, you cowards!")["peak"] > 0.3
    assert emotion("Thanks for nothing, you useless cowards!")["peak"] > 0.3
    # The writer's own words still count.
    assert emotion("I am heartbroken and furious at this disgusting decision!")["peak"] > 0.5


def test_words_any_report_uses_are_not_the_writers_heat_and_loaded_words_are():
    # Four teachers saw honest reports outrank the bait ("victims losing RM1.38 million" 0.82,
    # "won the final" 0.59) and "Join us" run warm: VADER weighs what happened, not how it
    # is told. Feeling words that turn up in plain sentences as much as in bait count for
    # nothing; the ones bait leans on still do.
    report = (
        "Fourteen people were injured and two died on the A9 on Sunday.\n\n"
        "Victims lost a combined RM1.38 million to the fake sellers.\n\n"
        "The Rovers won the final 3-1. Join us at the clubhouse on Friday."
    )
    assert emotion(report)["peak"] < 0.3, emotion(report)
    bait = "This is DISGUSTING and SHOCKING, and they should be ashamed of themselves!!!"
    assert emotion(bait)["peak"] > 0.6


def test_a_shouted_line_and_angry_emoji_run_hot_and_a_masthead_does_not():
    # A teacher saw "THEY ARE COMING FOR OUR TISSUE PACKETS NOW 😡😡" score 0: the line in
    # capitals was taken for a masthead, and VADER names 😡 "pouting face", no feeling word.
    assert emotion("THEY ARE COMING FOR OUR TISSUE PACKETS NOW 😡😡")["peak"] > 0.5
    assert emotion("They are coming for our tissue packets now 🤬")["peak"] > 0.5
    assert emotion("Council votes to close the library 🚨🚨‼️")["peak"] > 0.5
    for calm in ("THE COASTAL LEDGER", "HEALTH & WELLBEING", "They are coming on Tuesday."):
        assert emotion(calm)["peak"] == 0.0, calm


def test_a_scam_quoted_in_a_warning_and_words_naming_what_happened_are_not_the_writers_heat():
    # Teachers saw an honest lost-pet scam warning and a report of a drowning read hotter
    # than the bait beside them: the warning's quoted scam ("Please hurry she is in a lot
    # of pain") and "drowned" counted as the writer's own feeling.
    warning = (
        "Eleven families have had this scam message, copied exactly:\n\n"
        '"We found your dog, she is hurt and crying in terrible pain, please hurry and send '
        'the vet fee now!!"\n\n'
        "We never ask for money by text."
    )
    assert emotion(warning)["peak"] < 0.3, emotion(warning)
    report = "A 19-year-old drowned at Beckett Quarry on Saturday."
    assert emotion(report)["peak"] < 0.3, emotion(report)
    # The same scam as the writer's own words still runs hot.
    bait = "She is hurt and crying in terrible pain, please hurry and send the vet fee now!!"
    assert emotion(bait)["peak"] > 0.5


def test_a_letters_opening_name_is_manners_not_heat():
    # A teacher saw a fundraising email's "Friend," as its hottest paragraph.
    assert emotion("Friend,")["peak"] == 0.0
    assert emotion("Friend,\n\nThis is DISGUSTING and they should be ashamed!!!")["peak"] > 0.5


def test_the_whole_texts_temperature_sets_honest_reports_apart_from_bait(library):
    # The side panel showed the hottest paragraph: a scam email's legal footer and a
    # "Thank you for helping…" line put bait below honest reports (four teachers' notes).
    # The whole text's average reads honest reports cool and most bait warm or hot.
    from baitlab.emotion import temperature_word

    words = {"bait": [], "honest": []}
    reports = []
    for sample in library.samples:
        word = temperature_word(emotion(sample.text)["mean"])
        words[sample.meta.kind].append(word)
        if sample.meta.genre == "news-report":
            reports.append(word)
    # Honest reports run cool, and none runs hot. A genuine message can run warm (a game
    # studio's "FREE SKIN FOR EVERYONE! 🎉", a school's cheerful text) or even hot (a family
    # chat after a lost phone, 😭 and ❤️, as hot as the "Hi Mum" scam it is twinned with), as
    # the page says: heat alone is no verdict.
    assert reports.count("cool") >= 0.8 * len(reports)
    assert "hot" not in reports
    assert words["honest"].count("hot") <= 0.1 * len(words["honest"])
    assert words["bait"].count("cool") <= 0.4 * len(words["bait"])
    # Read off the two-decimal figure the help shows: 0.058 shows as "0.06", so it is warm.
    assert [temperature_word(m) for m in (0.0, 0.054, 0.058, 0.06, 0.114, 0.118, 1.0)] == [
        "cool",
        "cool",
        "warm",
        "warm",
        "warm",
        "hot",
        "hot",
    ]


def test_a_two_button_bar_is_page_furniture_with_no_temperature():
    # Two teachers saw the bait map's emotion line peak on "Share | Save" and "Share | Print"
    # (VADER reads "share" and "save" as warm words); a bar of three was already furniture.
    text = (
        "Council confirms new bin days from March\n\n"
        "By Hal Moss\n\n"
        "Share | Save\n\n"
        "Collections move to Thursdays from 3 March, the council said.\n\n"
        "Share · Print"
    )
    paragraphs = emotion(text)["paragraphs"]
    assert paragraphs[2]["intensity"] == 0.0, paragraphs
    assert paragraphs[4]["intensity"] == 0.0, paragraphs
    # A line that asks the reader something is not a bar of buttons.
    hot = emotion("Share this | it could save a life!!")["paragraphs"][0]["intensity"]
    assert hot > 0, hot


def test_words_with_a_plain_everyday_sense_are_never_quoted_as_hot():
    # "an unpaid fee of £1.99 is outstanding" and "94% reported less pain" were explained as
    # "uses hot, emotional words (outstanding)" and "(pain)".
    def hot(sentence: str) -> list[str]:
        return hot_words(sentence.split(" "))

    assert hot("an unpaid fee of £1.99 is outstanding") == []
    assert hot("94% of users reported less pain") == []
    assert hot("they are furious and disgusted") == ["furious", "disgusted"]


def test_a_polite_letter_asking_for_help_reads_cool():
    # A reviewer saw a school newsletter called hot for "Thank you to everyone who came",
    # "we are hoping to raise" and "please don't feel under any pressure": manners, not heat.
    from baitlab.emotion import temperature_word

    letter = (
        "Dear parents and carers,\n\nThank you to everyone who came to the Harvest Fair. "
        "This term we are hoping to raise £2,500 to replace the shed.\n\nWe know this is an "
        "expensive time of year, so please don't feel under any pressure. Every bit of help "
        "is appreciated."
    )
    assert temperature_word(emotion(letter)["mean"]) == "cool", emotion(letter)["mean"]
    assert (
        temperature_word(emotion("This is DISGUSTING. They should be ashamed!!!")["mean"]) == "hot"
    )


def test_a_councils_bin_notice_is_not_warm_for_its_garden_waste():
    notice = (
        "Green (garden waste) bins will be collected every two weeks.\n\nFood waste caddies "
        "will still be collected every week.\n\nWaste and Recycling Services"
    )
    assert emotion(notice)["mean"] == 0.0


def test_a_schools_mock_exam_timetable_is_not_warm():
    # A reviewer saw a Year 10 exam notice read warm, hotter than an outrage post: "mock".
    notice = "Year 10 mock exams start on Monday 9 March and run for two weeks."
    assert emotion(notice)["mean"] == 0.0


def test_the_words_of_a_web_address_are_not_feelings():
    # A school nurse: a real NHS text read hot, partly from the "flu" in www.nhs.uk/book-flu.
    assert intensity("You can book online at www.nhs.uk/book-flu or call 119.") == 0
    assert intensity("Email help@flu-crisis.org or visit nhs.uk/panic-attacks today.") == 0
    assert intensity("This flu is a terrible crisis. Read more at www.nhs.uk.") > 0
