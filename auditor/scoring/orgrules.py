"""Organisation-specific rules: criticism of the employer, disparaging competitors, codenames and
confidential phrases near the organisation's names.

Criticism of the employer is never misconduct: it is flagged `employer_criticism` at medium at
most, with guidance to review it with HR and legal as possibly protected activity. It needs a
complaint cue ("cancelled ... pay", "still nothing", "please fix", "unfair") or clearly negative
sentiment; a competitor needs disparaging words, phrases or idioms near its name. Sentiment
comes from TextBlob's pattern lexicon (`sentiment_assessments`, no NLTK corpora), and only for
posts that name the organisation or a competitor, because it is slow.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from auditor.models import Organization
from auditor.scoring import context as ctx
from auditor.scoring import disclosure
from auditor.scoring.hits import Hit
from auditor.scoring.lexicon import match_phrase, sev_rank, term_words
from auditor.scoring.normalize import Normalized, Token
from auditor.scoring.policy import Policy
from auditor.scoring.segment import english_vocabulary

# Sentiment alone must be clearly negative: a balanced review with one "annoying" (-0.33) is
# not criticism. Below STRONG any negative post counts; below CLEAR it needs two negative words.
NEGATIVE_POLARITY = -0.3
STRONG_NEGATIVE_POLARITY = -0.5
_WINDOW = 12  # tokens between a confidential phrase or disparaging word and a name
_IDIOM_WINDOW = 10  # tokens from "couldn't" to the "if ..." of an incompetence idiom


def _phrases(text: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases (one per line) indexed by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for line in text.strip().splitlines():
        words = tuple(line.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


# Cues that a post about the employer is a complaint, even in neutral words (pay withheld,
# safety ignored, "still nothing", "please fix"). Criticism is reviewed, never misconduct.
CRITICISM_WORDS = ctx._w(
    """
    unfair unsafe underpaid unpaid overworked understaffed ignored ignoring ignores toxic
    retaliation retaliated mismanagement mismanaged negligent negligence exploitative exploited
    unacceptable disgraceful shameful appalling disappointing coverup hazardous faulty defective
    """
)
CRITICISM_PHRASES = _phrases(
    """
    still nothing
    still waiting
    still broken
    still slow
    still buggy
    still unpaid
    still not fixed
    still no fix
    still no answer
    still no reply
    please fix
    pls fix
    plz fix
    painfully slow
    nobody listens
    no one listens
    nobody cares
    going to get hurt
    gonna get hurt
    will get hurt
    going to get killed
    will get killed
    pay cut
    pay cuts
    covered up
    """
)
# Cancelling or cutting something owed to staff: "cancelled ambassador mileage pay".
_GRIEVANCE_VERBS = ctx._w(
    """
    cancelled canceled cancels cancelling cut cuts slashed withheld withholding withholds delayed
    docked scrapped stopped froze frozen reduced denied denies
    """
)
_PAY_WORDS = ctx._w(
    """
    pay wages wage salary salaries bonus bonuses mileage overtime raise raises pension pensions
    benefits expenses allowance allowances commission
    """
)
# Disparaging phrases about a company or its products, and incompetence idioms ("couldn't
# build a toaster if you gave them the instructions", "couldn't X to save their lives").
DISPARAGING_PHRASES = _phrases(
    """
    deserve better
    deserves better
    rolling disaster
    death trap
    death traps
    laughing stock
    dumpster fire
    paper bag
    in a brewery
    to save their lives
    to save their life
    to save his life
    to save her life
    to save its life
    """
)
# "were" is not here: "the numbers were below forecast" says nothing about whose numbers.
_OURS = ctx._w("we we're we've weve we'll our ours us")


def _ours(seq: Sequence[Token], i: int) -> str:
    """The first-person plural word ("we're", "our") within the window of token i, or ""."""
    for k in range(max(0, i - _WINDOW), min(len(seq), i + _WINDOW + 1)):
        if seq[k].text in _OURS:
            return seq[k].text
    return ""


_INCAPABLE = ctx._w("couldn't couldnt can't cant cannot")
_IDIOM_IF_SUBJECT = ctx._w("you someone they anyone their his her we it he she u")


@dataclass(frozen=True, slots=True)
class Mention:
    kind: str  # org | competitor | codename
    label: str
    first: int
    last: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentiment:
    polarity: float
    negative_words: tuple[str, ...]


def sentiment(text: str) -> Sentiment:
    """TextBlob polarity and the words of every negative assessment."""
    from textblob import TextBlob  # imported lazily: most posts never need it

    result = TextBlob(text).sentiment_assessments
    words: list[str] = []
    for assessment in result.assessments:
        tokens, polarity = assessment[0], assessment[1]
        if polarity < 0:
            words.extend(str(t) for t in tokens)
    return Sentiment(float(result.polarity), tuple(dict.fromkeys(words)))


def _phrases_at(
    seq: Sequence[Token], lo: int, hi: int, index: dict[str, tuple[tuple[str, ...], ...]]
) -> list[str]:
    out: list[str] = []
    for k in range(lo, hi):
        for words in index.get(seq[k].text, ()):
            if tuple(t.text for t in seq[k : k + len(words)]) == words:
                out.append(" ".join(words))
    return out


def _incompetence_idiom(seq: Sequence[Token], lo: int, hi: int) -> list[str]:
    """ "couldn't <do something> if you/they ..." : ridicule of someone's competence."""
    for k in range(lo, hi):
        if seq[k].text not in _INCAPABLE:
            continue
        for j in range(k + 2, min(len(seq) - 1, k + _IDIOM_WINDOW)):
            if seq[j].text == "if" and seq[j + 1].text in _IDIOM_IF_SUBJECT:
                return [f"{seq[k].text} ... if {seq[j + 1].text}"]
    return []


