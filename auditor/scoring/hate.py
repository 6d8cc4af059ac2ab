"""Hate statements from sentence structure: a group word with a generalising or dehumanising
predicate ("all X are vermin"), a call to expel, exclude or harm the group ("deport all X", "never
hire X"), hostility ("I hate X", "can't stand X"), and known stereotypes or replacement tropes
("always counting every penny", "they're taking over", "will replace us").

Findings name the rule and the words, never a trait of the author. The groups and predicates
(GROUP_FORMS, DEHUMANISING, GENERALISING, ...) are in `context`, which reads every token
against them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import compress

from auditor.scoring.context import (
    COPULA,
    DEHUMANISING,
    DISCRIMINATE,
    EXCLUSION_AFTER,
    EXCLUSION_BEFORE,
    GENERALISING,
    GROUP_FORMS,
    GROUPS,
    HOSTILITY,
    TROPE_CUES,
    StructHit,
    _w,
    canons,
    is_negation,
    near,
    negated,
)
from auditor.scoring.normalize import Token

_REFUSAL = _w("never don't dont stop shouldn't shouldnt won't wont no not")
# "X shouldn't be allowed (at / to ...)"
_FORBID = _w("shouldn't shouldnt mustn't mustnt")
_ALLOWED = _w("allowed permitted let hired promoted trusted")
# "can't stand working with X"
_STAND_FILLER = _w("working being dealing sitting living talking with around near next to")
_TAKEOVER_GLUE = _w(
    """
    are 're r is will want wanna gonna going to slowly already just really literally quietly
    basically soon eventually trying tryna plan planning all gradually
    """
)
_TAKEOVER_OBJECTS = _w(
    """
    country countries nation town towns city cities neighbourhood neighborhood neighbourhoods
    neighborhoods streets land jobs schools culture homes
    """
)
_PACE = _w("slowly already now everywhere soon fast quickly")
_POSITIVE = _w(
    """
    love loving proud congrats congratulations amazing awesome yay welcome celebrate
    celebrating brilliant inspiring hooray excited fantastic incredible
    """
)
_NOT_PEOPLES = _w(
    """
    women woman females girls feminists gays lesbians homosexuals queers trans transgenders
    transgender lgbt lgbtq disabled autistic
    """
)
_REPLACED = _w("us our white whites christians europeans natives")
_MONEY = _w("penny pennies coin coins cent cents")
_EVERY = _w("every each the their all")
_HABITUAL = _w("always constantly forever typical typically all")
_POWER = _w(
    """
    banks bank media government press hollywood world finance money economy country company
    companies firm industry business council courts
    """
)
# The words a call to exclude or harm a group, or hostility, starts from (`_before_group`).
_BEFORE_CUES = EXCLUSION_BEFORE | DISCRIMINATE | HOSTILITY | {"home"}
_ONE = frozenset(("any", "a", "an", "another"))  # "never trust a ...", "would you hire another"
_GROUP_DETERMINERS = frozenset(("all", "the", "these", "those", "them", "fucking", "damn", "dirty"))


def hate_statements(seq: Sequence[Token]) -> Iterator[StructHit]:
    """Group word + generalising or dehumanising predicate, a call to expel/harm the group,
    hostility ("can't stand X"), or a known stereotype or replacement trope."""
    seen: set[int] = set()
    cs = canons(seq)
    # Every rule starts from a group word: visit those tokens alone, in order.
    for i in compress(range(len(cs)), map(GROUP_FORMS.__contains__, cs)):
        yield from _about_group(seq, cs, i, seen)


def _about_group(
    seq: Sequence[Token], cs: list[str], i: int, seen: set[int]
) -> Iterator[StructHit]:
    """The hate statements about the group word at token i (`cs`: `canon` of every token;
    `seen`: trope cues already in a finding)."""
    if cs[i] not in GROUP_FORMS:
        return
    # (each call or hostility `_before_group` finds starts from one of these words)
    if not _BEFORE_CUES.isdisjoint(cs[max(0, i - 3) : i]):
        before = _before_group(seq, cs, i)
        if before is not None:
            yield before
    # "Not all immigrants are ...", "not every Muslim is ...": the generalisation is denied.
    denied = _not_all_before(cs, i)
    said = _predicate(seq, cs, i)
    if said is not None:
        yield replace(said, negated=True) if denied and said.rule != "hate.exclusion" else said
    # (`_cant_stand` needs "stand" among the five tokens before the group)
    if "stand" in cs[max(1, i - 5) : i]:
        stand = _cant_stand(seq, cs, i)
        if stand is not None:
            yield stand
    trope = _trope(seq, cs, i, seen)
    if trope is not None:
        yield replace(trope, negated=True) if denied else trope


def _predicate(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """What the words after group i say of it: "X are vermin", "all X are terrorists", "X are
    too stupid to", "X should be deported"."""
    n = len(seq)
    tok = seq[i]
    k = i + 1
    while k < n and seq[k].kind == "part" and seq[k].start < tok.end:
        k += 1  # the pieces of a hashtag ("#Feminists" -> "feminist", "s") are not words
    steps = 0
    neg = False
    while k < n and steps < 5:
        c = cs[k]
        negation = is_negation(seq[k])
        neg = neg or negation
        if c in DEHUMANISING:
            return StructHit(
                "hate.dehumanising",
                i,
                k,
                (tok.text, seq[k].text),
                f"a group ({tok.text!r}) described as {seq[k].text!r}",
                neg,
            )
        if c in GENERALISING and (_copula_between(seq, cs, i, k) or _all_before(seq, cs, i)):
            return StructHit(
                "hate.generalisation",
                i,
                k,
                (tok.text, seq[k].text),
                f"a generalisation about a group ({tok.text!r} ... {seq[k].text!r})",
                neg,
            )
        if c in _FORBID and k + 2 < n and cs[k + 1] == "be" and cs[k + 2] in _ALLOWED:
            return StructHit(
                "hate.exclusion",
                i,
                k + 2,
                (tok.text, seq[k].text, seq[k + 2].text),
                f"says a group ({tok.text!r}) should not be {seq[k + 2].text!r}",
            )
        if c in ("not", "aren't", "arent") and k + 1 < n and cs[k + 1] == "welcome":
            return StructHit(
                "hate.exclusion",
                i,
                k + 1,
                (tok.text, seq[k].text, "welcome"),
                f"says a group ({tok.text!r}) is not welcome",
            )
        if c == "should" and k + 1 < n:
            nxt = {cs[m] for m in range(k + 1, min(n, k + 4))}
            hit = nxt & EXCLUSION_AFTER
            if hit:
                return StructHit(
                    "hate.exclusion",
                    i,
                    min(n - 1, k + 3),
                    (tok.text, "should", *sorted(hit)),
                    f"says a group ({tok.text!r}) should be {sorted(hit)[0]!r}",
                    neg,
                )
        filler = c in COPULA or negation
        if not filler and steps >= 1 and c not in ("too", "so", "very", "such"):
            break
        k += 1
        steps += 1
    return None


