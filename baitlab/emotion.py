"""Emotional temperature of each sentence and paragraph, from VADER's sentiment lexicon.

VADER's own scorer re-tokenises every sentence and walks several rule passes per word; for a
whole article that cost more than everything else in the analysis together. Here the words
the text was already split into are looked up once in VADER's lexicon, with the VADER rules
that matter for bait kept: a word in capitals among lower-case words counts more, a booster
("so", "extremely") before it counts, "not"/"never" just before it turns it round, and
exclamation marks raise the heat. The sum is squashed to 0..1 the way VADER squashes its
compound score, and the temperature is its size either way (outrage and gushing both run hot).
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SentimentIntensityAnalyzer,
)

from baitlab.text import WORD, Prepared, prepare

_CAPITALS = re.compile(r"\b[A-Z][A-Z'’]+\b")
_ALPHA = 15  # VADER's normalisation constant: x / sqrt(x² + 15)
_NEGATE = frozenset(NEGATE) | {w.replace("'", "’") for w in NEGATE} | {"no", "nor"}
_PUNCTUATION_STEP = 0.292  # VADER adds this much per "!" (up to 4)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], dict[str, str]]:
    analyzer = SentimentIntensityAnalyzer()
    return analyzer.lexicon, analyzer.emojis


# Words VADER weighs that are only a label before the next word: "best before 14 March" on a
# recall notice's lot codes is a date, not praise.
_LABEL = {"best": "before"}

# A letter's greeting ("Hi friend,", "Dear Ruth,"): manners, not the writer's temperature.
_GREETING = re.compile(
    r"(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?\n]{0,30},?\s*$"
    # ... or a name or "Friend," alone on its line, as a fundraising email opens
    r"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?,\s*$",
    re.I,
)

# A letter's sign-off ("Sincerely,", "Kind regards") and a text's opt-out line ("Reply STOP to
# opt out"): forms, not feelings ("stop" is a hot word to VADER).
_FORMALITY = re.compile(
    r"(?:(?:yours )?(?:sincerely|faithfully|truly)|(?:kind |best |warm |warmest )?regards|"
    r"best wishes|warm wishes|warmly|with love|love|best|many thanks|thank you|thanks|cheers)"
    r"(?-i:,? [A-Z][\w.'’&-]*){0,5}[,.]?\s*$"
    r"|(?:txt |text |reply )?stop to (?:opt[ -]?out|unsubscribe|end|cancel)\b",
    re.I,
)

# Emoji whose names in VADER's table hold no feeling word ("pouting face", "face with symbols
# on mouth", "police car light"), read as the feeling a reader takes from them, and marks that
# are exclamation marks in emoji form. For the writer's temperature only: the sentence model
# weighs sentences as it was fitted.
_EMOJI_FEELINGS = {
    "😡": "angry",
    "🤬": "furious",
    "😤": "angry",
    "🤯": "shocked",
    "🤮": "disgusted",
    "🤢": "disgusted",
    "🚨": "alarm",
}
_EMOJI_BANGS = {"❗": "!", "‼": "!!", "❕": "!"}


_READ_AS_WORDS = (*_EMOJI_FEELINGS, *_EMOJI_BANGS)


def _read_as_words(sentence: str) -> bool:
    """Gives True when the sentence holds an emoji or mark that _temperature reads as words."""
    return not sentence.isascii() and any(ch in sentence for ch in _READ_AS_WORDS)


# A word this charged or more (VADER's scale runs to about 4) is quoted as a hot word.
HOT = 2.0


# Words VADER weighs whose everyday sense is plain: a fee is "outstanding" (unpaid), a
# capsule eases "pain", a rate of "interest", a "free" sample. They still count toward a
# sentence's heat, but an explanation never quotes them as "hot, emotional words": a reviewer
# saw "outstanding" in an unpaid-fee line and "pain" in a study claim quoted that way.
_PLAIN_SENSE = frozenset(
    {"outstanding", "pain", "pains", "cancer", "fever", "interest", "free", "save", "saving"}
    | {"care", "credit", "penalty", "award", "prize", "bonus"}
)


def hot_words(words: list[str], most: int = 2) -> list[str]:
    """Gives the sentence's most charged words (from its lower-case words), hottest first."""
    lexicon, _ = _tables()
    hot = {
        w: abs(lexicon[w])
        for i, w in enumerate(words)
        if w in lexicon
        and abs(lexicon[w]) >= HOT
        and w not in _PLAIN_SENSE
        and _LABEL.get(w) not in words[i + 1 : i + 2]
    }
    return sorted(hot, key=lambda w: -hot[w])[:most]


# A web or email address: its words are a name, not a feeling ("nhs.uk/book-flu" is no "flu").
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*", re.I)


def _outside_addresses(words: list[str], sentence: str) -> list[str]:
    """Gives the words less those that stand only inside a web or email address."""
    inside: dict[str, int] = {}
    for address in _ADDRESS.findall(sentence):
        for word in WORD.findall(address.lower()):
            inside[word] = inside.get(word, 0) + 1
    if not inside:
        return words
    kept = []
    for word in reversed(words):  # an address most often ends the sentence
        if inside.get(word):
            inside[word] -= 1
        else:
            kept.append(word)
    return kept[::-1]


