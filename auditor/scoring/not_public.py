"""Signs that news is not public yet, read around an anchor word: it goes public later ("the
announcement isn't until the 20th", "isn't official yet", "results day is Thursday"), its
audience has not heard ("HR hasn't told anyone", "nobody outside the exec team knows", "staff
find out next week") or it is kept ("still under wraps", "secret until they tell the clients").
Also the `Marker` that every such reader returns; the writer's own position (documents, "I'm not
allowed to say", hearsay, winks) is in `insider_signs`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from auditor.scoring import context as ctx
from auditor.scoring.normalize import Token
from auditor.scoring.token_span import TEXT, at, span


@dataclass(frozen=True, slots=True)
class Marker:
    first: int  # token indices, inclusive (-1: a secrecy emoji, no token)
    last: int
    words: str  # what was read, e.g. "announcement isn't until"
    weak: bool = False  # a wink or a teaser: counts only with news of the organisation


def mark(seq: Sequence[Token], first: int, last: int, *, weak: bool = False) -> Marker:
    """A marker of the tokens first..last that quotes them as read."""
    return Marker(first, last, span(seq, first, last), weak=weak)


# ("wasn't announced until ...", "weren't told": in the past, so public by now.)
NOT = ctx._w(
    """
    not isn't isnt aren't arent won't wont hasn't hasnt haven't havent doesn't doesnt don't
    dont can't cant cannot
    """
)
HAS_NOT = ctx._w("hasn't hasnt haven't havent")
_NOBODY = ctx._w("nobody nobody's noone no-one")
# Said of the news: it goes public, out or official at some later time.
_PUBLIC = ctx._w("public announced announcement announce official out released release published")
_GOING_OUT = ctx._w("be is isn't isnt been going goes go comes come coming gets get")
# Not told about one's own situation, which is no disclosure: "we haven't been told", "if you
# haven't been told about your role yet".
_NOT_OTHERS = ctx._w("i i've ive i'm im we we've weve we're me us you you've youve u")
# Who has not heard yet: "the board hasn't seen them", "the market finds out Thursday".
AUDIENCE = ctx._w(
    """
    board market markets staff team teams public press investors shareholders employees
    workers customers clients people everyone anyone union colleagues office lads crew
    workforce
    """
)
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
DONT = ctx._w("don't dont doesn't doesnt")
_SECRET_UNTIL = ctx._w("until till til yet")
_YET_PUBLIC = ctx._w("official public announced")
_KEPT = ctx._w("still is are it's its being kept")
# "nobody knows yet whether ...", "few know how to ...": not knowing, not a secret kept.
_QUESTION = ctx._w("what whether if how who when why where which")


def _public(seq: Sequence[Token], m: int) -> bool:
    """A word of going public; "out" only after a verb ("isn't out", "going out"), so "don't
    miss out" is not one."""
    t = at(seq, m)
    if t == "out":
        return at(seq, m - 1) in _GOING_OUT
    return t in _PUBLIC


def nobody(seq: Sequence[Token], j: int) -> bool:
    """Token j says no one: "nobody", "noone", "no one"."""
    t = at(seq, j)
    return t in _NOBODY or (t == "one" and at(seq, j - 1) == "no")


def _until(seq: Sequence[Token], k: int) -> Marker | None:
    """ "isn't public until", "announcement isn't until", "not out before", "before anyone
    expects", "before the announcement" (a teaser: weak)."""
    for j in range(k - 1, max(-1, k - 5), -1):
        if seq[j].text in NOT:
            pub = [m for m in range(max(0, j - 2), k) if _public(seq, m)]
            if pub:
                lo = min(j, pub[0])
                return mark(seq, lo, k)
            break
    if seq[k].text == "ahead":
        if at(seq, k + 1) != "of":
            return None
        k += 1  # "ahead of the results" reads as "before the results"
    if seq[k].text in ("before", "of"):
        nxt = at(seq, k + 1)
        if nxt in ("anyone", "anybody", "everyone") and at(seq, k + 2) in _EXPECT:
            return mark(seq, k, k + 2)
        for m in (k + 1, k + 2, k + 3):
            if at(seq, m) in _ANNOUNCEMENT and (m == k + 1 or at(seq, k + 1) == "the"):
                return mark(seq, k, m, weak=True)
        if nxt in ("it", "it's", "its", "this"):  # "before it goes public", "before it's out"
            for m in (k + 2, k + 3):
                if _public(seq, m) or at(seq, m) == "official":
                    return mark(seq, k, m, weak=True)
        return None
    return _until_told(seq, k) if seq[k].text in ("until", "till", "til") else None


