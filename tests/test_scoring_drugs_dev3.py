"""Drug use told apart from drug talk: a drug named beside a person or an act of taking, buying,
selling or offering it is medium, the name alone (news, a seizure, policy, a film, health work,
recovery, a coffee joke) is low. Also a prescription drug sought without a prescription, asked
of anyone, given by someone, taken from someone else's strip or snorted; a dealt quantity with
no drug named (split, racked, had in the toilets); slang bought off a person or asked of "a
man"; a drug emoji asked for; a full tab dropped, acid dropped. Each explanation names the
words that fired."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
SCORER = Scorer(POLICY, Organization("Acme", products=("Roadrunner",)))
MEDIUM = band_rank("medium")


def explanation(text: str, rule: str) -> str:
    """The explanation of the medium+ drugs finding of `rule`; fails when there is none."""
    score = SCORER.score(text)
    for f in score.findings:
        if f.category == "drugs" and f.rule == rule and band_rank(f.severity) >= MEDIUM:
            return f.explanation
    raise AssertionError(score.findings)


@pytest.mark.parametrize(
    ("text", "rule", "words"),
    [
        # a drug named beside a person or an act of use, buying, selling or offering
        ("planning to take some MDMA at the festival this weekend", "drugs.use", ("take", "MDMA")),
        ("me and priya did cocaine at the works do lmao", "drugs.use", ("did", "cocaine")),
        ("ur boy is on shrooms at the quarterly review 🍄", "drugs.use", ("shrooms",)),
        ("got a few pingers going spare for sat, £8 each", "drugs.use", ("got", "pingers")),
        ("me very like the LSD, i take before meeting sometimes", "drugs.use", ("LSD",)),
        ("KETAMINE WITH THE LADS AFTER THE XMAS DO 🤫", "drugs.use", ("LADS", "KETAMINE")),
        ("If u see me grinning at the review its the ket not the new process", "drugs.use", ()),
        ("microdosing at work again today, the spreadsheets are glowing", "drugs.use", ()),
        # a prescription drug sought, asked for, given, taken or snorted
        ("where can i buy oxycodone without a script", "drugs.misuse", ("oxycodone", "script")),
        ("anyone got any xanax? this week is killing me", "drugs.misuse", ("anyone got", "xanax")),
        ("who sells adderall round the depot, asking for crunch", "drugs.dealing", ("adderall",)),
        (
            "my flatmate gave me some of her adderall before the pitch",
            "drugs.misuse",
            ("gave me", "adderall"),
        ),
        (
            "swiped a couple of my dad's valium before the interview",
            "drugs.misuse",
            ("swiped", "valium"),
        ),
        (
            "pinched a blister pack of my mum's tramadol for the night shift",
            "drugs.misuse",
            ("pinched", "tramadol"),
        ),
        ("crushed up my adderall and snorted it at lunch", "drugs.misuse", ("snorted", "adderall")),
        ("Snorting a couple of my Ritalin before the assessment", "drugs.misuse", ("Ritalin",)),
        # a dealt quantity with no drug named
        ("we split an eighth before the team social", "drugs.slang", ("split", "eighth")),
        ("sharing a gram with Tom in the car park at lunch", "drugs.slang", ("sharing", "gram")),
        ("racked up a couple of lines on the boardroom table", "drugs.slang", ("racked", "lines")),
        ("did a cheeky line in the gents before the all hands", "drugs.slang", ("did", "gents")),
        ("gonna need a bump in the bogs to survive this audit", "drugs.slang", ("need", "bogs")),
        ("quick bump in the staff toilets and back to my desk", "drugs.slang", ("bump",)),
        # slang bought off a person or asked of a man
        ("picked up some blow off a mate before the conference", "drugs.slang", ("blow", "off")),
        ("the speed we got from the lad downstairs is strong", "drugs.slang", ("speed", "from")),
        ("off to see a man about some snow for the party", "drugs.slang", ("man", "snow")),
        # a drug emoji asked for, a full tab or acid dropped
        ("anyone got the ❄️ for tonight? dm me", "drugs.dealing", ("❄", "anyone got")),
        ("who's got 💊 for the afterparty, dm me", "drugs.dealing", ("💊",)),
        ("dropping a whole tab at the afterparty", "drugs.slang", ("dropping", "tab")),
        ("gonna drop acid after work friday, anyone in?", "drugs.slang", ("drop", "acid")),
    ],
)
def test_drug_use_is_medium_and_says_why(text: str, rule: str, words: tuple[str, ...]) -> None:
    why = explanation(text, rule)
    for w in words:
        assert w in why


@pytest.mark.parametrize(
    "text",
    [
        # news, a seizure, the police, a film or book, policy, health work, recovery
        "Customs seized two tonnes of cocaine at the port, according to the news.",
        "Police arrested a man selling heroin outside the station last night, scary stuff.",
        "Just finished the Netflix documentary on the fentanyl crisis. Heartbreaking.",
        "Five years clean from heroin today. Grateful for my sponsor and this team.",
        "Our pharmacy team now stocks ketamine for the anaesthesia unit.",
        "Interesting study on MDMA-assisted therapy for PTSD.",
        "Can someone explain why edibles are legal in some states but not others?",
        "If you're struggling with meth addiction, our EAP can help, no judgement.",
        "As a paramedic I've given ketamine more times than I can count",
        "Happy to say I've never touched heroin in my life",
        "We watched Narcos last night, so much cocaine lol",
        "my brother died of a heroin overdose. please talk to someone if you're struggling",
        # coffee and energy-drink jokes
        "Coffee is basically my cocaine at this point",
        "my nan used to say tea was her heroin",
        # one's own prescription, errands, ordinary medicine
        "I take my prescribed adderall every morning, it helps me focus.",
        "Where can I get my adderall prescription filled near the office?",
        "Anyone got any painkillers? headache from hell",
        "I gave my son his ritalin before school",
        "the pharmacist gave me my tramadol today",
        "snorted when my ritalin reminder went off mid-meeting",
        # quantities that are not drugs
        "There was a long line for the toilets at the conference",
        "Went to the ladies, massive line in the toilets",
        "Splitting a gram of saffron between three curries tonight",
        "need a line for my speech, any ideas?",
        "A bump in the road, but we shipped it.",
        "did a line dance at the wedding and the line manager joined in",
        # slang words bought, asked or emoji that are not drugs
        "Bought a coke from the guy at the vending machine",
        "chocolate bars I got from a mate at the depot",
        "off to see a man about a dog, back in 10",
        "who's got the slides for friday? ❄️ winter theme, dm me",
        "had acid reflux all through the offsite",
        "paid the whole tab at the leaving do, you're welcome",
    ],
)
def test_drug_talk_is_not_medium(text: str) -> None:
    score = SCORER.score(text)
    assert band_rank(score.band) < MEDIUM, score.findings
