"""Text a learner brings: what is accepted, and the message for what is not."""

import pytest

from baitlab.analysis import MAX_CHARS
from baitlab.intake import UnreadableText, brought, from_file, from_paste


def test_a_paste_is_checked_exactly_as_given():
    text = "  URGENT: your parcel is held!\r\nPay £1.99 now  "
    assert from_paste(text) == text


@pytest.mark.parametrize("text", ["", "   \n\t ", None])
def test_an_empty_paste_says_what_to_paste(text):
    with pytest.raises(UnreadableText, match="paste an article"):
        from_paste(text)


def test_a_huge_paste_is_refused_with_the_limit():
    with pytest.raises(UnreadableText, match="checks up to 400,000"):
        from_paste("word " * (MAX_CHARS // 5 + 1))


def test_text_files_are_read_in_utf8_or_old_windows_encoding():
    assert from_file("post.txt", "Don’t miss out 😱".encode()) == "Don’t miss out 😱"
    assert from_file("post.TXT", "\ufeffBOM first".encode()) == "BOM first"
    assert from_file("old.txt", b"Caf\xe9 prices \x93slashed\x94") == ("Café prices “slashed”")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("scan.pdf", b"%PDF-1.7 ...", "plain-text files"),
        ("notes", b"hello", "without an ending"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n ", "empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text"),
        ("huge.txt", b"a " * MAX_CHARS, "checks up to"),
    ],
)
def test_a_file_that_cannot_be_checked_says_why(name, data, message):
    with pytest.raises(UnreadableText, match=message):
        from_file(name, data)


def test_a_link_gives_the_articles_words_without_menus_or_scripts(site, local_links):
    from baitlab.intake import from_link

    text = from_link(f"{site}/article.html")
    assert text.startswith("Payment list is OUT\n\nThe $2,000 payment is out!")
    assert "Experts say thousands have already claimed." in text
    assert "Cookie settings" not in text and "steal()" not in text and "Sport" not in text
    assert from_link(f"{site}/moved") == text  # a redirect is followed
    assert from_link(f"{site}/odd-charset.html") == text  # an unknown charset is read as UTF-8
    assert from_link(f"{site}/no-type.html") == text  # no Content-Type: read as a web page


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/photo.png", "not a web page"),
        ("/empty.html", "no article text"),
        ("/missing.html", "answered with error 404"),
    ],
)
def test_a_link_that_cannot_be_checked_says_why(site, local_links, path, message):
    from baitlab.intake import from_link

    with pytest.raises(UnreadableText, match=message):
        from_link(f"{site}{path}")


def test_a_dead_link_or_a_non_address_says_what_to_do(local_links):
    from baitlab.intake import from_link

    with pytest.raises(UnreadableText, match="could not open that page"):
        from_link("http://127.0.0.1:9/nothing-listens-here")
    # A site's name without "https://" (as a phone's address bar shows it) is looked up,
    # not refused as "not a web address".
    with pytest.raises(UnreadableText, match="could not reach the site news.example"):
        from_link("news.example/story")
    for wrong in (
        "",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http://[x/",
        "http://:red[x].example/",
    ):
        with pytest.raises(UnreadableText, match="not a web address"):
            from_link(wrong)


def test_addresses_inside_the_network_are_never_opened(site):
    from baitlab.intake import from_link

    inside = (
        f"{site}/article.html",
        "http://localhost/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://0/",
        "http://2130706433/",  # 127.0.0.1 written as one number
        "http://[64:ff9b::7f00:1]/",  # 127.0.0.1 inside an IPv6 (NAT64) address
        "http://[2002:a9fe:a9fe::]/",  # 169.254.169.254 inside a 6to4 address
    )
    for address in inside:
        with pytest.raises(UnreadableText, match="public internet"):
            from_link(address)
    with pytest.raises(UnreadableText, match="name and password"):
        from_link("http://someone@127.0.0.1/")


def test_a_redirect_into_the_network_is_refused(site, local_links):
    from baitlab.intake import from_link

    with pytest.raises(UnreadableText, match="public internet"):
        from_link(f"{site}/to-inside")


