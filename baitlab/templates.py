"""HTML templates for highlighted articles and cards. Values are filled in by baitlab.html.fill."""

ARTICLE = '<div class="bl-article" data-testid="bl-article">{body}</div>'

# A highlight is a visually hidden checkbox and a label around the <mark>: clicking the passage
# (or pressing space on it) shows the explanation. Plain inline HTML, no script needed.
# {after} is the punctuation that closes the passage ('.', '",'), so an open explanation
# comes after it and the next line does not begin with a stray full stop.
HIGHLIGHT = (
    '<span class="bl-hl" data-technique="{technique}" data-techniques="{techniques}" '
    'data-status="{status}"><input type="checkbox" class="bl-toggle" id="{anchor}"{open} '
    'aria-label="Explain this passage ({names})"><label for="{anchor}" '
    'title="Click to read why this works on you"><mark class="bl-mark bl-{status}" '
    'data-technique="{technique}" style="--bl-colour:{colour}">{passage}{labels}</mark>'
    '</label>{after}<span class="bl-why" role="note">{panels}</span></span>'
)

LABEL = (
    '<span class="bl-label" style="background:{colour};color:{text_colour}" '
    'title="{name}{guess_title}" aria-label="technique: {name}{guess_title}">{abbr}{guess}{suffix}'
    "</span>"
)

PANEL = (
    '<span class="bl-panel" style="border-color:{colour}">'
    '<span class="bl-panel-head">{name}</span>{origin}'
    '<span class="bl-panel-line"><b>Why this works on you:</b> {explanation}</span>'
    "{extra}</span>"
)

# A paragraph's number, as the bait map counts paragraphs; not read aloud or copied.
PARAGRAPH = '<span class="bl-para" aria-hidden="true" title="Paragraph {number}">¶{number}</span>'

PANEL_LINE = '<span class="bl-panel-line"><b>{label}</b> {text}</span>'

NOTE = (
    '<span class="bl-hl bl-note-hl"><input type="checkbox" class="bl-toggle" id="{anchor}"{open} '
    'aria-label="Read the note on this passage"><label for="{anchor}" '
    'title="Click to read the note"><span class="bl-note">{passage}'
    '<span class="bl-label bl-label-{kind}" aria-label="{kind}">{label}</span></span></label>'
    '{after}<span class="bl-why" role="note">{panels}</span></span>'
)

NOTE_PANEL = (
    '<span class="bl-panel bl-panel-note"><span class="bl-panel-head">{heading}</span>'
    '<span class="bl-panel-line">{note}</span></span>'
)

# Brings the passage a link opened (the Reader's ?span=) into view once the article is drawn:
# a passage far down the page was open but out of sight (a learner coming from the quiz saw
# only the note at the top). Fixed text, nothing filled in; once per address, so reruns (a
# click on the legend) do not pull the page back.
SCROLL_TO_OPEN = """<script>
(() => {
  let tries = 0;
  const bring = () => {
    const open = document.querySelector('[data-testid="bl-article"] .bl-toggle:checked');
    if (!open) { if (++tries < 60) setTimeout(bring, 100); return; }
    if (window.blBroughtInto === location.search) return;
    window.blBroughtInto = location.search;
    open.closest(".bl-hl").scrollIntoView({block: "center"});
  };
  bring();
})();
</script>"""

# Brings a Check a text result into view once its article is drawn: on a phone the result
# began two screens below the "Check it" button, with nothing to say it was there (a
# teacher's review). The margin keeps it clear of Streamlit's header. {run} counts the
# checks, so each new one scrolls once and reruns (a click on the legend) do not pull the
# page back.
SCROLL_TO_RESULT = """<div data-testid="bl-check-result" data-run="{run}"
style="scroll-margin-top:4rem"></div><script>
(() => {{
  let tries = 0;
  const bring = () => {{
    const mark = document.querySelector('[data-testid="bl-check-result"]');
    const drawn = document.querySelector('[data-testid="bl-article"]');
    if (!mark || !drawn) {{ if (++tries < 60) setTimeout(bring, 100); return; }}
    if (window.blCheckShown === mark.dataset.run) return;
    window.blCheckShown = mark.dataset.run;
    mark.scrollIntoView({{block: "start"}});
  }};
  bring();
}})();
</script>"""

