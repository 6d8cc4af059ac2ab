"""Sexual remarks about a person in constructions the earlier rules missed: a request for photos
without clothes, a wish to see under what someone wears, underwear to try on "for me", hands
said to wander, kneeling "for a promotion", a person pictured naked or tied, colleagues rated on
looks, a body part in what someone wears, "big"/"best" body compliments, "in the sack", a wish
to have someone in one's bed, "climb on top of", slang ("thicc", "tryna smash"), a posture
watched "on purpose" or with a leering emoji, more propositions ("netflix and chill", "u up?",
"my room"), and one peach or aubergine emoji about a person's body. Each explanation names the
words that fired. Bird names ("blue tits"), sex education, one's own partner, work talk and
the literal senses stay clear."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme", products=("Roadrunner",)))
MEDIUM = band_rank("medium")


def sexual_explanations(text: str) -> list[str]:
    return [
        f.explanation
        for f in SCORER.score(text).findings
        if f.category == "sexual" and band_rank(f.severity) >= MEDIUM
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # photos without clothes
        ("@mia_k send me some pics without your clothes on x", ("pics", "clothes")),
        ("u should send me a selfie with no top on 😏", ("selfie", "top")),
        ("@rob_t dm me photos of u in ur underwear", ("photos", "underwear")),
        ("how much for you to send a few snaps out of that uniform", ("snaps", "uniform")),
        ("SEND ME PICS WITHOUT THE DRESS @kat", ("PICS", "DRESS")),
        # under what someone wears
        ("would pay good money to see what's under her skirt", ("under", "skirt")),
        ("the new temp? wonder whats under those leggings", ("under", "leggings")),
        ("tried to sneak a peek up her dress at the gala", ("up", "dress")),
        # underwear "for me"
        ("got lingerie for Jess in accounts, told her to model it for me", ("lingerie", "for me")),
        ("bought the new hire a thong, wear it for me tomorrow", ("thong", "for me")),
        # hands wander
        ("Next time Priya sits next to me my hands might wander", ("hands", "Priya")),
        ("if the new intern leans in again his hands will roam, just saying", ("hands", "intern")),
        # kneeling for a job
        ("she got that promotion on her knees for sure", ()),
        ("happy to go on my knees for a raise if the boss asks nicely 😈", ("knees", "raise")),
        ("he'd be on his knees for that contract, trust me", ("knees", "contract")),
        # pictured naked or tied
        ("kept imagining him naked during the all hands", ("imagining", "naked")),
        ("can't stop picturing her tied to my chair", ("picturing", "tied")),
        # rated on looks
        ("we ranked the girls in marketing by hotness lol", ("ranked", "girls", "hotness")),
        ("rating all the lads on site out of ten, Dan's an easy 8", ("rating", "lads")),
        # a body part in what someone wears
        ("@gina your bum in those jeans should be illegal", ("bum", "jeans")),
        ("his butt in them work trousers tho", ("butt", "trousers")),
        # big / best body compliments, non-native English
        ("the new assistant she has very big boobs, cannot focus", ("big", "boobs")),
        ("our receptionist got the best ass in the building", ("best", "ass")),
        # in the sack / between the sheets
        ("bet the new courier is an animal in the sack", ("animal", "sack")),
        ("reckon shes wild between the sheets", ("wild", "sheets")),
        # in my bed
        ("i want that new barista in my bed this weekend", ("want", "my bed")),
        ("I'd love to get @theo_w into my bed", ("love", "my bed")),
        # climb / ride
        ("would happily climb on top of the new trainer", ("climb", "trainer")),
        ("I'd ride him all night", ("ride", "him")),
        # slang
        ("that girl from HR lowkey thicc ngl", ("thicc", "girl")),
        ("new temp in finance? tryna smash tbh", ("tryna", "smash")),
        # posture watched
        ("does the intern bend over the copier on purpose or what", ("bend", "over")),
        ("the new temp leaning over my desk again 👀", ("leaning", "temp")),
        ("the new receptionist bending over, what a view", ("bending", "receptionist")),
        # propositions
        ("@sara_b netflix and chill at my place tonight?", ("netflix and chill",)),
        ("hey Leo u up? my hotel room is 212, door unlocked", ("u up",)),
        ("@jon you up? come to my room, clothes optional", ("you up",)),
        # one emoji with a body or what someone wears, or beside a smirk, or repeated
        ("@ana those leggings today 🍑", ("🍑", "leggings")),
        ("the new guy's arms, honestly 🍆", ("🍆", "arms")),
        ("@theo_pm 😏🍆", ("🍆", "@theo_pm")),
        ("saw the new courier today 🍑🍑", ("🍑",)),
        # what I'd do to someone
        ("the things i'd do to the new account exec if she wore that skirt again", ("skirt",)),
        ("What I would do to @mel_r if I got her alone in the lift", ("alone",)),
        ("you know what I'd do to Ben if he bent over my desk like that", ("desk",)),
        # attractive slang nouns and ranking
        ("the new temp is such a snack", ("temp", "snack")),
        ("ngl the courier is an absolute smokeshow", ("courier", "smokeshow")),
        ("ranking the sexiest guys in the warehouse, thread below", ("sexiest", "guys")),
        ("the hottest women on the fourth floor, in order", ("hottest", "women")),
        ("scored the new hires on looks, Tom came last", ("scored", "looks")),
        ("would rate the new barista a solid 9", ("rate", "solid")),
        # watched, clothes said to arouse
        ("cant keep my eyes off the new receptionist", ("eyes off",)),
        ("couldn't take my eyes off her legs all meeting", ("eyes off",)),
        ("@mo_sales those jeans are doing things to me", ("jeans", "things to me")),
        ("that dress on Hannah today... phwoar", ("dress", "phwoar")),
        # wish to touch, sex verbs said as done, slang
        ("i really want to touch her body", ("touch", "body")),
        ("I'd love to squeeze his bum at the xmas party", ("squeeze", "bum")),
        ("banged the new temp after the leaving do", ("banged", "temp")),
        ("new barista? would tap that", ("tap", "that")),
        ("gonna eat her out after the party", ("eat", "her")),
        ("the new intern is DTF for sure", ()),
        # propositions with a second sign
        ("@zoe_hr drinks at mine after work, wear something tight", ("at mine", "wear")),
        # innuendo about a named person with a sexual emoji
        ("Wonder what Amy does in those one-to-ones 😏 if you know what I mean", ("amy",)),
    ],
)
def test_sexual_remark_is_flagged(text: str, words: tuple[str, ...]) -> None:
    found = sexual_explanations(text)
    assert found, SCORER.score(text).findings
    joined = " ".join(found).lower()
    for w in words:
        assert w.lower() in joined


@pytest.mark.parametrize(
    "text",
    [
        # birds
        "Started bird-watching: a great tit, two blue tits and a bullfinch before 8am",
        "Coal tits and a pair of long-tailed tits on the feeder this morning",
        "Tufted titmouse spotted on the Boston trip, plus a tomtit in the park",
        # sex education and health
        "Our sex education module now covers consent and contraception for year 9",
        "Running a sexual health clinic drop-in for staff next Tuesday, all confidential",
        # own partner
        "Date night with my wife: dinner, then back home and into our bed by ten, bliss",
        "Bought new lingerie for my girlfriend's birthday, she loved it",
        # photos, clothes, rooms, knees
        "@sam send me pics of the stand without the scaffolding please",
        "Please send photos of the site in your hi-vis, no selfies without a helmet",
        "Spent the weekend on my knees for the tiling job in the kitchen",
        "I'd beg on my knees for a raise at this point",
        "What's under that tarp in the car park? @facilities",
        "Meeting moved to room 414, @jo",
        "Kids finally in bed, time for a glass of wine",
        "I want my bed so badly after this shift",
        "we rated the vendors out of 10 on support and price",
        "We ranked the candidates by experience",
        "Smash it today team, go get those targets",
        "we're gonna smash the quarter targets",
        "bend over backwards for the client, as always",
        "Bought peaches 🍑 for the team smoothies",
        "Aubergine 🍆 parmigiana in the canteen today, top marks",
        "Picture him tied to the dock in the rain, poor lad was shattered",
        "my hands wander to the biscuit tin every afternoon",
        "I picture him tied up in meetings all day, poor guy",
        "Climbed on top of the shed to fix the gutter",
        "ride the bus to the depot, @dan",
        "you up for lunch @kai?",
        # round two look-alikes
        "Congrats @priya on the promotion! On your knees for a group photo please, front row",
        "Picturing her tied to a desk job forever? Never, she's going places",
        "Room 101 booked for the retro, @team door unlocked from 9",
        "Honestly the new temp is a stunner at Excel",
        "What I'd do to the printer if it jams again",
        "the things I would do for a day off",
        "The things I'd do to that spreadsheet if I had a desk of my own",
        "Great work on the deck @sam, you smashed it",
        "Smashed them 3-0 in the five-a-side, well played lads",
        "Hottest day of the year in the warehouse, drink water",
        "Hottest takes from the conference: AI agents everywhere",
        "Gonna be the sexiest Wonder Woman at the office party",
        "Rated the new CRM out of 10: a solid 9",
        "We scored the candidates on experience and attitude",
        "can't take my eyes off this match, what a game",
        "Took my eyes off the road for a second, scary",
        "That suit on the new MD is sharp, what a tailor",
        "Date night with my girlfriend, she looked stunning in that dress",
        "Love you babe, can't keep my eyes off you #anniversary",
        "Patient in bay 4 needs help getting into bed, can you assist?",
        "Physio tip: if your legs feel tight after the shift, stretch your hamstrings",
        "Breast cancer awareness month: book your screening",
        "I want to grab her coffee order before the meeting",
        "Now playing: Sexual Healing by Marvin Gaye",
        "Watched Hot Tub Time Machine again, still hilarious",
        "the new receptionist is a snack lover, bring biscuits",
        "tap that button twice to reset the scanner",
        "@sam back to mine after the gala? \U0001f60f",
    ],
)
def test_harmless_look_alike_stays_clear(text: str) -> None:
    assert sexual_explanations(text) == []