def _before_group(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A call to expel, exclude or harm group i, or hostility, in the three words before it:
    "deport all immigrants", "ban muslims", "never hire women", "I hate immigrants"."""
    tok = seq[i]
    if _modifier(seq, cs, i):
        return None
    for j in range(max(0, i - 3), i):
        c = cs[j]
        # (one space between: "Tourists go home, refugees welcome" is two slogans)
        if (
            c == "home"
            and j == i - 1
            and j > 0
            and cs[j - 1] == "go"
            and tok.start - seq[j].end == 1
        ):
            return StructHit(
                "hate.exclusion",
                j - 1,
                i,
                ("go home", tok.text),
                f"tells a group to leave ('go home' {tok.text!r})",
                negated(seq, j - 1, 2),
            )
        if c in EXCLUSION_BEFORE:
            return StructHit(
                "hate.exclusion",
                j,
                i,
                (seq[j].text, tok.text),
                f"calls to {seq[j].text!r} a group ({tok.text!r})",
                negated(seq, j, 2),
            )
        if (
            c in DISCRIMINATE
            and j > 0
            and (cs[j - 1] in _REFUSAL or (j > 1 and cs[j - 2 : j] == ["would", "you"]))
            and all(cs[m] in _GROUP_DETERMINERS or seq[m].text in _ONE for m in range(j + 1, i))
        ):
            return StructHit(
                "hate.exclusion",
                j - 1,
                i,
                (seq[j - 1].text, seq[j].text, tok.text),
                f"calls to exclude a group ({seq[j - 1].text!r} {seq[j].text!r} {tok.text!r})",
                negated(seq, j - 1, 2),
            )
        if c in HOSTILITY and all(cs[m] in _GROUP_DETERMINERS for m in range(j + 1, i)):
            return StructHit(
                "hate.hostility",
                j,
                i,
                (seq[j].text, tok.text),
                f"hostility towards a group ({seq[j].text!r} {tok.text!r})",
                negated(seq, j, 2),
            )
    return None


def _cant_stand(seq: Sequence[Token], cs: list[str], g: int) -> StructHit | None:
    """ "can't stand (working with) (the) X": hostility towards group g ("can't stand the
    Chinese food here" is about the food)."""
    if not cs[g].endswith("s") and g + 1 < len(seq) and seq[g + 1].start - seq[g].end < 2:
        return None
    for j in range(g - 1, max(0, g - 6), -1):
        c = cs[j]
        if c == "stand" and cs[j - 1] in ("can't", "cant", "cannot"):
            words = (seq[j - 1].text, seq[j].text, seq[g].text)
            return StructHit(
                "hate.hostility",
                j - 1,
                g,
                words,
                f"hostility towards a group ({words[0]!r} {words[1]!r} ... {words[2]!r})",
                negated(seq, j - 1, 2),
            )
        if c not in _STAND_FILLER and c not in _GROUP_DETERMINERS:
            return None
    return None


def _trope(seq: Sequence[Token], cs: list[str], g: int, seen: set[int]) -> StructHit | None:
    """Group g, then within a few words a known stereotype or replacement trope: "always
    counting every penny", "they're taking over", "breed like rabbits", "will replace us"."""
    after = cs[g + 1 : g + 10]
    # Only a cue word starts a trope: visit those tokens alone, in order.
    for k in compress(range(g + 1, g + 1 + len(after)), map(TROPE_CUES.__contains__, after)):
        if k in seen:
            continue
        c = cs[k]
        first, last = _trope_span(seq, cs, g, k, c)
        if last < 0:
            continue
        seen.add(k)
        neg = any(is_negation(t) for t in seq[g + 1 : first])
        words = tuple(t.text for t in seq[first : last + 1])
        return StructHit(
            "hate.stereotype",
            g,
            last,
            (seq[g].text, *words),
            f"a group ({seq[g].text!r}) with a known stereotype or replacement trope "
            f"({' '.join(words)!r})",
            # "You will not replace us" is the trope itself, not its denial.
            neg and c not in ("replace", "replacing"),
        )
    return None


def _trope_span(seq: Sequence[Token], cs: list[str], g: int, k: int, c: str) -> tuple[int, int]:
    """Where the trope starting at cue k lies ((-1, -1): the cue is used otherwise)."""
    n = len(seq)
    nxt = cs[k + 1] if k + 1 < n else ""
    if c in ("taking", "take"):
        return (k, _takeover_end(seq, cs, g, k)) if nxt in ("over", "our") else (-1, -1)
    if c in ("replace", "replacing"):
        return (k, k + 1) if nxt in _REPLACED else (-1, -1)
    if c in ("outbreed", "outbreeding"):
        return k, k
    if c in ("breed", "breeding"):
        return (k, k + 1) if nxt == "like" else (-1, -1)
    if c in ("counting", "pinching", "grubbing"):
        # Money, said as a habit of the group: "always counting every penny" ("refugees are
        # counting every penny this winter" is hardship, not a stereotype).
        first = last = k
        if c != "counting" and cs[k - 1] in ("penny", "money"):
            first = k - 1  # "penny pinching", "money grubbing"
        else:
            last = k + 1
            while last < min(n, k + 3) and cs[last] in _EVERY:
                last += 1
            if c == "grubbing" or last >= n or cs[last] not in _MONEY:
                return -1, -1  # not "counting every penny", "pinching pennies"
        for j in range(max(g + 1, first - 2), first):
            if cs[j] in _HABITUAL:
                return j, last
        return -1, -1
    # "control the banks / the media", "run the finance department" (told of peoples: "women
    # run the world" is a slogan)
    if nxt == "the" and k + 2 < n and cs[k + 2] in _POWER:
        if c.startswith("run") and cs[g] in _NOT_PEOPLES:
            return -1, -1
        return k, k + 2
    return -1, -1


def _takeover_end(seq: Sequence[Token], cs: list[str], g: int, k: int) -> int:
    """The last word of "X are (slowly) taking (over)" + "our country" or the end of the
    clause; -1 when the group is not the subject, or the post celebrates ("women are taking
    over tech", "... taking over and I love it")."""
    n = len(seq)
    m = k - 1
    while m > g and cs[m] in _TAKEOVER_GLUE:
        m -= 1
    if m != g and cs[m] not in ("they", "they're", "theyre", "they'll"):
        return -1
    o = k + 1 if seq[k + 1].text == "over" else k  # "taking over our jobs", "taking our jobs"
    if o + 2 < n and cs[o + 1] in ("our", "this", "the", "my") and cs[o + 2] in _TAKEOVER_OBJECTS:
        return o + 2
    if o == k:
        return -1  # "taking" alone needs its object ("are taking the lead")
    clause_end = o + 1 >= n or seq[o + 1].start - seq[o].end > 1 or seq[o + 1].text in _PACE
    # Women, gay or disabled people "taking over" is mostly cheering; the replacement trope
    # is told of peoples: faiths, ethnicities, nationalities and migrants.
    if not clause_end or cs[g] in _NOT_PEOPLES:
        return -1
    return -1 if near(seq, k, _POSITIVE) else o


def _copula_between(seq: Sequence[Token], cs: list[str], i: int, k: int) -> bool:
    return any(cs[m] in ("are", "r", "is", "were", "all") for m in range(i + 1, k))


def _all_before(seq: Sequence[Token], cs: list[str], i: int) -> bool:
    return i > 0 and cs[i - 1] in ("all", "most", "every", "these", "those")


_NOT_ALL = frozenset(("all", "every", "most"))


def _not_all_before(cs: list[str], i: int) -> bool:
    """ "not all" / "not every" (maybe with "the" or "of the") just before group i."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if cs[j] in _NOT_ALL:
            return j > 0 and cs[j - 1] in ("not", "n't")
        if cs[j] not in ("the", "of", "single"):
            return False
    return False


# Words after a singular group word that leave it a person ("trust a Pakistani with ...").
_AFTER_PERSON = _w(
    """
    with at in on to for from again ever anymore or and because if as like near around who
    is was should shouldn't will would can can't
    """
)


def _modifier(seq: Sequence[Token], cs: list[str], i: int) -> bool:
    """Group word i is a singular or adjective form describing the next word ("remove the refugee
    issue", "deport African male migrants"): not the group itself."""
    if cs[i] in GROUPS or i + 1 >= len(seq):
        return False
    nxt = seq[i + 1]
    return nxt.start - seq[i].end <= 1 and nxt.text.isalpha() and cs[i + 1] not in _AFTER_PERSON