# A notice under the form (a look-alike link judged, a file that could not be read) is brought
# into view once: on a phone it sat below the fold, and the emptied link box looked as if the
# app had swallowed the link (a library volunteer's review).
SCROLL_TO_NOTICE = """<div data-testid="bl-check-notice" data-run="{run}"
style="scroll-margin-top:4rem"></div><script>
(() => {{
  const mark = document.querySelector('[data-testid="bl-check-notice"]');
  if (!mark || window.blNoticeShown === mark.dataset.run) return;
  window.blNoticeShown = mark.dataset.run;
  mark.scrollIntoView({{block: "start"}});
}})();
</script>"""

# The compare view's key: each status as a sample highlight in neutral grey, then its meaning.
KEY = '<ul class="bl-key" data-testid="bl-compare-key" aria-label="Key">{items}</ul>'
KEY_ITEM = (
    '<li><mark class="bl-mark bl-{status}" style="--bl-colour:#777">passage'
    '<span class="bl-label" style="background:#777;color:#fff">{suffix}</span></mark> '
    "{meaning}</li>"
)
# The editors' own notes appear in the compare view too: their grey mark, in the key.
KEY_NOTE_ITEM = (
    '<li><span class="bl-note">passage<span class="bl-label bl-label-note">NOTE</span></span> '
    "{meaning}</li>"
)

STYLE = """<style>
.bl-article{white-space:pre-wrap;line-height:2;font-size:1.06rem;max-width:46rem}
.bl-toggle{position:absolute;opacity:0;width:1px;height:1px;margin:0;pointer-events:none}
.bl-hl>label{cursor:pointer}
.bl-toggle:focus-visible+label{outline:3px solid #1965B0;outline-offset:2px}
.bl-why{display:none}
.bl-toggle:checked~.bl-why{display:block}
mark.bl-mark{background:color-mix(in srgb,var(--bl-colour) 28%,transparent);color:inherit;
 border-bottom:3px solid var(--bl-colour);padding:1px 2px;border-radius:3px}
mark.bl-extra,mark.bl-noted{border-bottom-style:dashed}
mark.bl-renamed{border-bottom-style:double;border-bottom-width:4px}
mark.bl-missed{border-bottom-style:dotted;background:transparent;
 outline:2px dotted var(--bl-colour)}
.bl-label{display:inline-block;font-size:.68em;font-weight:700;line-height:1.3;
 padding:0 .35em;margin-left:.3em;border-radius:3px;vertical-align:.15em;
 font-family:system-ui,sans-serif;letter-spacing:.02em;white-space:nowrap}
.bl-label-note{background:#555;color:#fff}
.bl-label-fair{background:#225522;color:#fff}
.bl-note{border-bottom:2px dotted #555}
.bl-para{font-size:.68em;opacity:.55;margin-right:.45em;font-family:system-ui,sans-serif;
 user-select:none;vertical-align:.15em}
.bl-toggle:checked~.bl-why{white-space:normal;margin:.35em 0 .6em 0}
.bl-panel{display:block;border-left:5px solid #888;background:rgba(128,128,128,.09);
 padding:.45em .8em;margin:.25em 0;border-radius:0 4px 4px 0;font-size:.95rem;line-height:1.5}
.bl-panel-head{display:block;font-weight:700}
.bl-panel-line{display:block;margin-top:.2em}
.bl-origin{display:block;font-size:.85em;opacity:.8}
.bl-key{list-style:none;padding:0;margin:.2em 0 .8em 0;font-size:.9rem;line-height:2.1}
.bl-card{border:1px solid rgba(128,128,128,.35);border-radius:8px;padding:.8em 1em;margin:.2em 0}
.bl-card h3{margin:0 0 .3em 0;font-size:1.1rem}
.bl-meta{font-size:.9rem;opacity:.85}
</style>"""
