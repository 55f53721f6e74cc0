"""The steps shown above a message that may be a scam or a threat (Check a text)."""

from baitlab import PROJECT_ROOT
from baitlab.analysis import analyze
from baitlab.content import load_library
from baitlab.detector import load_cues
from baitlab.safety import (
    AD_CUES,
    AMBASSADOR,
    AMBASSADOR_CUES,
    BUYER_CUES,
    CALLER_CUES,
    CHAIN,
    CHAIN_CUES,
    CHECK_BUYER,
    CHECK_CLAIM,
    CHECK_FRIEND,
    CHECK_HEALTH,
    CHECK_INVEST,
    CHECK_SCHOOL,
    CHECK_SELLER,
    CHECK_SENDER,
    DOORSTEP,
    DOORSTEP_CUES,
    FRIEND_CUES,
    GAME_CUES,
    GAME_LOGIN,
    GIFT_CARD_CUES,
    GIFT_CARDS,
    GIVEAWAY,
    GIVEAWAY_CUES,
    HANG_UP,
    HEALTH_CUES,
    ID_CUES,
    ID_DOCUMENTS,
    INVEST_CUES,
    MESSAGE_WORDS,
    MISSING,
    MONEY_CUES,
    MULE,
    MULE_CUES,
    NO_CODES,
    PENSION,
    PENSION_CUES,
    REPORT,
    RUMOUR,
    RUMOUR_CUES,
    SCREEN,
    SCREEN_CUES,
    SELLER_CUES,
    SHARE_CUES,
    TELL_SOMEONE,
    THREAT,
    THREAT_CUES,
    UNDERAGE,
    UNDERAGE_CUES,
    address_warning,
    advice,
)
from baitlab.techniques import load_catalogue


def _steps(text: str) -> tuple[str, ...]:
    found = analyze(text)
    given = advice(found["spans"], found["readability"]["words"], text)
    return given.steps if given else ()


def test_a_scam_text_gets_steps_that_never_send_you_to_its_own_number():
    # A teacher: a learner alone with "your refund will be cancelled" needed to be told what to
    # do first, above the highlights.
    steps = _steps(
        "HMRC: You are due a tax refund of £412.80. To claim, verify your details within 24 "
        "hours at hmrc-refunds-gov.uk or your refund will be cancelled."
    )
    assert NO_CODES in steps and CHECK_SENDER in steps and CHECK_FRIEND not in steps
    assert "never one in the message" in CHECK_SENDER
    assert steps[-2].startswith("Already clicked, paid or shared details?")


def test_a_stranger_on_a_new_number_gets_ring_the_old_number_and_gift_cards_are_named():
    steps = _steps(
        "Hi Mum, it's me. I've dropped my phone in the bath so this is my new number. Could you "
        "send £340 to the details below? Please don't ring, I can't talk right now."
    )
    assert CHECK_FRIEND in steps and CHECK_SENDER not in steps
    cards = _steps(
        "Hi Grandad, it's Mia. Can you buy me two £100 Apple gift cards and send me photos of "
        "the back with the codes? I'll explain later, please don't tell Mum."
    )
    assert GIFT_CARDS in cards and CHECK_FRIEND in cards
    # A boss's or a relative's favour, worded so you cannot ring to check (a teacher's text).
    boss = _steps(
        "Can you pay the invoice for me? I'll reimburse you later today, I'm stuck in a meeting. "
        "Need it done in 10 minutes, urgent."
    )
    assert CHECK_FRIEND in boss and CHECK_SENDER not in boss


def test_a_threat_gets_dont_pay_keep_the_messages_and_tell_someone():
    found = analyze(
        "If you don't pay I will send your pics to your whole school. Don't tell anyone. "
        "Time is running out."
    )
    given = advice(found["spans"], found["readability"]["words"])
    assert given == THREAT
    assert any("not your fault" in step for step in given.steps)
    assert not any("ring your bank" in step.lower() for step in given.steps)


