"""Company news told before it is public: a marker that something is not public yet ("the
announcement isn't until the 20th", "HR hasn't told anyone", "nobody outside the exec team
knows", "is secret until they tell the clients", "staff are told on the 10th", "isn't official
yet", "I'm not allowed to say", an insider's document: "I've seen the board deck", "the plan I
just typed up", "the internal price sheet") together with business news in the same post
("acquiring", "layoffs", "pricing", "the CEO is stepping down", "the board signs on Friday").

Either alone is ordinary talk: public launches, results already out, a confidential helpline,
layoffs in the news, "the meeting isn't until 3". A wink ("shhh", 🤫, 👀, "between us", "mum's
the word", "don't tell a soul") or a hint ("I've seen the list", "results day is Thursday") is
also how brand ambassadors tease a sale and how friends joke, so it only counts with an event of
the organisation (a deal done, job cuts, a cut to pay, a site closing, someone stepping down, a
board decision, a client lost or won, a price rise, results with a figure), never with a price,
a launch, a client or the board alone, nor when the post says the news is out ("published",
"as announced"). Advice not to share ("don't post anything about the layoffs before it's
announced") discloses nothing.

The markers are constructions read over the post's tokens from a few anchor words, so a post
holding no anchor costs one set test."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from auditor.scoring import context as ctx
from auditor.scoring.normalize import Token

_TEXT = itemgetter(1)  # Token.text

# --- Business news --------------------------------------------------------------------------
# Events of the organisation, news with any marker: deals done, job cuts, departures. (Site
# closures too, below.)
EVENT_WORDS = ctx._w(
    """
    acquiring acquisition acquisitions takeover buyout merger mergers merging layoff layoffs
    redundancies redundancy headcount restructure restructuring reorg outsourced outsourcing
    offshored offshoring resigning resignation resigns ousted
    """
)
# Business words that are news with a plain marker ("isn't out until", "nobody outside ...
# knows") but not with a wink alone: "shhh, the client loved it", "🤫 our summer sale
# launches tomorrow", "psst, Friday's deal is two for $10" are teasers and small talk.
BUSINESS_WORDS = ctx._w(
    """
    acquire acquires acquired contract contracts roadmap board ceo cfo coo cto chairman
    replacement client clients account revenue earnings profit profits forecast q1 q2 q3 q4
    ipo valuation deal deals price prices pricing priced launch launches launching ships ship
    shipping partnership partnerships agreement funding investment
    """
)
# Two words that are news together: "stepping down", "laid off", "job cuts".
_EVENT_PAIRS = {
    "stepping": ("down",),
    "steps": ("down",),
    "laid": ("off",),
    "lay": ("off",),
    "job": ("cuts", "losses"),
    "hiring": ("freeze",),
    "roles": ("cut", "cuts", "going", "axed"),
    "jobs": ("cut", "going", "axed"),
    "positions": ("cut", "going", "axed"),
    "pay": ("cut", "cuts", "freeze", "frozen"),
    "been": ("decided",),
}
# Words allowed between the two of a pair: "40 roles are going", "jobs will be cut".
_PAIR_GAP = ctx._w("are is be being will to getting")
# News with a second word a few tokens away, either side ("the board signs on Friday",
# "prices are doubling", "losing the hospital contract"): (first words, second words, reach).
# A decision of a governing body; a cut to pay or staff; a price rise; a client or contract
# lost or won; work moved elsewhere.
_BODIES = ctx._w(
    """
    board exec execs leadership finance directors shareholders
    """
)
_DECIDE = ctx._w(
    """
    approved approves approve signed signs sign decided decides voted votes vote finalised
    finalized finalises finalizes agreed agrees
    """
)
_PAY = ctx._w("bonus bonuses pay salary salaries pension pensions raises wages overtime benefits")
_STAFF = ctx._w("roles jobs staff engineers people positions posts workers heads employees")
_CUT = ctx._w("cut cuts cutting slashed slashing scrapped frozen freeze axed axing halved")
_PRICES = ctx._w("price prices pricing fees fee subscription subscriptions")
_RISE = ctx._w(
    "rise rises increase increases hike hikes hiked doubling double doubled doubles tripling"
)
_WIN_LOSE = ctx._w("losing lost lose loses won winning landed dumping dropping ditching dropped")
_ACCOUNTS = ctx._w(
    """
    client clients customer account accounts contract contracts tender supplier suppliers vendor
    vendors
    """
)
_WORK = ctx._w("production manufacturing jobs roles")
# A client lost to a rival: "big client gone to a rival", "moving to a competitor".
_LEAVING = ctx._w("gone going moving moved leaving left switching switched defecting")
_RIVALS = ctx._w("rival rivals competitor competitors competition")
# A chief leaving: "our CEO is going", "the MD is retiring" (not "going to speak").
_CHIEFS = ctx._w("ceo cfo coo cto chairman chairwoman chair founder president md")
_DEPART = ctx._w("going leaving quitting quits leaves retiring retires fired sacked ousted out")
_MOVES = ctx._w("moves moving move relocating relocates relocated")
_NEAR_PAIRS: tuple[tuple[frozenset[str], frozenset[str], int, int], ...] = (
    (_BODIES, _DECIDE, 0, 3),
    (_PAY, _CUT, 0, 5),
    (_CUT, _STAFF, 0, 5),
    (_PRICES, _RISE, -4, 6),
    (_WIN_LOSE, _ACCOUNTS, 0, 4),
    (_WORK, _MOVES, 0, 2),
    (_ACCOUNTS, _RIVALS, 0, 6),
    (_LEAVING, _RIVALS, 0, 3),
    (_CHIEFS, _DEPART, 0, 3),
)
# Financial results with a figure: "revenue is down 18%", "profit missed by 12 million".
_FIGURES = ctx._w(
    "revenue revenues profit profits earnings margin margins turnover ebitda numbers figures"
)
_NEAR_FIRST = frozenset().union(*(a for a, _, _, _ in _NEAR_PAIRS), _FIGURES)
# The writer's own things, not the organisation's: "lost my account password", "cut my hair".
_PERSONAL = ctx._w("my your his her")


def _near_pair(seq: Sequence[Token], k: int) -> str:
    """The news read from token k and a word a few tokens away ("board ... signs"), or ""."""
    t = seq[k].text
    if t in _FIGURES:
        for j in range(k + 1, min(len(seq), k + 6)):
            if seq[j].kind == "number":
                return _words(seq, k, j)
    for first, second, lo, hi in _NEAR_PAIRS:
        if t not in first:
            continue
        for j in range(max(0, k + lo), min(len(seq), k + hi + 1)):
            if seq[j].text in _PERSONAL:
                break
            if j != k and seq[j].text in second and not _going_to(seq, j):
                return _words(seq, min(j, k), max(j, k))
    return ""


def _going_to(seq: Sequence[Token], j: int) -> bool:
    """ "going to speak", "out to lunch": a plan or an errand, not a departure."""
    return seq[j].text in ("going", "out") and _at(seq, j + 1) in ("to", "for", "of")


def _pair(seq: Sequence[Token], k: int) -> int:
    """The index of the second word of a pair starting at k ("laid off", "roles are going"),
    or -1."""
    seconds = _EVENT_PAIRS[seq[k].text]
    for j in range(k + 1, min(len(seq), k + 4)):
        t = seq[j].text
        if t in seconds:
            return j
        if t not in _PAIR_GAP:
            break
    return -1


# A closure is news when a site closes ("the Leeds office closes in June", "the plant shuts"),
# not a bar at 2am or a deal.
_CLOSING = ctx._w("closing closes close shuts shut shutting shutdown")
_SITES = ctx._w(
    """
    office offices warehouse warehouses plant plants factory factories store stores shop shops
    branch branches site sites depot depots mill campus lab hq headquarters studio division
    """
)
_CURRENCY = frozenset("$£€")
_MONEY_RE = re.compile(r"[$£€] ?\d[\d,.]*(?:[km]\b|bn\b|million\b|billion\b)?", re.IGNORECASE)


# After "closing the Leeds office": a time that makes it the day's opening hours.
_HOURS = ctx._w("early today tonight for")


def _hours(seq: Sequence[Token], k: int) -> bool:
    """Opening hours at token k: "early", "tonight", "at 6", "for lunch"; not "for good" or
    "at Christmas"."""
    t = _at(seq, k)
    if t == "at":
        return _at(seq, k + 1)[:1].isdigit() or _at(seq, k + 1) in ("midnight", "noon", "lunch")
    return t in _HOURS and not (t == "for" and _at(seq, k + 1) == "good")


def _site(seq: Sequence[Token], k: int) -> str:
    """A site closing read from the closing word at k: "our Leeds office is closing",
    "closing the Norwich branch"; not "closing the office early today"."""
    if _hours(seq, k + 1):
        return ""
    for j in range(k - 1, max(-1, k - 5), -1):
        if seq[j].text in _SITES:
            return _words(seq, j, k)
    if seq[k].text in ("closing", "shutting", "close", "shut"):
        for j in range(k + 1, min(len(seq), k + 4)):
            if seq[j].text in _SITES:
                hours = any(_hours(seq, i) for i in range(j + 1, j + 4))
                return "" if hours else _words(seq, k, j)
    return ""


def news_words(seq: Sequence[Token], text: str, *, wink: bool = False) -> list[tuple[int, str]]:
    """The business-news words of a post with their token index (-1 for a sum of money, which
    is not always a token), as read: "acquiring", "stepping down", "office closes", "$62M".
    For a wink (`wink`), only events: no prices, launches, clients, sums or the board."""
    found: list[tuple[int, str]] = []
    pair_end = -1
    for k, tok in enumerate(seq):
        t = tok.text
        if t in _EVENT_PAIRS and (j := _pair(seq, k)) > 0:
            found.append((k, _words(seq, k, j)))
            pair_end = j
        elif k <= pair_end:
            continue
        elif t in EVENT_WORDS or (not wink and t in BUSINESS_WORDS):
            found.append((k, t))
        elif t in _NEAR_FIRST and (near := _near_pair(seq, k)):
            found.append((k, near))
        elif t in _CLOSING and (site := _site(seq, k)):
            found.append((k, site))
    if not wink and not _CURRENCY.isdisjoint(text):
        found.extend((-1, m.group()) for m in _MONEY_RE.finditer(text))
    return found


# --- Not-yet-public markers -----------------------------------------------------------------
# ("wasn't announced until ...", "weren't told": in the past, so public by now.)
_NOT = ctx._w(
    """
    not isn't isnt aren't arent won't wont hasn't hasnt haven't havent doesn't doesnt don't
    dont can't cant cannot
    """
)
_HAS_NOT = ctx._w("hasn't hasnt haven't havent")
_NOBODY = ctx._w("nobody nobody's noone no-one")
# Said of the news: it goes public, out or official at some later time.
_PUBLIC = ctx._w("public announced announcement announce official out released release published")
_GOING_OUT = ctx._w("be is isn't isnt been going goes go comes come coming gets get")
# Not told about one's own situation, which is no disclosure: "we haven't been told", "if you
# haven't been told about your role yet".
_NOT_OTHERS = ctx._w("i i've ive i'm im we we've weve we're me us you you've youve u")
# Who has not heard yet: "the board hasn't seen them", "the market finds out Thursday".
_AUDIENCE = ctx._w(
    """
    board market markets staff team teams public press investors shareholders employees
    workers customers clients people everyone anyone union colleagues office lads crew
    workforce
    """
)
_DOCUMENTS = ctx._w("deck pack papers slides minutes memo")
_SHUSH = ctx._w("shh shhh shhhh shhhhh shhhhhh psst")
# Shushing face, speak-no-evil, zipper mouth, eyes (a hint: "guess who we're buying 👀").
_SECRET_EMOJI = ("\U0001f92b", "\U0001f64a", "\U0001f910", "\U0001f440")
_SPEAK = ctx._w("say share tell talk post mention")
_TO_KNOW = _SPEAK | {"know", "knows"}
_NOBODY_IS = ctx._w("one's nobody's noone's")
_SPEAKER = ctx._w("i i'm im we we're")
_SPEAKING = ctx._w("say saying share sharing tell telling post posting mention mentioning")
_EXPECT = ctx._w("expects expected knows knew finds hears realises realizes")
_ANNOUNCEMENT = ctx._w("announcement announcements announced embargo results earnings")
_WHEN = ctx._w(
    """
    next on in this tomorrow today tonight monday tuesday wednesday thursday friday saturday
    sunday
    """
)
_TELLS = ctx._w("tell tells announce announces inform informs")
# Waiting to hear, which is not knowing: "we won't know until they tell us".
_AWAIT = ctx._w("know knowing wait waiting hear find out see believe")
# Documents that only insiders see: "I've seen the list", "the plan I just typed up".
_DOC = ctx._w(
    """
    deck decks minutes memo memos list spreadsheet slides slide draft sheet doc docs document
    documents plan plans email emails report notes agenda proposal file files
    """
)
# A document for everyone: "I read the press release", "saw the published roadmap".
_PUBLISHED = ctx._w("press public published annual official")
_SAW = ctx._w("seen saw read")
# What makes a document an insider's own ("the board minutes", "the restructuring plan");
# any other ("I've seen the list") is a hint, weak: it counts only with an event.
_INSIDER = ctx._w(
    """
    internal board exec execs leadership hr strategy roadmap pricing finance budget redundancy
    restructuring salary salaries headcount confidential management
    """
)


def _doc_marker(seq: Sequence[Token], first: int, last: int, doc: int) -> Marker:
    weak = _INSIDER.isdisjoint(map(_TEXT, seq[max(0, doc - 3) : doc + 1]))
    return Marker(first, last, _words(seq, first, last), weak=weak)


_READER = ctx._w("i i've ive just we've weve i'd")
_WROTE = ctx._w("typed wrote drafted printed proofread formatted")
_SCREEN_OF = ctx._w(
    """
    internal board exec leadership hr confidential slack memo deck minutes slides slide doc
    document email spreadsheet roadmap
    """
)
_CANT = ctx._w("can't cant cannot")
_DONT = ctx._w("don't dont doesn't doesnt")
# A plea not to tell: "don't tell anybody", "tell no one" (weak, as "keep it quiet" is).
_NO_ONE = ctx._w("anyone anybody nobody noone no-one")
# Winks in words: "mum's the word", "hush hush", "on the down low", "my lips are sealed".
# Hearsay from inside (weak): "my boss let slip", "overheard the VP", "insider tip", "a little
# bird told me", "heard it on the grapevine", "word from the top floor", "HR is sitting on it",
# "unofficially:", "this stays in the group chat".
_HEARSAY = ctx._w("overheard insider grapevine unofficially")
_FROM_ABOVE = ctx._w("top upstairs above management leadership")


def _hearsay(seq: Sequence[Token], k: int) -> Marker | None:
    t = seq[k].text
    if t in _HEARSAY:
        if t == "insider" and _at(seq, k + 1) not in ("tip", "info", "information", "news"):
            return None
        return Marker(k, k, t, weak=True)
    nxt = _at(seq, k + 1)
    if t == "slip":
        ok = _at(seq, k - 1) in ("let", "lets", "letting")
        return Marker(k - 1, k, _words(seq, k - 1, k), weak=True) if ok else None
    if t == "bird" and _at(seq, k - 1) == "little":
        return Marker(k - 1, k, _words(seq, k - 1, k), weak=True)
    if t == "word" and nxt == "from":
        j = k + 3 if _at(seq, k + 2) == "the" else k + 2
        if _at(seq, j) in _FROM_ABOVE:
            return Marker(k, j, _words(seq, k, j), weak=True)
        return None
    if t == "sitting" and nxt == "on" and _at(seq, k + 2) in ("it", "this", "that"):
        return Marker(k, k + 2, _words(seq, k, k + 2), weak=True)
    if t in ("stays", "stay") and nxt == "in" and _at(seq, k + 2) in ("the", "this", "our"):
        for j in (k + 3, k + 4):
            if _at(seq, j) in ("chat", "room", "group", "thread", "team"):
                return Marker(k, j, _words(seq, k, j), weak=True)
        return None
    if (
        t in ("gets", "get")
        and nxt == "out"
        and _at(seq, k - 2) == "if"
        and _at(seq, k - 1) in ("this", "it", "that", "word", "anything")
    ):
        # "if this gets out": the writer knows it is not out (strong)
        return Marker(k - 2, k + 1, _words(seq, k - 2, k + 1))
    return None


_WINK_BEFORE: dict[str, tuple[tuple[str, ...], ...]] = {  # the words before, nearest first
    "word": (("the",), ("mum's", "mums")),
    "hush": (("hush",),),
    "low": (("down",), ("the",)),
    "dl": (("the",), ("on",)),
    "sealed": (("are", "r"), ("lips",)),
}
_SAY_MORE = ctx._w("much more anything too")
_HEARD_NOT = ctx._w("didn't didnt not never")
_SECRET_UNTIL = ctx._w("until till til yet")
_YET_PUBLIC = ctx._w("official public announced")
_KEPT = ctx._w("still is are it's its being kept")
# "nobody knows yet whether ...", "few know how to ...": not knowing, not a secret kept.
_QUESTION = ctx._w("what whether if how who when why where which")
# Advice not to share: "don't post anything about the layoffs", "never discuss client news".
_ADVICE_NOT = ctx._w("don't dont never not")
_ADVICE_VERBS = ctx._w(
    "share post discuss disclose speculate repost tweet leak publish comment talk mention"
)
_ADVICE_OBJECTS = ctx._w(
    """
    anything any information info details news confidential internal company client clients
    customer customers unreleased unannounced about on publicly online
    """
)


@dataclass(frozen=True, slots=True)
class Marker:
    first: int  # token indices, inclusive (-1: a secrecy emoji, no token)
    last: int
    words: str  # what was read, e.g. "announcement isn't until"
    weak: bool = False  # a wink or a teaser: counts only with news of the organisation


def _words(seq: Sequence[Token], first: int, last: int) -> str:
    return " ".join(t.text for t in seq[first : last + 1])


def _at(seq: Sequence[Token], k: int) -> str:
    return seq[k].text if 0 <= k < len(seq) else ""


def _public(seq: Sequence[Token], m: int) -> bool:
    """A word of going public; "out" only after a verb ("isn't out", "going out"), so "don't
    miss out" is not one."""
    t = _at(seq, m)
    if t == "out":
        return _at(seq, m - 1) in _GOING_OUT
    return t in _PUBLIC


