"""Labels that say a text was paid for: "Partner content", "Sponsored", "#ad".

An advert laid out like news or a friend's post carries its label small, often last ("This
article was produced in partnership with …", "#gifted #brandpartner"). Teachers found that
the detector said nothing about it, though it is the first thing a careful reader should
notice. These labels are not bait wording (an honest advert has one too), so they are
reported beside the highlights, not as highlights.
"""

from __future__ import annotations

import re

# A bare label counts only set apart as one: on its own line, or beside a separator
# ("RURAL · Partner content", "National Outdoor Report | Sponsored"). In running text
# "a sponsored walk" is no such label. "Advertisement" alone is not one either: news pages
# mark the slots between paragraphs where adverts go with it, honest reports included.
_APART_BEFORE = r"(?:(?<=^)|(?<=\n)|(?<=[|·•:–—\[(])\s*|(?<=[|·•:–—] ))"
_APART_AFTER = r"(?=[ \t]*(?:$|\n|[|·•:–—\])]|\.(?:\s|$)))"
# (Initials first: "Promoted by R. Ambler", not "Promoted by R".)
_NAME = r"(?:[A-Z]\. ?)*[A-Z0-9][\w&'’-]*(?:\.\w+)*(?: (?:[A-Z0-9][\w&'’-]*(?:\.\w+)*|of|and|&))*"

_PAID = re.compile(
    "|".join(
        [
            # a bare label, set apart
            _APART_BEFORE
            + r"(?i:(?:partner|sponsored|promoted|paid|branded) (?:content|feature|post|story)"
            r"|sponsored|promoted"
            r"|advertorial|paid promotion|ad)" + _APART_AFTER,
            # a label that names who paid
            r"(?i:(?<!not )(?:sponsored|promoted|presented|brought to you) by) " + _NAME,
            r"(?i:paid partnership)(?: with " + _NAME + ")?",
            # "Sponsored content from FlexiCure", and an advert's own footer: "This is a paid
            # advertisement for …" (a reviewer found both passed over)
            r"(?i:(?:partner|sponsored|promoted|paid|branded) (?:content|feature|post|story)"
            r" (?:from|by)) " + _NAME,
            r"(?i:(?:this is an? )?paid (?:advertisement|advert))(?: (?i:for) " + _NAME + ")?",
            # "In partnership with …" heading a line: running text ("the council, in
            # partnership with the NHS, …") is news about who works with whom
            r"(?:(?<=^)|(?<=\n))\s*(?i:in partnership with) " + _NAME,
            r"(?i:(?:produced|written|created|paid for|commissioned) (?:in partnership with"
            r"|in association with|on behalf of|by our partners? at)) " + _NAME,
            r"(?i:(?:contains|includes) (?:a |an )?(?:partner|affiliate|sponsored) links?)",
            # an affiliate's note: "The Pocket Ledger may earn a commission when you sign up"
            # (a publication's name is two words or more: "Sellers earn a commission" is news)
            r"(?:(?i:\b(?:we|i))|(?<![\w.])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+)"
            r"(?i: (?:may |might |will |can )?"
            r"(?:earn|earns|receive|receives|get|gets) (?:a )?(?:small )?commission)",
            # the hashtags influencers use
            r"(?<![\w#])#(?i:ad|advert|sponsored|spon|gifted|paidpartnership|partner"
            r"|[a-z0-9]+partner)\b",
            # written in capitals, it is a label wherever it stands
            r"\bADVERTORIAL\b|\bSPONSORED\b",
        ]
    )
)

MOST = 4  # labels quoted at most: enough to find them, never a list of a page's teasers

# Every label holds one of these (lower-cased), or the word "ad": lines without any are passed
# over, so most texts cost a scan for a few words (the full pattern on a whole 1,000-word
# article cost as much as textstat's whole reading-ease score).
_KEYS = ("sponsor", "promot", "partner", "advertorial", "paid", "branded", "affiliate", "#")
_KEYS += ("brought to you", "presented by", "commission")
_AD = re.compile(r"\bad\b", re.IGNORECASE)


def paid_labels(text: str) -> list[str]:
    """Gives the text's paid-for labels, each once, in the order they appear (at most MOST)."""
    found: list[str] = []
    for line in text.split("\n"):
        lower = line.lower()
        if not any(key in lower for key in _KEYS) and not _AD.search(line):
            continue
        for match in _PAID.finditer(line):
            label = match.group().strip()
            if label and label.lower() not in (f.lower() for f in found):
                found.append(label)
                if len(found) == MOST:
                    return found
    return found


def paid_note(labels: list[str]) -> str:
    """Gives what a page says under a text with paid-for labels ("" with none)."""
    if not labels:
        return ""
    quoted = ", ".join(f"“{label}”" for label in labels)
    return (
        f"Paid for: this text carries a label that marks an advert ({quoted}). What it marks "
        "is an advert however it is laid out (a news story, a friend's post, a list of "
        "stories, a letter from an editor): read every claim there as the words of whoever "
        "paid, a seller or a campaign. Look for "
        "labels like this first; they are often small, or last."
    )
