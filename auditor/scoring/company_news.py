"""Business news of an organisation, as the confidential-disclosure rules read it: events (a
deal done, job cuts, a cut to pay, a site closing, someone stepping down, a board decision, a
client lost or won, a price rise, results with a figure), plain business words (prices, launches,
clients, the board) and sums of money, plus the detail (a number, a name) that makes such news
something told rather than hinted at. Whether the news is public yet is `disclosure`'s to say."""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.scoring import context as ctx
from auditor.scoring.normalize import Token
from auditor.scoring.token_span import at, span

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
                return span(seq, k, j)
    for first, second, lo, hi in _NEAR_PAIRS:
        if t not in first:
            continue
        for j in range(max(0, k + lo), min(len(seq), k + hi + 1)):
            if seq[j].text in _PERSONAL:
                break
            if j != k and seq[j].text in second and not _going_to(seq, j):
                return span(seq, min(j, k), max(j, k))
    return ""


def _going_to(seq: Sequence[Token], j: int) -> bool:
    """ "going to speak", "out to lunch": a plan or an errand, not a departure."""
    return seq[j].text in ("going", "out") and at(seq, j + 1) in ("to", "for", "of")


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
    t = at(seq, k)
    if t == "at":
        return at(seq, k + 1)[:1].isdigit() or at(seq, k + 1) in ("midnight", "noon", "lunch")
    return t in _HOURS and not (t == "for" and at(seq, k + 1) == "good")


def _site(seq: Sequence[Token], k: int) -> str:
    """A site closing read from the closing word at k: "our Leeds office is closing",
    "closing the Norwich branch"; not "closing the office early today"."""
    if _hours(seq, k + 1):
        return ""
    for j in range(k - 1, max(-1, k - 5), -1):
        if seq[j].text in _SITES:
            return span(seq, j, k)
    if seq[k].text in ("closing", "shutting", "close", "shut"):
        for j in range(k + 1, min(len(seq), k + 4)):
            if seq[j].text in _SITES:
                hours = any(_hours(seq, i) for i in range(j + 1, j + 4))
                return "" if hours else span(seq, k, j)
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
            found.append((k, span(seq, k, j)))
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
