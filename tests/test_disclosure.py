"""Labels that say a text was paid for, reported beside the highlights."""

from baitlab.analysis import analyze
from baitlab.disclosure import paid_labels, paid_note


def test_labels_an_advert_carries_are_found_once_each_in_order():
    # Teachers' notes on four new writers' adverts dressed as news and posts: the label was
    # the first thing to point out, and the page said nothing about it.
    advert = (
        "RURAL · Partner content\n\nThe paddock that pays\n\nBy Courier Partner Studio\n\n"
        "Landholders are earning more.\n\nThis article was produced in partnership with "
        "Landwell Partners. Partner content."
    )
    assert paid_labels(advert) == [
        "Partner content",
        "produced in partnership with Landwell Partners",
    ]
    caption = "Wren slept seven hours!! Code WREN for 25% off #gifted #willowmosspartner"
    assert paid_labels(caption) == ["#gifted", "#willowmosspartner"]
    assert paid_labels("Promoted content. The Ledger may receive a commission.") == [
        "Promoted content",
        "The Ledger may receive a commission",
    ]
    assert paid_labels("Ad · Sponsored\nDoctors stunned") == ["Ad", "Sponsored"]
    note = paid_note(paid_labels(advert))
    assert "“Partner content”" in note and "an advert" in note
    assert analyze(advert)["paid"] == paid_labels(advert)


def test_words_that_only_look_like_labels_are_not_reported():
    for text in (
        "The school ran a sponsored walk for the hospice. It raised £900.",
        "Not sponsored, I just love them #notsponsored",
        "He answered an advertisement for the job in March.",
        # a news page marks where adverts go; the report itself is not one
        "Rescuers searched all night.\n\nAdvertisement\n\nThe two men were found at dawn.",
        "The council, in partnership with the health board, opened a clinic.",
    ):
        assert paid_labels(text) == [], text
        assert paid_note([]) == ""


def test_a_partner_feature_label_is_pointed_out():
    # A teacher found a newsletter's lead story under "IN FOCUS · Partner feature" with no
    # "Paid for" note, where "Partner content" had one.
    assert paid_labels("IN FOCUS · Partner feature\n\nThe 10-second number…") == ["Partner feature"]
    assert paid_labels("Sponsored post\n\nMy morning routine") == ["Sponsored post"]
    assert paid_labels("Our partner feature on the harbour festival ran last week.") == []


def test_an_affiliate_note_and_an_imprint_with_initials_are_pointed_out_whole():
    # Teachers saw "Promoted by R" (cut at the initial of "R. Ambler") and no note at all for
    # "The Pocket Ledger may earn a commission when you sign up …".
    assert paid_labels("Promoted by R. Ambler on behalf of Jenny Whitlock.") == [
        "Promoted by R. Ambler"
    ]
    assert paid_labels("The Pocket Ledger may earn a commission when you sign up.") == [
        "The Pocket Ledger may earn a commission"
    ]
    assert paid_labels("We may earn a commission if you buy through our links.")
    # News about commissions is no label: "Sellers earn a commission on each sale."
    assert paid_labels("Sellers earn a commission on each sale, the report said.") == []
    assert "a seller or a campaign" in paid_note(["Promoted by R. Ambler"])


def test_an_adverts_own_footer_and_a_partnership_heading_are_labels_but_news_of_one_is_not():
    # A reviewer pasted an advertorial whose only label was its footer, and two other common
    # wordings; the page said nothing about any of them.
    footer = "Order today.\n\n*This is a paid advertisement for FlexiCure Gold. Results may vary."
    assert paid_labels(footer) == ["This is a paid advertisement for FlexiCure Gold"]
    assert paid_labels("In partnership with FlexiCure Ltd\n\nJoint pain?") == [
        "In partnership with FlexiCure Ltd"
    ]
    assert paid_labels("Sponsored content from FlexiCure") == ["Sponsored content from FlexiCure"]
    assert paid_labels("The council, in partnership with the NHS, opened a clinic.") == []
    assert paid_labels("The trip was paid for by the council, its report says.") == []
