"""Text a learner brings, pasted, in a file or behind a link, checked before the detector sees it.

Every refusal is a sentence a learner can act on; nothing here touches what was checked
before, so a bad paste, a wrong file or a dead link loses nothing.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import PurePath

from baitlab.analysis import MAX_CHARS

# Plain-text files only: the detector reads words, and a PDF or a Word file is not words until
# it is opened by the program that made it.
TEXT_SUFFIXES = (".txt", ".text", ".md")
# What a learner most often has instead: a screenshot or a photo of the message.
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".heif", ".bmp")

# Said when a link cannot be read. Never "open the page and copy its words": a link that came
# in a surprise message may be the scam itself, and opening it can tell the sender you looked
# (a pastoral lead's review).
LINK_FALLBACK = (
    "If the link came in a message or post you weren't expecting, don't open it yourself: "
    "paste the message here instead. For an article you trust, copy its words and paste them."
)


# A link is opened for at most this long and read up to this many bytes: an article page is
# far smaller, and a learner should not wait on a slow or endless download.
LINK_TIMEOUT_SECONDS = 10
LINK_MAX_BYTES = 2_000_000
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


class UnreadableText(ValueError):
    """Raised with a message for the learner when a paste or a file cannot be checked."""


def brought(
    pasted: str | None,
    link: str | None,
    file: tuple[str, bytes] | None,
    unread: list[str] | None = None,
) -> tuple[str, str]:
    """Gives (text, where it came from) for what a learner gave: a file first, then a link,
    then pasted text; or raises UnreadableText saying what to do instead.

    When the first cannot be read (a screenshot, a dead link) and something else was given,
    the next is read, and where it came from says why (a library volunteer typed the message
    in as told, and the screenshot still in its box won again). When one is read and others
    were given, where it came from says how to check them. What could not be read, and what
    was given but not read, is added to `unread` as a sentence to show the learner above the
    result ("The file photo.txt could not be read: …"); without `unread`, where it came from
    says so instead."""
    given = []
    if file is not None:
        given.append(("the file", f"the file {file[0]}", lambda: from_file(*file)))
    if link and link.strip():
        given.append(("the link", f"the page at {link.strip()}", lambda: from_link(link)))
    if pasted and pasted.strip() or not given:
        given.append(("a pasted text", "the text you pasted", lambda: from_paste(pasted)))
    failed: list[tuple[str, UnreadableText]] = []
    for number, (_, where, read) in enumerate(given):
        try:
            text = read()
        except UnreadableText as problem:
            failed.append((where, problem))
            continue
        others = [name for name, _, _ in given[number + 1 :]]
        said = [f"{place} could not be read" for place, _ in failed]
        if unread is not None:
            unread.extend(
                f"{place[0].upper()}{place[1:]} could not be read: {problem} Bait Lab checked "
                f"{where} instead."
                for place, problem in failed
            )
        if others:
            # The file and link boxes are emptied after a check: "remove the file" pointed at
            # a box already empty (a careers adviser's review). Said above the result.
            if others == ["a pasted text"]:
                after = "The pasted text is still in its box: press Check it to check that."
            else:
                after = f"To check {'the others' if len(others) > 1 else 'that'}, give it again."
            skipped = (
                f"You gave {' and '.join(others)} too: this result is for {where}, which Bait "
                f"Lab reads first. {after}"
            )
            if unread is None:
                said.append(skipped)
            else:
                unread.append(skipped)
        return text, where + (f" ({'; '.join(said)})" if said else "")
    raise failed[0][1]  # none could be read: the first one's problem, which says what to do


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
    if suffix in PICTURE_SUFFIXES:
        raise UnreadableText(
            "Bait Lab can't read pictures or screenshots yet. Type or copy the message's words "
            "into the box above, then press Check it."
        )
    if suffix not in TEXT_SUFFIXES:
        raise UnreadableText(
            f"Bait Lab reads plain-text files ({', '.join(TEXT_SUFFIXES)}), and this one is "
            f"'{suffix or 'without an ending'}'. Open it, copy the words and paste them instead."
        )
    if not data or not data.strip():
        raise UnreadableText("This file is empty: there is nothing in it to check.")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # "Unicode" text from Windows Notepad
        return _within_limit(_nonempty(data.decode("utf-16", errors="replace")))
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
    if suffix == ".md":  # within the limit before it is parsed, as after
        read = markdown_as_read(_within_limit(text))
        text = read if read.strip() else text  # all marks and no words: show it as it is
    return _within_limit(_nonempty(text))


def markdown_as_read(text: str) -> str:
    """Gives a Markdown file's words as a reader of the formatted page sees them: no "#",
    "**" or "[…](…)" marks (a local-news editor's upload showed them raw), paragraphs and list
    items on lines of their own, and a link's address kept after its words, in brackets, when
    it differs from them, since a look-alike address is itself a clue."""
    from markdown_it import MarkdownIt

    blocks: list[str] = []
    prefix = ""
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "bullet_list_open":
            prefix = "- "
        elif token.type == "bullet_list_close":
            prefix = ""
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
        elif token.type == "inline":
            words = _inline_words(token.children or [])
            if prefix and blocks and blocks[-1].startswith(prefix) and token.level > 1:
                blocks[-1] += "\n" + prefix + words  # the next item of the same list
            else:
                blocks.append(prefix + words)
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


def _inline_words(children) -> str:
    out: list[str] = []
    link = None
    start = 0
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)
        elif child.type == "link_open":
            link, start = str(child.attrs.get("href", "")), len(out)
        elif child.type == "link_close" and link is not None:
            words = "".join(out[start:]).strip()
            if link and link not in words:
                out.append(f" ({link})")
            link = None
    return "".join(out)


def _nonempty(text: str) -> str:
    if not text.strip():
        raise UnreadableText("This file is empty: there is nothing in it to check.")
    return text


def _within_limit(text: str) -> str:
    if len(text) > MAX_CHARS:
        raise UnreadableText(
            f"This text has {len(text):,} characters; Bait Lab checks up to {MAX_CHARS:,} at a "
            "time. Paste a single article, post or message."
        )
    return text


# A site's name and maybe a path, with no "https://" before it: "www.news.example/story".
_BARE_SITE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)


def from_link(address: str | None) -> str:
    """Gives the article text of a web page, or raises UnreadableText saying what to do instead.

    Only http(s) addresses on the public internet are opened (a classroom server must not be
    made to open pages inside its own network): the name is checked before connecting, every
    redirect is checked the same way, and the address actually connected to is checked again
    (a name that answers differently the second time gets nowhere). The whole download has one
    deadline, and the page's words are kept without its menus, adverts and scripts.
    """
    address = (address or "").strip()
    if _BARE_SITE.match(address):
        # A phone's address bar hides "https://": "news.example/story" is what people copy.
        address = "https://" + address
    _public_http_host(address, "That is not a web address")
    opener = urllib.request.build_opener(_CheckedRedirects, _PublicHTTP, _PublicHTTPS)
    request = urllib.request.Request(address, headers={"User-Agent": "BaitLab/1.0 (classroom)"})
    deadline = time.monotonic() + LINK_TIMEOUT_SECONDS
    try:
        with opener.open(request, timeout=LINK_TIMEOUT_SECONDS) as response:
            headers = response.headers
            # No Content-Type at all: most servers that forget it are sending a web page.
            kind = headers.get_content_type() if "content-type" in headers else "text/html"
            if kind not in _PAGE_TYPES:
                raise UnreadableText(
                    f"That link leads to a file of type {kind}, not a web page. Open it, copy "
                    "the words and paste them instead."
                )
            data = _read_until(response, deadline)
            charset = headers.get_content_charset()
    except UnreadableText:
        raise
    except urllib.error.HTTPError as error:  # the site answered, with an error code
        raise UnreadableText(
            f"That page answered with error {error.code}. Check the address. {LINK_FALLBACK}"
        ) from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", None) or type(error).__name__
        raise UnreadableText(
            f"Bait Lab could not open that page ({reason}). Check the address. {LINK_FALLBACK}"
        ) from None
    text = _decoded(data, charset) if kind == "text/plain" else _article_text(data)
    if len(text.split()) < 5:  # a menu word or two is not an article
        raise UnreadableText(
            "Bait Lab found no article text on that page (some sites show their words only "
            "after you log in, or in their app). Copy the words and paste them instead."
        )
    return _within_limit(text)


def _read_until(response, deadline: float) -> bytes:
    """Gives the body, read in pieces, or raises UnreadableText when it is too big or too slow
    (a timeout alone limits each read, not a server that sends a byte a second for ever)."""
    pieces, size = [], 0
    while piece := response.read1(65_536):  # what has arrived, without waiting for more
        pieces.append(piece)
        size += len(piece)
        if size > LINK_MAX_BYTES:
            raise UnreadableText(
                "That page is too big to check. Copy the article's words and paste them instead."
            )
        if time.monotonic() > deadline:
            raise UnreadableText(
                "That page took too long to arrive. Copy the words and paste them instead."
            )
    return b"".join(pieces)


def _decoded(data: bytes, charset: str | None) -> str:
    try:
        return data.decode(charset or "utf-8", errors="replace")
    except (LookupError, UnicodeError):  # a charset Python does not know or cannot replace in
        return data.decode("utf-8", errors="replace")


def _article_text(page: bytes) -> str:
    """Gives the main text of a page, a paragraph per block, its title first."""
    import trafilatura  # loaded on the first link, so the app starts without it

    # Bytes, so trafilatura finds the page's own charset (a <meta> tag included).
    body = trafilatura.extract(page, output_format="txt", include_comments=False) or ""
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    metadata = trafilatura.extract_metadata(page)
    title = (metadata.title or "").strip() if metadata else ""
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def _public_http_host(address: str, refusal: str) -> str:
    """Gives the host of an http(s) address on the public internet, or raises UnreadableText."""
    try:
        parts = urllib.parse.urlsplit(address)
        host = parts.hostname
    except ValueError:  # "http://[x/": brackets that are not an IPv6 address
        host = None
    if not host or parts.scheme not in ("http", "https"):
        raise UnreadableText(
            f"{refusal}: it should start with http:// or https://, like https://news.example/story."
        )
    if "@" in parts.netloc:
        raise UnreadableText(
            "That address has a name and password in it (before an @). Bait Lab opens plain "
            "page addresses only, like https://news.example/story."
        )
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        raise UnreadableText(
            f"Bait Lab could not reach the site {host}. This computer may be offline, or the "
            f"address may be mistyped: this does not mean the site is fake. {LINK_FALLBACK}"
        ) from None
    for found in addresses:
        _refuse_unless_public(found)
    return host


_INSIDE = (
    "Bait Lab only opens pages on the public internet, not addresses inside a school or home "
    "network or set aside for examples. Copy the words and paste them instead."
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_public(address: str) -> bool:
    """Gives True for an IP address on the public internet, including any IPv4 address that
    an IPv6 one carries inside it (::ffff:10.0.0.1, 6to4, Teredo, NAT64 64:ff9b::a.b.c.d)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global:
        return False
    if ip.version == 6:
        carried = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
        if ip in _NAT64:
            carried.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        return all(inner.is_global for inner in carried if inner is not None)
    return True


def _refuse_unless_public(address: str) -> None:
    if not is_public(address):
        raise UnreadableText(_INSIDE)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to another public http(s) address."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        _public_http_host(newurl, "That link redirects somewhere Bait Lab does not open")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _CheckedConnection(http.client.HTTPConnection):
    """Refuses to talk once connected if the address it reached is not public."""

    def connect(self):
        super().connect()
        _refuse_unless_public(self.sock.getpeername()[0])


class _CheckedTLSConnection(http.client.HTTPSConnection):
    def connect(self):
        super().connect()
        _refuse_unless_public(self.sock.getpeername()[0])


class _PublicHTTP(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(_CheckedConnection, req)


class _PublicHTTPS(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(_CheckedTLSConnection, req, context=self._context)
