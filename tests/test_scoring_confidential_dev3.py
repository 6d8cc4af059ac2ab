"""More ways of saying that company news is not public yet, and more kinds of news: a secret
kept "until they tell" someone, staff "told on the 10th", an insider's document ("I've seen the
list", "the plan I typed up", "the internal price sheet"), an aside ("Between us, ..."), 👀,
"not allowed to say", "you never heard this from me", "isn't official yet", "before results
day", hearsay ("let slip", "overheard", "word from upstairs"), "if this gets out"; and news of
a board decision, a cut to pay or staff, a price rise, a client or supplier lost or won, work
moved abroad, results with a figure, a chief leaving. Each needs the other; a wink, a plea or a
hint (weak) needs an event, not a price, a launch or a client; and other business news needs a
detail (a number, a name): "I signed an NDA for a new client, can't say more" tells nothing.
All without any organisation configured."""

from __future__ import annotations

import pytest

from auditor.models import Organization
from auditor.scoring import Scorer, band_rank, load_policy
from auditor.scoring.policy import ModelPolicy

POLICY = load_policy()
POLICY.model = ModelPolicy(enabled=False)
NO_ORG = Scorer(POLICY, Organization())
ORG = Scorer(POLICY, Organization("Acme", products=("RoadRunner",), codenames=("Bluebird",)))

