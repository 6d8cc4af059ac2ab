"""Threats said by what they lead to or where they wait, not by "I'll <verb> <person>": lying in
wait, a person left unable to walk or lucky to keep their teeth, what happens to snitches, a
talk "with a crowbar", a disaster wished on someone's car or home, a place better burnt down,
"accidents happen" said to a person, "watch your back" (not as contest banter), a head put
through a window, harm promised in a chain of participles; and the look-alikes left alone.

Every post here is written for this file (none is taken from a benchmark split)."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy

SCORER = Scorer(load_policy(), Organization())


def _threat_rules(text: str) -> set[str]:
    return {f.rule for f in SCORER.score(text).findings if f.category == "threat"}


THREATS = [
    # Lying in wait for a person, or at their car, home or gate, after a condition.
    "If he grasses on me again I'll be waiting for him in the car park after his shift.",
    "next time she blanks me in standup me and the lads will be waiting outside her house",
    "Keep mouthing off, @rob. If you do it once more we'll be waiting by your car.",
    "if that auditor fails my line again the boys are gonna wait for him after work",
    "Would be terrible if someone was waiting outside your kid's school one afternoon.",
    "IF U SNITCH AGAIN ILL BE WAITIN BY UR CAR",
    # Harm told by what it leaves a person unable to do, or lucky to keep.
    "I'll make sure he can't walk for a month",
    "gonna give that ref a beating he'll never wake up from",
    "we'll kick him till he cant stand up",
    "make sure she cant walk to her car after the meeting",
    "you'll be lucky to walk out of here in one piece",
    "That snitch will be lucky to keep his teeth after Friday",
    "Tell the new supervisor he'd be lucky to still have all his fingers by Christmas",
    # What happens to informers.
    "You know what happens to snitches round here, @kev",
    "do u know wat happens to people who grass to HR",
    "Remember what happened to the last guy who ratted on the night shift?",
    "we all know what happens to those who cross us",
    "Ask Tom what happened to interns who snitched",
    # A talk held with a weapon.
    "Happy to talk it through with him. With a knife.",
    "Sure, I'll reason with the auditor, with my trusty crowbar",
    "gonna settle this with a gun behind the depot",
    "let's have a chat with Steve and a crowbar",
    "I'll explain the new rota to her with a machete",
    # A disaster wished on someone's car, home or workplace.
    "honestly hope the new director's brakes fail on the M4",
    "hope his house burns down while he's on holiday",
    "I really hope that landlord's car explodes",
    "praying her plane crashes lol",
    "hope their office burns to the ground",
    "The council office would look better burnt to the ground",
    "that depot deserves to be burned down",
    # "Accidents happen" said to a person.
    "Accidents happen in warehouses, @jen_ops. Think about that before you talk to HR",
    "Accidents happen all the time on site. He should keep that in mind. Just saying.",
    "accidents happen to people who grass",
    "Funny how accidents happen to people who complain, isn't it Lisa",
    "Accidents do happen on night shifts, she'd better remember that 😉",
    # "Watch your back" with no contest, or after a grudge, or with harm.
    "watch your back",
    "You got me fired. Watch your back.",
    "@dan watch ur back in the car park tonight",
    "watch your back at the quiz tonight, I've got a knife",
    "Snitched to HR about my breaks? watch yo back, champ",
    # A head through a window, a bottle over a head.
    "gonna put his head through a wall if he says that again",
    "next time I'm sending her face through the windscreen",
    "im gonna smash a chair over his head",
    "I'll ram his head into the desk",
    "I will break a bottle across your face",
    # Harm promised in a chain, or as grave as death.
    "That supplier will be beaten to a pulp if he shows up late again",
    "the intern is gonna be dragged outside and kicked senseless",
    "That driver will be battered half to death when I find him",
    "if the client calls me that again he's getting smacked",
    "if she grasses on us she's getting merked, swear",
    "rude customers deserve to be slapped",
    # A disposal euphemism.
    "That intern will be dealt with quietly.",
    "she's gonna be dealt with when nobody's watching",
    "Don't worry about Mark. He will be dealt with. Permanently.",
    # Paid harm.
    "I'd pay good money for someone to jump that supervisor",
    "will pay someone to kill the landlord",
    # Harm suggested: "shame/pity/funny if", "what if someone".
    "Nice van, Pete. Be a shame if the tyres got slashed.",
    "Wouldn't it be a pity if your house caught fire one night",
    "what if somebody keyed the auditor's car tonight? just a thought",
    "it'd be hilarious if someone punched Gary in the car park",
    "What if someone stabbed the new manager, would anyone even care",
    # Plans, body bags, lessons, idioms of menace.
    "Plan for Monday: slash the area manager's tyres",
    "planning to beat that contractor senseless after the audit",
    "Keep it up and you'll be leaving in a body bag",
    "I'll put him in a body bag if he touches my van again",
    "Someone ought to teach that manager a lesson with a baseball bat",
    "you won't live to see your next appraisal",
    "Dave better sleep with one eye open",
    # Seen where someone parks; "hate for anything to happen"; harm to what is theirs.
    "I've seen where you park, Tom. Level 2, next to the pillar.",
    "we saw where your wife works btw",
    "Lovely flat you've got. Would hate for anything to happen to it.",
    "I'd hate for something to happen to that new Audi of yours",
    "Would be a real pity if those brake lines got cut",
    "Wouldn't it be sad if her tyres were slashed again",
    # Deserved harm as a noun; harm in progress; "in one piece".
    "that intern deserves a good kicking",
    "the new auditor really needs a proper beating",
    "he deserves a bullet for what he did to the night shift",
    "The supervisor is getting his head kicked in on Friday",
    "After what he did, Dave won't be coming back to work in one piece",
    "she won't leave the car park in one piece if she reports me",
    "I swear if she grasses again I'm burning her car",
]


@pytest.mark.parametrize("text", THREATS)
def test_threat_is_found(text: str) -> None:
    assert _threat_rules(text), text
    assert band_rank(SCORER.score(text).band) >= band_rank("medium"), text


LOOK_ALIKES = [
    # Waiting
    "If your train is late I'll be waiting for you at the station with coffee",
    "I'll be waiting for you after work, love you",
    "if anyone needs a lift I'll be waiting by the main gate at 5",
    "Waiting for him to reply to my email since Monday",
    "If mum's flight lands early we'll be waiting for her at arrivals",
    # Unable, lucky
    "After the knee surgery he can't walk for six weeks",
    "Make sure the baby won't wake up when you come in",
    "you'll be lucky to get a seat on the 8:15",
    "we'll be lucky to survive this quarter",
    "make sure he can't walk in on the surprise party",
    "I can't stand him, he talks through every meeting",
    "you'll be lucky to walk away with a bonus this year",
    # What happens
    "What happens to our pensions if the company is sold?",
    "Do you know what happens to people who skip sleep for a week?",
    "What happened to the guy who used to run the canteen?",
    "what happens to people who cross the road without looking",
    # Talk with
    "We discussed knife crime with a local youth worker",
    "settle the argument with a game of darts",
    "talked through the display with a knife collector at the fair",
    "Let's discuss it with a coffee",
    # Disasters
    "hope my brakes hold up on the mountain pass",
    "hope the server doesn't crash during the demo",
    "hope his flight doesn't get delayed",
    "hope the app crashes less after the update",
    "The old mill burned to the ground in 1921",
    "hope her presentation goes well",
    "I hope his car doesn't fail its MOT",
    "my flat would look better painted white",
    # Accidents
    "Accidents happen, don't worry about the spilled coffee Sam!",
    "Accidents happen when people rush. Wear your PPE and take your time.",
    "Accidents happen on the shop floor, remember that and wear gloves",
    # Watch your back (contest, safety)
    "@jo watch your back, I'm coming for your top spot on the sales leaderboard 🏆",
    "Watch ur back Priya, the quiz trophy is mine this year",
    "Ping pong final on Friday. Watch your back, champ",
    "Watch your back when lifting those boxes, bend your knees",
    # Through, over
    "I put my head through the door to say hi",
    "put your head through the neck hole first",
    "I'm gonna kick the ball over his head",
    "smash a few eggs into the bowl",
    # Passive, games
    "if he joins our fantasy league he's getting killed every week",
    "if it rains the tomatoes will be beaten down",
    "if he keeps drinking like that he's getting smashed tonight",
    "our team got battered 5-0 on Saturday",
    "hope they get battered at the cup final",
    # Dealt with
    "Complaints will be dealt with within 5 working days",
    "he'll be dealt with by HR in the usual way",
    # Pay someone to
    "looking for someone to shoot the staff headshots",
    "can someone jump on the call at 3",
    "I'm gonna jump in the office pool this year",
    "gonna jump the queue at the canteen",
    "If you see him, tell him I'm waiting for him at the pub after work",
    "We hiked until he couldn't walk anymore lol",
    "It would be terrible if something happened to you, please be careful",
    "hope the council office fails its inspection",
    "I hope his startup fails, honestly the idea is bad",
    "What happened to the snitch in that movie was brutal",
    "I'll be waiting for you at the entrance if you get lost",
    "Make sure the dog can't walk out the front door",
    "She put her head through the door and said hi",
    "Watch your back on the ice this morning, it's lethal",
    "The team will be dealt with fairly by HR",
    "if I lose again I'm getting smashed at the pub",
    "the office will be burned down for the new development",
    "Do you know what happens to people who grass-feed their cattle",
    "What if someone hit the wrong button during the demo?",
    "Would be funny if someone beat the CEO at ping pong",
    "Put the laptop in the bag before you leave",
    "We plan to kill the legacy server next quarter",
    "Our plan: beat the Leeds office at the quiz",
    "Had a chat with a baseball bat maker at the expo",
    "She won't live to see 100 says the doctor but she's 98 now",
    "It'd be hilarious if someone brought a cake to the meeting",
    "we're gonna destroy the Bristol team at the charity quiz",
    "the author was planning to kill him off in the last chapter",
    "It'd be sad if the office got trashed at the party lol",
    "would be terrible if you got hurt, please be careful",
    "I need a good punch bag for the home gym",
    "the kid deserves a good telling off",
    "I won't survive this week in one piece",
    "hope the parcel arrives in one piece, it won't be cheap to replace",
    "I'd hate for you to miss the party",
    "I'm burning the midnight oil on this report",
    "I saw where you posted the rota, thanks",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_is_no_threat(text: str) -> None:
    assert not _threat_rules(text), text


def test_a_denied_disaster_wish_is_a_near_miss() -> None:
    e = SCORER.explain("I hope his brakes don't fail on the motorway")
    assert not any(f.category == "threat" for f in e.score.findings)
    assert any(n.rule == "threat.wish" and n.reason == "negation" for n in e.near_misses)


def test_every_new_hit_names_its_words() -> None:
    for text in THREATS:
        for f in SCORER.score(text).findings:
            if f.category == "threat" and f.rule != "threat.term":
                assert "(" in f.explanation and "'" in f.explanation, f.explanation
