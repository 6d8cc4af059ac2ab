"""Signs of an insider telling what is not public yet, read around an anchor word: a document
only insiders see ("I've seen the board deck", "the plan I just typed up", "the internal price
sheet"), not being allowed to say ("I'm not allowed to say", "can't say more", "I shouldn't be
telling you"), hearsay ("my boss let slip", "a little bird told me") and winks ("mum's the word",
"between us", "shhh"). Hints, hearsay and winks are weak: they count only with an event of the
organisation."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from auditor.scoring import context as ctx
from auditor.scoring.normalize import Token
from auditor.scoring.not_public import AUDIENCE, DONT, HAS_NOT, NOT, Marker, mark, nobody, will_know
from auditor.scoring.token_span import TEXT, at, span

_DOCUMENTS = ctx._w("deck pack papers slides minutes memo")
_SPEAK = ctx._w("say share tell talk post mention")
_TO_KNOW = _SPEAK | {"know", "knows"}
_NOBODY_IS = ctx._w("one's nobody's noone's")
_SPEAKER = ctx._w("i i'm im we we're")
_SPEAKING = ctx._w("say saying share sharing tell telling post posting mention mentioning")
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
_READER = ctx._w("i i've ive just we've weve i'd")
_WROTE = ctx._w("typed wrote drafted printed proofread formatted")
_SCREEN_OF = ctx._w(
    """
    internal board exec leadership hr confidential slack memo deck minutes slides slide doc
    document email spreadsheet roadmap
    """
)
_CANT = ctx._w("can't cant cannot")
# A plea not to tell: "don't tell anybody", "tell no one" (weak, as "keep it quiet" is).
_NO_ONE = ctx._w("anyone anybody nobody noone no-one")
_SAY_MORE = ctx._w("much more anything too")
_HEARD_NOT = ctx._w("didn't didnt not never")
# Winks in words: "mum's the word", "hush hush", "on the down low", "my lips are sealed".
# Hearsay from inside (weak): "my boss let slip", "overheard the VP", "insider tip", "a little
# bird told me", "heard it on the grapevine", "word from the top floor", "HR is sitting on it",
# "unofficially:", "this stays in the group chat".
_HEARSAY = ctx._w("overheard insider grapevine unofficially")
_FROM_ABOVE = ctx._w("top upstairs above management leadership")
_WINK_BEFORE: dict[str, tuple[tuple[str, ...], ...]] = {  # the words before, nearest first
    "word": (("the",), ("mum's", "mums")),
    "hush": (("hush",),),
    "low": (("down",), ("the",)),
    "dl": (("the",), ("on",)),
    "sealed": (("are", "r"), ("lips",)),
}
_SHUSH = ctx._w("shh shhh shhhh shhhhh shhhhhh psst")
_BOUNDARY = frozenset(".!?:;,(-\u2013\u2014")


def _doc_marker(seq: Sequence[Token], first: int, last: int, doc: int) -> Marker:
    weak = _INSIDER.isdisjoint(map(TEXT, seq[max(0, doc - 3) : doc + 1]))
    return mark(seq, first, last, weak=weak)


def _seen(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the board hasn't seen them yet", "staff haven't heard"; "I've seen the board deck"."""
    j = k - 1
    if at(seq, j) in ("even", "yet"):
        j -= 1
    if at(seq, j) in HAS_NOT and at(seq, j - 1) in AUDIENCE:
        return mark(seq, j - 1, k)
    if (
        at(seq, k + 1) == "the"
        and at(seq, k + 2) in ("board", "internal")
        and at(seq, k + 3) in _DOCUMENTS
    ):
        return mark(seq, k, k + 3)
    # "I've seen the list", "just saw the 2027 roadmap deck"; not "read the press release"
    if (
        seq[k].text in _SAW
        and at(seq, k + 1) in ("the", "our", "this", "their")
        and not _READER.isdisjoint(map(TEXT, seq[max(0, k - 3) : k]))
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
    if at(seq, k - 1) not in ("my", "our"):
        return None
    for j in range(k - 2, max(-1, k - 7), -1):
        if seq[j].text in _DOC:
            return _doc_marker(seq, j, k, j)
    return None


def _wrote(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the restructuring plan I just typed up": the writer made an internal document."""
    i = k - 2 if at(seq, k - 1) in ("just", "literally") else k - 1
    if at(seq, i) != "i":
        return None
    j = i - 2 if at(seq, i - 1) == "that" else i - 1
    if at(seq, j) in _DOC:
        return _doc_marker(seq, j, k, j)
    return None


def _internal(seq: Sequence[Token], k: int) -> Marker | None:
    """ "the internal price sheet": only the word "internal" is the marker, so the words
    before the document ("price") count as its news."""
    for j in range(k + 1, min(len(seq), k + 4)):
        if seq[j].text in _DOC:
            return Marker(k, k, span(seq, k, j))
    return None


def _screenshot(seq: Sequence[Token], k: int) -> Marker | None:
    """ "screenshot of the leadership slides", "screenshot from the board deck"."""
    for j in range(k + 1, min(len(seq), k + 6)):
        if seq[j].text in _SCREEN_OF:
            return _doc_marker(seq, k, j, j)
    return None


def _allowed(seq: Sequence[Token], k: int) -> Marker | None:
    """ "I'm not allowed to say", "I wish I could tell my team"."""
    if seq[k].text == "wish":
        if (
            at(seq, k + 1) in ("i", "we")
            and at(seq, k + 2) in ("could", "can")
            and at(seq, k + 3) in _SPEAK
        ):
            return mark(seq, k, k + 3)
        return None
    if (
        at(seq, k - 1) in NOT
        and at(seq, k + 1) == "to"
        and at(seq, k + 2) in _SPEAK
        and not _SPEAKER.isdisjoint(map(TEXT, seq[max(0, k - 4) : k]))
    ):
        return mark(seq, k - 1, k + 2)
    return None


def _say_more(seq: Sequence[Token], k: int) -> Marker | None:
    """ "can't say much", "cannot tell you more"; not "you can't say anything these days".
    A plea ("don't tell anybody", "tell no one", "do not tell a soul") is weak."""
    nxt = at(seq, k + 1)
    if seq[k].text in ("share", "repeat", "repost") and (
        at(seq, k - 1) in DONT or (at(seq, k - 1) == "not" and at(seq, k - 2) == "do")
    ):
        # "pls dont share but ...", "don't repeat this": a plea (weak)
        if nxt in ("this", "that", "it", "but", "pls", "please", ""):
            return mark(seq, k - 1, k, weak=True)
        return None
    if seq[k].text == "tell":
        plea = (at(seq, k - 1) in DONT or at(seq, k - 1) == "not") and (
            nxt in _NO_ONE or (nxt == "a" and at(seq, k + 2) == "soul")
        )
        if plea or (nxt == "no" and at(seq, k + 2) == "one"):
            first, last = (k - 1 if plea else k), (k + 2 if nxt in ("a", "no") else k + 1)
            return mark(seq, first, last, weak=True)
    if at(seq, k - 1) not in _CANT or at(seq, k - 2) in ctx.SECOND_PERSON:
        return None
    j = k + 2 if at(seq, k + 1) in ("you", "u") else k + 1
    if at(seq, j) in _SAY_MORE:
        return mark(seq, k - 1, j)
    return None


def _from_me(seq: Sequence[Token], k: int) -> Marker | None:
    """ "u didnt hear it from me", "you never heard this from me"."""
    if (
        at(seq, k + 1) in ("it", "this", "that")
        and at(seq, k + 2) == "from"
        and at(seq, k + 3) == "me"
    ):
        for j in (k - 1, k - 2):
            if at(seq, j) in _HEARD_NOT:
                return mark(seq, j, k + 3)
    return None


def _supposed(seq: Sequence[Token], k: int) -> Marker | None:
    """ "I'm not supposed to say this", "I probably shouldn't be telling you"; not advice
    ("you're not supposed to share client data", "you shouldn't post your badge")."""
    t = seq[k].text
    if t in ("supposed", "meant"):
        # "I'm not supposed to say", "Not meant to know this" (the writer, unsaid), "no one's
        # supposed to know"
        if at(seq, k + 1) != "to" or at(seq, k + 2) not in _TO_KNOW:
            return None
        if at(seq, k - 1) in _NOBODY_IS or (at(seq, k - 1) == "is" and nobody(seq, k - 2)):
            return mark(seq, k - 1, k + 2)  # "no one's supposed to know"
        if at(seq, k - 1) not in NOT:
            return None
        before = seq[max(0, k - 4) : k - 1]
        if (
            k - 1 == 0
            or not _SPEAKER.isdisjoint(map(TEXT, before))
            or any(nobody(seq, j) or seq[j].text == "one's" for j in range(max(0, k - 4), k))
        ):
            return mark(seq, k - 1, k + 2)
        return None
    if _SPEAKER.isdisjoint(map(TEXT, seq[max(0, k - 3) : k])):
        return None
    j = k + 2 if at(seq, k + 1) == "be" else k + 1
    if at(seq, j) in _SPEAKING:
        return mark(seq, k, j)
    return None


def _hearsay(seq: Sequence[Token], k: int) -> Marker | None:
    """ "my boss let slip", "overheard", "insider tip", "a little bird", "word from the top",
    "HR is sitting on it", "this stays in the group chat" (weak); "if this gets out" (strong)."""
    t = seq[k].text
    if t in _HEARSAY:
        if t == "insider" and at(seq, k + 1) not in ("tip", "info", "information", "news"):
            return None
        return mark(seq, k, k, weak=True)
    nxt = at(seq, k + 1)
    if t == "slip":
        ok = at(seq, k - 1) in ("let", "lets", "letting")
        return mark(seq, k - 1, k, weak=True) if ok else None
    if t == "bird" and at(seq, k - 1) == "little":
        return mark(seq, k - 1, k, weak=True)
    if t == "word" and nxt == "from":
        j = k + 3 if at(seq, k + 2) == "the" else k + 2
        if at(seq, j) in _FROM_ABOVE:
            return mark(seq, k, j, weak=True)
        return None
    if t == "sitting" and nxt == "on" and at(seq, k + 2) in ("it", "this", "that"):
        return mark(seq, k, k + 2, weak=True)
    if t in ("stays", "stay") and nxt == "in" and at(seq, k + 2) in ("the", "this", "our"):
        for j in (k + 3, k + 4):
            if at(seq, j) in ("chat", "room", "group", "thread", "team"):
                return mark(seq, k, j, weak=True)
        return None
    if (
        t in ("gets", "get")
        and nxt == "out"
        and at(seq, k - 2) == "if"
        and at(seq, k - 1) in ("this", "it", "that", "word", "anything")
    ):
        # "if this gets out": the writer knows it is not out (strong)
        return mark(seq, k - 2, k + 1)
    return None


def _heard(seq: Sequence[Token], k: int) -> Marker | None:
    """ "you heard it here first" (a teaser as often: weak)."""
    if at(seq, k + 2) == "here" and at(seq, k + 3) == "first":
        return mark(seq, k, k + 3, weak=True)
    return None


def _between(seq: Sequence[Token], k: int) -> Marker | None:
    """ "keep it between us", "just between us", "between you and me" (not "the gap between
    us"): a wink, weak."""
    nxt = at(seq, k + 1)
    if nxt == "you" and at(seq, k + 2) == "and" and at(seq, k + 3) in ("me", "i"):
        return mark(seq, k, k + 3, weak=True)
    if nxt == "the" and [at(seq, k + n) for n in (2, 3, 4)] == ["two", "of", "us"]:
        return mark(seq, k, k + 4, weak=True)
    if nxt in ("us", "ourselves") and at(seq, k - 1) in ("it", "this", "that", "just", "strictly"):
        lo = k - 2 if at(seq, k - 2) in ("keep", "keeping", "stays", "stay") else k - 1
        return mark(seq, lo, k + 1, weak=True)
    return None


def between_aside(seq: Sequence[Token], k: int, text: str) -> Marker | None:
    """ "Between us, the pricing committee ...", "and, between us: ...": set off as an aside
    (a wink, weak); not "the gap between us" or "between us and the sea"."""
    if at(seq, k + 1) not in ("us", "ourselves"):
        return None
    before = text[: seq[k].start].rstrip()
    after = text[seq[k + 1].end :].lstrip()
    if (not before or before[-1] in _BOUNDARY) and (not after or after[0] in _BOUNDARY):
        return mark(seq, k, k + 1, weak=True)
    return None


def _wink_words(seq: Sequence[Token], k: int) -> Marker | None:
    """ "mum's the word", "hush hush", "on the down low", "on the dl", "lips are sealed"."""
    before = _WINK_BEFORE[seq[k].text]
    for n, words in enumerate(before, 1):
        if at(seq, k - n) not in words:
            return None
    first = k - len(before)
    return mark(seq, first, k, weak=True)


def _shush(seq: Sequence[Token], k: int) -> Marker | None:
    return mark(seq, k, k, weak=True)


def _heard_any(seq: Sequence[Token], k: int) -> Marker | None:
    """ "heard": "staff haven't heard", "didn't hear it from me", "you heard it here first"."""
    return _seen(seq, k) or _from_me(seq, k) or _heard(seq, k)


def _hear(seq: Sequence[Token], k: int) -> Marker | None:
    """ "hear": "u didnt hear it from me", "staff hear next week"."""
    return _from_me(seq, k) or will_know(seq, k)


def _word(seq: Sequence[Token], k: int) -> Marker | None:
    """ "word": "mum's the word", "word from the top floor"."""
    return _wink_words(seq, k) or _hearsay(seq, k)


# Anchor words and the reader of each (the other anchors are in `not_public`). "between" has a
# second reading, as an aside, which needs the text: `between_aside`.
ANCHORS: dict[str, Callable[[Sequence[Token], int], Marker | None]] = {
    **dict.fromkeys(("seen", "saw", "read"), _seen),
    "heard": _heard_any,
    "hear": _hear,
    "inbox": _inbox,
    "internal": _internal,
    "allowed": _allowed,
    "wish": _allowed,
    **dict.fromkeys(("say", "tell", "share", "repeat", "repost"), _say_more),
    **dict.fromkeys(_WINK_BEFORE, _wink_words),
    "word": _word,
    **dict.fromkeys(_HEARSAY, _hearsay),
    **dict.fromkeys(("slip", "bird", "sitting", "stays", "stay", "gets"), _hearsay),
    **dict.fromkeys(_WROTE, _wrote),
    **dict.fromkeys(("screenshot", "screenshots", "screengrab", "screencap"), _screenshot),
    "between": _between,
    **dict.fromkeys(("supposed", "meant", "shouldn't", "shouldnt"), _supposed),
    **dict.fromkeys(_SHUSH, _shush),
}