def test_a_chain_message_that_threatens_gets_nothing_will_happen_and_tell_an_adult():
    # A pastoral lead: a frightened 11-year-old needs to hear that nothing will happen.
    found = analyze(
        "Hi, my name is Lily. I was 13 when I died. If you don't send this to 10 people in the "
        "next 10 minutes I will be standing next to your bed tonight. A girl in Year 9 ignored "
        "this and she broke her arm the next day."
    )
    assert advice(found["spans"], found["readability"]["words"]) == CHAIN
    assert CHAIN.steps[0].startswith("Nothing will happen")


def test_a_post_that_hurries_and_scares_gets_check_before_sharing_not_bank_advice():
    steps = _steps(
        "URGENT: the council will remove every garden waste bin on Friday. Residents who have "
        "not re-registered will be fined £80. Act now before the deadline!"
    )
    assert steps and CHECK_CLAIM in steps and NO_CODES not in steps


def test_honest_messages_and_articles_get_no_steps():
    assert _steps("Hi Sam, football is moved to Thursday. Same time, 4pm. Coach Dee") == ()
    catalogue = load_catalogue()
    for sample in load_library(catalogue, PROJECT_ROOT / "samples").samples:
        found = analyze(sample.text)
        given = advice(found["spans"], found["readability"]["words"])
        if sample.meta.kind == "honest":
            assert given is None, sample.meta.id  # a genuine bank email, a courier's text
        if found["readability"]["words"] > MESSAGE_WORDS:
            assert given is None, sample.meta.id  # an article is read, not answered
    scams = ["parcel-fee-text", "tax-refund-text"]
    library = load_library(catalogue, PROJECT_ROOT / "samples")
    for name in scams:
        found = analyze(library.get(name).text)
        assert CHECK_SENDER in advice(found["spans"], found["readability"]["words"]).steps


def test_a_caller_asking_for_your_screen_gets_switch_it_off_as_a_step():
    # An older learner who has already installed the app needs to know to cut the stranger off.
    steps = _steps(
        "Hello, this is Ben from the broadband technical team. Your router has been hacked. To "
        "fix it I need you to download AnyDesk and read me the 9-digit number on your screen."
    )
    assert SCREEN in steps and CHECK_SENDER in steps
    assert steps.index(SCREEN) < len(steps) - 1  # before "Already clicked, paid ...?"
    assert SCREEN not in _steps(
        "HMRC: You are due a tax refund of £412.80. To claim, verify your details within 24 "
        "hours at hmrc-refunds-gov.uk or your refund will be cancelled."
    )


def test_every_cue_a_step_depends_on_is_a_cue_in_the_cue_file():
    names = {item.cue.cue for item in load_cues()}
    assert (
        names
        >= THREAT_CUES
        | CHAIN_CUES
        | FRIEND_CUES
        | GIFT_CARD_CUES
        | SCREEN_CUES
        | PENSION_CUES
        | MONEY_CUES
        | MULE_CUES
        | ID_CUES
        | GIVEAWAY_CUES
        | HEALTH_CUES
        | SHARE_CUES
        | UNDERAGE_CUES
        | AD_CUES
        | GAME_CUES
        | AMBASSADOR_CUES
        | RUMOUR_CUES
        | CALLER_CUES
        | INVEST_CUES
        | DOORSTEP_CUES
        | SELLER_CUES
        | BUYER_CUES
    )


def test_a_look_alike_address_is_judged_without_being_opened():
    assert "has not opened it" in address_warning("https://tiktok-video-view.com/watch?v=88213")
    assert address_warning("robux-rewards-claim.com")
    # A library volunteer's links: a renewal look-alike and a short link had gone to be opened.
    assert "has not opened it" in address_warning("tvlicensing-renew-uk.com")
    assert "short link" in address_warning("https://bit.ly/3RmXq9Z")
    assert address_warning("https://www.bbc.co.uk/news/articles/c0k3x9") is None
    assert address_warning("https://news.example/story") is None