def sentence_heat(words: list[str], sentence: str) -> float:
    """Gives how emotionally charged one sentence is, 0..1, from its lower-case words."""
    lexicon, emojis = _tables()
    if "/" in sentence or "@" in sentence or "www." in sentence:
        words = _outside_addresses(words, sentence)
    if not sentence.isascii():
        named = [emojis[ch] for ch in sentence if ch in emojis]
        if named:
            words = words + WORD.findall(" ".join(named))
    if lexicon.keys().isdisjoint(words):  # most plain sentences: nothing to weigh
        return 0.0
    shouted: set[str] | None = None
    total = 0.0
    for i, word in enumerate(words):
        valence = lexicon.get(word)
        if valence is None or word == "no" or _LABEL.get(word) in words[i + 1 : i + 2]:
            continue
        if shouted is None:  # capitals only stand out among lower-case words
            shouted = set()
            if not sentence.isupper():
                shouted = {w.lower() for w in _CAPITALS.findall(sentence)}
        if word in shouted:
            valence += C_INCR if valence > 0 else -C_INCR
        if i and words[i - 1] in BOOSTER_DICT:
            step = BOOSTER_DICT[words[i - 1]]
            valence += step if valence > 0 else -step
        if (i and words[i - 1] in _NEGATE) or (i > 1 and words[i - 2] in _NEGATE):
            valence *= N_SCALAR
        total += valence
    if total:
        bangs = min(sentence.count("!"), 4) * _PUNCTUATION_STEP
        total += bangs if total > 0 else -bangs
    return round(abs(total / math.sqrt(total * total + _ALPHA)), 3)


@lru_cache(maxsize=1)
def _everyday_feelings() -> frozenset[str]:
    """Gives the feeling words of VADER's lexicon that turn up in plain sentences as much as
    in the sentences our editors marked as bait ("death", "won", "grant", "join", "victims"):
    words any report of the day uses. The temperature leaves them out, so an honest report
    of a loss or a win does not read hotter than the bait (four teachers' notes)."""
    from baitlab.sentences import QUOTE_LEAN, default_model

    bait_words = default_model().bait_words
    if bait_words is None:
        return _EVENTS | _COURTESY
    lexicon, _ = _tables()
    lean = bait_words.evidence
    found = frozenset(w for w in lexicon if w in lean and lean[w] < QUOTE_LEAN)
    return _EVENTS | _COURTESY | found


# Words that name what happened, too rare in our texts to have shown it: a report of a
# drowning or a theft says so ("drowned at the quarry"; a teacher's note).
_EVENTS = frozenset(
    {"drowned", "drown", "drowns", "killed", "death", "deaths", "crash", "accident"}
    | {"accidents", "arrest", "prison", "funeral", "stolen", "scams"}
    # "garden waste", "food waste caddies": a council's bin notice read warm (a reviewer);
    # "mock exams": a school's exam timetable read warm (another)
    | {"waste", "mock"}
)


# Manners, not feelings: a school newsletter's "Thank you to everyone who came", "we are
# hoping to raise" and "please don't feel under any pressure" read hot to VADER, and a
# reviewer saw the page call that polite letter hot.
_COURTESY = frozenset(
    {"thank", "thanks", "please", "welcome", "appreciated", "appreciate", "grateful"}
    | {"kindly", "hope", "hoping", "hopes", "wish", "wishes"}
)


def _temperature(words: list[str], sentence: str) -> float:
    """Gives one sentence's heat as the writer's temperature: without everyday feeling words,
    with the emoji of _EMOJI_FEELINGS and _EMOJI_BANGS read as what they say."""
    everyday = _everyday_feelings()
    words = [w for w in words if w not in everyday]
    if not sentence.isascii():
        words += [_EMOJI_FEELINGS[ch] for ch in sentence if ch in _EMOJI_FEELINGS]
        for mark, bangs in _EMOJI_BANGS.items():
            sentence = sentence.replace(mark, bangs)
    return sentence_heat(words, sentence)


# The whole text's temperature (the mean of its sentences' heats), in a word. Bait and honest
# reports part far better on it than on the hottest paragraph (AUC 0.87 against 0.73 over
# the samples and dev texts; 0.83 against 0.70 for writers outside the fitted counts): half
# the honest texts are under 0.035, half the bait over 0.10. The hottest paragraph put a
# legal footer or "Thank you for helping…" at the top of scam emails (four teachers' notes).
# (Figures of 2026-11-28, with courtesy words left out: AUC 0.844 over the 662 samples and
# dev texts, from 0.851 with them in; fewer honest letters run hot, and fewer polite scams.)
COOL_BELOW = 0.06  # three in four honest texts are under it (159 of 215)
HOT_FROM = 0.12  # a third of bait texts reach it (146 of 447), 3 honest texts of 215