def _nobody(seq: Sequence[Token], j: int) -> bool:
    t = _at(seq, j)
    return t in _NOBODY or (t == "one" and _at(seq, j - 1) == "no")


def _until(seq: Sequence[Token], k: int) -> Marker | None:
    """ "isn't public until", "announcement isn't until", "not out before", "before anyone
    expects", "before the announcement" (a teaser: weak)."""
    for j in range(k - 1, max(-1, k - 5), -1):
        if seq[j].text in _NOT:
            pub = [m for m in range(max(0, j - 2), k) if _public(seq, m)]
            if pub:
                lo = min(j, pub[0])
                return Marker(lo, k, _words(seq, lo, k))
            break
    if seq[k].text == "ahead":
        if _at(seq, k + 1) != "of":
            return None
        k += 1  # "ahead of the results" reads as "before the results"
    if seq[k].text in ("before", "of"):
        nxt = _at(seq, k + 1)
        if nxt in ("anyone", "anybody", "everyone") and _at(seq, k + 2) in _EXPECT:
            return Marker(k, k + 2, _words(seq, k, k + 2))
        for m in (k + 1, k + 2, k + 3):
            if _at(seq, m) in _ANNOUNCEMENT and (m == k + 1 or _at(seq, k + 1) == "the"):
                return Marker(k, m, _words(seq, k, m), weak=True)
        if nxt in ("it", "it's", "its", "this"):  # "before it goes public", "before it's out"
            for m in (k + 2, k + 3):
                if _public(seq, m) or _at(seq, m) == "official":
                    return Marker(k, m, _words(seq, k, m), weak=True)
        return None
    return _until_told(seq, k) if seq[k].text in ("until", "till", "til") else None