def test_a_money_ask_gets_the_scam_steps_and_an_advert_the_steps_for_a_post():
    # A pastoral lead: a crypto DM and a ticket resale got no steps, while a serum advert got
    # "ring your bank" (the wrong way round).
    crypto = _steps(
        "hey bro I make £800 a week from my phone with a crypto bot. send me £50 to start and "
        "I'll double it in 48 hours guaranteed."
    )
    assert NO_CODES in crypto and crypto[-2].startswith("Already clicked, paid")
    tickets = _steps(
        "2 tickets for Saturday, £60 each. Loads of people have messaged so first "
        "to pay gets them. Bank transfer only."
    )
    assert CHECK_SELLER in tickets  # a stranger selling: no company to ring
    serum = _steps(
        "this serum CHANGED MY LIFE, my acne was gone in 3 days. 50,000 people have already "
        "switched. it's selling out everywhere so grab yours before it's gone, link in bio!!"
    )
    assert serum and CHECK_CLAIM in serum and not any("bank" in step for step in serum)


def test_a_threat_typed_as_a_teenager_types_and_a_bank_details_request_get_their_steps():
    # A teacher's review: "if you dont send £200 … i will send them to everyone" was called
    # "a good sign", and a fake job asking for an account number and sort code got no steps.
    threat = _steps(
        "i have the pics you sent me. if you dont send £200 in bitcoin by tonight i will send "
        "them to everyone on your followers list and your school. you have 6 hours"
    )
    assert threat == THREAT.steps
    job = _steps(
        "£350 a day, just 1-2 hours on your phone, no experience needed. To get you set up on "
        "payroll I just need your full name, bank account number and sort code."
    )
    assert NO_CODES in job and CHECK_SENDER in job
    cards = _steps("Can you buy me two £100 Apple gift cards and send me photos of the codes?")
    assert any("issued the cards" in step for step in cards)


def test_a_fake_landlords_new_account_gets_ring_them_and_a_money_app_is_named():
    # A tutor's learners lost money through mobile-money apps, not only banks.
    steps = _steps(
        "Hi Ana, it's Mark your landlord. My bank has changed, so please pay the rent to my new "
        "account. I'm abroad at the moment so can't take calls, WhatsApp only."
    )
    assert CHECK_FRIEND in steps and "money app" in steps[-2]
    assert "already have" in CHECK_FRIEND and "already have" in CHECK_SENDER


def test_an_advert_that_hides_it_is_one_gets_no_ring_your_bank():
    # A teacher: a skincare caption's "#notsponsored" brought "Ring your bank … Never give
    # anyone a code" above a post that asks for neither.
    steps = _steps(
        "my skin has never looked this good. dermatologists are obsessed with it and it's "
        "selling out everywhere rn. only 200 left at the discount price so grab yours before "
        "it's gone, link in bio!! #skincare #notsponsored"
    )
    assert NO_CODES not in steps and not any("Call your bank" in step for step in steps)


def test_a_pension_scam_letter_gets_steps_that_send_you_to_independent_guidance():
    # An older learner's pension letter had been called "a good sign" (a library volunteer).
    steps = _steps(
        "As discussed, our free pension review has identified that your current provider may be "
        "underperforming. Many of our clients have been able to unlock a significant part of "
        "their pension early and move it into our guaranteed investment opportunity, which "
        "pays 8% a year with no risk to your capital. This is a limited opportunity and places "
        "are filling fast. Please do not discuss this with your current provider."
    )
    assert PENSION in steps and "Never check with the firm that wrote to you" in PENSION


def test_a_money_mule_advert_gets_the_mule_step_and_a_discord_report_scam_ring_your_friend():
    # A PSHE teacher: both had been "No familiar bait found".
    steps = _steps(
        "Need quick cash?? I need ppl with a bank account to help move money for my business. "
        "You keep £300 every time, DM me"
    )
    assert MULE in steps and "money muling" in MULE and NO_CODES in steps
    steps = _steps(
        "hey sorry i accidentally reported your account on discord for spam. it's gonna get "
        "banned. you need to message the discord staff member who handles it, tell him i sent you"
    )
    assert CHECK_FRIEND in steps and NO_CODES in steps and MULE not in steps


def test_a_press_1_call_about_a_purchase_you_did_not_make_gets_the_scam_steps():
    steps = _steps(
        "A purchase of an iPhone 16 for £899 has been made on your account. If you did not make "
        "this purchase, press 1 to speak to an advisor."
    )
    assert CHECK_SENDER in steps and steps[-2].startswith("Already clicked, paid")


