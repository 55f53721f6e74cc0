"""Turns a text and its highlights (character offsets + technique) into HTML.

Overlap rule: highlights whose passages overlap form one cluster, shown as one <mark> over
the whole stretch with one label per technique; opening it shows every explanation in turn.
Nothing is ever hidden, and the text reads the same as without highlights.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from baitlab import templates
from baitlab.detector import GUESS_NOTE, HEADLINE_CUE, SECOND_OPINION
from baitlab.html import Markup, fill
from baitlab.sentences import CUE_NAME
from baitlab.techniques import Catalogue
from baitlab.text import clusters, paragraphs

# The detector's two models name themselves in a sentence; every other cue is a phrase rule.
MODEL_CUES = frozenset({CUE_NAME, HEADLINE_CUE})


def is_guess(h: Highlight) -> bool:
    """Gives True for a detector model's highlight: no known bait phrase, only a reading."""
    return h.source == "detector" and h.cue in MODEL_CUES


def detector_note(highlights: list[Highlight]) -> str:
    """Gives the note on the detector shown above its highlights, saying what a "?" means only
    when some label on the page has one."""
    return SECOND_OPINION + (GUESS_NOTE if any(map(is_guess, highlights)) else "")


# What each status in the compare view means, for the key shown above it: (status, meaning).
# Each is shown beside a sample of its own underline, so the styles are in the key too.
COMPARE_KEY = (
    ("agreed", "the editors and the detector marked it (solid line)."),
    ("missed", "only the editors marked it (dotted box, no fill)."),
    ("extra", "only the detector marked it (dashed line)."),
    (
        "renamed",
        "both marked it, under different techniques (double line): one label gives the "
        "editors' name for it, the other the detector's.",
    ),
    ("also", "the detector named a second technique on the editors' passage."),
)


def render_compare_key() -> Markup:
    """Gives the compare view's key: a sample highlight for each status, and what it means."""
    items = Markup("").join(
        fill(
            templates.KEY_ITEM,
            status=status,
            suffix=STATUS_SUFFIX[status].lstrip(" ·"),
            meaning=meaning,
        )
        for status, meaning in COMPARE_KEY
    )
    # A teacher read the grey dotted NOTE as a passage the detector missed.
    note = fill(templates.KEY_NOTE_ITEM, meaning=NOTE_MEANING)
    return fill(templates.KEY, items=items + note)


NOTE_MEANING = (
    "an editors' note on something worth knowing, such as a label or a sender: not a "
    "technique, and nothing for the detector to find (grey dotted line)."
)


STATUS_SUFFIX = {
    "agreed": " ✓ both",
    "missed": " · detector missed",
    "extra": " · detector only",
    "noted": " · detector only, editors left a note",
    "renamed": " · editors' name / detector's name",  # in the key; each label says its own
    "also": " · detector adds",
}
STATUS_TEXT = {
    "agreed": "The editors and the detector both marked this passage.",
    "also": (
        "The editors and the detector both marked this passage; the detector also names this "
        "technique in it. A passage can do two things at once: do these words do this too?"
    ),
    "missed": (
        "The detector missed this one: the editors marked it, and the detector did not name "
        "this trick here. Its word lists are never complete, and bait does not always use "
        "the wordings they know. What gives this passage away?"
    ),
    # A teacher saw the old wording ("A cue word can appear in fair writing too") teach a
    # class that the detector over-flags, on bait texts where it was mostly right.
    "extra": (
        "The detector flagged this, but the editors did not mark it. Who is right here: did "
        "the editors pass over it, or does the detector read too much into these words?"
    ),
    # A teacher saw "the editors did not" above the editors' own note on the same words.
    "noted": (
        "The detector flagged this. The editors named no technique here, but they left a note "
        "on these words (the NOTE or FAIR mark beside them): read it. Does it say the same?"
    ),
}
# Both marked the passage but named different techniques: said with the other side's names.
RENAMED_TEXT = {
    "curated": (
        "The detector marked this passage too, but called it {others}. A passage can do two "
        "things at once: which name fits these words better, and why?"
    ),
    "detector": (
        "The editors marked this passage too, but as {others}. A passage can do two things at "
        "once: which name fits these words better, and why?"
    ),
}


