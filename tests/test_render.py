"""The renderer: one <mark> per highlight cluster, labelled, and hostile text kept literal."""

import html
import re
from html.parser import HTMLParser

from baitlab.html import markdown_literal
from baitlab.render import Highlight, NoteMark, compare, comparison_summary, render_article

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> $5 and $10 *x* :red[x]"


class _Reader(HTMLParser):
    """Collects the text a reader sees with every explanation closed, labels left out."""

    SKIP = {"bl-why", "bl-label", "bl-label bl-label-note", "bl-para"}  # not the article

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # >0 while inside a skipped element
        self.stack: list[bool] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "input":
            return
        skipped = dict(attrs).get("class") in self.SKIP or self.depth > 0
        self.stack.append(skipped)
        self.depth += skipped

    def handle_endtag(self, tag):
        self.depth -= self.stack.pop()

    def handle_data(self, data):
        if not self.depth:
            self.text.append(data)


def _visible_text(markup: str) -> str:
    reader = _Reader()
    reader.feed(markup)
    return "".join(reader.text)


def test_hostile_article_text_is_escaped_and_reads_the_same(catalogue):
    text = f"Before {HOSTILE} after."
    start = text.index("<img")
    out = str(render_article(text, [Highlight(start, start + 30, "hyperbole", HOSTILE)], catalogue))
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "$5 and $10 *x* :red[x]" in out
    assert _visible_text(out) == text


def test_every_highlight_is_a_mark_with_technique_and_label_text(catalogue, founding):
    highlights = [Highlight(s.start, s.end, s.technique, s.why) for s in founding.spans]
    out = str(render_article(founding.text, highlights, catalogue))
    marks = re.findall(r'<mark [^>]*data-technique="([a-z-]+)"[^>]*>(.*?)</mark>', out, re.S)
    assert len(marks) >= 15
    for technique, inner in marks:
        assert technique in catalogue.ids()
        assert 'class="bl-label"' in inner  # label text, never colour alone
    assert _visible_text(out) == founding.text


def test_overlapping_highlights_share_one_mark_with_both_labels(catalogue):
    text = "Doctors are stunned by this one weird trick today."
    out = str(
        render_article(
            text,
            [Highlight(0, 19, "false-authority", "a"), Highlight(12, 44, "false-promise", "b")],
            catalogue,
        )
    )
    assert out.count("<mark") == 1
    assert ">AUTH<" in out and ">OFFER<" in out
    assert 'data-techniques="false-authority false-promise"' in out
    assert _visible_text(out) == text


def test_two_cues_for_one_technique_show_one_label_and_both_explanations(catalogue):
    text = "If you wait, your savings could be frozen and lost for good."
    spans = [
        Highlight(12, 37, "fear-appeal", "first why"),
        Highlight(27, 59, "fear-appeal", "second"),
    ]
    out = str(render_article(text, spans, catalogue))
    assert out.count(">FEAR<") == 1
    assert "first why" in out and "second" in out


def test_notes_render_without_pretending_to_be_a_technique(catalogue):
    text = "Story.\n\na7\n\nMore."
    out = str(render_article(text, [], catalogue, [NoteMark(8, 10, "An ad-slot code left over.")]))
    assert "<mark" not in out and ">NOTE<" in out and "ad-slot" in out


def test_compare_marks_agreement_misses_and_extras():
    curated = [Highlight(0, 10, "hyperbole", "c"), Highlight(20, 30, "urgency", "c")]
    detected = [
        Highlight(2, 8, "hyperbole", "d", "detector"),
        Highlight(40, 45, "social-proof", "d", "detector"),
    ]
    statuses = {(h.technique, h.status) for h in compare(curated, detected)}
    assert statuses == {("hyperbole", "agreed"), ("urgency", "missed"), ("social-proof", "extra")}


