"""What to do about a message that may be a scam or a threat: plain steps, shown above its
highlights on the Check page.

The steps are safe whether or not the message turns out to be genuine, so they are offered
without a verdict. They are chosen by what the detector found (its named cues, never its
guesses), and only for a text the length of a message, or a longer one with a cue only ever
said to the person it is for (a transcribed voicemail): an article is read, not answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baitlab.detector import detect
from baitlab.render import MODEL_CUES

# A text this short may be a message someone got: the steps fit it (an article does not).
MESSAGE_WORDS = 250
# A longer text gets them only when a cue that is only ever said to you fired (a grandson's
# 300-word bail voicemail, a recorded call from "the energy team"): an article never says it.
LONG_MESSAGE_WORDS = 1_000

# The cues each step depends on, by the name they carry in cues/cues.yaml (a test checks
# every name here is a cue there, so a renamed cue cannot silently drop a step).
THREAT_CUES = frozenset({"a threat to shame you"})
CHAIN_CUES = frozenset({"bad luck if you break the chain"})
FRIEND_CUES = frozenset(
    {
        "a new number, a lost phone",
        "someone you know, new number",
        "a friend on a new number",
        "a reason for a voice you don't know",
        "someone who can't talk right now",
        "new bank details",
        "I reported you by mistake",
        "a grandchild in trouble",
    }
)
GIFT_CARD_CUES = frozenset({"pay me in gift cards", "a fee paid in gift cards"})
# A stranger selling (or letting) something online: there is no company to ring, so the check
# is the thing itself and how it is paid for (a librarian's Marketplace iPad at £120).
SELLER_CUES = frozenset(
    {
        "first to pay gets it",
        "a deposit to hold it",
        "a landlord you can't meet",
        "keys by post, no agent",
    }
)
# A stranger buying what you sell, who has "already paid" through a safe-sounding service and
# sends a link to "receive the funds" (a Marketplace chat): the check is your own account.
BUYER_CUES = frozenset({"paid through a safe service"})
# Someone sent to your door for cash or a card (courier fraud, the grandchild-in-trouble call).
DOORSTEP_CUES = frozenset({"a courier for your card"})
SCREEN_CUES = frozenset({"asks to see or control your screen"})
PENSION_CUES = frozenset({"your pension early"})
MULE_CUES = frozenset({"money through your account"})
ID_CUES = frozenset({"send a photo of your ID"})
GIVEAWAY_CUES = frozenset({"a share buys an entry"})
# A claim about your body: checked with a pharmacist or doctor, not on a news site.
HEALTH_CUES = frozenset(
    {
        "cure-all",
        "flushes out toxins",
        "no diet, no pills",
        "natural means safe",
        "a cure within hours",
        "a home fix instead of real help",
        "gave me my life back",
    }
)
# A seller who hides from adults or skips the age check (a vape sold to Year 10s).
UNDERAGE_CUES = frozenset({"the adults won't know", "no age limit"})
# Calls to pass a post on: with fear, anger or a side to take, it gets the steps for a post.
SHARE_CUES = frozenset({"asks you to share", "pass it on", "like, share, comment"})
STIRRED = frozenset({"emotional-language", "us-vs-them", "conspiracy"})
# Hearsay passed along and asked to spread ("my cousin's friend's mum said …, screenshot this
# before they make everyone delete it"): a rumour, about a teacher or a school day off.
RUMOUR_CUES = frozenset(
    {"hedged hearsay", "a chain of people you can't ask", "everyone already knows"}
)
SPREAD_CUES = SHARE_CUES | {"before it's scrubbed"}
# Money offered to you or asked of you, with no one impersonated: the scam steps fit too.
MONEY_CUES = frozenset(
    {
        "your money doubled",
        "release fee",
        "first to pay gets it",
        "a deposit to hold it",
        "money sent by mistake",
        "you've won",
        "chosen to receive",
        "money waiting for you",
        "approved for money",
        "a fee you will get back",
        "a fee you get back",
        "money through your account",
        "press 1 to stop it",
        "paid to like and review",
        "free, but you pay the shipping",
        "a game currency generator",
        "unlock it with an offer",
    }
)
# Free game money or a login asked for (a Robux "generator", a V-Bucks page), and a "brand
# ambassador" DM with a kit to pay for: a Year 9 teacher's review found them unanswered.
GAME_CUES = frozenset(
    {"a game currency generator", "unlock it with an offer", "asks for your game login"}
)
AMBASSADOR_CUES = frozenset({"flattery sent to everyone"})
# A share, a coin or a fund sold on riches and a clock (a journalism lecturer's investment
# pitch got "look for the same news").
INVEST_CUES = frozenset(
    {"get in early, get rich", "your money doubled", "a return every month", "a fixed, safe return"}
)
# A call from "your bank" or "Medicare": put the phone down first (an adult education
# teacher: the steps never said "hang up").
CALLER_CUES = frozenset({"a caller from your bank", "press 1 to stop it"})
# A request for your numbers that is a request for your identity.
ASKS_CODES = "asks for your PIN or code"
_ID_NUMBERS = re.compile(
    r"\b(?:social security|medicare|medicaid|national insurance|passport|driving licen[cs]e|"
    r"driver['’]?s licen[cs]e|ID number|SSN|NIN)\b",
    re.IGNORECASE,
)
# Impersonation cues about a seller hiding an advert ("#notsponsored"): no one is posing as
# someone you know or an office, so the steps for a post fit, not "ring your bank" (a
# teacher's note on a skincare caption).
AD_CUES = frozenset({"not an ad"})
# Cues only ever said to the person a message is for: a threat, a chain, a friend or family
# member in trouble, a caller or a courier, a stranger selling or buying, payment in gift
# cards, a request for your screen, your account or your ID.
SAID_TO_YOU = (
    THREAT_CUES
    | CHAIN_CUES
    | FRIEND_CUES
    | DOORSTEP_CUES
    | SCREEN_CUES
    | GIFT_CARD_CUES
    | CALLER_CUES
    | SELLER_CUES
    | BUYER_CUES
    | MULE_CUES
    | ID_CUES
)
# Techniques that, two together, make a message ask you to act before you check.
PRESSURE = frozenset({"false-promise", "urgency", "fear-appeal"})


@dataclass(frozen=True)
class Advice:
    title: str
    steps: tuple[str, ...]


THREAT = Advice(
    "If someone sent you this",
    (
        "Don't pay and don't reply. Paying almost always brings more demands, not an end.",
        "Keep the messages (take screenshots of them), but don't save or send on any "
        "pictures. Then block the sender.",
        "Tell someone you trust today (a young person: a parent, a teacher or another adult), "
        "or the police. It is not your fault, and you are not in trouble. Under 18 in the UK? "
        "Childline's Report Remove can help get pictures taken down.",
    ),
)

CHAIN = Advice(
    "If this scared you",
    (
        "Nothing will happen if you don't send it on. Chain messages are made up to spread, "
        "and so are their stories of people who ignored them.",
        "Delete it, and don't pass it on: that is how the chain ends.",
        "If it upset you, tell someone you trust.",
    ),
)

DO_NOT_ACT = "Don't click a link, reply, call a number in it or pay anything until you've checked."
NO_CODES = "Never give anyone a code, PIN or password sent to you, whoever they say they are."
CHECK_SENDER = (
    "To check, contact the company, office or person yourself, on a number or website you "
    "already have (on your card, a letter or their official app), never one in the message."
)
CHECK_FRIEND = (
    "Call the person it says it is, on the number you already have for them, or ask something "
    "only they would know."
)
DO_NOT_ACT_ON_POST = "Don't share it, reply, click a link or pay anything until you've checked."
CHECK_CLAIM = (
    "To check, look for the same news on a site you already trust (a news site, or the "
    "council's, school's or company's own site), not through a link in the post."
)
GIFT_CARDS = (
    "No real company, office or family member asks to be paid in gift cards. Already sent "
    "the codes? Contact the company that issued the cards at once: it may be able to freeze them."
)
SCREEN = (
    "Already let them onto your screen? Switch the computer or phone off, or turn off its "
    "internet, before anything else. Then call your bank from a different phone."
)
PENSION = (
    "Before you sign or move a pension, check the firm on the financial regulator's register "
    "and talk to a free, official pension guidance service (in the UK, MoneyHelper). Never "
    "check with the firm that wrote to you."
)
MULE = (
    "Never let anyone move money through your bank account, card or app, even for a cut: it "
    "is a crime called money muling, and yours is the account the police trace. Already said "
    "yes? Don't move any more money, and tell your bank and someone you trust today."
)
ID_DOCUMENTS = (
    "Never send a photo of your passport, driving licence or ID, or your National Insurance "
    "or Social Security number, to someone you have not checked. Already sent one? Tell "
    "someone you trust and report it (in the UK, to Report Fraud at reportfraud.police.uk; in "
    "the US, at IdentityTheft.gov), so accounts opened in your name can be stopped."
)
GIVEAWAY = (
    "Don't like, share or comment to enter. If a \"you've won\" message follows, it will ask "
    "for card details or a fee to send the prize: real prizes never do."
)
CHECK_HEALTH = (
    "To check a health claim, ask a pharmacist, your doctor or a school nurse, or look it up "
    "on your health service's website (in the UK, the NHS). Don't stop or change a medicine "
    "because of a post or an advert."
)
CHECK_SCHOOL = (
    "To check, look on the school's own website or app, or ask a teacher or the school office. "
    "A real closure or change is announced there, not first in a forwarded message."
)
RUMOUR = (
    "Don't forward it or screenshot it while you don't know it's true. A rumour grows with "
    "every share, and one about a real person can hurt them badly even if it turns out false."
)
TELL_SOMEONE = (
    "If it worries you, or it is about you or someone you know, tell an adult you trust: a "
    "parent, a teacher or someone at school."
)
UNDERAGE = (
    "Selling vapes, alcohol or knives to under-18s is against the law, and a seller who says "
    '"no ID needed" or "teachers can\'t tell" is not checking what is in it either. Don\'t '
    "message or buy; tell an adult you trust, and report the account on the app."
)
CHECK_INVEST = (
    "Before you invest, look the firm up yourself on the financial regulator's register (in "
    "the UK, the FCA's; in the US, FINRA BrokerCheck), and never because of an advert, a "
    "message or a countdown. No real investment can promise riches, or a fixed return with no "
    "risk."
)
HANG_UP = (
    "If they called you, hang up, however real they sound. Then call the organisation on the "
    "number on your card, bill or letter, from another phone if you can: a caller can keep "
    "the line open."
)
GAME_LOGIN = (
    "No game gives away its currency on another website: get it only in the game or its "
    "official store. Already typed your password into a site like this? Change it in the "
    "game's own app right away, turn on two-step sign-in, and tell an adult you trust."
)
AMBASSADOR = (
    "A real brand deal pays you: it never asks you to buy a kit or pay shipping first. Look up "
    "the brand's official account yourself, not the one that messaged you, and talk to a "
    "parent or an adult you trust before you reply."
)
DOORSTEP = (
    "Never hand cash, a bank card or valuables to anyone who comes to your door for them, "
    "whoever they say sent them. If someone is on the way to collect, call the police: 999 "
    "in the UK, 911 in the US."
)
CHECK_SELLER = (
    "Buying from someone you don't know: if you can, see the item (or the home) in person "
    "before you pay, and pay only through the site's own checkout or an official resale site. "
    "Never pay by bank transfer or through a link the seller sends: that money can't be got "
    "back. Far cheaper than anywhere else? It is probably not real."
)
CHECK_BUYER = (
    "Selling to someone you don't know: no selling site pays you through a link a buyer "
    "sends, and none needs your card details to pay you. Look for the money in your own bank "
    "account or the site's own app, opened yourself, and hand the item over only once it is "
    "there, or take cash in person."
)
# The steps a scam gets beside the usual ones, each for the cues that call for it, in order.
SCAM_STEPS = (
    (GIFT_CARD_CUES, GIFT_CARDS),
    (DOORSTEP_CUES, DOORSTEP),
    (SCREEN_CUES, SCREEN),
    (PENSION_CUES, PENSION),
    (MULE_CUES, MULE),
    (ID_CUES, ID_DOCUMENTS),
    (GIVEAWAY_CUES, GIVEAWAY),
    (GAME_CUES, GAME_LOGIN),
    (AMBASSADOR_CUES, AMBASSADOR),
    (INVEST_CUES, CHECK_INVEST),
)
# Last for a scam: what to do with the message once it is checked (a librarian's scam
# clinic: "so what do I do with it now?"). Action Fraud became Report Fraud on 4 December 2025.
REPORT = (
    "Then report it: forward a scam text to 7726 (free in the UK and the US), and a scam "
    "email to report@phishing.gov.uk (UK). Lost money? Report it to Report Fraud at "
    "reportfraud.police.uk (UK) or at ReportFraud.ftc.gov (US)."
)
MISSING = (
    "Real appeals for a missing person come from the police, with a case or incident number. "
    "Find the appeal on the police force's own page before you share."
)
ALREADY = (
    "Already clicked, paid or shared details? Call your bank (or the money app or transfer "
    "company you used) on the number on your card or in its official app, right away, and "
    "tell someone you trust. It can happen to anyone."
)


def advice(spans: list[dict], words: int, text: str = "") -> Advice | None:
    """Gives the steps for a message with these detected spans, or None when none fit.

    `spans` are the analysis's span dicts (technique and cue); `words`, the text's length;
    `text`, the message itself (an appeal for a missing person gets a step of its own).
    """
    named = [s for s in spans if s["cue"] not in MODEL_CUES]  # not the models' guesses
    cues = {s["cue"] for s in named}
    if words > MESSAGE_WORDS and not (words <= LONG_MESSAGE_WORDS and cues & SAID_TO_YOU):
        return None
    if cues & THREAT_CUES:
        return THREAT
    if cues & CHAIN_CUES:
        return CHAIN
    # The detector's guesses count once a named cue has found one of these techniques.
    sure = {s["technique"] for s in named}
    techniques = {s["technique"] for s in spans}
    shared = bool(cues & SHARE_CUES and techniques & (PRESSURE | STIRRED))
    rumour = bool(cues & RUMOUR_CUES and cues & SPREAD_CUES)
    if not sure & (PRESSURE | {"impersonation"}) and not (cues & MONEY_CUES or shared or rumour):
        return None
    pressure = len(techniques & PRESSURE)
    posing = {s["technique"] for s in spans if s["cue"] not in AD_CUES}
    if "impersonation" in posing or cues & MONEY_CUES:
        # Someone after money, a code or a click: the steps for a scam. An advert's promise
        # and clock get the steps for a post (a teacher: "ring your bank" under a serum ad).
        # A caller after your screen poses as a company (a bank, broadband), not a friend.
        friend = cues & FRIEND_CUES and not cues & SCREEN_CUES
        check = (
            CHECK_FRIEND
            if friend
            else CHECK_BUYER
            if cues & BUYER_CUES
            else CHECK_SELLER
            if cues & SELLER_CUES
            else CHECK_SENDER
        )
        extra = [step for fired_by, step in SCAM_STEPS if cues & fired_by]
        if ID_DOCUMENTS not in extra and any(  # "confirm your Medicare number and your SSN"
            s["cue"] == ASKS_CODES and _ID_NUMBERS.search(s.get("text", "")) for s in named
        ):
            extra.append(ID_DOCUMENTS)
        hang_up = (HANG_UP,) if cues & CALLER_CUES else ()
        return Advice(
            "If this came to you",
            (DO_NOT_ACT, *hang_up, NO_CODES, check, *extra, ALREADY, REPORT),
        )
    # A rumour at school: a day off is checked on the school's own site; one about a teacher
    # or a pupil is not checked anywhere: it is not passed on, and an adult is told.
    school = bool(_SCHOOL.search(text))
    closure = school and bool(_CLOSURE.search(text))
    if rumour and closure:
        return Advice("If this came to you", (RUMOUR, CHECK_SCHOOL))
    if rumour and school and _TITLED.search(text):
        return Advice("If this came to you", (RUMOUR, TELL_SOMEONE))
    # A post that hurries or scares you, or one that asks to be passed on while it stirs you
    # up (a missing-child hoax, an angry parents' post): check before you act or share.
    if pressure >= 2 or shared:
        check = CHECK_SCHOOL if closure else CHECK_CLAIM
        if cues & INVEST_CUES:
            check = CHECK_INVEST
        elif cues & HEALTH_CUES:
            check = CHECK_HEALTH
        elif cues & UNDERAGE_CUES:
            check = UNDERAGE
        steps = [DO_NOT_ACT_ON_POST, check]
        if cues & SHARE_CUES and _MISSING_PERSON.search(text):
            steps.append(MISSING)
        return Advice("If this came to you", tuple(steps))
    return None


_MISSING_PERSON = re.compile(
    r"\b(?:went missing|(?:she|he|they)(?:['’]s| is| are| has been| was| were| has gone)? missing|"
    r"missing (?:child|children|girl|boy|person|people|teen\w*|man|woman|daughter|son|kid|"
    r"pensioner|mum|dad)|last seen|abducted)\b",
    re.IGNORECASE,
)


# A message about a school day: checked on the school's own site or app (a Year 9 teacher:
# "school is CLOSED tomorrow" forwards).
_SCHOOL = re.compile(
    r"\b(?:school|schools|exams?|lessons|classes|year \d{1,2}|form \d{1,2}|head ?teacher|"
    r"sixth form|pupils)\b",
    re.IGNORECASE,
)

_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Sir|Dr)\.? [A-Z][a-z]+")
_CLOSURE = re.compile(
    r"\b(?:(?:closed|shut|closing) (?:tomorrow|today|on \w+day|all week)|(?:is|are|will be|be|been)"
    r" (?:closed|shut|cancel+ed|called off|postponed)|no school|snow day|day off)\b",
    re.IGNORECASE,
)


LOOK_ALIKE_CUE = "link to a look-alike site"
SHORT_LINK_CUE = "a short link that hides where it goes"


def address_warning(address: str) -> str | None:
    """Gives a warning when a web address itself looks made to resemble an organisation's
    ("instagram-appeal-centre.net") or hides where it goes ("bit.ly/3RmX"), so such a link is
    judged without being opened: opening it can tell the sender you looked."""
    aside: list = []  # a short link alone is set aside in a text, but here it is all there is
    cues = {s.cue for s in detect(address[:2_000], set_aside=aside) + aside}
    if LOOK_ALIKE_CUE in cues:
        return (
            "This address looks made to resemble a real organisation's, so Bait Lab has not "
            "opened it, and neither should you: type the organisation's real address yourself, "
            "or use its app. To check the message the link came in, paste the message instead."
        )
    if SHORT_LINK_CUE in cues:
        return (
            "This is a short link: it hides where it really goes, so Bait Lab has not opened it, "
            "and neither should you if it came in a message you weren't expecting. To check "
            "the message, paste the message instead."
        )
    return None
