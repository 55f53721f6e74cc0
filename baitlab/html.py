"""The one place text becomes HTML.

Everything from a sample, a learner or the web goes through `fill` (or `escape`).
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

__all__ = ["Markup", "escape", "fill", "markdown_literal"]


def fill(template: str, /, *args: object, **values: object) -> Markup:
    """Gives the template with every value escaped, except values that are already Markup."""
    return Markup(template).format(*args, **values)


WORD_JOINER = "\u2060"  # zero width, never shown
# Where a link would begin: "www" before its dot, a scheme before "://", "@" after a name.
_AUTOLINK = re.compile(r"(?i)(?<=www)(?=\\\.)|(?<=[a-z])(?=\\://)|(?<=\S)(?=@)")
_MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|~<>$:&")


def markdown_literal(text: str) -> str:
    """Gives text that Streamlit's markdown (widget labels) shows as the literal characters.

    CommonMark lets any ASCII punctuation be escaped with a backslash, so escaping all of it
    is always safe: `$5`, `*x*` and `:red[x]` stay exactly as typed.
    """
    escaped = "".join("\\" + ch if ch in _MARKDOWN_SPECIALS else ch for ch in text)
    # Streamlit's markdown turns "www.site.com", "https://site.com" and "name@site.com" into
    # live links after escapes are read, so no escape stops it: a phishing address a learner
    # brought was shown as a link one tap away. An invisible word joiner inside each breaks it.
    return _AUTOLINK.sub(WORD_JOINER, escaped)