def _disparaging_near(seq: Sequence[Token], m: Mention) -> list[str]:
    """Disparaging words ("sucks", "scam", "garbage"), phrases ("deserve better") and
    incompetence idioms within a few words of a mention."""
    lo, hi = max(0, m.first - _WINDOW), min(len(seq), m.last + _WINDOW + 1)
    found = [seq[k].text for k in range(lo, hi) if ctx.canon(seq[k]) in ctx.DISPARAGING]
    found.extend(_phrases_at(seq, lo, hi, DISPARAGING_PHRASES))
    found.extend(_incompetence_idiom(seq, lo, hi))
    if m.kind == "competitor" and m.first > 0 and seq[m.first - 1].text == "unlike":
        # "Unlike Globex, our brakes actually work": the comparison says theirs do not.
        for k in range(m.last + 1, hi):
            if seq[k].text == "actually":
                found.append(f"unlike {seq[m.first].text} ... actually")
                break
    return found


def _criticism_cues(seq: Sequence[Token]) -> list[str]:
    """Complaint cues anywhere in the post: "unfair", "still nothing", "cancelled ... pay"."""
    found = [
        t.text
        for k, t in enumerate(seq)
        if t.text in CRITICISM_WORDS and not ctx.negated(seq, k, 2)
    ]
    found.extend(_phrases_at(seq, 0, len(seq), CRITICISM_PHRASES))
    for k, t in enumerate(seq):
        if t.text in _GRIEVANCE_VERBS:
            for j in range(k + 1, min(len(seq), k + 5)):
                if seq[j].text in _PAY_WORDS:
                    found.append(f"{t.text} ... {seq[j].text}")
                    break
    return found


def clearly_negative(mood: Sentiment) -> bool:
    """Sentiment that reads as a complaint on its own (not a balanced review)."""
    if not mood.negative_words:
        return False
    if mood.polarity <= STRONG_NEGATIVE_POLARITY:
        return True
    return mood.polarity <= NEGATIVE_POLARITY and len(mood.negative_words) >= 2


def _news_outside(seq: Sequence[Token], text: str, h: Hit) -> str:
    """The business-news words of the post outside hit h, joined ("" when none); after a plea
    for secrecy ("don't tell anyone") only events (a deal done, job cuts, a closure), never a
    price or a launch (that is how a sale is teased)."""
    wink = disclosure.is_weak_term(h.decoded)
    found = disclosure.news_words(seq, text, wink=wink)
    words = [w for k, w in found if not h.first <= k <= h.last]
    # (after a plea every word found is an event, so any outside h already tells news)
    if words and not wink and not _told(seq, text, set(range(h.first, h.last + 1)), found, [h]):
        return ""
    return ", ".join(repr(w) for w in dict.fromkeys(words))