def test_compare_keeps_both_names_when_the_detector_names_a_passage_differently(catalogue):
    text = "You must act before midnight or lose it all. Nothing else here."
    curated = [Highlight(0, 44, "fear-appeal", "c")]
    detected = [Highlight(14, 29, "urgency", "d", "detector", cue="deadline")]
    compared = compare(curated, detected)
    assert [(h.technique, h.status, h.others) for h in compared] == [
        ("fear-appeal", "renamed", ("urgency",)),
        ("urgency", "renamed", ("fear-appeal",)),
    ]
    page = str(render_article(text, compared, catalogue))
    assert "editors&#39; name" in page and "detector&#39;s name" in page
    assert "The detector marked this passage too, but called it urgency" in page
    assert "The editors marked this passage too, but as fear appeal" in page
    assert "detector missed" not in page and "detector only" not in page
    # The rule is not named beside the words (read as a claim about them), only kept.
    assert "Found by the detector: wording it knows from bait" in page
    assert 'data-cue="deadline"' in page
    assert "“deadline”" not in page and "<em>deadline</em>" not in page


def test_a_detector_span_agreeing_with_one_passage_names_no_other_it_covers(catalogue):
    # A teacher read "The detector marked this passage too, but called it urgency" on a
    # headline's "Drivers With No Accidents", where no urgency label was to be seen: the
    # detector's whole-line guess agreed with the editors' deadline beside it, and is shown
    # there as "both".
    text = "Drivers With No Accidents Should Read This Before Midnight"
    curated = [Highlight(0, 25, "direct-address", "c"), Highlight(26, 58, "urgency", "c")]
    detected = [Highlight(0, 58, "urgency", "d", "detector", cue="a second look")]
    compared = compare(curated, detected)
    assert [(h.technique, h.status, h.others) for h in compared] == [
        ("direct-address", "missed", ()),
        ("urgency", "agreed", ()),
    ]
    page = html.unescape(str(render_article(text, compared, catalogue)))
    assert "but called it" not in page
    assert "detector missed" in page and "both" in page


def test_comparison_summary_counts_what_a_teacher_sees():
    curated = [
        Highlight(0, 10, "hyperbole", "c"),
        Highlight(20, 30, "urgency", "c"),
        Highlight(40, 50, "fear-appeal", "c"),
    ]
    detected = [
        Highlight(2, 8, "hyperbole", "d", "detector"),
        Highlight(41, 45, "urgency", "d", "detector"),
        Highlight(60, 65, "social-proof", "d", "detector"),
    ]
    assert comparison_summary(compare(curated, detected)) == (
        "The editors marked 3 passages. The detector found 1 of them with the same technique "
        "and 1 under another technique's name, and missed 1. It also flagged 1 passage the "
        "editors left alone."
    )


def test_markdown_literal_keeps_specials_literal():
    escaped = markdown_literal("$5 and $10 *x* :red[x] <b>")
    assert "\\$5" in escaped and "\\*x\\*" in escaped and "\\:red\\[x\\]" in escaped
    assert re.sub(r"\\(.)", r"\1", escaped) == "$5 and $10 *x* :red[x] <b>"


def test_markdown_literal_never_leaves_an_address_to_become_a_link():
    # Streamlit's markdown links "www.x", "https://x" and "a@x" even when every character is
    # escaped: a scam address a learner brought was one tap away in an error message.
    text = "www.hmrc-refund.co.uk, HTTPS://pay.example/x and help@bank-alert.example"
    shown = markdown_literal(text)
    unescaped = re.sub(r"\\(.)", r"\1", shown)
    for start in ("www.", "HTTPS://", "help@"):
        assert start not in unescaped
    assert unescaped.replace("\u2060", "") == text  # nothing else changes