@dataclass(frozen=True)
class Highlight:
    """One passage to highlight: offsets, technique and the explanation a learner reads."""

    start: int
    end: int
    technique: str
    explanation: str
    source: str = "curated"  # "curated" or "detector"
    cue: str | None = None
    rewrite: str | None = None
    # "plain", or in comparisons "agreed", "missed", "extra", "renamed", or "also" (a
    # detector highlight adding a technique to a passage it found under the editors' name)
    status: str = "plain"
    key: str | None = None  # e.g. "span-3" for curated span 3, so a link can open it
    others: tuple[str, ...] = ()  # "renamed": the techniques the other side named here


@dataclass(frozen=True)
class NoteMark:
    """A passage worth noticing that is no technique: page furniture, an ad-slot code, or in
    an honest report a passage that looks like bait but is fair (kind "fair")."""

    start: int
    end: int
    note: str
    kind: str = "note"  # "note" or "fair"
    heading: str = "Worth noticing"


def compare(
    curated: list[Highlight], detected: list[Highlight], noted: tuple[tuple[int, int], ...] = ()
) -> list[Highlight]:
    """Gives both lists marked by overlap: agreed (same technique), renamed (the same passage
    under another technique: both are kept, each naming the other's), missed and extra; an
    extra on words the editors left a note on (`noted`: their NOTE and FAIR passages) is
    "noted" instead."""

    def overlap(a: Highlight, b: Highlight) -> bool:
        return a.start < b.end and b.start < a.end

    def status(h: Highlight, others: list[Highlight], taken: list[Highlight]) -> Highlight:
        touching = [o for o in others if overlap(h, o)]
        if any(o.technique == h.technique for o in touching):
            return _with_status(h, "agreed")
        # A detector highlight that agrees with the editors' next passage is shown there, as
        # "both": naming it here too would claim a label the reader cannot see on these words.
        touching = [o for o in touching if o not in taken]
        if touching:
            return _with_status(h, "renamed", tuple(dict.fromkeys(o.technique for o in touching)))
        return _with_status(h, "missed" if h.source == "curated" else "extra")

    taken = [
        d for d in detected if any(overlap(d, c) and c.technique == d.technique for c in curated)
    ]
    out = [status(h, detected, taken) for h in curated]
    agreed = [c for c in out if c.status == "agreed"]
    shown = []
    for d in detected:
        m = status(d, curated, [])
        if m.status == "agreed":
            continue  # shown once, as the editors' span marked "both"
        touching = [c for c in out if overlap(d, c)]
        if m.status == "renamed" and all(c in agreed for c in touching):
            # The detector found the passage under the editors' name and adds another.
            m = _with_status(d, "also")
        elif m.status == "extra" and any(a < d.end and d.start < b for a, b in noted):
            m = _with_status(d, "noted")
        shown.append(m)
    return out + shown


def comparison_summary(compared: list[Highlight]) -> str:
    """Gives one plain sentence counting what compare() found, for the top of the page."""
    curated = [h for h in compared if h.source == "curated"]
    counts = {s: sum(h.status == s for h in curated) for s in ("agreed", "renamed", "missed")}
    # Passages, not highlights: two techniques on the same flagged words are one passage.
    extra = len(clusters([h for h in compared if h.status == "extra"]))
    # A detector highlight naming another technique on a passage it also found rightly.
    second = sum(h.status == "also" for h in compared)
    noted = len(clusters([h for h in compared if h.status == "noted"]))

    def passages(n: int) -> str:
        return f"{n} passage" + ("" if n == 1 else "s")

    if not curated and not extra and not noted:
        return "The editors marked nothing here and the detector flagged nothing: they agree."

    summary = (
        f"The editors marked {passages(len(curated))}. The detector found {counts['agreed']} "
        f"of them with the same technique and {counts['renamed']} under another technique's "
        f"name, and missed {counts['missed']}. It also flagged {passages(extra)} the editors "
        "left alone."
    )
    if noted:
        summary += (
            f" It flagged {noted} more where the editors left a note instead of naming a technique."
        )
    if second:
        summary += f" On {passages(second)} it found, it also named a second technique."
    return summary