def test_a_name_that_answers_public_then_private_gets_nowhere(site, monkeypatch):
    """DNS rebinding: checked as public, then connected to this machine. The connection is
    checked too, so the page is never read."""
    from baitlab import intake

    port = int(site.rsplit(":", 1)[1])
    real = intake.socket.getaddrinfo
    asked = []

    def answers(host, *args, **kwargs):
        if host == "rebind.example":
            address = "93.184.216.34" if not asked else "127.0.0.1"  # public, then this machine
            asked.append(address)
            return [(intake.socket.AF_INET, intake.socket.SOCK_STREAM, 6, "", (address, port))]
        return real(host, *args, **kwargs)

    monkeypatch.setattr(intake.socket, "getaddrinfo", answers)
    with pytest.raises(UnreadableText, match="public internet"):
        intake.from_link(f"http://rebind.example:{port}/article.html")
    assert asked == ["93.184.216.34", "127.0.0.1"]


def test_a_page_that_trickles_in_is_given_up_on(site, local_links, monkeypatch):
    from baitlab import intake

    monkeypatch.setattr(intake, "LINK_TIMEOUT_SECONDS", 1)
    with pytest.raises(UnreadableText, match="took too long"):
        intake.from_link(f"{site}/slow")


def test_a_windows_unicode_text_file_is_read():
    assert from_file("notes.txt", "Act now! Café".encode("utf-16")) == "Act now! Café"


def test_given_more_than_one_the_learner_is_told_which_was_read_and_how_to_check_the_other():
    # A teacher pasted a text with an unreachable link still in its box and was told to
    # "paste them instead", though she had.
    # A dead link with a pasted text beside it: the pasted text is checked, and the caption
    # says why (a library volunteer was told to paste the message, did, and the link won again).
    text, where = brought("Share this before it's deleted!", "http://localhost:9/nothing", None)
    assert text == "Share this before it's deleted!"
    assert where == "the text you pasted (the page at http://localhost:9/nothing could not be read)"
    text, where = brought("Hi Mum, new number.", None, ("message.png", b"\x89PNG\r\n"))
    assert (text, where) == (
        "Hi Mum, new number.",
        "the text you pasted (the file message.png could not be read)",
    )
    with pytest.raises(UnreadableText, match="can't read pictures"):
        brought(None, "", ("message.png", b"\x89PNG\r\n"))  # nothing else given: say why
    text, where = brought("My own words.", None, ("post.txt", b"Share this now!"))
    assert text == "Share this now!" and "this result is for the file post.txt" in where
    # Shown above the result in the app: the file box is emptied by then, so no "remove the
    # file"; the pasted text is still there to check (a careers adviser's review).
    notices: list[str] = []
    text, where = brought("My own words.", None, ("post.txt", b"Share this now!"), notices)
    assert where == "the file post.txt"
    assert notices == [
        "You gave a pasted text too: this result is for the file post.txt, which Bait Lab reads "
        "first. The pasted text is still in its box: press Check it to check that."
    ]
    assert brought("My own words.", " ", None) == ("My own words.", "the text you pasted")


def test_a_screenshot_and_a_dead_link_get_advice_that_never_says_open_the_page(local_links):
    # A pastoral lead: a teenager's "file" is a screenshot, and "copy the words from the page"
    # told a student to open the scam page the link came from.
    with pytest.raises(UnreadableText, match="can't read pictures or screenshots"):
        from_file("Screenshot 2026-11-28.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    from baitlab.intake import from_link

    for dead in ("http://127.0.0.1:9/nothing-listens-here", "news.example/story"):
        with pytest.raises(UnreadableText) as problem:
            from_link(dead)
        message = str(problem.value)
        assert "don't open it yourself: paste the message here instead" in message
        assert "copy the words from the page" not in message
        assert "Name or service not known" not in message


def test_a_markdown_file_is_read_as_its_formatted_words_with_link_addresses_kept():
    # A local-news editor's .md upload showed "# ", "**" and "[…](…)" raw in the result.
    data = (
        b"# Councillors clash over plan\n\n"
        b'Council leader **Sarah Whitfield** said: "*Nobody* came".\n\n'
        b"- one item\n- two items\n\n"
        b"[Read the council report](https://northfield.example/libraries-report)\n"
    )
    text = from_file("story.md", data)
    assert text.startswith("Councillors clash over plan\n\nCouncil leader Sarah Whitfield said")
    assert "*" not in text and "#" not in text and "](" not in text
    assert "- one item\n- two items" in text
    assert "Read the council report (https://northfield.example/libraries-report)" in text
    # A .txt file keeps every character, marks and all.
    assert from_file("story.txt", data) == data.decode()
    # Marks with no words are shown as they are, not called empty.
    assert from_file("stars.md", b"*** --- ***\n").strip() == "*** --- ***"
