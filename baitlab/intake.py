"""Text a learner brings, pasted or in a file, checked before the detector sees it.

Every refusal is a sentence a learner can act on; nothing here touches what was checked
before, so a bad paste or a wrong file loses nothing.
"""

from __future__ import annotations

from pathlib import PurePath

from baitlab.analysis import MAX_CHARS

# Plain-text files only: the detector reads words, and a PDF or a Word file is not words until
# it is opened by the program that made it.
TEXT_SUFFIXES = (".txt", ".text", ".md")


class UnreadableText(ValueError):
    """Raised with a message for the learner when a paste or a file cannot be checked."""


def from_paste(text: str | None) -> str:
    """Gives the pasted text to analyse, or raises UnreadableText saying what to do instead."""
    if text is None or not text.strip():
        raise UnreadableText(
            "There is nothing to check yet: paste an article, a post, an email or a message."
        )
    return _within_limit(text)


def from_file(name: str, data: bytes) -> str:
    """Gives the text of an uploaded file, or raises UnreadableText saying what went wrong."""
    suffix = PurePath(name or "").suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        raise UnreadableText(
            f"Bait Lab reads plain-text files ({', '.join(TEXT_SUFFIXES)}), and this one is "
            f"'{suffix or 'without an ending'}'. Open it, copy the words and paste them instead."
        )
    if not data or not data.strip():
        raise UnreadableText("This file is empty: there is nothing in it to check.")
    if b"\x00" in data[:8192]:
        raise UnreadableText(
            "This file is not text (it looks like a picture, a PDF or a program). Open it, "
            "copy the words and paste them instead."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")  # older Windows editors save text this way
        except UnicodeDecodeError:
            raise UnreadableText(
                "This file's letters could not be read. Save it as UTF-8 text, or copy the "
                "words and paste them instead."
            ) from None
    if not text.strip():
        raise UnreadableText("This file is empty: there is nothing in it to check.")
    return _within_limit(text)


def _within_limit(text: str) -> str:
    if len(text) > MAX_CHARS:
        raise UnreadableText(
            f"This text has {len(text):,} characters; Bait Lab checks up to {MAX_CHARS:,} at a "
            "time. Paste a single article, post or message."
        )
    return text