def test_comparison_summary_counts_a_second_name_on_a_passage_found_rightly(catalogue):
    curated = [Highlight(0, 40, "fear-appeal", "c")]
    detected = [
        Highlight(0, 20, "fear-appeal", "d", "detector"),
        Highlight(25, 35, "urgency", "d", "detector"),
    ]
    compared = compare(curated, detected)
    # The detector agreed with the editors here and adds a technique: that is no renaming.
    assert [(h.technique, h.status) for h in compared] == [
        ("fear-appeal", "agreed"),
        ("urgency", "also"),
    ]
    assert comparison_summary(compared).endswith(
        "On 1 passage it found, it also named a second technique."
    )
    page = str(render_article("x" * 40, compared, catalogue))
    assert "detector adds" in page and "named differently" not in page
    assert "The editors marked this passage too, but as" not in page


def test_comparison_summary_counts_flagged_passages_not_highlights():
    curated = [Highlight(0, 10, "urgency", "c")]
    detected = [
        Highlight(20, 30, "hyperbole", "d", "detector"),
        Highlight(22, 28, "emotional-language", "d", "detector"),  # the same words again
        Highlight(40, 45, "urgency", "d", "detector"),
    ]
    assert "It also flagged 2 passages the editors left alone." in comparison_summary(
        compare(curated, detected)
    )


def test_a_detector_flag_on_words_the_editors_left_a_note_on_is_not_called_unmarked(catalogue):
    # A teacher read "The detector flagged this, but the editors did not" on a redelivery
    # fee, directly above the editors' own note on it ("The tiny fee is the hook").
    text = "Pay the redelivery fee of $1.45 now. Your parcel is waiting."
    curated = [Highlight(37, 61, "false-promise", "c")]
    detected = [
        Highlight(8, 31, "false-promise", "d", "detector"),  # on the noted fee
        Highlight(32, 35, "urgency", "d", "detector"),  # on nothing the editors touched
    ]
    compared = compare(curated, detected, noted=((8, 31),))
    assert [h.status for h in compared if h.source == "detector"] == ["noted", "extra"]
    summary = comparison_summary(compared)
    assert "It also flagged 1 passage the editors left alone." in summary, summary
    assert "It flagged 1 more where the editors left a note instead" in summary, summary
    page = html.unescape(str(render_article(text, compared, catalogue)))
    assert "they left a note on these words" in page
    assert page.count("but the editors did not") == 1  # only the "now" they left alone


def test_the_compare_summary_says_plainly_when_editors_and_detector_both_find_nothing():
    from baitlab.render import comparison_summary

    assert comparison_summary([]) == (
        "The editors marked nothing here and the detector flagged nothing: they agree."
    )


def test_paragraphs_carry_the_numbers_the_bait_map_gives_them(catalogue):
    text = "First paragraph.\n\nYou won't believe this.\n\nThird one."
    start = text.index("You won't")
    mark = Highlight(start, start + 20, "curiosity-gap", "why", "detector", "cue")
    out = str(render_article(text, [mark], catalogue))
    numbers = re.findall(r'class="bl-para"[^>]*>¶(\d)<', out)
    assert numbers == ["1", "2", "3"], out
    # The second number sits before the highlight that opens its paragraph.
    assert out.index("¶2") < out.index("<mark") < out.index("¶3")
    assert "bl-para" not in str(render_article("One paragraph only.", [], catalogue))


def test_a_models_highlight_is_labelled_as_a_guess_and_a_phrase_rules_is_not(catalogue):
    from baitlab.sentences import CUE_NAME

    text = "Act now. This sentence reads like bait."
    page = str(
        render_article(
            text,
            [
                Highlight(0, 7, "urgency", "why", "detector", cue="act now"),
                Highlight(9, 39, "curiosity-gap", "why", "detector", cue=CUE_NAME),
            ],
            catalogue,
        )
    )
    labels = re.findall(r'class="bl-label"[^>]*>([^<]*)<', page)
    assert labels == ["RUSH", "GAP?"], labels
    assert "(a second-look guess)" in page