def test_a_shared_hoax_and_an_angry_post_get_check_before_you_share():
    # A parent governor: the posts parents most often pass on had no steps at all.
    hoax = _steps(
        "PLEASE SHARE!!! This little girl went missing from outside Tesco an hour ago. Her mum "
        "is absolutely beside herself. Police are doing NOTHING. Please don't scroll past."
    )
    assert hoax[0].startswith("Don't share it") and MISSING in hoax
    angry = _steps(
        "I am FUMING. They don't care about our kids. Share this so every parent in town knows!"
    )
    assert angry and angry[0].startswith("Don't share it") and MISSING not in angry
    # A genuine police appeal and a charity post asking for shares get none.
    assert not _steps(
        "Police are appealing for help to find missing 15-year-old Jayden Clarke. Anyone who has "
        "seen him is asked to call 101, quoting incident number 26000145678. Please share."
    )


def test_a_health_post_is_checked_with_a_pharmacist_and_a_giveaway_and_an_id_ask_get_their_step():
    health = _steps(
        "This tea flushes out toxins naturally, no diet, no gym! Doctors don't want you to know. "
        "Only until midnight tonight!! Link in bio"
    )
    assert CHECK_HEALTH in health and CHECK_CLAIM not in health
    giveaway = _steps(
        "To celebrate 50K followers we are giving away a holiday! 1. Like this post 2. Share it "
        "3. Comment DONE. Every share gets you an extra entry."
    )
    assert GIVEAWAY in giveaway
    job = _steps(
        "You have been shortlisted. To confirm your interview slot please reply with a clear "
        "photo of your passport and your National Insurance number by 6pm today."
    )
    assert ID_DOCUMENTS in job and CHECK_SENDER in job


def test_a_vape_sold_to_teenagers_gets_tell_an_adult_not_look_for_the_news():
    # A school nurse: "look for the same news on a site you already trust" under a vape promo.
    steps = _steps(
        "Meet CLOUDZ, the energy vape every year 10 is talking about. Teachers can't even smell "
        "it. Only 200 packs left at this price, DM us on Snap, no ID needed. Don't miss out!"
    )
    assert UNDERAGE in steps and CHECK_CLAIM not in steps


def test_the_steps_use_plain_words_a_us_learner_knows_too():
    # An adult education teacher with US learners: "Ring" three times, "straight away", "your
    # GP", "the NHS website", and an ID step with only "National Insurance" and Action Fraud.
    from baitlab import safety

    every = [v for k, v in vars(safety).items() if k.isupper() and isinstance(v, str)]
    assert not [step for step in every if "Ring " in step or "ring " in step]
    assert not [step for step in every if "straight away" in step]
    assert "Social Security" in safety.ID_DOCUMENTS and "IdentityTheft.gov" in safety.ID_DOCUMENTS
    assert "your doctor" in safety.CHECK_HEALTH and "your GP" not in safety.CHECK_HEALTH


def test_what_a_year_9_class_gets_sent_gets_steps_that_fit_it():
    # A Year 9 teacher's review: a fake "brand ambassador" DM and a Robux generator were "a
    # good sign", a school-closure forward and a rumour about a teacher had no steps at all.
    ambassador = _steps(
        "Hey babe!! your pics are 10/10 😍 We LOVE your feed and think you'd be PERFECT as a "
        "brand ambassador for Lumi Lashes ✨ We're only choosing 10 girls this month! To secure "
        "your spot just order your starter kit at 50% off (you only pay shipping). DM us back "
        "within 24hrs to accept 💌"
    )
    assert AMBASSADOR in ambassador and "pays you" in AMBASSADOR
    robux = _steps(
        "FREE ROBUX GENERATOR 2026 ✅ NO HUMAN VERIFICATION ✅ Get 10,000 Robux instantly! Just "
        "enter your Roblox username and complete one quick offer. Works 100%!!"
    )
    assert GAME_LOGIN in robux and AMBASSADOR not in robux
    closed = _steps(
        "FORWARDED MANY TIMES: school is CLOSED tomorrow bc the boilers broke, it was on the "
        "council website but they took it down. Mr Hughes told someone's mum. Send this to "
        "everyone in your year so nobody turns up!! 🙏🙏"
    )
    assert closed[0] == RUMOUR and CHECK_SCHOOL in closed and CHECK_CLAIM not in closed
    rumour = _steps(
        "apparently Mr Davies got SUSPENDED for something he did on the Year 10 trip?? nobody's "
        "allowed to say what but everyone in year 11 knows. my cousin's friend's mum works in "
        "the office and said it's really bad. screenshot this before they make everyone delete it"
    )
    assert rumour == (RUMOUR, TELL_SOMEONE)
    assert "screenshot" in RUMOUR and "adult you trust" in TELL_SOMEONE
    # A school's own closure notice asks nothing to be passed on: no steps.
    assert not _steps(
        "Ashgrove Academy will be closed tomorrow, Tuesday, because the heating has failed. "
        "Updates are on the school website and the Ashgrove app by 7am."
    )