def _with_status(h: Highlight, status: str, others: tuple[str, ...] = ()) -> Highlight:
    return Highlight(
        h.start,
        h.end,
        h.technique,
        h.explanation,
        h.source,
        h.cue,
        h.rewrite,
        status,
        h.key,
        others,
    )


def render_article(
    text: str,
    highlights: list[Highlight],
    catalogue: Catalogue,
    notes: list[NoteMark] | None = None,
    focus: str | None = None,
) -> Markup:
    """Gives the article as HTML with every highlight inline, labelled and openable.

    The highlight whose key is `focus` (e.g. "span-3") starts open.
    """
    parts: list[Markup] = []
    cursor = 0
    items = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
    items += [n for n in notes or [] if 0 <= n.start < n.end <= len(text)]
    # Each paragraph is numbered as the bait map numbers it ("paragraph 4 has the most
    # highlights"), when there is more than one.
    split = paragraphs(text)
    starts = [p.start for p in split] if len(split) > 1 else []
    groups = clusters(items)
    for number, group in enumerate(groups):
        start = group[0].start
        end = max(i.end for i in group)
        parts.extend(_plain(text, cursor, start, starts, before_highlight=True))
        is_open = focus is not None and any(getattr(i, "key", None) == focus for i in group)
        following = groups[number + 1][0].start if number + 1 < len(groups) else len(text)
        after = _SENTENCE_REST.match(text, end).end()
        if after > following:  # another highlight in the sentence: only the closing marks
            after = _CLOSING.match(text, end, following).end()
        # A passage running over a paragraph break ("Leave a Reply" and the form's next line)
        # carries the next paragraph's number inside it, so no number goes missing.
        passage = Markup("").join(_plain(text, start, end, starts, False, inside=True))
        parts.append(
            _render_cluster(passage, group, catalogue, f"bl-hl-{number}", is_open, text[end:after])
        )
        cursor = after
    parts.extend(_plain(text, cursor, len(text), starts, before_highlight=False))
    return fill(templates.ARTICLE, body=Markup("").join(parts))


# The rest of the passage's sentence, up to and with the punctuation that closes it: it goes
# before the passage's explanation, which opens below it as a block, so a box does not split
# its sentence (a teacher: "…a raw, emotional gesture" [box] "that left people…") unless
# another highlight begins in it, and the line after it never begins with '.' or '",'. A
# full stop with a letter or figure after it is inside a word or a sum ("U.S", "£1.45"). The
# space or line break after the sentence goes first too, or the next line would begin with a
# space, or be empty.
# A time's "a.m." or "p.m." before a word in lower case does not end it either ("at 3 a.m. is a
# chance to fall": a teacher saw the box split it there).
_SENTENCE_REST = re.compile(
    r"(?:[^\n.!?…]|[.!?…](?=\w)|(?<=\b[ap]\.m)\.(?= [a-z]))*(?:[.!?…]+[\"”'’)\]]*)?[ \n]?"
)
# When another highlight begins before the sentence ends, only the marks that close this
# passage go first ("." or '",'), so no plain words hang between the box and the next one.
# An apostrophe with a letter after it is inside a word ("the firm's").
_CLOSING = re.compile(r"(?:[.,;:!?…)\]\"”'’](?!\w)){0,4}[ \n]?")


def _plain(
    text: str,
    start: int,
    end: int,
    starts: list[int],
    before_highlight: bool,
    inside: bool = False,
) -> list[Markup]:
    """Gives text[start:end] escaped, with a paragraph's number where it begins (`starts`:
    where each paragraph begins, in order), or where one begins with the highlight that
    follows."""
    out: list[Markup] = []
    at = start
    # Inside a highlight, a number where it begins was given before it (before_highlight).
    k = (bisect.bisect_right if inside else bisect.bisect_left)(starts, start)
    while k < len(starts) and (starts[k] < end or (before_highlight and starts[k] == end)):
        out.append(fill("{}", text[at : starts[k]]))
        out.append(fill(templates.PARAGRAPH, number=k + 1))
        at = starts[k]
        k += 1
    out.append(fill("{}", text[at:end]))
    return out