def _told(
    seq: Sequence[Token],
    text: str,
    skip: set[int],
    news: list[tuple[int, str]],
    hits: list[Hit],
) -> bool:
    """Whether the post tells news rather than hinting at it: an event (a deal done, job cuts,
    a closure ...), a sum of money, or some detail (a number, a name other than the news words
    and the policy's phrases): "Signed an NDA for a new client, so I can't say more" names only
    a client."""
    if any(k == -1 for k, _ in news):  # a sum of money
        return True
    if any(k not in skip for k, _ in disclosure.news_words(seq, text, wink=True)):
        return True
    words = {k for k, _ in news}
    for h in hits:
        if h.category == "confidential" and h.first >= 0:
            words.update(range(h.first, h.last + 1))
    return bool(disclosure.specific(seq, text, skip, words))


def _not_public_news(
    text: str, norm: Normalized, seq: Sequence[Token], hits: list[Hit], out: list[Hit]
) -> None:
    """A marker that something is not public yet ("announcement isn't until the 20th", "HR
    hasn't told anyone", 🤫) with business news in the same post ("acquiring", "layoffs"):
    a disclosure at medium. Either alone is nothing (a confidential phrase of the policy
    alone stays a low note); a wink (🤫, "between us") needs an event: a deal done, job cuts,
    a closure, a departure."""
    if any(h.rule == "confidential.disclosure" for h in hits):
        return  # the post's confidential phrase already says so
    marks = disclosure.markers(seq, text)
    if not marks:
        return
    inside = {k for m in marks if m.first >= 0 for k in range(m.first, m.last + 1)}
    wink = all(m.weak for m in marks)
    found = disclosure.news_words(seq, text, wink=wink)
    news = [w for k, w in found if k not in inside]
    if not news or disclosure.advice(seq) or (wink and disclosure.already_public(seq, marks)):
        return
    if not wink and not _told(seq, text, inside, found, hits):
        return
    m = marks[0]
    if m.first >= 0:
        start, end, nstart = seq[m.first].start, seq[m.last].end, seq[m.first].nstart
    else:  # a secrecy emoji, no token
        start = text.find(m.words)
        end, nstart = start + len(m.words), max(0, norm.text.find(m.words))
    said = ", ".join(repr(x.words) for x in marks)
    told = ", ".join(repr(w) for w in dict.fromkeys(news))
    out.append(
        Hit(
            "confidential",
            "confidential.disclosure",
            "medium",
            start,
            end,
            nstart,
            m.words,
            f"says it is not public yet ({said}) and gives business news ({told}): "
            "company news told before it is announced",
            m.first,
            m.last,
        )
    )