def test_a_caller_after_your_medicare_and_social_security_numbers_is_told_to_hang_up():
    # An adult education teacher: the steps under a Medicare call never said "hang up", and
    # a Social Security number asked for got no step about ID numbers.
    steps = _steps(
        "Caller: Good morning, I'm calling from Medicare. Your old card will stop working at the "
        "end of the month. I just need to confirm your Medicare number and your Social Security "
        "number so we can mail the new card today. There is a small $25 processing fee."
    )
    assert steps.index(HANG_UP) == 1 and ID_DOCUMENTS in steps
    assert "hang up" in HANG_UP
    # A text asking for a code is not a call: no "hang up", and no ID step for a PIN.
    text = _steps(
        "Your account is locked. Reply with your PIN and the one-time code we sent within 1 hour "
        "or it will be closed. Visit secure-bank-verify.com now."
    )
    assert text and HANG_UP not in text and ID_DOCUMENTS not in text


def test_an_investment_pitch_is_checked_on_the_regulators_register_not_in_the_news():
    # A journalism lecturer: a share pitch with a countdown got "look for the same news".
    steps = _steps(
        "This tiny company is set to explode and early investors could make a fortune. The "
        "window is closing fast. Click here to get our FREE report before the price goes "
        "through the roof."
    )
    assert CHECK_INVEST in steps and CHECK_CLAIM not in steps
    assert "regulator's register" in CHECK_INVEST


def test_a_librarians_scam_clinic_genuine_messages_stay_clean_and_scams_end_on_report_it():
    # A real bank's fraud text: its own "we'll never ask … to move money to a safe account"
    # was shown as the scam, and "Lloyds" as FAKE (a librarian's scam clinic).
    bank = (
        "Lloyds: We've blocked a payment of £349.99 to CURRYS ONLINE from your debit card "
        "ending 4412 because it looked unusual. If you didn't make it, don't reply to this "
        "text. Please call us on the number on the back of your card. We'll never ask for your "
        "PIN, passcode or to move money to a safe account."
    )
    assert analyze(bank)["spans"] == [] and _steps(bank) == ()
    # A real council tax reminder, addressed by name: its reference, "our records show" and
    # "please pay the amount now" are what real bills say, and Council Tax Support is real.
    bill = (
        "Council Tax reminder notice\nAccount reference: 60012345\nDear Mrs Patel,\nOur "
        "records show that your Council Tax instalment of £142.00 due on 1 November 2026 has "
        "not been received. Please pay the amount now, or contact us if you have already "
        "paid.\nIf you are having difficulty paying, please contact us as soon as possible - "
        "you may be entitled to Council Tax Support.\nRevenues Service, Northfield District "
        "Council"
    )
    assert analyze(bill)["spans"] == [] and _steps(bill) == ()
    # The grandchild-in-trouble call: ring them yourself, gift cards, no cash at the door.
    call = _steps(
        "Grandma? It's me... your favourite grandson. I'm in big trouble. I need $4,500 for "
        "bail. Please don't tell Mom and Dad. My lawyer, Mr. Davis, is going to call you. He "
        "says the fastest way is gift cards or cash in an envelope - someone can come and pick "
        "it up from your house. You have to do it today."
    )
    assert CHECK_FRIEND in call and GIFT_CARDS in call and DOORSTEP in call
    assert call[-1] == REPORT and "7726" in REPORT and "Action Fraud" not in REPORT
    assert "Action Fraud" not in ID_DOCUMENTS
    # A toll text's look-alike address with a real ending inside it is judged, never opened.
    assert address_warning("https://ezpass-ny.com-tollsvc.top/pay")
    assert address_warning("ezpass-ny-tolls.com")
    assert address_warning("https://www.gov.uk/check-state-pension") is None


