"""Text a learner brings, pasted, in a file or behind a link, checked before the detector sees it.

Every refusal is a sentence a learner can act on; nothing here touches what was checked
before, so a bad paste, a wrong file or a dead link loses nothing.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import PurePath

from baitlab.analysis import MAX_CHARS

# Plain-text files only: the detector reads words, and a PDF or a Word file is not words until
# it is opened by the program that made it.
TEXT_SUFFIXES = (".txt", ".text", ".md")


# A link is opened for at most this long and read up to this many bytes: an article page is
# far smaller, and a learner should not wait on a slow or endless download.
LINK_TIMEOUT_SECONDS = 10
LINK_MAX_BYTES = 5_000_000
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class UnreadableText(ValueError):
    """Raised with a message for the learner when a paste or a file cannot be checked."""


def brought(
    pasted: str | None, link: str | None, file: tuple[str, bytes] | None
) -> tuple[str, str]:
    """Gives (text, where it came from) for what a learner gave: a file first, then a link,
    then pasted text; or raises UnreadableText saying what to do instead."""
    if file is not None:
        return from_file(*file), f"the file {file[0]}"
    if link and link.strip():
        return from_link(link), f"the page at {link.strip()}"
    return from_paste(pasted), "the text you pasted"


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


def from_link(address: str | None) -> str:
    """Gives the article text of a web page, or raises UnreadableText saying what to do instead.

    Only http(s) addresses on the public internet are opened (a classroom server must not be
    made to open pages inside its own network), every redirect is checked the same way, and
    the page's words are kept without its menus, adverts and scripts.
    """
    address = (address or "").strip()
    try:
        parts = urllib.parse.urlsplit(address)
        host = parts.hostname
    except ValueError:  # "http://[x/": brackets that are not an IPv6 address
        host = None
    if not host or parts.scheme not in ("http", "https"):
        raise UnreadableText(
            "That is not a web address: it should start with http:// or https://, like "
            "https://news.example/story."
        )
    opener = urllib.request.build_opener(_CheckedRedirects)
    request = urllib.request.Request(address, headers={"User-Agent": "BaitLab/1.0 (classroom)"})
    try:
        _check_host(host)
        with opener.open(request, timeout=LINK_TIMEOUT_SECONDS) as response:
            kind = response.headers.get_content_type()
            if kind not in _PAGE_TYPES:
                raise UnreadableText(
                    f"That link leads to a file of type {kind}, not a web page. Open it, copy "
                    "the words and paste them instead."
                )
            data = response.read(LINK_MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
    except UnreadableText:
        raise
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise UnreadableText(
            f"Bait Lab could not open that page ({reason}). Check the address, or copy the "
            "words from the page and paste them instead."
        ) from None
    if len(data) > LINK_MAX_BYTES:
        raise UnreadableText(
            "That page is too big to check. Copy the article's words and paste them instead."
        )
    try:
        page = data.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: read it as UTF-8
        page = data.decode("utf-8", errors="replace")
    text = page if kind == "text/plain" else _article_text(page)
    if len(text.split()) < 5:  # a menu word or two is not an article
        raise UnreadableText(
            "Bait Lab found no article text on that page (some sites show their words only "
            "after you log in, or in their app). Copy the words and paste them instead."
        )
    return _within_limit(text)


def _article_text(html: str) -> str:
    """Gives the main text of a page, a paragraph per block, its title first."""
    import trafilatura  # loaded on the first link, so the app starts without it

    body = trafilatura.extract(html, output_format="txt", include_comments=False) or ""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title or "").strip() if metadata else ""
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _check_host(host: str) -> None:
    """Raises UnreadableText when the host is inside this network (loopback, private, ...)."""
    if os.environ.get("BAITLAB_ALLOW_PRIVATE_LINKS") == "1":  # the tests serve pages locally
        return
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError as error:
        raise UnreadableText(
            f"Bait Lab could not find the site {host} ({error.strerror or error}). Check the "
            "address, or copy the words from the page and paste them instead."
        ) from None
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            raise UnreadableText(
                "Bait Lab only opens pages on the public internet, not addresses inside a "
                "school or home network. Copy the words and paste them instead."
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another public http(s) address."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        try:
            parts = urllib.parse.urlsplit(newurl)
            host = parts.hostname
        except ValueError:
            host = None
        if not host or parts.scheme not in ("http", "https"):
            raise UnreadableText("That link redirects somewhere Bait Lab does not open.")
        _check_host(host)
        return super().redirect_request(req, fp, code, msg, headers, newurl)
