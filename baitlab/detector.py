"""The bait detector: spans of any text that match the teacher-readable cues in cues/cues.yaml."""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel, ValidationError

from baitlab import CUES_DIR
from baitlab.errors import ContentError, Problem, problems_from_validation
from baitlab.text import paragraphs, sentences

CUES_FILE = CUES_DIR / "cues.yaml"

# Quotation marks that open and close a quoted passage.
_QUOTE = re.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"")
# A named speaker next to a quote: "…," said Maria Lopez / Dr Lopez said / Lopez, 42, told …
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sgt|Cllr|Chief|Officer|Inspector)\.? )?"
_NAME = _TITLE + r"[A-Z][a-z]+(?: [A-Z][a-z'’-]+)+"
_VERB = r"(?:said|says|told|added|explained|wrote|recalled|asked|warned|urged)"
_ATTRIBUTION_AFTER = re.compile(
    rf"^[\s,]{{0,3}}(?:{_VERB} {_NAME}|{_NAME}(?:,[^,\n]{{1,60}},)? {_VERB})"
)
_ATTRIBUTION_BEFORE = re.compile(
    rf"(?:{_NAME}(?:,[^,\n]{{1,60}},)? {_VERB}|{_VERB} {_NAME})[,:]?\s*$"
)


class Cue(BaseModel):
    """One wording the detector looks for, and what it teaches."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cue: str = Field(min_length=3)
    pattern: str = Field(min_length=2)
    explain: str = Field(min_length=20)
    in_quotes: str | None = Field(default=None, pattern="^skip$")
    case_sensitive: bool = False
    skip_headers: bool = False  # ignore lines written wholly in capitals (mastheads, labels)
    negatable: bool = False  # ignore when the sentence says not to ("do not click the link")


class CueBook(RootModel[dict[str, tuple[Cue, ...]]]):
    """Every cue, by technique id."""


@dataclass(frozen=True)
class DetectedSpan:
    """A passage the detector flagged: offsets into the exact input, technique, cue, why."""

    start: int
    end: int
    technique: str
    cue: str
    text: str
    explanation: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class _CompiledCue:
    technique: str
    cue: Cue
    regex: re.Pattern[str]
    # Lower-case strings one of which every match must contain; None when no such set exists.
    # The detector runs a cue only around sentences holding one of them (about 4x faster).
    anchors: frozenset[str] | None = None


def anchors_of(regex: re.Pattern[str], reference: str) -> frozenset[str] | None:
    """Gives literal strings one of which any match of the regex must contain, or None.

    Read off the parsed pattern: a run of literal characters, or a group, branch or repeat
    that must occur. Of the candidate sets, the one whose strings are rarest in the reference
    text is kept, so the fewest sentences need the full regex.
    """
    try:
        from re import _constants as codes
        from re import _parser as parser

        found = _required(parser.parse(regex.pattern, regex.flags), codes, reference)
    except Exception:  # a private API: if it ever changes, fall back to scanning everything
        return None
    return frozenset(found) if found else None


def _required(sequence, codes, reference: str) -> set[str] | None:
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            candidates.append({"".join(run)})
        run.clear()

    repeats = {codes.MAX_REPEAT, codes.MIN_REPEAT, getattr(codes, "POSSESSIVE_REPEAT", None)}
    for op, av in sequence:
        if op is codes.LITERAL:
            run.append(chr(av).lower())
            continue
        flush()
        found = None
        if op is codes.SUBPATTERN:
            found = _required(av[3], codes, reference)
        elif op is codes.BRANCH:
            options = [_required(option, codes, reference) for option in av[1]]
            found = set().union(*options) if all(options) else None
        elif op in repeats and av[0] >= 1:
            found = _required(av[2], codes, reference)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return min(candidates, key=lambda c: sum(reference.count(x) + 1 for x in c))


def _bounded(pattern: str) -> str:
    # Word boundaries wherever a match begins or ends with a letter or digit, so "raw" never
    # fires inside "drawer" while a match that begins with "…" or "#" still may.
    head = r"(?:(?<!\w)|(?!\w))"
    tail = r"(?:(?!\w)|(?<!\w))"
    return f"{head}(?:{pattern}){tail}"


@lru_cache(maxsize=4)
def load_cues(path: Path = CUES_FILE) -> tuple:
    """Gives the compiled cues from the cue file, or raises ContentError naming the field."""
    source = str(path)
    try:
        raw = yaml.safe_load(path.read_bytes().decode("utf-8"))
        book = CueBook.model_validate(raw)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ContentError([Problem(source, "-", f"cannot read: {error}")]) from error
    except ValidationError as error:
        raise ContentError(problems_from_validation(source, error)) from error
    from baitlab.techniques import load_catalogue

    known = load_catalogue().ids()
    compiled = []
    problems = []
    reference = _reference_text()
    for technique, cues in book.root.items():
        if technique not in known:
            problems.append(Problem(source, technique, "not a technique id in the catalogue"))
            continue
        for index, cue in enumerate(cues):
            flags = 0 if cue.case_sensitive else re.IGNORECASE
            try:
                regex = re.compile(_bounded(cue.pattern), flags)
            except re.error as error:
                problems.append(Problem(source, f"{technique}[{index}].pattern", str(error)))
                continue
            compiled.append(_CompiledCue(technique, cue, regex, anchors_of(regex, reference)))
    if problems:
        raise ContentError(problems)
    return tuple(compiled)


def _reference_text() -> str:
    # Ordinary English to judge which anchors are rare: the catalogue's own prose.
    from baitlab.techniques import CATALOGUE_FILE

    try:
        return CATALOGUE_FILE.read_bytes().decode("utf-8").lower()
    except OSError:
        return ""


# Words that show a paragraph is warning about bait, so what it quotes is an exhibit.
_WARNING = re.compile(
    r"\b(?:scam\w*|fraud\w*|fake|hoax\w*|phishing|criminals?|con artists?|impersonat\w+)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|no one|nobody|don['’]t|doesn['’]t|won['’]t|will not|do not|shouldn['’]t)\b",
    re.IGNORECASE,
)
_NAMED_SAYS = re.compile(rf"{_NAME}(?:,[^,\n]{{1,80}}){{0,3}},? {_VERB}\b|\b{_VERB} {_NAME}")
# A quotation introduced as a document ("The text read: “…”") is an exhibit, not a claim.
_EXHIBIT_INTRO = re.compile(r"\b(?:read|reads|reading|went|goes|stated|states)\s*:\s*$")


def attributed_sentences(text: str) -> list[tuple[int, int]]:
    """Gives the (start, end) of every sentence that reports a named person's words."""
    return [(s.start, s.end) for s in sentences(text) if _NAMED_SAYS.search(s.text)]