# (post, words of the marker, words of the news): both are named in the explanation.
LEAKS = [
    # a secret kept until some time: "is secret until", "still a secret", "secret for now"
    (
        "Our Derby warehouse closes in the autumn. It's still a secret so act surprised",
        "still a secret",
        "warehouse closes",
    ),
    ("the merger is secret till the shareholders vote on it", "secret till", "merger"),
    ("Layoffs in March for the whole call centre. Secret for now!!", "secret for now", "layoffs"),
    ("new prices from june, +15% on all plans, is secret yet", "secret yet", "prices"),
    ("We lost the Harbourside account. Still secret, obviously", "still secret", "account"),
    # ... until someone tells or announces it
    (
        "The plant shuts in May but we act normal until management tells the staff",
        "until management tells",
        "plant shuts",
    ),
    ("CFO resigning, hush hush until HR announces it", "until hr announces", "resigning"),
    (
        "The acquisition is done. Not a word till they announce it Monday",
        "till they announce",
        "acquisition",
    ),
    (
        "they closing our branch in Tralee, we must be quiet until they inform customers",
        "until they inform",
        "closing our branch",
    ),
    (
        "Big client gone to a rival, mouths shut til the boss tells the team",
        "til the boss tells",
        "client",
    ),
    # the audience is told at a later time; told early
    (
        "Staff are told on Monday that the Swindon site is closing.",
        "staff are told",
        "site is closing",
    ),
    ("The team is told next week: 12 jobs are going in support", "team is told", "jobs are going"),
    (
        "Redundancies confirmed. Employees are to be told after Easter",
        "employees be told",
        "redundancies",
    ),
    ("I was told early: the CEO is stepping down in the summer", "told early", "stepping down"),
    ("customers get informed Friday about the price increase", "customers get informed", "price"),
    # an insider's document: seen, made, landed in an inbox, screenshotted, internal
    (
        "I've read the draft memo and 300 roles are going across Europe",
        "read the draft",
        "roles are going",
    ),
    ("just saw the slides from the offsite, 200 jobs cut in Europe", "saw the slides", "jobs cut"),
    (
        "The redundancy list I drafted today has my best friend on it",
        "list i drafted",
        "redundancy",
    ),
    (
        "the pricing deck landed in my inbox: every plan up 12% from July",
        "deck landed in my inbox",
        "pricing",
    ),
    (
        "Screenshot from the board deck: takeover of our biggest rival closes in May",
        "screenshot from the board",
        "takeover",
    ),
    (
        "Found the internal salary spreadsheet. Pay freeze for all of us next year",
        "internal",
        "pay freeze",
    ),
    # an aside: "Between us, ..." (weak: an event)
    ("Between us, the Slough depot shuts at Christmas.", "between us", "depot shuts"),
    ("honestly, between us: the CTO is resigning", "between us", "resigning"),
    ("The pay freeze is real. Between ourselves.", "between ourselves", "pay freeze"),
    # 👀 as a hint (weak: an event)
    ("guess who's closing the Norwich branch 👀", "👀", "closing the norwich branch"),
    ("👀 the board votes on the merger on Thursday", "👀", "board votes"),
    ("someone at the top is stepping down next month 👀👀", "👀", "stepping down"),
    # the writer may not say it
    (
        "I'm not allowed to say but our Q4 revenue is down a lot",
        "not allowed to say",
        "revenue",
    ),
    (
        "wish I could tell everyone about the acquisition, it's massive",
        "wish i could tell",
        "acquisition",
    ),
    ("Can't say more but the Bristol team is being outsourced", "can't say more", "outsourced"),
    (
        "i cannot tell you much, but the price goes up 20% next month",
        "cannot tell you much",
        "price",
    ),
    (
        "We're not allowed to share it yet but we landed the biggest client in our history",
        "not allowed to share",
        "client",
    ),
    # "didn't hear it from me", however spelt
    ("u didnt hear it from me but the merger is on", "didnt hear it from me", "merger"),
    ("You never heard this from me: layoffs in Q1", "never heard this from me", "layoffs"),
    (
        "the Leeds store closes in June. you did not hear that from me",
        "not hear that from me",
        "store closes",
    ),
    # not official yet
    ("The takeover isn't official yet but the papers are signed", "isn't official yet", "takeover"),
    ("Job cuts in marketing, not yet announced", "not yet announced", "job cuts"),
    ("new pricing from 1 May, it is not public yet", "not public yet", "pricing"),
    # results with a figure, before they are out (a wink or "before the results": an event)
    ("Profit down 30% this quarter 🤫 results day is the 12th", "🤫", "profit down 30"),
    ("revenue missed by 12 million, keep it between us", "between us", "revenue missed by 12"),
    ("Q2 earnings up 40%, buy before the results lol", "before the results", "earnings up 40"),
    # the audience doesn't know yet
    (
        "the staff don't know yet but the Leeds office shuts in June",
        "staff don't know yet",
        "office shuts",
    ),
    (
        "Customers doesnt know yet, subscription fees double in May",
        "customers doesnt know yet",
        "fees double",
    ),
    (
        "Buyout agreed last night. The investors don't know yet.",
        "investors don't know yet",
        "buyout",
    ),
    # pleas and winks in words (weak: an event)
    ("do not tell a soul: 50 jobs are going", "tell a soul", "jobs are going"),
    ("tell no one, the merger is done", "tell no one", "merger"),
    ("mum's the word but the Hull depot is closing", "mum's the word", "depot is closing"),
    ("hush hush, layoffs in May", "hush hush", "layoffs"),
    ("on the down low the CFO is resigning", "down low", "resigning"),
    ("my lips are sealed 😇 but redundancies are coming", "lips are sealed", "redundancies"),
    # the news goes public later (weak: an event)
    ("Q3 revenue down 18%, results day is Thursday", "results day is thursday", "revenue down 18"),
    (
        "numbers are grim, down 20 percent, earnings come out next week",
        "earnings come out next",
        "numbers are grim down 20",
    ),
    ("the buyout gets announced on Monday", "gets announced on", "buyout"),
    (
        "grab shares before it goes public: the takeover of Zento is signed",
        "before it goes public",
        "takeover",
    ),
    # hearsay from inside (weak: an event)
    ("my manager let slip that the Leeds site is closing next year", "let slip", "site is closing"),
    (
        "Overheard the COO on a call: we're ditching Kestrel as a supplier",
        "overheard",
        "ditching kestrel as a supplier",
    ),
    ("Insider tip: sell before Thursday, profit down 30%", "insider", "profit down 30"),
    ("a little bird says the CFO is resigning 🐦", "little bird", "resigning"),
    ("Word from upstairs: 10% pay cut for everyone from January", "word from upstairs", "pay cut"),
    ("HR is sitting on it, but redundancies are coming", "sitting on it", "redundancies"),
    ("officially I know nothing 😇 unofficially: layoffs in March", "unofficially", "layoffs"),
    (
        "this stays in the group chat: the warehouse closes in June",
        "stays in the group",
        "warehouse closes",
    ),
    ("Just between the two of us, the buyout is happening", "between the two of us", "buyout"),
    ("pls dont share but we lost Tesco as a customer", "dont share", "lost tesco as a customer"),
    # the writer was not meant to know, or may not let it out (strong)
    (
        "Not supposed to know this but the new prices start in June",
        "not supposed to know",
        "prices",
    ),
    ("No one's supposed to know, but we're acquiring Zento", "one's supposed to know", "acquiring"),
    ("not meant to say but we're closing 12 stores", "not meant to say", "closing 12 stores"),
    (
        "the launch is 3 March, $399, but marketing will kill me if this gets out",
        "if this gets out",
        "launch",
    ),
    # the audience will know later, or doesn't know (strong)
    ("our CEO is going, the press will know on monday", "press will know on", "ceo"),
    ("Staff hear next week that the Bolton plant shuts", "staff hear next", "plant shuts"),
    (
        "we close the Bologna shop in april, the workers don't know nothing",
        "workers don't know",
        "close the bologna shop",
    ),
    (
        "Derby factory closes next year and the lads on the line don't even know",
        "lads on the line don't even know",
        "factory closes",
    ),
    # a chief leaving, a client lost to a rival; a name or a number makes business news told
    (
        "our chairman is quitting, the staff find out on Friday",
        "staff find out",
        "chairman",
    ),
    ("Psst, the MD is retiring at Easter", "psst", "md is retiring"),
    (
        "nobody outside sales knows yet: Orbis is moving to a competitor",
        "nobody outside",
        "moving to a competitor",
    ),
    ("Can't say more, but the Harbourside account is ours from June", "can't say more", "account"),
    # winks with the new events: a board decision, cuts, a client lost, work moved abroad
    ("psst the board voted to shut two stores", "psst", "board voted"),
    (
        "between you and me, bonuses are being cut this year",
        "between you and me",
        "bonuses are being cut",
    ),
    ("shhh they're cutting 30 jobs in support", "shhh", "cutting 30 jobs"),
    ("🤫 we lost the Fenwick contract today", "🤫", "lost the fenwick contract"),
    ("🤐 production moves to Poland next year", "🤐", "production moves"),
]


