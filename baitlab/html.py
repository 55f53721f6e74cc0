"""The one place text becomes HTML.

Everything from a sample, a learner or the web goes through `fill` (or `escape`).
"""

from __future__ import annotations

from markupsafe import Markup, escape

__all__ = ["Markup", "escape", "fill", "markdown_literal"]


def fill(template: str, /, *args: object, **values: object) -> Markup:
    """Gives the template with every value escaped, except values that are already Markup."""
    return Markup(template).format(*args, **values)


_MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|~<>$:&")


def markdown_literal(text: str) -> str:
    """Gives text that Streamlit's markdown (widget labels) shows as the literal characters.

    CommonMark lets any ASCII punctuation be escaped with a backslash, so escaping all of it
    is always safe: `$5`, `*x*` and `:red[x]` stay exactly as typed.
    """
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIALS else ch for ch in text)
