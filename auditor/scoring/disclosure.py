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
holding no anchor costs one set test. The readers live in `not_public` (when the news goes out,
who has not heard) and `insider_signs` (documents, "not allowed to say", hearsay, winks), the
news in `company_news`; this module joins them and is what `orgrules` calls."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from auditor.scoring import context as ctx
from auditor.scoring import insider_signs, not_public
from auditor.scoring.company_news import BUSINESS_WORDS, EVENT_WORDS, news_words, specific
from auditor.scoring.normalize import Token
from auditor.scoring.not_public import Marker
from auditor.scoring.token_span import TEXT, at, span

__all__ = [
    "BUSINESS_WORDS",
    "EVENT_WORDS",
    "Marker",
    "advice",
    "already_public",
    "is_marker_term",
    "is_weak_term",
    "markers",
    "news_words",
    "specific",
]

# Shushing face, speak-no-evil, zipper mouth, eyes (a hint: "guess who we're buying 👀").
_SECRET_EMOJI = ("\U0001f92b", "\U0001f64a", "\U0001f910", "\U0001f440")
# Each anchor word opens one reader of the tokens around it; the two tables share no word.
_ANCHORS: dict[str, Callable[[Sequence[Token], int], Marker | None]] = {
    **not_public.ANCHORS,
    **insider_signs.ANCHORS,
}
_ANCHOR_WORDS = frozenset(_ANCHORS)


def markers(seq: Sequence[Token], text: str) -> list[Marker]:
    """Every not-yet-public marker of the post, in order (secrecy emoji last, no tokens)."""
    found: list[Marker] = []
    if not _ANCHOR_WORDS.isdisjoint(map(TEXT, seq)):
        for k, tok in enumerate(seq):
            rule = _ANCHORS.get(tok.text)
            if rule is None:
                continue
            m = rule(seq, k)
            if m is None and tok.text == "between":
                m = insider_signs.between_aside(seq, k, text)
            if m is not None and not (found and found[-1].last >= m.first):
                found.append(m)
    for emoji in _SECRET_EMOJI:
        if emoji in text:
            found.append(Marker(-1, -1, emoji, weak=True))
    return found


# Said of news already out: "results published today", "as announced".
_ALREADY = ctx._w("published announced publicly")


def already_public(seq: Sequence[Token], marks: Sequence[Marker]) -> str:
    """A word outside the markers saying the news is out already, or "": with only a wink or
    a hint (👀, "between us") such a post is showing off public news, not telling a secret."""
    inside = {k for m in marks for k in range(m.first, m.last + 1)}
    return next((t.text for k, t in enumerate(seq) if t.text in _ALREADY and k not in inside), "")


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


def advice(seq: Sequence[Token]) -> str:
    """Words telling others not to share ("don't post anything", "never discuss client"), or
    "": such a post warns about disclosure rather than making one."""
    for k in range(len(seq) - 2):
        if seq[k].text in _ADVICE_NOT:
            j = k + 2 if seq[k + 1].text in ("to", "ever", "be") else k + 1
            if at(seq, j) in _ADVICE_VERBS and at(seq, j + 1) in _ADVICE_OBJECTS:
                return span(seq, k, j + 1)
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
