"""Teacher's filters: every filter narrows, and "nothing chosen" means everything."""

from baitlab.library_filter import SampleFilter, filter_samples, length_band, reading_band
from baitlab.readability import readability


def test_no_filter_keeps_every_sample(library):
    assert filter_samples(library.samples, SampleFilter()) == library.samples


def test_each_filter_keeps_only_matching_samples(library):
    honest = filter_samples(library.samples, SampleFilter(kinds=frozenset({"honest"})))
    assert honest and all(s.meta.kind == "honest" for s in honest)
    texts = filter_samples(library.samples, SampleFilter(forms=frozenset({"text-message"})))
    assert texts and all(s.meta.form == "text-message" for s in texts)
    both = filter_samples(
        library.samples, SampleFilter(techniques=frozenset({"urgency", "impersonation"}))
    )
    assert both and all({"urgency", "impersonation"} <= set(s.technique_counts()) for s in both)
    short = filter_samples(library.samples, SampleFilter(lengths=frozenset({"short"})))
    assert all(s.word_count() < 150 for s in short)
    assert {length_band(s) for s in library.samples} <= {"short", "medium", "long"}


def test_reading_level_filter_uses_the_grade_shown_on_the_card(library):
    easy = filter_samples(library.samples, SampleFilter(levels=frozenset({"easy read"})))
    hard = filter_samples(library.samples, SampleFilter(levels=frozenset({"harder read"})))
    assert easy and hard
    assert all(round(readability(s.text)["grade"]) < 6 for s in easy)
    assert all(round(readability(s.text)["grade"]) >= 9 for s in hard)
    assert {reading_band(s) for s in library.samples} == {"easy read", "middle", "harder read"}


def test_the_reading_age_beside_the_summary_is_the_one_the_summary_gives(library):
    for sample in library.samples:
        found = readability(sample.text)
        if found["reading_age"] is not None and found["reading_age"] < 18:
            assert f"reading age about {found['reading_age']}:" in found["summary"], found
