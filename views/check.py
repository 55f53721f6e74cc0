"""Check a text: paste or upload something you saw, and see what the detector finds in it."""

import hashlib

import streamlit as st

from baitlab.html import fill, markdown_literal
from baitlab.intake import PICTURE_SUFFIXES, UnreadableText, brought
from baitlab.render import detector_note
from baitlab.safety import MESSAGE_WORDS, address_warning, advice
from baitlab.templates import SCROLL_TO_NOTICE, SCROLL_TO_RESULT
from baitlab.text import paragraphs
from components.article import click_hint, detected_highlights, show_article, show_paid_labels
from components.charts import bait_map
from components.content import analysis, catalogue
from components.legend import legend_filter
from components.readability_panel import readability_panel


def bring_notice_into_view() -> None:
    """Scrolls the notice drawn next into view once (on a phone it sat below the fold)."""
    notice = st.session_state["check-notices"] = st.session_state.get("check-notices", 0) + 1
    st.html(fill(SCROLL_TO_NOTICE, run=notice), unsafe_allow_javascript=True)


st.title("Check a text")
st.write(
    "Got a post, a text message, an email or an article that feels off? Paste it here, give "
    "a link to the page, or upload it as a .txt or .md file, and Bait Lab shows the bait "
    "wording it finds, with why each trick works. Nothing you bring is stored."
)
# Link and file boxes are emptied after each check (a new key empties the uploader): a file
# left there used to win over text pasted later, with only a grey caption to say so.
just_checked = st.session_state.pop("check-done", False)
if just_checked or st.session_state.pop("check-judged", False):
    # A look-alike address judged is emptied too: left there, a later message invited the
    # learner to "remove the file to check that instead" (a teacher's review).
    st.session_state["check-link"] = ""
    st.session_state["check-files"] = st.session_state.get("check-files", 0) + 1
with st.form("check-form"):
    pasted = st.text_area(
        "Paste the text",
        height=200,
        key="check-paste",
        placeholder="e.g. The $2,000 payment is out! Check the list before it's too late…",
    )
    link = st.text_input(
        "…or a link to an article (a link in a message you weren't expecting: paste the "
        "message instead)",
        key="check-link",
        placeholder="https://news.example/story",
    )
    upload = st.file_uploader(
        "…or a plain-text file (given more than one, Bait Lab reads a file first, then a link)",
        type=["txt", "md", *(suffix.lstrip(".") for suffix in PICTURE_SUFFIXES)],
        key=f"check-file-{st.session_state.get('check-files', 0)}",
    )
    submitted = st.form_submit_button("Check it", type="primary", icon=":material/search:")
previous = False  # a notice about a new link or file sits above the last result
if submitted:
    given = (upload.name, upload.getvalue()) if upload else None
    # A look-alike address is judged, never opened: opening it can tell the sender you looked.
    warning = None if given or not link.strip() else address_warning(link)
    if warning:  # said after a run that empties the link box; the last check stays
        st.session_state.update({"check-judged": True, "check-warning": warning})
        st.rerun()
    else:
        try:
            with st.spinner("Reading it…"):
                unread: list[str] = []  # a screenshot or a dead link passed over: said after
                st.session_state["check-brought"] = brought(pasted, link, given, unread)
                st.session_state["check-unread"] = unread
            st.session_state["check-done"] = True
            st.session_state["check-count"] = st.session_state.get("check-count", 0) + 1
            st.rerun()  # a run that empties the link and file boxes, then shows the result
        except UnreadableText as problem:
            previous = True
            bring_notice_into_view()
            # The message may repeat what the learner typed (a site name): shown literally.
            st.error(markdown_literal(str(problem)), icon=":material/error:")  # last check stays

if warning := st.session_state.pop("check-warning", None):
    previous = True
    bring_notice_into_view()
    st.warning(warning, icon=":material/shield:")
if "check-brought" not in st.session_state:
    st.stop()
text, source = st.session_state["check-brought"]
found = analysis(text)
# A text the length of a message (a text, an email, a post), not an article.
short = found["readability"]["words"] <= MESSAGE_WORDS
cat = catalogue()
st.divider()
if just_checked:  # bring the result into view: on a phone it starts two screens down
    scroll = fill(SCROLL_TO_RESULT, run=st.session_state["check-count"])
    st.html(scroll, unsafe_allow_javascript=True)
for problem in st.session_state.get("check-unread", []):  # stays with the result it explains
    st.warning(markdown_literal(problem), icon=":material/error:")  # may name a site: literal
# Under a notice about a new link, the last result is labelled as the last one: it read as the
# link's result in front of a class (a careers adviser's review).
said = "Your previous check, still shown below" if previous else "Checked"
st.caption(f"{said}: {markdown_literal(source)}")
steps = advice(found["spans"], found["readability"]["words"], text)
if steps:  # what to do first, above the why: for someone who just got this message
    lines = "\n".join(f"- {step}" for step in steps.steps)
    st.warning(f"**{steps.title}**\n\n{lines}", icon=":material/shield:")
found_highlights = detected_highlights(found["spans"])
st.caption(detector_note(found_highlights))
show_paid_labels(found["paid"])
if not found["spans"]:
    st.info(
        # Not "that does not make the text honest": under a friend's plans it read as
        # accusing (a pastoral lead's review).
        "No familiar bait found. That is a good sign, though not a promise: Bait Lab knows only "
        "the wordings it has seen. If a text asks you for money, a code, a password or a "
        "click, check it another way first.",
        icon=":material/info:",
    )
if found["set_aside"]:
    # The cue's name in brackets, unless it only repeats the words ("No experience needed").
    seen = "; ".join(
        f"“{s['text']}”" + ("" if s["cue"].lower() == s["text"].lower() else f" ({s['cue']})")
        for s in found["set_aside"][:6]
    )
    # Advice on checking the sender only for a short message that names one ("Hollybank
    # Surgery:"): under a coding club's notice it read as alarming (a teacher's review).
    sender = any(s["technique"] == "impersonation" for s in found["set_aside"])
    message = sender and short
    st.caption(
        markdown_literal(
            f"Seen but not marked: {seen}. Bait uses wordings like these, but so do honest "
            "reports, notices and messages, and no known bait phrase is here beside them, so "
            "none is highlighted."
            + (
                " If a message like this asks you for money, a code or a click, check it with "
                "the sender on a number you already have."
                if message
                else ""
            )
        )
    )
digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
# With nothing found, the note above says so once: no legend saying it again.
shown = found_highlights and legend_filter(found_highlights, cat, key=f"legend-check-{digest}")
# A message's reading age and map are folded away: at a scam clinic's big screen "Reading
# age 10" was read as a score, and the person wanted to know what to do (a librarian).
left, right = st.columns([7, 3], gap="large")
with left:
    if shown:
        st.caption(click_hint(text))
    show_article(text, shown, cat)
    if found_highlights and len(paragraphs(text)) > 1:  # one bar answers no "where"
        with st.expander("Where the bait sits") if short else st.container():
            bait_map(text, shown, found["emotion"])
with right, st.expander("How it reads") if short else st.container():
    readability_panel(found["readability"], found["emotion"], heading=not short)