@pytest.mark.parametrize(("text", "marker", "news"), LEAKS)
def test_not_yet_public_news_is_a_disclosure_at_medium(text: str, marker: str, news: str) -> None:
    for scorer in (NO_ORG, ORG):
        score = scorer.score(text)
        found = [f for f in score.findings if f.rule == "confidential.disclosure"]
        assert found, text
        why = found[0].explanation.lower()
        assert marker in why and news in why, why
        assert band_rank(score.band) >= band_rank("medium")


HARMLESS = [
    # "secret" that keeps no company news
    "The secret to a good product launch is listening to customers.",
    "Secret Santa names are out, no peeking! Budget is £10.",
    "Top secret project this weekend: a treehouse for the kids.",
    # waiting to be told, or told what to do
    "We won't know anything about the layoffs until they announce it properly.",
    "Waiting until they announce the launch date before I book my leave.",
    "Don't panic about the restructuring until they tell you something concrete.",
    "Staff are told to wear hi-vis in the warehouse at all times.",
    "I was told early on in my career that revenue is vanity and profit is sanity.",
    # documents for everyone, or no news
    "I read the press release: we are acquiring a small studio in Lisbon!",
    "Just saw the published roadmap, the new pricing tiers look fair.",
    "I've seen the list of speakers, lots of our clients are presenting.",
    "Our internal newsletter is looking for writers, any team welcome.",
    # "between us" that is no aside
    "There's ten years between us and we still argue about music.",
    "Between us, this is the best coffee in Leeds.",
    "Between us, the client loved the pitch.",
    # 👀 with a launch or a price (a teaser), or results already published
    "New drop on Friday 👀 prices from £20",
    "Revenue up 12% and results published today, thanks team 👀",
    "Who's watching the match tonight 👀",
    # not allowed, can't tell, about oneself
    "You can't say anything about pricing these days without someone getting upset.",
    "I can't tell you how proud I am of the launch team!",
    "We're not allowed to post photos inside the plant, sorry.",
    "I wish I could tell my younger self to negotiate salary harder.",
    # pleas, winks and later news that tell nothing of the organisation
    "Don't tell anyone but I ate the last biscuit",
    "Mum's the word on the surprise party for Dave!",
    "Hush hush little baby, don't say a word",
    "Results day is Thursday, wish us luck!",
    "Our customers don't know yet how much they'll love the new range.",
    "Dont tell anybody but our new flavour is going to be £2.99",
    # hearsay, pleas and later news with nothing of the organisation
    "Overheard in the canteen: someone thinks pineapple belongs on pizza",
    "A little bird told me it's someone's birthday today 🎂",
    "What happens at the Christmas party stays in the group chat 😂",
    "Unofficially the best team in the building. Officially too.",
    "Staff hear next week who won the bake off",
    "If this gets out my mum will kill me: I'm learning the drums",
    "Word from the top: free pizza Friday!",
    "Customers don't know what they want until you show them.",
    "Don't repeat this but I think the new logo is ugly",
    "We're not meant to post about the cafe menu until Friday, sorry!",
    # a shop's hours, a closure announced long ago
    "Our store closes at 6 on Sundays.",
    "The old Leeds office closes for good in June, as announced last year.",
    # a hint at business with nothing told: no event, no number, no name
    "Signed an NDA today for a new client, so I can't say more. Exciting times!",
    "Can't say much about the new project yet, but the client is lovely",
    "Under NDA so I can't tell you anything about the launch, sorry!",
    "Our CEO is going to speak at the summit, between us she's nervous",
    # "didn't hear it from me" with no news
    "You didn't hear it from me, but the canteen lasagne is back on Friday!",
    "Our Q3 results are out on the website: profit up 6%.",
    # not official yet, with no company news; "not out yet" said of a menu
    "The new menu isn't out yet but the launch party is Friday!",
    "The winner isn't official yet, votes are still being counted.",
    # a wink with the writer's own things, or a shop's hours
    "Shhh, I lost my account password again 🤫",
    "🤫 they're closing the office early today because of the snow",
    "psst, the support team is moving to the third floor",
    # a confidential helpline, a public roadmap, an announced result
    "Our confidential whistleblowing line is open to all staff, anonymous if you like.",
    "Our public roadmap is live: the next release ships in spring.",
    "Results day! Revenue up 9% for the year, as announced this morning.",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_look_alikes_are_not_a_disclosure(text: str) -> None:
    for scorer in (NO_ORG, ORG):
        score = scorer.score(text)
        assert not [f for f in score.findings if f.rule == "confidential.disclosure"], text
        assert band_rank(score.band) < band_rank("medium")