class OrgRules:
    def __init__(self, org: Organization) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str, str, bool]]] = {}
        vocab = english_vocabulary()
        groups: Iterable[tuple[str, tuple[str, ...]]] = (
            ("org", (*org.names, *org.products)),
            ("competitor", org.competitors),
            ("codename", org.codenames),
        )
        words: list[str] = []
        domains: set[str] = set()
        for kind, labels in groups:
            for label in labels:
                w = term_words(label)
                if not w:
                    continue
                # A name made of ordinary words ("Target", "Apple") only counts when written
                # with a capital, so "target audience" is not the company.
                common = all(x in vocab for x in w)
                index.setdefault(w[0], []).append((w, kind, label, common))
                words.append(" ".join(w))
                if kind == "org":
                    domains.add("".join(w))
                    domains.add("-".join(w))
        self._index = index
        self.words = tuple(words)
        self.domains = frozenset(domains)

    def mentions(self, seq: Sequence[Token], original: str) -> list[Mention]:
        out: list[Mention] = []
        if not self._index:
            return out
        for i, tok in enumerate(seq):
            text = tok.text
            cands = self._index.get(text)
            if cands is None and text.endswith("'s"):
                cands = self._index.get(text[:-2])
            if cands is None:
                continue
            for words, kind, label, common in cands:
                if common and not original[tok.start : tok.start + 1].isupper():
                    continue
                j = match_phrase(seq, i, words) if len(words) > 1 else i + 1
                if j > 0:
                    out.append(Mention(kind, label, i, j - 1, tok.start, seq[j - 1].end))
        return out

    def apply(
        self,
        text: str,
        norm: Normalized,
        seq: Sequence[Token],
        hits: list[Hit],
        policy: Policy,
        enabled: frozenset[str],
    ) -> list[Hit]:
        """Adjust confidential hits in place; return the organisation findings."""
        mentions = self.mentions(seq, text)
        own = [m for m in mentions if m.kind == "org"]
        for h in hits:
            if h.category != "confidential" or h.rule != "confidential.term":
                continue
            near = [m for m in own if abs(m.first - h.first) <= _WINDOW] if h.first >= 0 else own
            # (Phrases only: the word "confidential" alone is as often a promise of privacy.)
            phrase = " " in h.decoded and h.first >= 0
            ours = _ours(seq, h.first) if phrase and not near else ""
            if near:
                h.rule = "confidential.disclosure"
                h.explanation += f", next to {near[0].label!r}"
            elif ours:
                # "We're acquiring ..., don't tell anyone": the writer's own organisation,
                # though not by name, so a review (medium) rather than the category's level.
                h.rule = "confidential.disclosure"
                h.severity = "medium"
                h.explanation += f", next to {ours!r} (the writer's own organisation)"
            elif (
                disclosure.is_marker_term(h.decoded)
                and (news := _news_outside(seq, text, h))
                and not disclosure.advice(seq)
            ):
                # "Layoffs are coming ..., you didn't hear it from me": not public yet, and
                # news of the writer's workplace, so a review (medium).
                h.rule = "confidential.disclosure"
                h.severity = "medium"
                h.explanation += f", which says it is not public yet, with business news: {news}"
            else:
                h.severity = "low"
                h.explanation += "; no name of the organisation nearby, so low"
        out: list[Hit] = []
        if "confidential" in enabled:
            _not_public_news(text, norm, seq, hits, out)
        if not mentions:
            return out
        if "confidential" in enabled:
            sev = policy.categories["confidential"].severity
            for m in mentions:
                if m.kind == "codename":
                    out.append(
                        Hit(
                            "confidential",
                            "confidential.codename",
                            sev,
                            m.start,
                            m.end,
                            seq[m.first].nstart,
                            m.label.lower(),
                            f"names the internal codename {m.label!r}",
                            m.first,
                            m.last,
                        )
                    )
        comp = [m for m in mentions if m.kind == "competitor"]
        want_employer = bool(own) and "employer_criticism" in enabled
        want_comp = bool(comp) and "competitor" in enabled
        if not (want_employer or want_comp):
            return out
        mood = sentiment(text)
        if want_employer:
            m = own[0]
            bad = _disparaging_near(seq, m) + _criticism_cues(seq)
            negative = clearly_negative(mood)
            if negative or bad:
                sev = policy.categories["employer_criticism"].severity
                if sev_rank(sev) > sev_rank("medium"):
                    sev = "medium"
                words = ", ".join(dict.fromkeys([*bad, *(mood.negative_words if negative else ())]))
                why = (
                    f"negative sentiment (polarity {mood.polarity:.2f})"
                    if negative
                    else "criticism cues"
                )
                out.append(
                    Hit(
                        "employer_criticism",
                        "employer_criticism.sentiment",
                        sev,
                        m.start,
                        m.end,
                        seq[m.first].nstart,
                        m.label.lower(),
                        f"{why} in a post naming {m.label!r}, from: {words}; "
                        "may be protected activity",
                        m.first,
                        m.last,
                    )
                )
        if want_comp:
            sev = policy.categories["competitor"].severity
            for m in comp:
                bad = _disparaging_near(seq, m)
                if not bad and clearly_negative(mood):
                    bad = list(mood.negative_words)
                if bad:
                    out.append(
                        Hit(
                            "competitor",
                            "competitor.disparagement",
                            sev,
                            m.start,
                            m.end,
                            seq[m.first].nstart,
                            m.label.lower(),
                            f"disparages the competitor {m.label!r} with: "
                            f"{', '.join(dict.fromkeys(bad))}",
                            m.first,
                            m.last,
                        )
                    )
                    break
        return out
