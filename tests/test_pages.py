"""AppTest for every page: it runs without exceptions and shows what a learner expects."""

import json
import re

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from baitlab.emotion import HOT_FROM
from baitlab.quiz import questions_for
from baitlab.techniques import load_catalogue
from tests.conftest import ROOT

APP = str(ROOT / "app.py")


def _app(page: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    for key, value in query.items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    return at.run()


def _html(at: AppTest) -> str:
    body = "\n".join(element.proto.body for element in at.get("html"))
    assert "&lt;style" not in body, "our own markup was escaped into visible text"
    return body


def test_library_shows_a_card_per_sample(library):
    at = _app()
    assert not at.exception
    assert at.title[0].value == "Bait Lab"
    cards = re.findall(r'data-sample="([a-z0-9-]+)"', _html(at))
    assert sorted(cards) == sorted(s.id for s in library.samples)
    assert "reading age about" in _html(at)


def test_library_filters_to_honest_reports(library):
    at = _app()
    at.segmented_control(key="library-kind").set_value("Honest reports").run()
    cards = set(re.findall(r'data-sample="([a-z0-9-]+)"', _html(at)))
    assert cards == {s.id for s in library.samples if s.meta.kind == "honest"}


def test_reader_deep_link_opens_the_founding_article_with_labelled_highlights(founding):
    at = _app("views/read.py", sample="camera-rolling-officer")
    assert not at.exception
    page = _html(at)
    assert "He Forgot There Was a Camera Rolling" in page
    marks = re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", page)
    assert len(marks) >= 15
    assert "Why this works on you:" in page
    assert ">NOTE<" in page  # the stray "a7" and the page furniture are pointed out
    assert at.get("plotly_chart")
    # The chart is headed by the name the note over the text gives it ("as on the bait map").
    assert any("as on the bait map" in c.value for c in at.caption)
    assert "Bait map" in [h.value for h in at.subheader]
    # The side panel gives the whole text's temperature in a word, its figure in the help.
    (temperature,) = [m for m in at.metric if m.label == "Emotion"]
    assert temperature.value in ("cool", "warm", "hot")
    # "cool" is calm words, not a sign of honesty: four teachers saw pupils read it as one
    # beside a scam written like an official letter.
    assert "many scams" in temperature.help
    assert any("official letter often reads cool" in c.value for c in at.caption)
    # Passages and emotion each on their own panel and scale, never two y-axes over one
    # panel (a class read the right-hand emotion scale off the bars).
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    layout = spec["layout"]
    # Hovering says what a bar or point is, in words.
    bars, line = spec["data"]
    assert bars["hovertemplate"].startswith("%{hovertext}")
    assert all(
        re.fullmatch(r"Paragraph \d+: (1 highlighted passage|\d+ highlighted passages)", h)
        for h in bars["hovertext"]
    ), bars["hovertext"]
    assert line["hovertemplate"].startswith("Paragraph %{x}: emotional temperature")
    axes = {k: v for k, v in layout.items() if k.startswith("yaxis")}
    assert [a["title"]["text"] for a in axes.values()] == ["Passages", "Emotion"]
    assert not any("overlaying" in a for a in axes.values())
    # The line's hot band is named in words at the Emotion figure's own threshold: a line at
    # 0.2 had looked calm beside "hot" (two reviewers).
    bands = {
        a["text"]: shape["y0"]
        for shape, a in zip(layout["shapes"], layout["annotations"][2:], strict=True)
    }
    assert bands == {f"hot (from {HOT_FROM:.2f})": HOT_FROM}


def test_reader_legend_filter_hides_a_technique_and_keeps_it_hidden_across_views():
    at = _app("views/read.py", sample="camera-rolling-officer")
    legend = at.get("button_group")[1] if len(at.get("button_group")) > 1 else None
    pills = [w for w in at.get("button_group") if w.key == "legend-curated"]
    assert pills, legend
    pills[0].set_value(["curiosity-gap"]).run()
    techniques = set(re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", _html(at)))
    assert techniques == {"curiosity-gap"}
    # The choice survives a look at another view (a teacher found every technique back).
    at.segmented_control(key="reader-mode").set_value("detector").run()
    at.segmented_control(key="reader-mode").set_value("curated").run()
    assert not at.exception
    techniques = set(re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", _html(at)))
    assert techniques == {"curiosity-gap"}
    assert next(b for b in at.get("button_group") if b.key == "legend-curated").value == [
        "curiosity-gap"
    ]


def test_a_link_to_a_passage_shows_it_even_if_its_technique_was_hidden_before():
    # The Reader remembers hidden techniques; a lesson's link to a passage still finds it.
    at = _app("views/read.py", sample="camera-rolling-officer")
    at.button_group(key="legend-curated").set_value(["curiosity-gap"]).run()
    at.switch_page("views/lessons.py").run()
    at.query_params["sample"] = "camera-rolling-officer"
    at.query_params["span"] = "3"  # a passage of vague sourcing, hidden above
    at.switch_page("views/read.py").run()
    assert not at.exception
    page = _html(at)
    assert re.search(r'<input [^>]*id="bl-hl-\d+" checked', page)  # open, as the note says
    techniques = set(re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", page))
    assert techniques == {"curiosity-gap", "vague-sourcing"}


def test_reader_compare_mode_says_where_detector_and_editors_differ(founding):
    at = _app("views/read.py", sample="camera-rolling-officer")
    at.segmented_control(key="reader-mode").set_value("compare").run()
    page = _html(at)
    assert "detector missed" in page or "detector only" in page
    assert "✓ both" in page
    summary = next(c.value for c in at.caption if c.value.startswith("The editors marked"))
    assert summary.startswith(f"The editors marked {len(founding.spans)} passages. The detector")
    # A key says what each status means; the "?" is explained only where a label has one
    # (the founding article's detector highlights all come from known phrases).
    captions = " ".join(c.value for c in at.caption)
    # The key shows each status as a sample of its own line, with its meaning.
    key = re.search(r'<ul class="bl-key".*?</ul>', page, re.S).group()
    assert re.search(
        r'class="bl-mark bl-missed".*?detector missed</span></mark> only the editors', key
    )
    assert "editors&#39; name / detector&#39;s name" in key
    # "✓ both" is not followed by "both" again, and the editors' NOTE mark has its own line
    # (a teacher read its grey dots as a passage the detector missed).
    assert "both marked it (solid" not in key
    assert re.search(r'class="bl-note">passage<span class="bl-label bl-label-note">NOTE', key)
    assert "not a technique" in key
    labels = re.findall(r'class="bl-label"[^>]*>([^<]*)<', page)
    assert labels and not any("?" in label for label in labels), labels
    assert "ending in ?" not in captions
    # The bait map's count, larger than the editors' own, says whose passages it counts.
    assert "the editors' and the detector's together" in captions
    # Its legend counts each side on its own: the numbers the editors' view and the
    # detector's view show, not one sum a teacher cannot match to either.
    compared = _legend_labels(at, "legend-compare")
    at.segmented_control(key="reader-mode").set_value("curated").run()
    editors = _legend_labels(at, "legend-curated")
    at.segmented_control(key="reader-mode").set_value("detector").run()
    detector = _legend_labels(at, "legend-detector")
    gap = "GAP · Curiosity gap"
    assert compared[gap] == f"editors {editors[gap]} · detector {detector[gap]}", compared
    assert editors[gap] != detector[gap]  # the founding article's counts differ by side


def _legend_labels(at, key: str) -> dict[str, str]:
    """Gives each legend pill's name and the words in its brackets."""
    group = next(b for b in at.get("button_group") if b.key == key)
    pills = [re.fullmatch(r"(.*) \((.*)\)", o.content) for o in group.proto.options]
    return {m[1]: m[2] for m in pills}


def test_reader_unknown_sample_says_so_and_offers_a_picker():
    at = _app("views/read.py", sample="no-such-article")
    assert not at.exception
    assert "no-such-article" in at.warning[0].value.replace("\\", "")
    assert at.selectbox(key="reader-pick-none")


def test_quiz_gives_feedback_on_a_wrong_answer_and_scores_at_the_end(founding):
    at = _app("views/quiz.py", sample="camera-rolling-officer")
    assert not at.exception
    questions = questions_for(founding)
    for number, question in enumerate(questions):
        assert f"Question {number + 1} of {len(questions)}" in at.caption[1].value
        assert question.passage.split()[0] in _html(at)
        wrong = (question.item.answer_index + 1) % len(question.item.choices)
        pick = wrong if number == 0 else question.item.answer_index
        at.radio[0].set_value(pick).run()
        at.button(key=f"{question.key}-0-check").click().run()
        if number == 0:
            assert at.error and "Not quite" in at.error[0].value
            assert at.info  # the best answer, with its own feedback
            # The feedback points into the page ("read the whole headline"), so the passage
            # is one click from its place in the article (a teacher's note).
            links = {e.proto.label: e.proto.query_string for e in at.get("page_link")}
            assert links["See this passage in the article"] == (
                f"sample=camera-rolling-officer&span={question.key.rsplit('-', 1)[1]}"
            ), links
            # The trick is named as the lessons name it, and its lesson is one click away
            # (a teacher: the quiz and the lessons felt like separate apps).
            technique = load_catalogue().get(question.technique)
            named = f"This passage uses {technique.abbr} · {technique.name}."
            assert named in [c.value for c in at.caption]
            assert links[f"Revise the {technique.name} lesson"] == (f"technique={technique.id}")
            assert any(m.value.startswith("Your answer: **") for m in at.markdown)
        else:
            assert at.success and "Right" in at.success[0].value
            assert not [k for k in (e.proto.label for e in at.get("page_link")) if "Revise" in k]
        at.button(key=f"{question.key}-0-next").click().run()
    assert f"You got {len(questions) - 1} of {len(questions)} right" in at.subheader[0].value
    at.button(key="retry").click().run()
    assert "Question 1 of 1" in at.caption[1].value
    # Right on the retry: the score rises, and the first try stays on show beside it.
    first = questions[0]
    at.radio[0].set_value(first.item.answer_index).run()
    at.button(key=f"{first.key}-1-check").click().run()
    at.button(key=f"{first.key}-1-next").click().run()
    total = len(questions)
    assert f"You got {total} of {total} right" in at.subheader[0].value
    assert any(c.value.startswith(f"First try: {total - 1} of {total} right.") for c in at.caption)


def test_starting_a_quiz_again_keeps_the_first_attempt_and_shows_the_improvement(library):
    # "Start this quiz again" used to delete the earlier answers: the evidence that a learner
    # got better went with them.
    honest = library.get("officer-dismissal-report")
    questions = questions_for(honest)
    total = len(questions)
    at = _app("views/quiz.py", sample=honest.id)
    for round_, wrong_first in ((0, True), (1, False)):
        for number, question in enumerate(questions):
            pick = question.item.answer_index
            if wrong_first and number == 0:
                pick = (pick + 1) % len(question.item.choices)
            at.radio[0].set_value(pick).run()
            at.button(key=f"{question.key}-{round_}-check").click().run()
            at.button(key=f"{question.key}-{round_}-next").click().run()
        if round_ == 0:
            assert f"You got {total - 1} of {total} right" in at.subheader[0].value
            assert not any(c.value.startswith("Your first tries") for c in at.caption)
            at.button(key="restart").click().run()
            assert f"Question 1 of {total}" in at.caption[1].value
    assert not at.exception
    assert f"You got {total} of {total} right" in at.subheader[0].value
    assert (
        f"Your first tries, attempt by attempt: {total - 1} of {total}, then {total} of {total}."
        in [c.value for c in at.caption]
    )


def _quiz_answered_right(sample):
    """Gives the quiz page after every question of `sample` is answered rightly."""
    at = _app("views/quiz.py", sample=sample.id)
    for question in questions_for(sample):
        at.radio[0].set_value(question.item.answer_index).run()
        at.button(key=f"{question.key}-0-check").click().run()
        at.button(key=f"{question.key}-0-next").click().run()
    assert not at.exception
    return at


def _next_quiz_link(at):
    (link,) = [e.proto for e in at.get("page_link") if e.proto.label.startswith("Next quiz:")]
    return link


def test_quiz_end_message_fits_an_honest_report(library):
    # A teacher finished an honest report's quiz and was told to try "an honest report for
    # contrast".
    honest = library.get("officer-dismissal-report")
    at = _quiz_answered_right(honest)
    (done,) = [s.value for s in at.success if s.value.startswith("Every passage")]
    assert "honest report" not in done and "bait article" in done, done
    # ... and the bait article is one click away, not left to hunt for (a teacher's review).
    link = _next_quiz_link(at)
    following = library.get(link.query_string.removeprefix("sample="))
    # Its twin, the founding article, named as the same story told as bait.
    assert following.id == honest.meta.twin == "camera-rolling-officer"
    assert link.label.endswith("(the bait version of this story)"), link.label


def test_quiz_end_offers_a_quiz_of_the_other_kind_when_there_is_no_twin(library):
    honest = library.get("genuine-school-text")
    assert honest.meta.twin is None
    at = _quiz_answered_right(honest)
    link = _next_quiz_link(at)
    following = library.get(link.query_string.removeprefix("sample="))
    assert following.meta.kind == "bait" and link.label.endswith("(bait)"), link.label


@pytest.mark.parametrize("page", ["views/read.py", "views/quiz.py"])
def test_hostile_sample_stays_literal_in_every_page(hostile_env, page):
    at = _app(page, sample="hostile-sample")
    assert not at.exception
    body = _html(at)
    assert "<script>alert" not in body and "<img src" not in body
    assert "&lt;script&gt;" in body or page.endswith("quiz.py")
    for element in list(at.markdown) + list(at.caption) + list(at.radio):
        value = element.value if hasattr(element, "proto") and element.type != "radio" else ""
        assert ":red[x]" not in value or "\\:red\\[x\\]" in value


def test_lessons_page_lists_every_lesson_in_order_with_status(catalogue):
    at = _app("views/lessons.py")
    assert not at.exception
    listed = re.findall(r'data-lesson="([a-z-]+)"', _html(at))
    order = yaml.safe_load((ROOT / "lessons" / "order.yaml").read_text(encoding="utf-8"))["order"]
    assert listed == order
    assert set(listed) == set(catalogue.ids())
    assert "Not started" in [c.value for c in at.caption]


def test_lesson_deep_link_teaches_practises_and_checks():
    at = _app("views/lessons.py", technique="curiosity-gap")
    assert not at.exception
    assert "curiosity gap" in at.title[0].value.lower()
    assert any("Rests on" in c.value for c in at.caption)
    lesson = yaml.safe_load((ROOT / "lessons" / "curiosity-gap.yaml").read_text(encoding="utf-8"))
    # Spot it: judge the first practice sentence wrongly and read why.
    first = lesson["practice"][0]
    at.segmented_control(key="practice-curiosity-gap-0").set_value(
        "Fair" if first["is_bait"] else "Bait"
    ).run()
    assert at.error and "Not quite" in at.error[0].value
    # Check: answer all three right and the lesson is passed.
    for i, item in enumerate(lesson["check"]):
        _answer_check(at, i, _right_choice(item))
    assert any("lesson passed" in s.value for s in at.success)
    at.switch_page("views/lessons.py")
    at.query_params.clear()
    at.run()
    assert "Passed ✓" in [c.value for c in at.caption]


def _right_choice(item: dict) -> int:
    return next(j for j, c in enumerate(item["choices"]) if c.get("correct"))


def _check_radios(at: AppTest) -> list:
    return [r for r in at.radio if r.key.startswith("lesson/curiosity-gap/check-")]


def _answer_check(at: AppTest, number: int, choice: int) -> None:
    """Picks a choice for check question `number` and presses its "Check my answer"."""
    radio = _check_radios(at)[number]
    radio.set_value(choice).run()
    card = radio.key.removesuffix("-choice")
    for button in at.button:
        if button.key == f"{card}-check":
            button.click().run()


def test_a_lesson_check_keeps_the_first_answer_and_a_wrong_one_does_not_pass():
    # A teacher saw a student pick a wrong answer, read "The best answer", switch to it and
    # get "lesson passed".
    at = _app("views/lessons.py", technique="curiosity-gap")
    lesson = yaml.safe_load((ROOT / "lessons" / "curiosity-gap.yaml").read_text(encoding="utf-8"))
    # Spot-it practice is practice: judging every sentence rightly passes nothing.
    for i, item in enumerate(lesson["practice"]):
        at.segmented_control(key=f"practice-curiosity-gap-{i}").set_value(
            "Bait" if item["is_bait"] else "Fair"
        ).run()
    assert not any("lesson passed" in s.value for s in at.success)
    first = lesson["check"][0]
    wrong = (_right_choice(first) + 1) % len(first["choices"])
    _answer_check(at, 0, wrong)
    assert any("Not quite" in e.value for e in at.error)
    assert any("The best answer" in i.value for i in at.info)
    # The first answer is kept: its choices are locked, so there is no switching to the best
    # answer, and its feedback stays while the others are answered.
    assert _check_radios(at)[0].disabled
    # The locked choice is greyed out, so the answer picked is said in words (a teacher's
    # pupils could not read it), and a lesson does not send you to revise itself.
    picked = first["choices"][wrong]["text"]
    assert any(
        m.value.startswith("Your answer: **") and picked[:20] in m.value for m in at.markdown
    )
    assert not [e for e in at.get("page_link") if "Revise" in e.proto.label]
    assert not [c for c in at.caption if c.value.startswith("This passage uses")]
    for i, item in enumerate(lesson["check"][1:], start=1):
        _answer_check(at, i, _right_choice(item))
    assert not at.exception
    assert any("Not quite" in e.value for e in at.error)
    assert not any("lesson passed" in s.value for s in at.success)
    assert any("2 of 3 right" in m.value for m in at.markdown)
    at.switch_page("views/lessons.py")
    at.query_params.clear()
    at.run()
    assert "Passed ✓" not in [c.value for c in at.caption]
    # Back at the lesson, the answers given are still picked, locked, beside their feedback.
    at.switch_page("views/lessons.py")
    at.query_params["technique"] = "curiosity-gap"
    at.run()
    assert _check_radios(at)[0].value == wrong and _check_radios(at)[0].disabled
    assert any("Not quite" in e.value for e in at.error)
    # A fresh try asks all three again; three right first answers pass.
    at.button(key="check-curiosity-gap-again").click().run()
    assert not any(r.disabled for r in _check_radios(at))
    for i, item in enumerate(lesson["check"]):
        _answer_check(at, i, _right_choice(item))
    # Said as it happened: a second try, not "the first answer counts" (a teacher's review).
    assert any("All three right on try 2: lesson passed" in s.value for s in at.success)
    assert not any("is the one that counts" in c.value for c in at.caption)


def test_worked_example_link_opens_the_reader_at_that_passage(founding):
    at = _app("views/read.py", sample="camera-rolling-officer", span="3")
    assert not at.exception
    assert "You came here for this passage" in at.info[0].value
    page = _html(at)
    checked = [m.start() for m in re.finditer(r'<input [^>]*id="bl-hl-\d+" checked', page)]
    assert len(checked) == 1
    opened = checked[0]
    assert page.index(founding.spans[3].quote[:20].replace("'", "&#39;"), opened) > opened


def test_library_filters_by_genre_difficulty_and_technique(library):
    at = _app()
    at.multiselect(key="library-genre").set_value(["scam-payment", "fake-official-notice"]).run()
    at.multiselect(key="library-technique").set_value(["impersonation"]).run()
    cards = set(re.findall(r'data-sample="([a-z0-9-]+)"', _html(at)))
    expected = {
        s.id
        for s in library.samples
        if s.meta.genre in ("scam-payment", "fake-official-notice")
        and "impersonation" in s.technique_counts()
    }
    assert cards == expected and cards
    assert f"{len(expected)} of {len(library.samples)} articles" in at.caption[0].value
    at.multiselect(key="library-difficulty").set_value(["hard"]).run()
    at.multiselect(key="library-length").set_value(["long"]).run()
    if not re.findall(r'data-sample="', _html(at)):
        assert "No article matches" in at.info[0].value


def test_a_reload_keeps_a_lessons_first_check_answer_and_never_takes_it_back():
    # A reviewer answered a check question wrongly, reloaded the page, answered all three
    # rightly and got "lesson passed": the first answer was lost with the page.
    from baitlab.store import new_learner

    me = new_learner()
    lesson = yaml.safe_load((ROOT / "lessons" / "curiosity-gap.yaml").read_text(encoding="utf-8"))
    first = lesson["check"][0]
    wrong = (_right_choice(first) + 1) % len(first["choices"])

    def page() -> AppTest:
        at = AppTest.from_file(APP, default_timeout=30)
        at.session_state["learner"] = me  # a reload: a new session, the same learner
        at.query_params["technique"] = "curiosity-gap"
        at.switch_page("views/lessons.py")
        return at.run()

    at = page()
    _answer_check(at, 0, wrong)
    again = page()
    assert _check_radios(again)[0].value == wrong and _check_radios(again)[0].disabled
    assert any("Not quite" in e.value for e in again.error)
    for i, item in enumerate(lesson["check"][1:], start=1):
        _answer_check(again, i, _right_choice(item))
    assert not any("lesson passed" in s.value for s in again.success)
    # Taking the check again starts afresh, after a reload too.
    again.button(key="check-curiosity-gap-again").click().run()
    fresh = page()
    assert not any(r.disabled for r in _check_radios(fresh))


def test_quiz_picks_up_where_the_learner_left_off(founding):
    from baitlab.store import new_learner

    me = new_learner()
    first = AppTest.from_file(APP, default_timeout=30)
    first.session_state["learner"] = me
    first.query_params["sample"] = "camera-rolling-officer"
    first.switch_page("views/quiz.py").run()
    question = questions_for(founding)[0]
    first.radio[0].set_value(question.item.answer_index).run()
    first.button(key=f"{question.key}-0-check").click().run()
    # A reload is a new session for the same learner: the answered question is not asked again.
    again = AppTest.from_file(APP, default_timeout=30)
    again.session_state["learner"] = me
    again.query_params["sample"] = "camera-rolling-officer"
    again.switch_page("views/quiz.py").run()
    total = len(questions_for(founding))
    assert f"Question 2 of {total}" in again.caption[1].value


def test_honest_report_shows_why_its_bait_like_passages_are_fair(library):
    honest = next(s for s in library.samples if s.meta.kind == "honest")
    at = _app("views/read.py", sample=honest.id)
    assert not at.exception
    page = _html(at)
    assert "<mark" not in page
    assert page.count(">FAIR<") == len(honest.meta.fair_passages) > 0
    assert "Fair reporting, though it may look like" in page
    assert any("Honest report: the editors found no bait" in c.value for c in at.caption)


def test_the_reader_names_a_genre_in_words_not_as_an_id():
    # A teacher's class read "Bait · fake-official-notice" and "Genuine message ·
    # genuine-message" beside the article.
    captions = [c.value for c in _app("views/read.py", sample="parcel-fee-text").caption]
    assert any(c.startswith("Bait · fake official notice · ") for c in captions), captions
    captions = [c.value for c in _app("views/read.py", sample="genuine-delivery-text").caption]
    assert not any("genuine-message" in c or "· genuine message" in c for c in captions)


def test_a_genuine_message_is_not_called_a_report():
    # A teacher read "Fair reporting" and "An honest report" on a real courier's text.
    at = _app("views/read.py", sample="genuine-delivery-text")
    assert not at.exception
    page = _html(at)
    assert "Fair here, though it may look like" in page and "Fair reporting" not in page
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Genuine message: the editors found no bait") for c in captions)
    about_it = [c for c in captions if "editors" in c or "FAIR" in c]
    assert about_it and not any("report" in c.lower() for c in about_it), about_it


def _check(at: AppTest, text: str) -> AppTest:
    at.text_area(key="check-paste").input(text)
    return at.button[0].click().run()


def test_check_page_highlights_pasted_bait_and_a_bad_paste_loses_nothing():
    at = _app("views/check.py")
    assert not at.exception
    assert not _html(at)  # nothing checked yet, nothing shown
    bait = (
        "The $2,000 payment is out! Check the list before it's too late. "
        "Share this with everyone you know!"
    )
    at = _check(at, bait)
    assert not at.exception
    marks = set(re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", _html(at)))
    assert {"urgency", "engagement-bait"} <= marks
    assert "Why this works on you:" in _html(at)
    assert "help you look, not to decide for you" in " ".join(c.value for c in at.caption)
    # An empty paste says what to do, and the text checked before stays on the page.
    at = _check(at, "   ")
    assert "nothing to check" in at.error[0].value
    assert set(re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", _html(at))) == marks


def test_check_page_puts_what_to_do_above_a_scams_highlights():
    # A teacher: someone alone with "your refund will be cancelled" needs the safe steps first.
    scam = (
        "HMRC: You are due a tax refund of £412.80. To claim, verify your details within 24 "
        "hours at hmrc-refunds-gov.uk or your refund will be cancelled."
    )
    at = _check(_app("views/check.py"), scam)
    assert not at.exception
    (steps,) = [w.value for w in at.warning if "If this came to you" in w.value]
    assert "never one in the message" in steps and "Call your bank" in steps
    order = [e.value for e in at.main if e.type in ("warning", "caption")]
    assert order.index(steps) < next(i for i, v in enumerate(order) if "help you look" in v)
    threat = "If you don't pay I will send your pics to your whole school. Don't tell anyone."
    (steps,) = [w.value for w in _check(_app("views/check.py"), threat).warning]
    assert "Tell someone you trust today (a young person: a parent" in steps
    assert "bank" not in steps and "don't save or send on any pictures" in steps


def test_check_page_empties_the_link_box_after_a_check(site, local_links):
    at = _app("views/check.py")
    at.text_input(key="check-link").input(f"{site}/article.html")
    at = at.button[0].click().run()
    assert any("the page at http" in c.value for c in at.caption)
    assert at.text_input(key="check-link").value == ""
    at = _check(at, "Share this before it gets deleted!!")
    assert any("the text you pasted" in c.value for c in at.caption)


def test_check_page_judges_a_look_alike_link_without_opening_it():
    at = _app("views/check.py")
    at.text_input(key="check-link").input("https://instagram-appeal-centre.net/verify")
    at = at.button[0].click().run()
    assert not at.exception and not at.error and "bl-article" not in _html(at)
    assert 'data-testid="bl-check-notice"' in _html(at)  # brought into view on a phone
    (warning,) = [w.value for w in at.warning]
    assert "Bait Lab has not opened it" in warning and "paste the message instead" in warning
    assert at.text_input(key="check-link").value == ""  # judged, and gone from the box


def test_check_page_labels_the_last_result_as_the_last_one_under_a_link_warning():
    # A careers adviser: the old result under a look-alike link's warning read as the link's.
    at = _check(_app("views/check.py"), "Share this before it gets deleted!!")
    assert any(c.value.startswith("Checked: the text you pasted") for c in at.caption)
    at.text_area(key="check-paste").input("")
    at.text_input(key="check-link").input("https://instagram-appeal-centre.net/verify")
    at = at.button[0].click().run()
    assert any("has not opened it" in w.value for w in at.warning)
    assert any(
        c.value.startswith("Your previous check, still shown below: the text you pasted")
        for c in at.caption
    )
    assert not any(c.value.startswith("Checked:") for c in at.caption)


def test_check_page_says_when_a_text_carries_a_label_marking_an_advert():
    advert = (
        "RURAL · Partner content\n\nA growing number of landholders are discovering a new "
        "income.\n\nThis article was produced in partnership with Landwell Partners."
    )
    at = _check(_app("views/check.py"), advert)
    assert not at.exception
    (warning,) = [w.value for w in at.warning if "Paid for" in w.value]
    assert "Partner content" in warning and "Landwell Partners" in warning
    plain = _check(_app("views/check.py"), "The bus leaves at nine from the square.")
    assert not [w for w in plain.warning if "Paid for" in w.value]


def test_check_page_keeps_hostile_text_literal_and_says_when_it_finds_nothing():
    hostile = "<script>alert(1)</script> **bold** costs $5 and $6 :red[red] <b>x</b>"
    at = _check(_app("views/check.py"), hostile)
    assert not at.exception
    page = _html(at)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "**bold** costs $5 and $6 :red[red] &lt;b&gt;x&lt;/b&gt;" in page
    assert "No familiar bait found" in at.info[0].value
    captions = " ".join(c.value for c in at.caption)
    # Nothing found is said once (a teacher read it twice), with no map of nothing.
    assert "Nothing in this text is highlighted" not in captions
    assert not [h for h in at.subheader if h.value == "Bait map"]
    assert "Click any highlight" not in captions  # there are none to click
    assert not [w for w in at.warning if "If this came to you" in w.value]


def test_check_page_says_where_the_bait_sits_in_plain_words():
    text = "The bus leaves at nine.\n\nYou won't believe this. Share it before it gets deleted!!"
    at = _check(_app("views/check.py"), text)
    captions = " ".join(c.value for c in at.caption)
    assert re.search(r"paragraph 2 has all \d+ highlighted passages \(a passage with two", captions)
    # The example is a paragraph this text has: "¶3" under two paragraphs pointed at nothing.
    assert "¶2 marks paragraph 2" in captions and "¶3" not in captions
    # A one-paragraph text message: no "¶3" to point at, no chart of one bar.
    message = "Your refund is waiting. Claim it now before it gets deleted!!"
    at = _check(_app("views/check.py"), message)
    captions = " ".join(c.value for c in at.caption)
    assert "Click any highlight" in captions and "¶" not in captions, captions
    assert not [h for h in at.subheader if h.value == "Bait map"]  # one bar answers no "where"
    tied = f"{text}\n\n{text}"
    captions = " ".join(c.value for c in _check(_app("views/check.py"), tied).caption)
    assert "¶3 marks paragraph 3" in captions
    tie = re.search(
        r"paragraphs 2 and 4 have the most, (\d+) passages each \((\d+) passages in all", captions
    )
    assert tie and int(tie[2]) == 2 * int(tie[1]), captions
    # One passage here and there is spread out, not "the most" (a teacher read "paragraphs
    # 1, 3, 4, 5, 6, 7, 8, 9 and 11 have the most highlights (1 each, of 9)").
    spread = "Share it now!\n\nThe bus leaves at nine.\n\nYou won't believe this."
    captions = " ".join(c.value for c in _check(_app("views/check.py"), spread).caption)
    assert "spread out, one passage each in paragraphs 1 and 3 (2 passages in all" in captions


def test_check_page_reads_a_link_and_says_so_when_a_link_is_dead(site, local_links):
    at = _app("views/check.py")
    at.text_input(key="check-link").input(f"{site}/article.html")
    at = at.button[0].click().run()
    assert not at.exception
    assert any("the page at http" in c.value and "article" in c.value for c in at.caption)
    marks = set(re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", _html(at)))
    assert {"urgency", "engagement-bait"} <= marks
    assert "Cookie settings" not in _html(at)
    at.text_input(key="check-link").input("http://127.0.0.1:9/gone")
    at = at.button[0].click().run()
    assert "could not open that page" in at.error[0].value
    assert set(re.findall(r"<mark [^>]*data-technique=\"([a-z-]+)\"", _html(at))) == marks


def test_check_page_refuses_a_text_too_long_to_check_with_the_limit():
    at = _check(_app("views/check.py"), "word " * 80_001)
    assert not at.exception
    assert "checks up to 400,000" in at.error[0].value
    assert "bl-article" not in _html(at) and "bl-check-notice" in _html(at)


def test_check_page_shows_a_typed_site_name_literally_in_its_message():
    at = _app("views/check.py")
    at.text_input(key="check-link").input("https://$5-*bold*.invalid/")
    at = at.button[0].click().run()
    assert not at.exception
    message = at.error[0].value
    assert "could not reach the site" in message and "not mean the site is fake" in message
    assert "*bold*" not in message.replace("\\*", "")  # every * escaped: shown, not bold


def test_check_page_says_which_wordings_it_saw_but_left_unmarked_in_an_honest_reminder():
    reminder = "Hollybank Surgery: your appointment is on 4 June at 10:20. Please come by Friday."
    at = _check(_app("views/check.py"), reminder)
    assert not at.exception
    assert "<mark" not in _html(at)
    assert "No familiar bait found" in at.info[0].value
    note = next(c.value for c in at.caption if "Seen but not marked" in c.value)
    assert "Hollybank Surgery" in note and "by Friday" in note
    # Said so it fits a report as well as a message (a teacher: "a real reminder has a
    # date" read oddly under a news story).
    assert "honest reports, notices and messages" in note and "real reminder" not in note
    # The advice on checking with the sender fits a message like this one ...
    assert "check it with the sender" in note
    # ... and not a long news report (a teacher read it under a report of a drowning).
    report = " ".join(["The county said the pool would reopen after repairs to its pumps."] * 25)
    at = _check(_app("views/check.py"), report + " The pool opens again by Friday.")
    notes = [c.value for c in at.caption if "Seen but not marked" in c.value]
    assert notes and "check it with the sender" not in notes[0], notes
    # A cue named as its own words is not said twice ("“No experience needed” (no experience
    # needed)", a reviewer on a coding club's notice).
    club = "Coding Club meets on Thursday. No experience needed: we use Scratch."
    at = _check(_app("views/check.py"), club)
    note = next(c.value for c in at.caption if "Seen but not marked" in c.value)
    note = re.sub(r"\\(.)", r"\1", note)  # as shown: markdown escapes undone
    assert "No experience needed" in note and "(no experience needed)" not in note, note
    assert "check it with the sender" not in note  # no sender named: no alarm (a teacher)


def test_reader_compare_mode_keeps_the_editors_fair_notes_beside_the_detectors_alarms():
    at = _app("views/read.py", sample="officer-dismissal-report")
    assert "FAIR" in _html(at)
    assert "No highlights to show" not in " ".join(c.value for c in at.caption)
    at.segmented_control(key="reader-mode").set_value("compare").run()
    assert not at.exception
    # The honest report's fair passages still say why they are fair, next to anything the
    # detector flagged.
    assert "Fair reporting, though it may look like" in _html(at)


@pytest.mark.parametrize("mode", ["detector", "compare"])
def test_reader_says_plainly_when_nothing_is_highlighted(mode):
    # A teacher was told to "click any highlight", beside a key of line styles, on an honest
    # report with no highlight at all.
    at = _app("views/read.py", sample="officer-dismissal-report")
    at.segmented_control(key="reader-mode").set_value(mode).run()
    assert not at.exception
    page = _html(at)
    assert "<mark" not in page
    captions = " ".join(c.value for c in at.caption)
    assert "Nothing in this text is highlighted" in captions
    assert "Click any highlight" not in captions
    assert 'class="bl-key"' not in page
    if mode == "compare":  # the editors' FAIR passages are still there to open
        assert "click one to see why they are fair" in captions
    # Hiding every technique of a bait article leaves nothing to click either.
    at = _app("views/read.py", sample="camera-rolling-officer")
    at.segmented_control(key="reader-mode").set_value(mode).run()
    assert "Click any highlight" in " ".join(c.value for c in at.caption)
    at.button_group(key=f"legend-{mode}").set_value([]).run()
    captions = " ".join(c.value for c in at.caption)
    assert "<mark" not in _html(at) and "Every technique is hidden" in captions
    assert "Click any highlight" not in captions
    assert 'class="bl-key"' not in _html(at)


def test_check_page_legend_says_how_many_of_a_count_are_guesses():
    # A teacher read "FEAR · Fear appeal (3)" as three sure findings when two were guesses.
    from baitlab import PROJECT_ROOT

    text = (PROJECT_ROOT / "evaluation/dev/dew3-sendaro-reversal-text.txt").read_text()
    at = _check(_app("views/check.py"), text)
    group = next(b for b in at.get("button_group") if b.key.startswith("legend-check"))
    labels = [o.content for o in group.proto.options]
    guessed = re.findall(r'class="bl-label"[^>]*>([A-Z]+)\?<', _html(at))
    assert guessed, "this text no longer has a guessed label to count"
    for abbr in set(guessed):
        label = next(x for x in labels if x.startswith(f"{abbr} · "))
        g = guessed.count(abbr)
        n = int(re.search(r"\((\d+)", label)[1])
        if n == g:
            assert label.endswith("(1 guess ?)" if g == 1 else f"({g} guesses ?)"), label
        else:
            of_them = "1 of them a guess" if g == 1 else f"{g} of them guesses"
            assert label.endswith(f"({n}, {of_them} ?)"), label
        assert "sure" not in label
    assert any(re.search(r"\(\d+\)$", x) for x in labels), labels  # sure ones stay plain


def test_the_readers_chosen_view_survives_a_visit_to_another_page():
    # A teacher switched the Reader to "What the detector finds", went to the quiz, and came
    # back to the editors' view.
    at = _app("views/read.py", sample="camera-rolling-officer")
    at.segmented_control(key="reader-mode").set_value("detector").run()
    at.switch_page("views/quiz.py").run()
    at.switch_page("views/read.py").run()
    assert not at.exception
    assert at.segmented_control(key="reader-mode").value == "detector"


def test_check_page_checks_the_pasted_text_when_the_link_beside_it_is_dead():
    # A library volunteer was told "paste the message here instead", did, and the dead link
    # still in its box won again: now the pasted text is checked, and she is told why.
    at = _app("views/check.py")
    at.text_input(key="check-link").input("http://127.0.0.1:9/gone")
    at = _check(at, "Share this before it gets deleted!! Act now!")
    assert not at.exception and not at.error
    (warning,) = [w.value for w in at.warning if "could not be read" in w.value]
    assert "could not be read" in warning and "checked the text you pasted instead" in warning
    assert any(
        c.value.startswith(r"Checked: the text you pasted \(the page at") for c in at.caption
    )
    assert "bl-article" in _html(at)


def test_the_reader_links_a_bait_story_and_an_honest_one_like_it():
    # A journalism lecturer: the Library's bait and honest versions of a story sat apart.
    at = _app("views/read.py", sample="school-cake-ban")
    twin = at.button(key="reader-twin")
    assert twin.label == "Honest version"
    twin.click().run()
    assert at.query_params["sample"] == "school-allergy-policy"
    assert any(c.value.startswith("Honest report: the editors found no bait") for c in at.caption)
    assert at.button(key="reader-twin").label == "Bait version"
    # The "$2,000, check the list" page leads to the report warning about such lists.
    at = _app("views/read.py", sample="payment-list-2000")
    at.button(key="reader-twin").click().run()
    assert at.query_params["sample"] == "household-payment-news"
    at = _app("views/read.py", sample="joint-pain-tea")
    assert not [b for b in at.button if b.key == "reader-twin"]


def test_check_page_folds_a_messages_reading_age_away_and_shows_an_articles():
    # At a scam clinic's big screen "Reading age 10" beside a bank text was read as a score
    # (a librarian): for a message, what to do comes first and the reading panel is folded.
    message = (
        "Hi Mum, it's me. I dropped my phone, this is my new number.\n\nCould you pay a bill "
        "for me today? Please don't call, the mic's not working properly yet."
    )
    at = _check(_app("views/check.py"), message)
    assert not at.exception
    folded = {e.label: e for e in at.expander}
    assert "How it reads" in folded and not folded["How it reads"].proto.expanded
    assert "Where the bait sits" in folded
    assert "How it reads" not in [h.value for h in at.subheader]
    article = " ".join(["The council met on Tuesday and agreed the budget for next year."] * 30)
    at = _check(_app("views/check.py"), article + " You won't believe it. Share it now!!")
    assert "How it reads" in [h.value for h in at.subheader]
    assert not [e for e in at.expander if e.label == "How it reads"]