def _render_cluster(
    passage: Markup,
    group: list,
    catalogue: Catalogue,
    anchor: str,
    is_open: bool = False,
    after: str = "",
) -> Markup:
    # The editors' highlights first, so a renamed pair always reads editors, then detector.
    marks = sorted(
        (i for i in group if isinstance(i, Highlight)), key=lambda h: h.source != "curated"
    )
    notes = [i for i in group if isinstance(i, NoteMark)]
    note_panels = Markup("").join(
        fill(templates.NOTE_PANEL, heading=n.heading, note=n.note) for n in notes
    )
    opened = Markup(" checked") if is_open else ""
    if not marks:
        kind = notes[0].kind
        return fill(
            templates.NOTE,
            anchor=anchor,
            open=opened,
            passage=passage,
            kind=kind,
            label="FAIR" if kind == "fair" else "NOTE",
            after=after,
            panels=note_panels,
        )
    first = catalogue.get(marks[0].technique)
    # One label per technique (and status): two cues for the same trick are one trick to read.
    labelled = {(h.technique, h.status): h for h in reversed(marks)}
    labels = Markup("").join(
        _label(h, catalogue) for h in marks if labelled[(h.technique, h.status)] is h
    )
    panels = Markup("").join(_panel(h, catalogue) for h in marks) + note_panels
    statuses = {h.status for h in marks}
    status = marks[0].status if len(statuses) == 1 else "mixed"
    return fill(
        templates.HIGHLIGHT,
        open=opened,
        anchor=anchor,
        names=", ".join(dict.fromkeys(catalogue.get(h.technique).name for h in marks)),
        technique=first.id,
        techniques=" ".join(dict.fromkeys(h.technique for h in marks)),
        status=status,
        colour=first.colour,
        passage=passage,
        labels=labels,
        after=after,
        panels=panels,
    )


def _label(h: Highlight, catalogue: Catalogue) -> Markup:
    t = catalogue.get(h.technique)
    # A detector model's highlight is a guess where no known bait phrase is: its label says so
    # ("GAP?"), so a teacher sees at a glance which highlights to weigh more lightly.
    guess = is_guess(h)
    return fill(
        templates.LABEL,
        colour=t.colour,
        text_colour=t.text_colour,
        name=t.name,
        abbr=t.abbr,
        guess="?" if guess else "",
        guess_title=" (a second-look guess)" if guess else "",
        suffix=_suffix(h),
    )


def _suffix(h: Highlight) -> str:
    """Gives the words after a label's abbreviation in the compare view: a renamed pair says
    whose name each label is (a teacher: the two "named differently" chips looked the same)."""
    if h.status == "renamed":
        return " · editors' name" if h.source == "curated" else " · detector's name"
    return STATUS_SUFFIX.get(h.status, "")


def _panel(h: Highlight, catalogue: Catalogue) -> Markup:
    t = catalogue.get(h.technique)
    # A model's reading is named ("a second look at the whole sentence"); a phrase rule's
    # name is not shown, only kept on the page: named beside the words it fired on, a rule
    # read as a claim about them ("not an ad" over "A friend recommended…", "friends in high
    # places" over "Funny how…", teachers' notes).
    if h.source != "detector":
        origin = fill('<span class="bl-origin">{}</span>', "Marked by Bait Lab's editors")
    elif is_guess(h):
        origin = fill('<span class="bl-origin">Found by the detector: <em>{}</em></span>', h.cue)
    else:
        origin = fill(
            '<span class="bl-origin" data-cue="{}">Found by the detector: wording it knows '
            "from bait</span>",
            h.cue,
        )
    extra = Markup("")
    if h.rewrite:
        extra += fill(templates.PANEL_LINE, label="Honest version:", text=h.rewrite)
    extra += fill(templates.PANEL_LINE, label="Check it yourself:", text=t.counter_move)
    if h.status == "renamed":
        others = " or ".join(catalogue.get(o).name.lower() for o in h.others)
        said = RENAMED_TEXT[h.source].format(others=others)
        extra += fill(templates.PANEL_LINE, label="Editors vs detector:", text=said)
    elif h.status in STATUS_TEXT:
        extra += fill(
            templates.PANEL_LINE, label="Editors vs detector:", text=STATUS_TEXT[h.status]
        )
    return fill(
        templates.PANEL,
        colour=t.colour,
        name=t.name,
        origin=origin,
        explanation=h.explanation,
        extra=extra,
    )