def test_a_too_good_marketplace_deal_gets_steps_for_a_stranger_selling_not_ring_the_company():
    steps = _steps(
        'Brand new Apple iPad Pro 13" still sealed - only £120!! Moving abroad next week so '
        "need it gone FAST. Lots of people messaging so first to pay gets it. Bank transfer to "
        'hold it, or I can send you a link to pay through "Facebook Checkout".'
    )
    assert CHECK_SELLER in steps and CHECK_SENDER not in steps
    assert "bank transfer" in CHECK_SELLER and "in person" in CHECK_SELLER
    # A mobility scooter "like new" at $450, held by a deposit: a stranger selling too.
    scooter = _steps(
        "Mobility scooter, like new, only $450!! I've had SO many messages already so it will "
        "go fast. First come first served!! To hold it I just need a $150 deposit by bank "
        "transfer today."
    )
    assert CHECK_SELLER in scooter and CHECK_SENDER not in scooter


def test_a_buyer_who_has_already_paid_through_a_link_gets_steps_for_selling_to_a_stranger():
    # A Marketplace chat: the buyer "has paid" and sends a link to "receive the funds".
    steps = _steps(
        "[14:03] Jay: Great I'll take it at the full price, no need to haggle\n"
        "[14:05] Jay: I've already paid through Marketplace Secure Delivery. Just open this link "
        "and enter your card details to receive the funds: "
        "swapyard-securedelivery.example/receive/88213\n"
        "[14:11] Jay: Please do it in the next hour or the booking is cancelled"
    )
    assert CHECK_BUYER in steps
    assert CHECK_SENDER not in steps and CHECK_SELLER not in steps
    assert "your own bank account" in CHECK_BUYER and "cash in person" in CHECK_BUYER


def test_a_long_voicemail_from_a_grandchild_still_gets_the_steps():
    # A transcribed voicemail runs past a text's length, but asks a grandmother for money
    # today: the steps are for her (seen in Chromium: a 296-word bail call got none).
    call = (
        "Nan? Nan, it's me, your grandson. I can't talk for long, they only gave me one call "
        "and I'm using a mate's phone because mine got taken off me. Please don't panic. "
        "There was an accident last night on the way back from Jake's. Nobody's badly hurt, I "
        "promise, but the other driver says I went through a red light and the police have "
        "kept me in overnight. I've got a solicitor now, he's been really good, his name is "
        "Mr Harper, and he says if the bail is paid today I can come home and none of this "
        "goes on my record. If it isn't paid, I have to stay here until the hearing, and that "
        "could be weeks, and I'd lose my place on the course. The bail is four thousand two "
        "hundred pounds. I know that's a lot, Nan, I'm so sorry. I'll pay back every penny, "
        "I swear. Mr Harper says the court can't take a bank card over the phone, so someone "
        "from his office will come to the house to pick it up, cash is easiest. Please, "
        "please don't tell Mum and Dad yet. Dad will go mad and Mum's got enough on with her "
        "back. I'll tell them myself when I'm out, I want to be the one to tell them. Mr "
        "Harper will ring you in ten minutes on the house phone to sort it out, just do what "
        "he says. He has to have it by three o'clock this afternoon or the court shuts for "
        "the weekend. I love you, Nan. I'm really scared. Please help me. Don't call my old "
        "number, it's gone, just wait for Mr Harper's call."
    )
    found = analyze(call)
    assert found["readability"]["words"] > MESSAGE_WORDS
    given = advice(found["spans"], found["readability"]["words"], call)
    assert given is not None and CHECK_FRIEND in given.steps and REPORT in given.steps
