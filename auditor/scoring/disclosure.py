"""Company news told before it is public: a marker that something is not public yet ("the
announcement isn't until the 20th", "HR hasn't told anyone", "nobody outside the exec team
knows", "keep it between us", 🤫) together with business news in the same post ("acquiring",
"layoffs", "pricing", "the CEO is stepping down").

Either alone is ordinary talk: public launches, results already out, a confidential helpline,
layoffs in the news, "the meeting isn't until 3". A wink ("shhh", 🤫, "between us") is also how
brand ambassadors tease a sale and how friends joke, so it only counts with an event of the
organisation (a deal done, job cuts, a site closing, someone stepping down), never with a
price, a launch, a client or the board alone. Advice not to share ("don't post anything about
the layoffs before it's announced") discloses nothing.

The markers are constructions read over the post's tokens from a few anchor words, so a post
holding no anchor costs one set test.
"""

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
    ipo valuation deal deals price prices pricing priced launch launches launching ships
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
    "roles": ("cut", "cuts", "going"),
}
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


def news_words(seq: Sequence[Token], text: str, *, wink: bool = False) -> list[tuple[int, str]]:
    """The business-news words of a post with their token index (-1 for a sum of money, which
    is not always a token), as read: "acquiring", "stepping down", "office closes", "$62M".
    For a wink (`wink`), only events: no prices, launches, clients, sums or the board."""
    found: list[tuple[int, str]] = []
    pair_end = -1
    for k, tok in enumerate(seq):
        t = tok.text
        if t in _EVENT_PAIRS and k + 1 < len(seq) and seq[k + 1].text in _EVENT_PAIRS[t]:
            found.append((k, f"{t} {seq[k + 1].text}"))
            pair_end = k + 1
        elif k == pair_end:
            continue
        elif t in EVENT_WORDS or (not wink and t in BUSINESS_WORDS):
            found.append((k, t))
        elif t in _CLOSING:
            for j in range(k - 1, max(-1, k - 5), -1):  # "our Leeds office is closing"
                if seq[j].text in _SITES:
                    found.append((k, _words(seq, j, k)))
                    break
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
    workers customers clients people everyone anyone union colleagues office
    """
)
_DOCUMENTS = ctx._w("deck pack papers slides minutes memo")
_SHUSH = ctx._w("shh shhh shhhh shhhhh shhhhhh psst")
_SECRET_EMOJI = ("\U0001f92b", "\U0001f64a", "\U0001f910")  # shushing face, speak-no-evil, zip
_SPEAK = ctx._w("say share tell talk post mention")
_SPEAKER = ctx._w("i i'm im we we're")
_SPEAKING = ctx._w("say saying share sharing tell telling post posting mention mentioning")
_EXPECT = ctx._w("expects expected knows knew finds hears realises realizes")
_ANNOUNCEMENT = ctx._w("announcement announcements announced embargo")
_WHEN = ctx._w(
    """
    next on in this tomorrow today tonight monday tuesday wednesday thursday friday saturday
    sunday
    """
)
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
    t = seq[m].text
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
    if seq[k].text == "before":
        nxt = _at(seq, k + 1)
        if nxt in ("anyone", "anybody", "everyone") and _at(seq, k + 2) in _EXPECT:
            return Marker(k, k + 2, _words(seq, k, k + 2))
        for m in (k + 1, k + 2, k + 3):
            if _at(seq, m) in _ANNOUNCEMENT and (m == k + 1 or _at(seq, k + 1) == "the"):
                return Marker(k, m, _words(seq, k, m), weak=True)
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
    if prev in ("gets", "get") or (prev == "be" and _at(seq, k - 2) == "will"):
        for j in range(max(0, k - 4), k - 1):
            if seq[j].text in _AUDIENCE:
                return Marker(j, k, f"{seq[j].text} {prev} {seq[k].text}")
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
    return None


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
    if nxt in ("us", "ourselves") and _at(seq, k - 1) in ("it", "this", "that", "just", "strictly"):
        lo = k - 2 if _at(seq, k - 2) in ("keep", "keeping", "stays", "stay") else k - 1
        return Marker(lo, k + 1, _words(seq, lo, k + 1), weak=True)
    return None


def _supposed(seq: Sequence[Token], k: int) -> Marker | None:
    """ "I'm not supposed to say this", "I probably shouldn't be telling you"; not advice
    ("you're not supposed to share client data", "you shouldn't post your badge")."""
    t = seq[k].text
    if _SPEAKER.isdisjoint(map(_TEXT, seq[max(0, k - 3) : k])):
        return None
    if t == "supposed":
        if _at(seq, k - 1) in _NOT and _at(seq, k + 1) == "to" and _at(seq, k + 2) in _SPEAK:
            return Marker(k - 1, k + 2, _words(seq, k - 1, k + 2))
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
    "finds": _finds,
    "find": _finds,
    "between": _between,
    "supposed": _supposed,
    "shouldn't": _supposed,
    "shouldnt": _supposed,
    "reveal": _reveal,
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
                m = _heard(seq, k)
            if m is not None and not (found and found[-1].last >= m.first):
                found.append(m)
    for emoji in _SECRET_EMOJI:
        if emoji in text:
            found.append(Marker(-1, -1, emoji, weak=True))
    return found


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
