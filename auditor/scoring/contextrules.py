"""Context judgements over the hits of one post: threats and hate statements from sentence
structure, insults aimed at a person, negation, reported speech, and political advocacy.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter

from auditor.scoring import context as ctx
from auditor.scoring import structures as st
from auditor.scoring.drugs import DRUG_EMOJI, drug_slang
from auditor.scoring.hate import hate_statements
from auditor.scoring.hits import Hit, NearMiss, bump
from auditor.scoring.insults import name_calling, superlative_insults
from auditor.scoring.lexicon import sev_rank
from auditor.scoring.normalize import Normalized, Token
from auditor.scoring.policy import Policy
from auditor.scoring.sexual import SEX_EMOJI, sexual_advances
from auditor.scoring.threats import threats

_TEXT = itemgetter(1)  # Token.text


# Terms that are also given names or surnames ("Dick Hargreaves", "Mrs Cox", "Fanny Brice").
_NAME_TERMS = frozenset(("dick", "willy", "fanny", "cox", "hoe", "knobs"))
_TITLE_WORDS = "mr mrs ms miss dr sir dame lord lady uncle aunt auntie prof professor captain"
_TITLES = frozenset((*_TITLE_WORDS.split(), "coach", "saint"))
# Capitalised words after the term that make it an insult, not a name ("Dick Head").
_NOT_SURNAMES = frozenset(("head", "heads", "move", "moves", "face", "wad", "pic", "pics"))


def _as_name(seq: Sequence[Token], i: int, text: str) -> str:
    """Why token i, a term that is also a name, reads as a name here; "" when it does not.

    A name is written capitalised (not shouted) and is followed by a capitalised surname or
    preceded by a title; once a post introduces "Dick Hargreaves", a later "Dick" is him too.
    """
    tok = seq[i]
    raw = text[tok.start : tok.end]
    if not raw.istitle():
        return ""
    for k, other in enumerate(seq):
        if other.text != tok.text or not text[other.start : other.end].istitle():
            continue
        if k > 0 and seq[k - 1].text.rstrip(".") in _TITLES:
            return f"a name ({text[seq[k - 1].start : other.end]!r})"
        if k + 1 < len(seq) and seq[k + 1].kind == "word":
            after = seq[k + 1]
            surname = text[after.start : after.end]
            if surname.istitle() and after.text not in _NOT_SURNAMES and len(surname) > 1:
                return f"a name ({text[other.start : after.end]!r})"
    return ""


class ContextRules:
    def __init__(self, policy: Policy, enabled: frozenset[str]) -> None:
        self.policy = policy
        self._enabled = enabled

    def structure(
        self, text: str, norm: Normalized, seq: list[Token], near: list[NearMiss]
    ) -> list[Hit]:
        out: list[Hit] = []
        cats = self._enabled
        found: list[tuple[str, ctx.StructHit]] = []
        # Most posts hold neither a harm verb nor a group word: skip both scans then. A scan
        # runs when a cue is among the words as written or as either reading reads them
        # (threats and hate read words as `context` does, the others as `structures` does;
        # both are one memo lookup per word). Plain words need reading too: "illegalsillegals"
        # reads as "illegals".
        texts = set(map(_TEXT, seq))
        canons = texts.union(map(st.structure_canon, texts), map(ctx.canon_text, texts))
        if "threat" in cats and not ctx.THREAT_CUES.isdisjoint(canons):
            found.extend(("threat", s) for s in threats(seq, text))
        if "hate" in cats and not ctx.GROUP_FORMS.isdisjoint(canons):
            found.extend(("hate", s) for s in hate_statements(seq))
        if "insult" in cats and not (
            st.SUPERLATIVE_INSULTS.isdisjoint(canons) and st.MOST.isdisjoint(canons)
        ):
            found.extend(("insult", s) for s in superlative_insults(seq))
        if "insult" in cats and not st.INSULT_NOUNS.isdisjoint(canons):
            found.extend(("insult", s) for s in name_calling(seq, text))
        if "drugs" in cats and (
            not st.DRUG_SLANG.isdisjoint(canons) or any(e in text for e in DRUG_EMOJI)
        ):
            found.extend(("drugs", s) for s in drug_slang(seq, text))
        if "sexual" in cats and (
            not st.SEX_STATE.isdisjoint(canons) or any(e in text for e in SEX_EMOJI)
        ):
            found.extend(("sexual", s) for s in sexual_advances(seq, text))
        for cid, s in found:
            start, end = seq[s.first].start, seq[s.last].end
            if s.negated:
                near.append(NearMiss(s.rule, start, end, text[start:end], "negation"))
                continue
            out.append(
                Hit(
                    cid,
                    s.rule,
                    self.policy.categories[cid].severity,
                    start,
                    end,
                    seq[s.first].nstart,
                    " ".join(s.words),
                    f"{text[start:end]!r}: {s.why}",
                    s.first,
                    s.last,
                )
            )
        return out

    def adjust(
        self, text: str, norm: Normalized, seq: list[Token], hits: list[Hit], near: list[NearMiss]
    ) -> list[Hit]:
        out: list[Hit] = []
        insult_on = "insult" in self._enabled
        for h in hits:
            if h.decoded in _NAME_TERMS and h.first == h.last >= 0:
                name = _as_name(seq, h.first, text)
                if name:
                    near.append(NearMiss(h.rule, h.start, h.end, text[h.start : h.end], name))
                    continue
            # (A structural insult already names its target: it is not raised again.)
            if (
                h.first >= 0
                and h.category in ("insult", "profanity")
                and insult_on
                and h.rule != "insult.targeted"
            ):
                name_calling = (
                    h.category == "insult"
                    or h.decoded in ctx.NAME_CALLING
                    or (h.term in ctx.NAME_CALLING)
                )
                target = self._target(seq, h.first, h.last, text) if name_calling else None
                if target is not None:
                    if ctx.negated(seq, h.first, 3):
                        near.append(
                            NearMiss(
                                "insult.targeted", h.start, h.end, text[h.start : h.end], "negation"
                            )
                        )
                        continue
                    cat = self.policy.categories["insult"]
                    h.explanation = (
                        f"{text[h.start : h.end]!r} ({h.decoded}) is aimed at a person ({target!r})"
                    )
                    h.severity = bump(h.severity, 1, "high")
                    if sev_rank(h.severity) < sev_rank(cat.severity):
                        h.severity = cat.severity
                    h.category, h.rule = "insult", "insult.targeted"
            if (
                h.category in ("threat", "insult", "hate")
                and h.first >= 0
                and h.rule.endswith(".term")
                and ctx.negated(seq, h.first, 2)
            ):
                near.append(NearMiss(h.rule, h.start, h.end, text[h.start : h.end], "negation"))
                continue
            if h.category in ("threat", "insult", "hate", "profanity", "sexual") and ctx.reported(
                norm.text, h.nstart, text, h.start
            ):
                lowered = bump(h.severity, -2 if h.category == "threat" else -1)
                if lowered != h.severity:
                    h.explanation += "; lowered: quoted or reported speech"
                    h.severity = lowered
            out.append(h)
        self._political(text, seq, out)
        return out

    @staticmethod
    def _target(seq: Sequence[Token], first: int, last: int, text: str) -> str | None:
        for k in range(max(0, first - 4), min(len(seq), last + 3)):
            if first <= k <= last or not ctx.is_target(seq[k]):
                continue
            # "Thank you, I'm such an idiot": the speaker, not the person thanked, is named.
            between = range(k + 1, first) if k < first else range(last + 1, k)
            if any(ctx.canon(seq[m]) in ctx.FIRST_PERSON for m in between):
                continue
            return text[seq[k].start : seq[k].end]
        return None

    @staticmethod
    def _titled_politician(text: str, seq: Sequence[Token]) -> _Title | None:
        """ "Mayor Dunmore", "Councillor Shah": a title of office the policy does not list,
        written capitalised before a capitalised name."""
        for i, tok in enumerate(seq[:-1]):
            if tok.text in _TITLES_POLITICAL and text[tok.start : tok.start + 1].isupper():
                raw = text[seq[i + 1].start : seq[i + 1].end]
                if raw[:1].isupper() and raw[1:].islower():
                    return i, tok.start, tok.end, tok.text
        return None

    def _political(self, text: str, seq: Sequence[Token], hits: list[Hit]) -> None:
        if "political" not in self._enabled:
            return
        pol = [h for h in hits if h.category == "political"]
        sev = self.policy.categories["political"].severity
        # "vote Ford", "voting Labour": a vote verb followed by a capitalised name.
        lowered = text.lower()
        voting = "vot" in lowered or "elect" in lowered
        for i, tok in enumerate(seq[:-1] if voting else ()):
            if tok.text in ("vote", "voting", "elect", "reelect", "re-elect"):
                nxt = seq[i + 1]
                if nxt.start < tok.end:
                    continue  # a piece of the same word, not the next word
                raw = text[nxt.start : nxt.end]
                if raw[:1].isupper() and raw.isalpha() and raw.lower() not in _NOT_CANDIDATES:
                    hits.append(
                        Hit(
                            "political",
                            "political.advocacy",
                            sev,
                            tok.start,
                            nxt.end,
                            tok.nstart,
                            f"{tok.text} {raw.lower()}",
                            f"{text[tok.start : nxt.end]!r} asks for votes for a named "
                            "candidate or party",
                            i,
                            i + 1,
                        )
                    )
        # A politician named by title ("Mayor Dunmore", "the senator") and an insult or swear
        # word in the same post: attacking a politician, which the category is about.
        # Only when no political finding already reaches the category's severity.
        weak = all(sev_rank(h.severity) < sev_rank(sev) for h in pol)
        title: _Title | None = None
        if weak:
            title = next(
                (
                    (h.first, h.start, h.end, h.decoded)
                    for h in pol
                    if h.decoded in _TITLES_POLITICAL
                ),
                None,
            ) or self._titled_politician(text, seq)
        # A party or its voters: an insult, not a swear word ("Republicans better not, goddamn").
        swearing: tuple[str, ...] = ("insult", "profanity")
        if weak and title is None and (title := _party_or_voters(text, seq, pol)) is not None:
            swearing = ("insult",)
        abuse = None
        if title is not None:  # (within a sentence or so of the title)
            abuse = next(
                (
                    h
                    for h in hits
                    if h.category in swearing and abs(_token_index(seq, h) - title[0]) <= 12
                ),
                None,
            ) or _name_calling_near(text, seq, title[0])
        if title is not None and abuse is not None:
            _, start, end, word = title
            hits.append(
                Hit(
                    "political",
                    "political.attack",
                    sev,
                    abuse.start,
                    abuse.end,
                    abuse.nstart,
                    f"{word} ... {abuse.decoded}",
                    f"{text[abuse.start : abuse.end]!r} in a post about "
                    f"{'a party or its voters' if swearing == ('insult',) else 'a politician'} "
                    f"({text[start:end]!r})",
                    abuse.first,
                    abuse.last,
                )
            )
            return
        distinct = sorted({h.decoded for h in pol})
        # "Election day! Please vote": taking part in an election is no side taken.
        if len(distinct) >= 2 and weak and not _CIVIC.issuperset(distinct):
            first = min(pol, key=lambda h: h.start)
            hits.append(
                Hit(
                    "political",
                    "political.topic",
                    sev,
                    first.start,
                    first.end,
                    first.nstart,
                    first.decoded,
                    "several political words in one post: " + ", ".join(distinct),
                    first.first,
                    first.last,
                )
            )


def _party_or_voters(text: str, seq: Sequence[Token], pol: list[Hit]) -> _Title | None:
    """A party or its voters named in a post: "the Meadow Party" (a capitalised name before
    "Party", not an event's: "Christmas Party"), a party the policy names ("Tories"), or
    "voters". Abuse near one attacks a party or its voters, which the category is about."""
    for h in pol:
        if h.decoded in _PARTY_TERMS:
            return h.first, h.start, h.end, h.decoded
    for i, tok in enumerate(seq):
        if tok.text in ("voter", "voters"):
            return i, tok.start, tok.end, tok.text
        if tok.text in ("party", "parties") and i > 0 and text[tok.start].isupper():
            name = seq[i - 1]
            if text[name.start].isupper() and name.text not in _NOT_PARTIES:
                return i - 1, name.start, tok.end, f"{name.text} {tok.text}"
    return None


def _name_calling_near(text: str, seq: Sequence[Token], at: int) -> Hit | None:
    """Name-calling within 12 tokens of token `at` (a politician, party or voters) that the
    insult rules need a person for: a name noun after a determiner, a copula or a demeaning
    adjective up to three words before ("the clueless fraud", "are a bunch of tree-hugging
    parasites", "corrupt little rat") and not the first word of a compound ("the fraud
    inquiry", "the rat problem"); a demeaning adjective or superlative said of them ("is
    clueless", "the dumbest people"); "no brain"."""
    for k in range(max(0, at - 12), min(len(seq), at + 13)):
        word = st.canon(seq[k])
        prev = st.canon(seq[k - 1]) if k > 0 else ""
        nxt = seq[k + 1].text if k + 1 < len(seq) else ""
        if prev in ("word", "term", "called", "calling"):
            continue  # "throw around the word bigot": the word is mentioned, not used
        if word in _ABUSE_NOUNS and nxt not in _COMPOUND_HEADS:
            # (up to two words between: "a bunch of tree-hugging parasites")
            called = any(
                w in _BEFORE_NAME or w in _ABUSE_ADJECTIVES
                for w in map(st.canon, seq[max(0, k - 3) : k])
            )
        elif word in _ABUSE_ADJECTIVES or word in _SUPERLATIVES:
            called = prev in st.COPULA_WORDS or prev in _BEFORE_NAME
        elif word in ("brain", "brains"):
            called = any(st.canon(t) in _LACKING for t in seq[max(0, k - 2) : k])
        else:
            continue
        if called:
            tok = seq[k]
            raw = text[tok.start : tok.end]
            return Hit(
                "insult",
                "insult.term",
                "low",
                tok.start,
                tok.end,
                tok.nstart,
                word,
                f"{raw!r} calls someone names",
                k,
                k,
            )
    return None


def _token_index(seq: Sequence[Token], h: Hit) -> int:
    """The token a hit starts at; a hit not made from tokens (a policy pattern, letters spelled
    out one by one) is placed by its start."""
    if h.first >= 0:
        return h.first
    return max(0, bisect_right([t.start for t in seq], h.start) - 1)


# A politician's title in a post: token index, span in the original text, the word as read.
_Title = tuple[int, int, int, str]
# Titles of office a politician is named by (the policy's low political terms hold some).
_TITLES_POLITICAL = frozenset(
    (
        *("president", "senator", "congressman", "congresswoman", "governor", "mayor"),
        *("councillor", "councilor", "prime minister", "chancellor", "premier", "minister"),
        *("mp", "mep", "assemblyman", "assemblywoman", "congressperson", "alderman"),
    )
)


# Words about taking part in an election, which alone take no side.
_CIVIC = frozenset(("vote", "voting", "voted", "election", "elections", "ballot"))
# Parties the policy's political terms name.
_PARTY_TERMS = frozenset(
    (
        *("democrats", "democrat", "republicans", "republican", "gop", "liberals"),
        *("conservatives", "labour party", "tory", "tories", "leftists"),
    )
)
# Capitalised words before "Party" that name an event or a side, not a political party.
_NOT_PARTIES = frozenset(
    (
        *("christmas", "xmas", "holiday", "holidays", "summer", "winter", "spring", "office"),
        *("team", "birthday", "leaving", "farewell", "retirement", "launch", "garden", "pool"),
        *("house", "block", "street", "dinner", "tea", "pizza", "hen", "stag", "engagement"),
        *("halloween", "easter", "year", "years", "eve", "work", "works", "staff", "company"),
        *("welcome", "costume", "fancy", "dress", "surprise", "baby", "shower", "boat", "beach"),
        *("karaoke", "wedding", "anniversary", "graduation", "release", "watch", "pyjama"),
        *("slumber", "dance", "disco", "search", "third", "working", "guilty", "interested"),
        *("injured", "other", "the", "a", "this", "that", "every", "any", "our", "my", "your"),
        *("tupperware", "afterwork", "after", "cocktail", "lunch", "opening", "closing"),
        *("festive", "themed", "silent", "rave", "project", "sports"),
    )
)
# Name-calling words read near a politician, party or voters (`_name_calling_near`): the
# insult rules' name nouns and demeaning adjectives, and a few words politics adds.
_ABUSE_NOUNS = (
    st.NAME_NOUNS - frozenset(("tool", "hack", "snowflake", "troll", "trolls", "disgrace"))
) | frozenset(("thief", "thieves", "sheep", "rats", "snakes", "crooks", "grifter", "grifters"))
_ABUSE_ADJECTIVES = st.INSULT_ADJECTIVES | frozenset(
    ("corrupt", "crooked", "lying", "spineless", "unwashed", "brain-dead", "deluded")
)
# Words before a name noun that make it name-calling: "a", "the", "are", "such", "bunch of".
_BEFORE_NAME = st.INSULT_DETERMINERS | st.COPULA_WORDS | frozenset(("of", "these"))
# "the dumbest people"; not "the worst quality of life".
_SUPERLATIVES = st.SUPERLATIVE_INSULTS - frozenset(("worst", "weakest", "saddest"))
_LACKING = frozenset(("no", "without", "need", "zero", "any"))
# Nouns after a name noun that make it the first word of a compound ("the fraud inquiry").
_COMPOUND_HEADS = frozenset(
    (
        *("crackdown", "case", "cases", "charge", "charges", "investigation", "inquiry"),
        *("probe", "bill", "law", "laws", "squad", "unit", "allegation", "allegations", "claim"),
        *("claims", "scandal", "prevention", "detection", "problem", "problems", "infestation"),
        *("trial", "victims", "scheme", "schemes", "hearing", "report", "control", "show"),
        *("exhibition", "theatre", "theater", "catcher", "poison", "race", "farm", "sanctuary"),
    )
)
_NOT_CANDIDATES = frozenset(
    (
        "now",
        "today",
        "tomorrow",
        "early",
        "here",
        "yes",
        "no",
        "for",
        "the",
        "this",
        "your",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "me",
        "us",
        "november",
        "local",
        "again",
        "every",
        "like",
        "and",
        "or",
    )
)