def temperature_word(mean: float) -> str:
    """Gives the whole text's temperature in a word: "cool", "warm" or "hot", read off the
    figure a page shows (two decimals), so "0.06" is never called cool on one page and warm
    on another (a teacher's note)."""
    mean = round(mean, 2)
    if mean < COOL_BELOW:
        return "cool"
    return "hot" if mean >= HOT_FROM else "warm"


# A line in capitals this long is shouting, not a masthead ("THE COASTAL LEDGER").
_SHOUTED_WORDS = 6


def _page_furniture(sentence: str, words: list[str]) -> bool:
    """Gives True for page furniture, as sentences.furniture, except that a line of
    _SHOUTED_WORDS words or more in capitals is the writer shouting ("THEY ARE COMING FOR OUR
    TISSUE PACKETS NOW 😡😡"), and it runs as hot as its words."""
    from baitlab.sentences import furniture

    if len(words) >= _SHOUTED_WORDS and sentence.isupper():
        return furniture(sentence.lower())
    return furniture(sentence)


def _loaded_heats(prepared: Prepared) -> list[float]:
    """Gives each sentence's heat from the feeling words bait leans on (the sentence model
    keeps weighing every feeling word, as it was fitted)."""
    everyday = _everyday_feelings()
    return [
        heat
        if (not heat or everyday.isdisjoint(words)) and not _read_as_words(s.text)
        else _temperature(words, s.text)
        for s, heat, words in zip(prepared.sentences, prepared.heats(), prepared.words, strict=True)
    ]


def _heat_outside(
    text: str, start: int, end: int, quotes: list[tuple[int, int]], first: int
) -> float:
    """Gives the heat of text[start:end] with the quotations in `quotes` (sorted; none before
    index `first` reaches it) taken out."""
    kept, at = [], start
    for a, b in quotes[first:]:
        if a >= end:
            break
        if b <= at:
            continue
        kept.append(text[at:a] if a > at else "")
        at = max(at, b)
    kept.append(text[at:end])
    outside = " ".join(kept)
    return _temperature(WORD.findall(outside.lower()), outside)


def intensity(text: str) -> float:
    """Gives how emotionally charged the words are, 0 (flat) to 1 (very charged), either way."""
    values = prepare(text).heats()
    return round(sum(values) / len(values), 3) if values else 0.0


def emotion(text: str, prepared: Prepared | None = None) -> dict:
    """Gives emotional intensity per sentence and per paragraph, with the mean and the peak.

    It is the writer's temperature: words inside a quotation from a named speaker are left
    out ("I was heartbroken," said Ruth Kessler), as the detector leaves them out, so an
    honest report of a sad day does not read as hot writing. So are a sentence reporting what
    a named person said ("Sandra Lowe said Mrs Kettering had won 11 titles") and page
    furniture ("👍 Like · 💬 148 Comments").
    """
    from baitlab.detector import (
        SPEECH_WORDS,
        Regions,
        attributed_quotes,
        attributed_sentence,
        exhibit_quotes,
    )

    prepared = prepared or prepare(text)
    # A scam a warning quotes as an exhibit is the scam's heat, not the warning's.
    quotes = attributed_quotes(text, prepared.paragraphs) + exhibit_quotes(
        text, prepared.paragraphs
    )
    heats = _loaded_heats(prepared)
    if any(heats):
        heats = [
            0.0
            if heat
            and (
                _page_furniture(s.text, words)
                or _GREETING.match(s.text)
                or _FORMALITY.match(s.text)
                or (not SPEECH_WORDS.isdisjoint(words) and attributed_sentence(s.text))
            )
            else heat
            for s, heat, words in zip(prepared.sentences, heats, prepared.words, strict=True)
        ]
    if quotes:
        heats = list(heats)
        quotes = sorted(quotes)
        inside = Regions(quotes)
        for i, s in enumerate(prepared.sentences):
            if heats[i] and inside.overlap(s.start, s.end):
                first = max(0, bisect.bisect_right(inside.starts, s.start) - 1)
                heats[i] = _heat_outside(text, s.start, s.end, quotes, first)
    per_sentence = [
        {"start": s.start, "end": s.end, "intensity": heat}
        for s, heat in zip(prepared.sentences, heats, strict=True)
    ]
    per_paragraph = []
    cursor = 0  # sentences and paragraphs both run in order: one pass over each
    for p in prepared.paragraphs:
        while cursor < len(per_sentence) and per_sentence[cursor]["start"] < p.start:
            cursor += 1
        inside = []
        while cursor < len(per_sentence) and per_sentence[cursor]["start"] < p.end:
            inside.append(per_sentence[cursor]["intensity"])
            cursor += 1
        per_paragraph.append(
            {
                "start": p.start,
                "end": p.end,
                "intensity": round(sum(inside) / len(inside), 3) if inside else 0.0,
            }
        )
    values = [r["intensity"] for r in per_sentence]
    return {
        "sentences": per_sentence,
        "paragraphs": per_paragraph,
        "mean": round(sum(values) / len(values), 3) if values else 0.0,
        "peak": max(values, default=0.0),
    }
