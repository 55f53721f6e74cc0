"""Emotional temperature: per sentence and per paragraph, with charged writing running hotter."""

from baitlab.emotion import emotion, intensity


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