def _until_told(seq: Sequence[Token], k: int) -> Marker | None:
    """ "is secret until they tell the clients", "till management announces it"; not "we won't
    know until they announce it" (not knowing) or "wait until they tell you" (an instruction)."""
    for j in range(k + 1, min(len(seq), k + 4)):
        if seq[j].text in _TELLS:
            if at(seq, j + 1) in _NOT_OTHERS or not _AWAIT.isdisjoint(
                map(TEXT, seq[max(0, k - 6) : k])
            ):
                return None
            return mark(seq, k, j)
    return None


def _for_another(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the customer email isn't going out for another three weeks"."""
    if at(seq, k - 1) != "for" or k < 2:
        return None
    m = _until(seq, k - 1)
    return None if m is None else Marker(m.first, k, f"{m.words} another")


def _told(seq: Sequence[Token], k: int) -> Marker | None:
    """ "HR hasn't told anyone", "the staff haven't been told", "nobody's been told",
    "my whole team gets told tomorrow"; not "we haven't been told" or "nobody told me"."""
    if at(seq, k + 1) in ("me", "us", "off"):
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        t = seq[j].text
        if nobody(seq, j):
            return mark(seq, j, k)
        if t in HAS_NOT or (t == "not" and at(seq, j - 1) in ("has", "have")):
            subject = at(seq, j - 1) if t in HAS_NOT else at(seq, j - 2)
            if subject in _NOT_OTHERS:
                return None
            # "HR hasn't told anyone": the active verb only with someone else told.
            if (
                seq[k].text == "told"
                and at(seq, k - 1) != "been"
                and at(seq, k + 1) not in ("anyone", "anybody", "staff", "the", "them")
            ):
                return None
            return mark(seq, j, k)
    prev = at(seq, k - 1)
    if (
        prev in ("gets", "get")
        or (prev == "be" and at(seq, k - 2) in ("will", "to"))
        or (prev in ("are", "is") and at(seq, k + 1) in _WHEN)
    ):
        for j in range(max(0, k - 4), k - 1):
            if seq[j].text in AUDIENCE:
                return Marker(j, k, f"{seq[j].text} {prev} {seq[k].text}")
    if at(seq, k + 1) == "early" and at(seq, k + 2) != "on":  # "I was told early"
        return mark(seq, k, k + 1)
    return None


def _knows(seq: Sequence[Token], k: int) -> Marker | None:
    """ "nobody knows yet", "one of the few who already know"; not "nobody knows yet whether"
    or "few know how"."""
    after = 2 if at(seq, k + 1) == "yet" else 1
    if at(seq, k + after) in _QUESTION:
        return None
    for j in range(k - 1, max(-1, k - 4), -1):
        if seq[j].text == "few":
            return Marker(j, k, f"few ... {seq[k].text}")
        if nobody(seq, j) and after == 2:
            return Marker(j, k + 1, f"{seq[j].text} {seq[k].text} yet")
    # "the staff don't know yet", "customers doesnt know", "the lads don't even know"
    j = k - 2 if at(seq, k - 1) == "even" else k - 1
    if at(seq, j) in DONT:
        for i in range(j - 1, max(-1, j - 6), -1):
            if seq[i].text in AUDIENCE:
                last = k + after - 1
                return mark(seq, i, last)
    return will_know(seq, k)


def _outside(seq: Sequence[Token], k: int) -> Marker | None:
    """ "nobody outside the exec team knows"."""
    if nobody(seq, k - 1):
        return mark(seq, k - 1, k)
    return None


def _finds(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the market finds out Thursday", "staff will find out next week"; not "when customers
    find out about it"."""
    if at(seq, k + 1) != "out" or at(seq, k + 2) not in _WHEN:
        return None
    return _audience_learns(seq, k)


def will_know(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the press will know on Monday", "staff hear next week", "customers learn on the 3rd"."""
    if at(seq, k + 1) not in _WHEN or (at(seq, k + 1) == "in" and at(seq, k + 2) == "the"):
        return None
    return _audience_learns(seq, k)


def _audience_learns(seq: Sequence[Token], k: int) -> Marker | None:
    """The audience ("staff", "the market") a few words before the verb at k, read up to the
    word after it: "staff will find out", "the press will know"."""
    for j in range(max(0, k - 3), k):
        if seq[j].text in AUDIENCE:
            return mark(seq, j, k + 1)
    return None


def _secret(seq: Sequence[Token], k: int) -> Marker | None:
    """ "is secret until they tell", "still a secret", "secret for now"; "keep it secret" is a
    plea (weak); not "secret santa" or "top secret project at home"."""
    nxt = at(seq, k + 1)
    if nxt in _SECRET_UNTIL or (nxt == "for" and at(seq, k + 2) == "now"):
        last = k + 2 if nxt == "for" else k + 1
        return mark(seq, k, last)
    prev = k - 1 if at(seq, k - 1) != "a" else k - 2
    if at(seq, prev) == "still":
        return mark(seq, prev, k)
    if at(seq, k - 1) in ("it", "this", "that") and at(seq, k - 2) in ("keep", "keeping"):
        return mark(seq, k - 2, k, weak=True)
    return None


def _wraps(seq: Sequence[Token], k: int) -> Marker | None:
    """ "still under wraps"; "keep it under wraps" is a plea (weak)."""
    if at(seq, k - 1) != "under":
        return None
    return mark(seq, k - 1, k, weak=at(seq, k - 2) not in _KEPT)


def _yet(seq: Sequence[Token], k: int) -> Marker | None:
    """ "isn't official yet", "hasn't been announced yet", "not yet public"; not "isn't out
    yet" or "not released yet", said of every menu, album and ticket sale."""
    if at(seq, k - 1) == "not" and at(seq, k + 1) in _YET_PUBLIC:
        return mark(seq, k - 1, k + 1)
    if at(seq, k - 1) not in _YET_PUBLIC:
        return None
    j = k - 3 if at(seq, k - 2) in ("been", "be", "is", "are") else k - 2
    if at(seq, j) in NOT:
        return mark(seq, j, k)
    return None


def _reveal(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the official reveal is next month", "public announcement is on the 9th" (a teaser as
    often: weak)."""
    if at(seq, k - 1) not in ("official", "public", "formal"):
        return None
    if at(seq, k + 1) in ("is", "comes", "lands") and at(seq, k + 2) in _WHEN:
        return mark(seq, k - 1, k + 2, weak=True)
    return None


def _results(seq: Sequence[Token], k: int) -> Marker | None:
    """ "results day is Thursday", "earnings come out next week", "it gets announced on the
    3rd": the news goes public later (a teaser as often: weak)."""
    t = seq[k].text
    if t == "announced":
        if at(seq, k - 1) in ("be", "gets", "get", "being") and at(seq, k + 1) in _WHEN:
            return mark(seq, k - 1, k + 1, weak=True)
        return None
    j = k + 1
    if at(seq, j) == "day":  # "results day is on the 28th"
        j += 2 if at(seq, j + 1) in ("is", "'s") else 1
    elif at(seq, j) in ("come", "comes"):  # "earnings come out next week"
        j += 2 if at(seq, j + 1) == "out" else 1
    elif at(seq, j) in ("are", "is") and at(seq, j + 1) != "out":  # not "are out on our site"
        j += 1
    else:
        return None
    if at(seq, j) == "on":  # "on Thursday", "on the 28th"; not "on our investor page"
        nxt = at(seq, j + 1)
        if not (nxt in _WHEN or (nxt == "the" and at(seq, j + 2)[:1].isdigit())):
            return None
        j += 1
    elif at(seq, j) not in _WHEN or at(seq, j) == "in":
        return None
    return mark(seq, k, j, weak=True)


# Anchor words and the reader of each (the other anchors are in `insider_signs`).
ANCHORS: dict[str, Callable[[Sequence[Token], int], Marker | None]] = {
    **dict.fromkeys(("until", "till", "til", "before", "ahead"), _until),
    "another": _for_another,
    "told": _told,
    "informed": _told,
    "knows": _knows,
    "know": _knows,
    "outside": _outside,
    "secret": _secret,
    "wraps": _wraps,
    "yet": _yet,
    **dict.fromkeys(("reveal", "announcement", "unveiling"), _reveal),
    **dict.fromkeys(("results", "earnings", "announced"), _results),
    **dict.fromkeys(("hears", "learn", "learns"), will_know),
    "finds": _finds,
    "find": _finds,
}