def exhibit_quotes(text: str) -> list[tuple[int, int]]:
    """Gives quotations inside paragraphs that warn about scams or fakes: quoted as exhibits."""
    found = []
    for p in paragraphs(text):
        warning = _WARNING.search(p.text)
        for m in _QUOTE.finditer(p.text):
            if warning or _EXHIBIT_INTRO.search(p.text, max(0, m.start() - 20), m.start()):
                found.append((p.start + m.start(), p.start + m.end()))
    return found


def header_lines(text: str) -> list[tuple[int, int]]:
    """Gives lines written wholly in capitals with no exclamation: mastheads and labels."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if any(c.isalpha() for c in line) and line.upper() == line and "!" not in line:
            found.append((match.start(), match.end()))
    return found


def attributed_quotes(text: str) -> list[tuple[int, int]]:
    """Gives the (start, end) of every quotation attributed to a named speaker."""
    found = []
    for match in _QUOTE.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()]
        after = text[match.end() : match.end() + 80]
        if _ATTRIBUTION_AFTER.search(after) or _ATTRIBUTION_BEFORE.search(before):
            found.append((match.start(), match.end()))
    return found


def detect(text: str, cues: tuple | None = None, gated: bool = True) -> list[DetectedSpan]:
    """Gives the spans of the text that match a cue, sorted by position.

    Matches of one technique that overlap are merged into one span; different techniques on
    the same words are kept apart (the renderer shows them together).
    """
    cues = cues if cues is not None else load_cues()
    voiced = attributed_quotes(text) + attributed_sentences(text)
    exhibits = exhibit_quotes(text)
    headers = header_lines(text)
    sentence_list = sentences(text)
    hits: list[DetectedSpan] = []
    lower = text.lower()
    # str.lower() can change a string's length (e.g. "İ"); then positions would not line up.
    gated = gated and len(lower) == len(text)
    starts = [s.start for s in sentence_list]
    for item in cues:
        for match in _matches(item, text, lower, sentence_list, starts, gated):
            start, end = _trim(text, match.start(), match.end())
            if end <= start or _inside(start, end, exhibits):
                continue
            if item.cue.in_quotes == "skip" and _inside(start, end, voiced):
                continue
            if item.cue.skip_headers and _inside(start, end, headers):
                continue
            if item.cue.negatable and _negated(text, start, sentence_list):
                continue
            words = text[start:end]
            hits.append(
                DetectedSpan(
                    start=start,
                    end=end,
                    technique=item.technique,
                    cue=item.cue.cue,
                    text=words,
                    explanation=item.cue.explain.replace("{match}", _short(words)),
                )
            )
    return _merge(hits)


def _matches(item: _CompiledCue, text: str, lower: str, sentence_list, starts, gated: bool):
    """Gives the cue's matches: around sentences holding an anchor, or everywhere."""
    if not gated or item.anchors is None:
        yield from item.regex.finditer(text)
        return
    hit: set[int] = set()
    for anchor in item.anchors:
        at = lower.find(anchor)
        while at >= 0:
            hit.add(max(0, bisect.bisect_right(starts, at) - 1))
            at = lower.find(anchor, at + 1)
    windows: list[list[int]] = []
    last = len(sentence_list) - 1
    for i in sorted(hit):
        # The sentence with the anchor and one either side, so no match is cut short.
        begin = sentence_list[i - 1].start if i > 0 else 0
        end = sentence_list[i + 1].end if i < last else len(text)
        if windows and begin <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([begin, end])
    for begin, end in windows:
        yield from item.regex.finditer(text, begin, end)


def _inside(start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in regions)


def _negated(text: str, start: int, sentence_list: list) -> bool:
    for s in sentence_list:
        if s.start <= start < s.end:
            return bool(_NEGATION.search(text, s.start, start))
    return False


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n\r,;:—–-":
        start += 1
    while end > start and text[end - 1] in " \t\n\r,;:—–-":
        end -= 1
    return start, end


def _short(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= 80 else words[:77] + "…"


def _merge(hits: list[DetectedSpan]) -> list[DetectedSpan]:
    hits.sort(key=lambda h: (h.technique, h.start, -h.end))
    merged: list[DetectedSpan] = []
    for hit in hits:
        last = merged[-1] if merged else None
        if last and last.technique == hit.technique and hit.start < last.end:
            if hit.end > last.end:
                merged[-1] = DetectedSpan(
                    start=last.start,
                    end=hit.end,
                    technique=last.technique,
                    cue=last.cue,
                    text=_joined(last, hit),
                    explanation=last.explanation,
                )
            continue
        merged.append(hit)
    merged.sort(key=lambda h: (h.start, -h.end, h.technique))
    return merged


def _joined(first: DetectedSpan, second: DetectedSpan) -> str:
    return first.text + second.text[first.end - second.start :]