def test_the_note_on_the_detector_explains_the_question_mark_only_when_one_is_shown():
    from baitlab.render import detector_note
    from baitlab.sentences import CUE_NAME

    rule = Highlight(0, 7, "urgency", "why", "detector", cue="act now")
    guess = Highlight(9, 39, "curiosity-gap", "why", "detector", cue=CUE_NAME)
    assert "ending in ?" not in detector_note([rule])
    assert "ending in ?" in detector_note([rule, guess])
    assert "model's reading" not in detector_note([rule, guess])  # jargon to a class


def test_named_differently_shows_the_editors_name_first_wherever_each_begins(catalogue):
    text = "Another said it was rare to see real humanity in uniform. Nothing else here."
    curated = [Highlight(20, 57, "us-vs-them", "c")]
    detected = [Highlight(0, 57, "curiosity-gap", "d", "detector", cue="withheld reveal")]
    page = str(render_article(text, compare(curated, detected), catalogue))
    labels = re.findall(r'class="bl-label"[^>]*>([^<]*)<', page)
    assert [html.unescape(x) for x in labels] == ["SIDES · editors' name", "GAP · detector's name"]


def _before_panels(out: str) -> list[str]:
    """Gives the text between each highlight and its explanation: what reads before the box."""
    return [html.unescape(m) for m in re.findall(r'</label>([^<]*)<span class="bl-why"', out)]


def test_an_open_explanation_comes_after_the_rest_of_its_sentence(catalogue):
    # A teacher: opening a highlight put the rest of the sentence, full stop first, on a new
    # line under the explanation; another: a mid-sentence box split its sentence in two. The
    # rest of the sentence, its closing marks and the space after them now come before the
    # explanation; where another highlight begins in the same sentence, the closing marks
    # alone do, and a word's apostrophe ("the firm's") stays with its word.
    text = 'They said "nobody saw it coming." Then the firm’s staff left, quietly.'
    spans = [
        Highlight(text.index("nobody"), text.index(" Then") - 2, "hyperbole", "Why."),
        Highlight(text.index("the firm"), text.index("’s"), "vague-sourcing", "Why."),
        Highlight(text.index("quietly"), len(text) - 1, "conspiracy", "Why."),
    ]
    out = str(render_article(text, spans, catalogue))
    assert _visible_text(out) == text
    before_panels = _before_panels(out)
    assert before_panels == ['." ', "", "."]
    assert re.search(r'</span></span>’s staff left, <span class="bl-hl"', out)
    # a full stop inside a sum is no sentence's end
    text = "Pay the fee of £1.45 at the front desk today, they said. Then go."
    out = str(render_article(text, [Highlight(4, 11, "false-promise", "Why.")], catalogue))
    assert _visible_text(out) == text
    before_panels = _before_panels(out)
    assert before_panels == [" of £1.45 at the front desk today, they said. "]
    # nor is a time's "a.m." before the sentence goes on (a teacher: "at 3 a.m. [box] is a
    # chance to fall")
    text = "Every trip down a dark hallway at 3 a.m. is a chance to fall. Many never recover."
    out = str(render_article(text, [Highlight(0, 10, "fear-appeal", "Why.")], catalogue))
    assert _visible_text(out) == text
    before_panels = _before_panels(out)
    assert before_panels == [" down a dark hallway at 3 a.m. is a chance to fall. "]


def test_a_passage_over_a_paragraph_break_keeps_every_paragraph_number(catalogue):
    # A teacher: the bait map ran to paragraph 25, the Reader's numbers stopped at ¶24 (the
    # note on "Leave a Reply" and the comment form's next line swallowed ¶25).
    text = "Story ends here.\n\nLeave a Reply\n\nYour email address will not be published."
    note = NoteMark(text.index("Leave"), len(text), "The comment form under the page.")
    out = str(render_article(text, [], catalogue, [note]))
    assert re.findall(r'title="Paragraph (\d+)"', out) == ["1", "2", "3"]
    assert _visible_text(out) == text