def _until_told(seq: Sequence[Token], k: int) -> Marker | None:
    """ "is secret until they tell the clients", "till management announces it"; not "we won't
    know until they announce it" (not knowing) or "wait until they tell you" (an instruction)."""
    for j in range(k + 1, min(len(seq), k + 4)):
        if seq[j].text in _TELLS:
            if _at(seq, j + 1) in _NOT_OTHERS or not _AWAIT.isdisjoint(
                map(_TEXT, seq[max(0, k - 6) : k])
            ):
                return None
            return Marker(k, j, _words(seq, k, j))
    return None


def _for_another(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the customer email isn't going out for another three weeks"."""
    if _at(seq, k - 1) != "for" or k < 2:
        return None
    m = _until(seq, k - 1)
    return None if m is None else Marker(m.first, k, f"{m.words} another")


def _told(seq: Sequence[Token], k: int) -> Marker | None:
    """ "HR hasn't told anyone", "the staff haven't been told", "nobody's been told",
    "my whole team gets told tomorrow"; not "we haven't been told" or "nobody told me"."""
    if _at(seq, k + 1) in ("me", "us", "off"):
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        t = seq[j].text
        if _nobody(seq, j):
            return Marker(j, k, _words(seq, j, k))
        if t in _HAS_NOT or (t == "not" and _at(seq, j - 1) in ("has", "have")):
            subject = _at(seq, j - 1) if t in _HAS_NOT else _at(seq, j - 2)
            if subject in _NOT_OTHERS:
                return None
            # "HR hasn't told anyone": the active verb only with someone else told.
            if (
                seq[k].text == "told"
                and _at(seq, k - 1) != "been"
                and _at(seq, k + 1) not in ("anyone", "anybody", "staff", "the", "them")
            ):
                return None
            return Marker(j, k, _words(seq, j, k))
    prev = _at(seq, k - 1)
    if (
        prev in ("gets", "get")
        or (prev == "be" and _at(seq, k - 2) in ("will", "to"))
        or (prev in ("are", "is") and _at(seq, k + 1) in _WHEN)
    ):
        for j in range(max(0, k - 4), k - 1):
            if seq[j].text in _AUDIENCE:
                return Marker(j, k, f"{seq[j].text} {prev} {seq[k].text}")
    if _at(seq, k + 1) == "early" and _at(seq, k + 2) != "on":  # "I was told early"
        return Marker(k, k + 1, _words(seq, k, k + 1))
    return None


def _knows(seq: Sequence[Token], k: int) -> Marker | None:
    """ "nobody knows yet", "one of the few who already know"; not "nobody knows yet whether"
    or "few know how"."""
    after = 2 if _at(seq, k + 1) == "yet" else 1
    if _at(seq, k + after) in _QUESTION:
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        if seq[j].text == "few":
            return Marker(j, k, f"few ... {seq[k].text}")
        if _nobody(seq, j) and after == 2:
            return Marker(j, k + 1, f"{seq[j].text} {seq[k].text} yet")
    # "the staff don't know yet", "customers doesnt know", "the lads don't even know"
    j = k - 2 if _at(seq, k - 1) == "even" else k - 1
    if _at(seq, j) in _DONT:
        for i in range(j - 1, max(-1, j - 6), -1):
            if seq[i].text in _AUDIENCE:
                last = k + after - 1
                return Marker(i, last, _words(seq, i, last))
    return _will_know(seq, k)


def _outside(seq: Sequence[Token], k: int) -> Marker | None:
    """ "nobody outside the exec team knows"."""
    if _nobody(seq, k - 1):
        return Marker(k - 1, k, f"{seq[k - 1].text} outside")
    return None


def _seen(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the board hasn't seen them yet", "staff haven't heard"; "I've seen the board deck"."""
    j = k - 1
    if _at(seq, j) in ("even", "yet"):
        j -= 1
    if _at(seq, j) in _HAS_NOT and _at(seq, j - 1) in _AUDIENCE:
        return Marker(j - 1, k, _words(seq, j - 1, k))
    if (
        _at(seq, k + 1) == "the"
        and _at(seq, k + 2) in ("board", "internal")
        and _at(seq, k + 3) in _DOCUMENTS
    ):
        return Marker(k, k + 3, _words(seq, k, k + 3))
    # "I've seen the list", "just saw the 2027 roadmap deck"; not "read the press release"
    if (
        seq[k].text in _SAW
        and _at(seq, k + 1) in ("the", "our", "this", "their")
        and not _READER.isdisjoint(map(_TEXT, seq[max(0, k - 3) : k]))
    ):
        for j in range(k + 2, min(len(seq), k + 6)):
            t = seq[j].text
            if t in _PUBLISHED:
                break
            if t in _DOC:
                return _doc_marker(seq, k, j, j)
    return None


def _inbox(seq: Sequence[Token], k: int) -> Marker | None:
    """ "board minutes landed in my inbox"."""
    if _at(seq, k - 1) not in ("my", "our"):
        return None
    for j in range(k - 2, max(-1, k - 7), -1):
        if seq[j].text in _DOC:
            return _doc_marker(seq, j, k, j)
    return None


def _wrote(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the restructuring plan I just typed up": the writer made an internal document."""
    i = k - 2 if _at(seq, k - 1) in ("just", "literally") else k - 1
    if _at(seq, i) != "i":
        return None
    j = i - 2 if _at(seq, i - 1) == "that" else i - 1
    if _at(seq, j) in _DOC:
        return _doc_marker(seq, j, k, j)
    return None


def _internal(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the internal price sheet": only the word "internal" is the marker, so the words
    before the document ("price") count as its news."""
    for j in range(k + 1, min(len(seq), k + 4)):
        if seq[j].text in _DOC:
            return Marker(k, k, _words(seq, k, j))
    return None


def _screenshot(seq: Sequence[Token], k: int) -> Marker | None:
    """ "screenshot of the leadership slides", "screenshot from the board deck"."""
    for j in range(k + 1, min(len(seq), k + 6)):
        if seq[j].text in _SCREEN_OF:
            return _doc_marker(seq, k, j, j)
    return None


def _secret(seq: Sequence[Token], k: int) -> Marker | None:
    """ "is secret until they tell", "still a secret", "secret for now"; "keep it secret" is a
    plea (weak); not "secret santa" or "top secret project at home"."""
    nxt = _at(seq, k + 1)
    if nxt in _SECRET_UNTIL or (nxt == "for" and _at(seq, k + 2) == "now"):
        last = k + 2 if nxt == "for" else k + 1
        return Marker(k, last, _words(seq, k, last))
    prev = k - 1 if _at(seq, k - 1) != "a" else k - 2
    if _at(seq, prev) == "still":
        return Marker(prev, k, _words(seq, prev, k))
    if _at(seq, k - 1) in ("it", "this", "that") and _at(seq, k - 2) in ("keep", "keeping"):
        return Marker(k - 2, k, _words(seq, k - 2, k), weak=True)
    return None


def _wraps(seq: Sequence[Token], k: int) -> Marker | None:
    """ "still under wraps"; "keep it under wraps" is a plea (weak)."""
    if _at(seq, k - 1) != "under":
        return None
    return Marker(k - 1, k, _words(seq, k - 1, k), weak=_at(seq, k - 2) not in _KEPT)


def _yet(seq: Sequence[Token], k: int) -> Marker | None:
    """ "isn't official yet", "hasn't been announced yet", "not yet public"; not "isn't out
    yet" or "not released yet", said of every menu, album and ticket sale."""
    if _at(seq, k - 1) == "not" and _at(seq, k + 1) in _YET_PUBLIC:
        return Marker(k - 1, k + 1, _words(seq, k - 1, k + 1))
    if _at(seq, k - 1) not in _YET_PUBLIC:
        return None
    j = k - 3 if _at(seq, k - 2) in ("been", "be", "is", "are") else k - 2
    if _at(seq, j) in _NOT:
        return Marker(j, k, _words(seq, j, k))
    return None


def _allowed(seq: Sequence[Token], k: int) -> Marker | None:
    """ "I'm not allowed to say", "I wish I could tell my team"."""
    if seq[k].text == "wish":
        if (
            _at(seq, k + 1) in ("i", "we")
            and _at(seq, k + 2) in ("could", "can")
            and _at(seq, k + 3) in _SPEAK
        ):
            return Marker(k, k + 3, _words(seq, k, k + 3))
        return None
    if (
        _at(seq, k - 1) in _NOT
        and _at(seq, k + 1) == "to"
        and _at(seq, k + 2) in _SPEAK
        and not _SPEAKER.isdisjoint(map(_TEXT, seq[max(0, k - 4) : k]))
    ):
        return Marker(k - 1, k + 2, _words(seq, k - 1, k + 2))
    return None


def _say_more(seq: Sequence[Token], k: int) -> Marker | None:
    """ "can't say much", "cannot tell you more"; not "you can't say anything these days".
    A plea ("don't tell anybody", "tell no one", "do not tell a soul") is weak."""
    nxt = _at(seq, k + 1)
    if seq[k].text in ("share", "repeat", "repost") and (
        _at(seq, k - 1) in _DONT or (_at(seq, k - 1) == "not" and _at(seq, k - 2) == "do")
    ):
        # "pls dont share but ...", "don't repeat this": a plea (weak)
        if nxt in ("this", "that", "it", "but", "pls", "please", ""):
            return Marker(k - 1, k, _words(seq, k - 1, k), weak=True)
        return None
    if seq[k].text == "tell":
        plea = (_at(seq, k - 1) in _DONT or _at(seq, k - 1) == "not") and (
            nxt in _NO_ONE or (nxt == "a" and _at(seq, k + 2) == "soul")
        )
        if plea or (nxt == "no" and _at(seq, k + 2) == "one"):
            first, last = (k - 1 if plea else k), (k + 2 if nxt in ("a", "no") else k + 1)
            return Marker(first, last, _words(seq, first, last), weak=True)
    if _at(seq, k - 1) not in _CANT or _at(seq, k - 2) in ctx.SECOND_PERSON:
        return None
    j = k + 2 if _at(seq, k + 1) in ("you", "u") else k + 1
    if _at(seq, j) in _SAY_MORE:
        return Marker(k - 1, j, _words(seq, k - 1, j))
    return None


def _from_me(seq: Sequence[Token], k: int) -> Marker | None:
    """ "u didnt hear it from me", "you never heard this from me"."""
    if (
        _at(seq, k + 1) in ("it", "this", "that")
        and _at(seq, k + 2) == "from"
        and _at(seq, k + 3) == "me"
    ):
        for j in (k - 1, k - 2):
            if _at(seq, j) in _HEARD_NOT:
                return Marker(j, k + 3, _words(seq, j, k + 3))
    return None


def _finds(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the market finds out Thursday", "staff will find out next week"; not "when customers
    find out about it"."""
    if _at(seq, k + 1) != "out" or _at(seq, k + 2) not in _WHEN:
        return None
    for j in range(max(0, k - 3), k):
        if seq[j].text in _AUDIENCE:
            return Marker(j, k + 1, _words(seq, j, k + 1))
    return None


def _will_know(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the press will know on Monday", "staff hear next week", "customers learn on the 3rd"."""
    if _at(seq, k + 1) not in _WHEN or (_at(seq, k + 1) == "in" and _at(seq, k + 2) == "the"):
        return None
    for j in range(max(0, k - 3), k):
        if seq[j].text in _AUDIENCE:
            return Marker(j, k + 1, _words(seq, j, k + 1))
    return None


def _heard(seq: Sequence[Token], k: int) -> Marker | None:
    """ "you heard it here first" (a teaser as often: weak)."""
    if _at(seq, k + 2) == "here" and _at(seq, k + 3) == "first":
        return Marker(k, k + 3, _words(seq, k, k + 3), weak=True)
    return None


def _between(seq: Sequence[Token], k: int) -> Marker | None:
    """ "keep it between us", "just between us", "between you and me" (not "the gap between
    us"): a wink, weak."""
    nxt = _at(seq, k + 1)
    if nxt == "you" and _at(seq, k + 2) == "and" and _at(seq, k + 3) in ("me", "i"):
        return Marker(k, k + 3, _words(seq, k, k + 3), weak=True)
    if nxt == "the" and [_at(seq, k + n) for n in (2, 3, 4)] == ["two", "of", "us"]:
        return Marker(k, k + 4, _words(seq, k, k + 4), weak=True)
    if nxt in ("us", "ourselves") and _at(seq, k - 1) in ("it", "this", "that", "just", "strictly"):
        lo = k - 2 if _at(seq, k - 2) in ("keep", "keeping", "stays", "stay") else k - 1
        return Marker(lo, k + 1, _words(seq, lo, k + 1), weak=True)
    return None


_BOUNDARY = frozenset(".!?:;,(-\u2013\u2014")


def _between_aside(seq: Sequence[Token], k: int, text: str) -> Marker | None:
    """ "Between us, the pricing committee ...", "and, between us: ...": set off as an aside
    (a wink, weak); not "the gap between us" or "between us and the sea"."""
    if _at(seq, k + 1) not in ("us", "ourselves"):
        return None
    before = text[: seq[k].start].rstrip()
    after = text[seq[k + 1].end :].lstrip()
    if (not before or before[-1] in _BOUNDARY) and (not after or after[0] in _BOUNDARY):
        return Marker(k, k + 1, _words(seq, k, k + 1), weak=True)
    return None


def _supposed(seq: Sequence[Token], k: int) -> Marker | None:
    """ "I'm not supposed to say this", "I probably shouldn't be telling you"; not advice
    ("you're not supposed to share client data", "you shouldn't post your badge")."""
    t = seq[k].text
    if t in ("supposed", "meant"):
        # "I'm not supposed to say", "Not meant to know this" (the writer, unsaid), "no one's
        # supposed to know"
        if _at(seq, k + 1) != "to" or _at(seq, k + 2) not in _TO_KNOW:
            return None
        if _at(seq, k - 1) in _NOBODY_IS or (_at(seq, k - 1) == "is" and _nobody(seq, k - 2)):
            return Marker(k - 1, k + 2, _words(seq, k - 1, k + 2))  # "no one's supposed to know"
        if _at(seq, k - 1) not in _NOT:
            return None
        before = seq[max(0, k - 4) : k - 1]
        if (
            k - 1 == 0
            or not _SPEAKER.isdisjoint(map(_TEXT, before))
            or any(_nobody(seq, j) or seq[j].text == "one's" for j in range(max(0, k - 4), k))
        ):
            return Marker(k - 1, k + 2, _words(seq, k - 1, k + 2))
        return None
    if _SPEAKER.isdisjoint(map(_TEXT, seq[max(0, k - 3) : k])):
        return None
    j = k + 2 if _at(seq, k + 1) == "be" else k + 1
    if _at(seq, j) in _SPEAKING:
        return Marker(k, j, _words(seq, k, j))
    return None


def _reveal(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the official reveal is next month", "public announcement is on the 9th" (a teaser as
    often: weak)."""
    if _at(seq, k - 1) not in ("official", "public", "formal"):
        return None
    if _at(seq, k + 1) in ("is", "comes", "lands") and _at(seq, k + 2) in _WHEN:
        return Marker(k - 1, k + 2, _words(seq, k - 1, k + 2), weak=True)
    return None


def _results(seq: Sequence[Token], k: int) -> Marker | None:
    """ "results day is Thursday", "earnings come out next week", "it gets announced on the
    3rd": the news goes public later (a teaser as often: weak)."""
    t = seq[k].text
    if t == "announced":
        if _at(seq, k - 1) in ("be", "gets", "get", "being") and _at(seq, k + 1) in _WHEN:
            return Marker(k - 1, k + 1, _words(seq, k - 1, k + 1), weak=True)
        return None
    j = k + 1
    if _at(seq, j) == "day":  # "results day is on the 28th"
        j += 2 if _at(seq, j + 1) in ("is", "'s") else 1
    elif _at(seq, j) in ("come", "comes"):  # "earnings come out next week"
        j += 2 if _at(seq, j + 1) == "out" else 1
    elif _at(seq, j) in ("are", "is") and _at(seq, j + 1) != "out":  # not "are out on our site"
        j += 1
    else:
        return None
    if _at(seq, j) == "on":  # "on Thursday", "on the 28th"; not "on our investor page"
        nxt = _at(seq, j + 1)
        if not (nxt in _WHEN or (nxt == "the" and _at(seq, j + 2)[:1].isdigit())):
            return None
        j += 1
    elif _at(seq, j) not in _WHEN or _at(seq, j) == "in":
        return None
    return Marker(k, j, _words(seq, k, j), weak=True)


def _wink_words(seq: Sequence[Token], k: int) -> Marker | None:
    """ "mum's the word", "hush hush", "on the down low", "on the dl", "lips are sealed"."""
    before = _WINK_BEFORE[seq[k].text]
    for n, words in enumerate(before, 1):
        if _at(seq, k - n) not in words:
            return None
    first = k - len(before)
    return Marker(first, k, _words(seq, first, k), weak=True)


def _shush(seq: Sequence[Token], k: int) -> Marker | None:
    return Marker(k, k, seq[k].text, weak=True)


_ANCHORS: dict[str, Callable[[Sequence[Token], int], Marker | None]] = {
    "until": _until,
    "till": _until,
    "til": _until,
    "before": _until,
    "another": _for_another,
    "told": _told,
    "informed": _told,
    "knows": _knows,
    "know": _knows,
    "outside": _outside,
    "seen": _seen,
    "heard": _seen,
    "saw": _seen,
    "read": _seen,
    "hear": _from_me,
    "inbox": _inbox,
    "internal": _internal,
    "secret": _secret,
    "wraps": _wraps,
    "yet": _yet,
    "allowed": _allowed,
    "wish": _allowed,
    "say": _say_more,
    "tell": _say_more,
    "share": _say_more,
    "repeat": _say_more,
    "repost": _say_more,
    "reveal": _reveal,
    "ahead": _until,
    "results": _results,
    "earnings": _results,
    "announced": _results,
    **{w: _wink_words for w in _WINK_BEFORE},
    **{w: _hearsay for w in _HEARSAY},
    "slip": _hearsay,
    "bird": _hearsay,
    "sitting": _hearsay,
    "stays": _hearsay,
    "stay": _hearsay,
    "gets": _hearsay,
    "hears": _will_know,
    "learn": _will_know,
    "learns": _will_know,
    **{w: _wrote for w in _WROTE},
    **{w: _screenshot for w in ("screenshot", "screenshots", "screengrab", "screencap")},
    "finds": _finds,
    "find": _finds,
    "between": _between,
    "supposed": _supposed,
    "meant": _supposed,
    "shouldn't": _supposed,
    "shouldnt": _supposed,
    "announcement": _reveal,
    "unveiling": _reveal,
    **{w: _shush for w in _SHUSH},
}
_ANCHOR_WORDS = frozenset(_ANCHORS)


def markers(seq: Sequence[Token], text: str) -> list[Marker]:
    """Every not-yet-public marker of the post, in order (secrecy emoji last, no tokens)."""
    found: list[Marker] = []
    if not _ANCHOR_WORDS.isdisjoint(map(_TEXT, seq)):
        for k, tok in enumerate(seq):
            rule = _ANCHORS.get(tok.text)
            if rule is None:
                continue
            m = rule(seq, k)
            if m is None and tok.text == "heard":
                m = _from_me(seq, k) or _heard(seq, k)
            elif m is None and tok.text == "between":
                m = _between_aside(seq, k, text)
            elif m is None and tok.text == "word":
                m = _hearsay(seq, k)
            elif m is None and tok.text == "hear":
                m = _will_know(seq, k)
            if m is not None and not (found and found[-1].last >= m.first):
                found.append(m)
    for emoji in _SECRET_EMOJI:
        if emoji in text:
            found.append(Marker(-1, -1, emoji, weak=True))
    return found


_SENTENCE_END = frozenset(".!?:;\n")


def specific(seq: Sequence[Token], text: str, skip: set[int], words: set[int]) -> str:
    """A detail that makes business news something told rather than a hint, or "": a number
    ("14 March", "Q3", "$399") outside the tokens in `skip`, or a capitalised name inside a
    sentence ("the Harbourside account", "on Friday") outside `skip` and `words` (the news
    words and policy phrases: "the CEO", "an NDA"). "Signed an NDA for a new client, so I
    can't say more" tells nothing."""
    for k, tok in enumerate(seq):
        if k in skip:
            continue
        if tok.kind == "number" or any(c.isdigit() for c in tok.text):
            return tok.text
        if k in words:
            continue
        first = text[tok.start : tok.start + 1]
        if not first.isupper() or tok.text in ("i", "i'm", "i've", "i'd", "i'll", "im"):
            continue
        before = text[: tok.start].rstrip()
        if before and before[-1] not in _SENTENCE_END and tok.kind == "word":
            return text[tok.start : tok.end]
    return ""


# Said of news already out: "results published today", "as announced".
_ALREADY = ctx._w("published announced publicly")


def already_public(seq: Sequence[Token], marks: Sequence[Marker]) -> str:
    """A word outside the markers saying the news is out already, or "": with only a wink or
    a hint (👀, "between us") such a post is showing off public news, not telling a secret."""
    inside = {k for m in marks for k in range(m.first, m.last + 1)}
    return next((t.text for k, t in enumerate(seq) if t.text in _ALREADY and k not in inside), "")


def advice(seq: Sequence[Token]) -> str:
    """Words telling others not to share ("don't post anything", "never discuss client"), or
    "": such a post warns about disclosure rather than making one."""
    for k in range(len(seq) - 2):
        if seq[k].text in _ADVICE_NOT:
            j = k + 2 if seq[k + 1].text in ("to", "ever", "be") else k + 1
            if _at(seq, j) in _ADVICE_VERBS and _at(seq, j + 1) in _ADVICE_OBJECTS:
                return _words(seq, k, j + 1)
    return ""


# The policy's confidential terms that say the news is not public yet ("not announced yet",
# "didn't hear it from me", "internal memo", "embargoed"), as opposed to those naming the news
# itself ("merger talks", "q3 numbers") or the word "confidential" (as often a promise of
# privacy): one of these words in the term.
_MARKER_TERM_WORDS = ctx._w(
    """
    announced unannounced unreleased released yet internal nda quiet tell embargo embargoed
    record leaked public told hear say secret
    """
)
# Of those, a plea for secrecy is a wink, as "between us" is: "don't tell anyone", "keep it
# quiet".
_WEAK_TERM_WORDS = ctx._w("tell quiet")


def is_marker_term(decoded: str) -> bool:
    """A confidential term of the policy that says something is not public yet."""
    return not _MARKER_TERM_WORDS.isdisjoint(decoded.split())


def is_weak_term(decoded: str) -> bool:
    """A marker term that is a plea for secrecy ("don't tell anyone"), weak as a wink is."""
    return not _WEAK_TERM_WORDS.isdisjoint(decoded.split())
