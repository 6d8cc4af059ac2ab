"""Drugs in a context of use or dealing: slang that is also an ordinary word ("coke", "molly",
"joint", "tab", "bars", "speed") after a cue of use, a dealt quantity or a dealer ("an eighth of
coke", "smoking a blunt", "took half a tab", "hit up my guy for some bars", "the ecstasy kicking
in"), a drug offered for sale or priced per pill ("selling my adderall", "❄️ available tonight,
hmu"), a "plug" or "party favours" beside another sign of drugs, someone else's prescription
taken ("borrowed my flatmate's Ritalin") and a prescriber sought for asking fewer questions.

"coke" alone is a drink. The words are in `structures`. A drug named with a person or an act
of use, a prescription drug sought, given or snorted, a dealt quantity with no drug named and a
drug emoji asked for are read by `drugs_use`, which this module calls.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress

from auditor.scoring.context import StructHit, _w, negated
from auditor.scoring.drugs_use import (
    DRUG_EMOJI,
    PILL_EMOJI,
    distant,
    emoji_asked,
    named_use,
    rx_given,
    rx_snorted,
    rx_sought,
    unnamed_quantity,
)
from auditor.scoring.normalize import Token
from auditor.scoring.structures import (
    AMBIGUOUS,
    ANIMALS,
    CONTACT,
    DEALER,
    DEALER_OWNER,
    DEALT,
    DEALT_DRUGS,
    DRINK_BEFORE,
    DRUG_CUES,
    DRUG_FILLER,
    DRUG_NAMES,
    EUPHEMISMS,
    FEWER,
    KICK,
    LAWFUL,
    OFFER,
    PLAIN_AFTER,
    PLUG_AFTER,
    PLUG_BEFORE,
    PLUG_LEAD,
    PRESCRIBERS,
    PROCURE_FILLER,
    RX_DRUGS,
    SELL,
    SPEED_PLAIN_AFTER,
    SUPPLY_ME,
    TAB_FILLER,
    TAKE_FROM,
    UNIT,
    UNNAMED_QUANTITIES,
    canons,
)
from auditor.scoring.token_span import span

__all__ = ["DRUG_EMOJI", "drug_slang"]

# The words the rules after slang with a cue start from.
_STARTS = (
    EUPHEMISMS
    | OFFER
    | UNIT
    | RX_DRUGS
    | DRUG_NAMES
    | UNNAMED_QUANTITIES
    | frozenset(("questions",))
)
_STOPS = ".,;:!?\n"  # punctuation that ends a clause


def drug_slang(seq: Sequence[Token], original: str) -> Iterator[StructHit]:
    """Drugs in a context of use or dealing: ambiguous slang after a cue ("an eighth of coke",
    "smoking a blunt"), a drug offered for sale or priced per pill ("selling my adderall",
    "❄ available tonight"), and a "plug" or "party favours" beside another sign of drugs."""
    cs = canons(seq)
    used: set[int] = set()  # drug words already in a finding
    # Only ambiguous slang starts the first rule: visit those tokens alone, in order.
    for i in compress(range(len(cs)), map(AMBIGUOUS.__contains__, cs)):
        hit = _slang_at(seq, cs, original, i)
        if hit is not None:
            used.add(hit.last)
            yield hit
    emoji = next((e for e in DRUG_EMOJI if e in original), "")
    lawful = not LAWFUL.isdisjoint(cs)
    # Only these words start the other rules: visit those tokens alone, in order.
    for i in compress(range(len(cs)), map(_STARTS.__contains__, cs)):
        found = _offer_at(seq, cs, original, i, used, emoji, lawful)
        if found is not None:
            yield found
    if emoji:
        found = emoji_asked(seq, cs, original)
        if found is not None:
            yield found


def _offer_at(
    seq: Sequence[Token],
    cs: list[str],
    original: str,
    i: int,
    used: set[int],
    emoji: str,
    lawful: bool,
) -> StructHit | None:
    """A euphemism, an offer or a price per pill at token i beside a drug, someone else's
    prescription or a prescriber sought for asking fewer questions, if any (`cs`: `canon` of
    every token; `used`: drug words already in a finding; `emoji`: the first drug emoji of the
    post, or ""; `lawful`: the post names a pharmacy, a prescription or a lawful shop)."""
    c = cs[i]
    if i in used:
        return None
    if c in DRUG_NAMES:
        found = named_use(seq, cs, original, i)
        if found is not None:
            used.add(i)
        return found
    if c in UNNAMED_QUANTITIES:
        if i + 1 < len(seq) and cs[i + 1] == "of":
            return None  # "a line of coke" is the slang rule's, "a line of code" nobody's
        return unnamed_quantity(seq, cs, i)
    if c in EUPHEMISMS:
        return _euphemism(seq, cs, i, PILL_EMOJI if PILL_EMOJI in original else "")
    if c in OFFER or (c in UNIT and _per_unit(seq, cs, original, i)):
        if emoji and c in OFFER:
            found = _emoji_offered(seq, cs, original, i)
            if found is not None:
                return found
        if not lawful:
            return _dealing(seq, cs, original, i, used)
        return None
    if c in RX_DRUGS:
        return (
            _someone_elses(seq, cs, i)
            or rx_given(seq, cs, i)
            or rx_sought(seq, cs, original, i)
            or rx_snorted(seq, cs, original, i)
        )
    if c == "questions":
        return _fewer_questions(seq, cs, i)
    return None


def _per_unit(seq: Sequence[Token], cs: list[str], original: str, i: int) -> bool:
    """Token i (a pill, a tab) is priced: "per pill", "20 a pill", "£5 a tab"."""
    if i < 1:
        return False
    c = cs[i - 1]
    if c in ("per", "each"):
        return True
    return c == "a" and any(
        ch.isdigit() for ch in original[max(0, seq[i - 1].start - 6) : seq[i - 1].start]
    )


def _slang_at(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """Ambiguous slang at token i after a cue of use or a dealt quantity, if any."""
    n = len(seq)
    tok = seq[i]
    word = cs[i]
    if word not in AMBIGUOUS or tok.text.endswith("'s"):
        return None
    if i + 1 < n and (
        cs[i + 1] in PLAIN_AFTER or (word == "speed" and cs[i + 1] in SPEED_PLAIN_AFTER)
    ):
        return None
    cue = -1
    strong = False
    filler = TAB_FILLER if word in ("tab", "tabs") else DRUG_FILLER
    for j in range(i - 1, max(-1, i - 5), -1):
        c = cs[j]
        if c in DEALT and j + 1 < i and cs[j + 1] == "of":
            cue, strong = j, True
            break
        if c in DRINK_BEFORE:
            break
        if c in DRUG_CUES[word]:
            cue = j
            break
        if c not in filler:
            break
    if cue < 0:
        return _slang_otherwise(seq, cs, i)
    if word == "molly" and _named(seq, cs, original, i, strong):
        return None  # "took Molly to the vet", "walked molly the dog": a name
    words = (seq[cue].text, tok.text)
    return StructHit(
        "drugs.slang",
        cue,
        i,
        words,
        f"{tok.text!r} reads as drug slang after {seq[cue].text!r}",
        negated(seq, cue, 2),
    )


def _slang_otherwise(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """Ambiguous slang at token i asked of a dealer ("hit up my guy for some bars", "got a plug
    for coke?", "sort me some speed") or followed by its effect ("the ecstasy kicking in")."""
    n = len(seq)
    tok = seq[i]
    if i + 2 < n and cs[i + 1] in KICK and cs[i + 2] == "in" and cs[i] not in _NOT_KICKING:
        words = (tok.text, f"{seq[i + 1].text} in")
        why = f"{tok.text!r} reads as a drug taking effect ({words[1]!r})"
        return StructHit("drugs.slang", i, i + 2, words, why, negated(seq, i, 2))
    bought = _bought_off(seq, cs, i)
    if bought is not None:
        return bought
    j = i - 1
    asked = False
    while j >= 0 and i - j <= 5 and cs[j] in PROCURE_FILLER:
        asked = asked or cs[j] in ("for", "with", "about")
        j -= 1
    if j < 1:
        return None
    c = cs[j]
    dealer = c in DEALER and asked and cs[j - 1] in DEALER_OWNER
    if not dealer and not (c == "me" and cs[j - 1] in SUPPLY_ME):
        return None
    first = j - 1
    words = (span(seq, first, j), tok.text)
    why = f"{tok.text!r} reads as drug slang asked of a dealer ({words[0]!r})"
    return StructHit("drugs.slang", first, i, words, why, negated(seq, first, 2))


def _bought_off(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """Ambiguous slang at token i bought from a person: "speed I bought off the bloke who fills
    the vending machines", "got some ket from a mate"; not "chocolate bars I got from a mate" or
    "a coke from the guy at the stall"."""
    n = len(seq)
    prev = cs[i - 1] if i else ""
    if prev and prev not in DRUG_FILLER and prev not in _BUY and prev not in ("by", "on"):
        return None
    if cs[i] == "coke" and (prev in ("a", "an") or prev in DRINK_BEFORE):
        return None
    j = i - 1
    while j >= 0 and i - j <= 3 and (cs[j] in DRUG_FILLER or cs[j] == "up"):
        j -= 1
    bought = j if j >= 0 and cs[j] in _BUY else -1
    k = i + 1
    while k < n and k - i <= 4 and cs[k] not in ("off", "from"):
        if cs[k] in _BUY:
            bought = k if bought < 0 else bought
        elif cs[k] not in _BUY_GAP:
            return None
        k += 1
    if bought < 0 or k >= n or cs[k] not in ("off", "from"):
        return None
    m = k + 1
    while m < n and m - k <= 3 and (cs[m] in _SELLER_FILLER or seq[m].text.endswith("'s")):
        m += 1
    if m >= n or cs[m] not in _SELLER:
        return None
    first, last = min(bought, i), m
    words = (seq[i].text, span(seq, k, m))
    why = f"{seq[i].text!r} reads as drug slang bought {words[1]!r}"
    return StructHit("drugs.slang", first, last, words, why, negated(seq, first, 2))


_BUY = _w("bought got scored picked copped grabbed buy buying get getting")
_BUY_GAP = _w("that which i we he she they you up some it")
_SELLER_FILLER = _w("the a an my some this that his her our their")
_SELLER = _w(
    """
    bloke blokes guy guys lad lads mate mates friend friends someone somebody dealer geezer
    fella man dude bro cousin
    """
)


# Not taking effect as a drug: "the coke kicking in" (sugar), "the speed kicked in".
_NOT_KICKING = frozenset(("coke", "speed", "candy", "pills", "pill"))


def _someone_elses(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A prescription drug taken from someone else: "borrowed my flatmate's Ritalin again",
    "nicked someone else's xanax"; "picked up my son's Ritalin" is an errand."""
    if i < 2 or not seq[i - 1].text.endswith("'s") or cs[i - 1] in _NOT_PEOPLE:
        return None
    # Any three words before the owner, then only words of an amount ("nicked a strip of my
    # nan's oxycodone").
    for j in range(i - 2, max(-1, i - 9), -1):
        if cs[j] in TAKE_FROM:
            words = (seq[j].text, seq[i - 1].text, seq[i].text)
            why = f"someone else's prescription taken ({' '.join(words)!r})"
            return StructHit("drugs.misuse", j, i, words, why, negated(seq, j, 2))
        if j < i - 4 and cs[j] not in _AMOUNT:
            break
    return None


# Words of an amount between taking and the owner: "a strip of my nan's", "a couple of his".
_AMOUNT = _w(
    """
    a an the some few couple handful strip strips pack packet box bottle blister sheet bunch
    one two three four five half of my his her their our
    """
)


# Possessives that are not a person: "the pharmacy's", "the doctor's".
_NOT_PEOPLE = frozenset(("pharmacy", "doctor", "gp", "chemist", "hospital", "nhs", "today"))


def _fewer_questions(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A prescriber sought for asking fewer questions, in a post naming a drug: "anyone know a
    doctor who asks fewer questions?" after "done 25 oxy in a week"."""
    if i < 4 or cs[i - 1] not in FEWER:
        return None
    k = i - 2
    if cs[k] in ("asks", "ask", "asking", "will", "would"):
        k -= 1
    if cs[k] not in ("who", "that") or k < 1 or cs[k - 1] not in PRESCRIBERS:
        return None
    drug = next((m for m, c in enumerate(cs) if c in RX_DRUGS or c in DEALT_DRUGS), -1)
    if drug < 0:
        return None
    said = span(seq, k - 1, i)
    words = (said, seq[drug].text)
    why = f"a prescriber sought for asking fewer questions ({said!r}) in a post about {words[1]!r}"
    return StructHit("drugs.misuse", k - 1, i, words, why, negated(seq, k - 1, 2))


def _named(seq: Sequence[Token], cs: list[str], original: str, i: int, strong: bool) -> bool:
    """Token i ("molly") is a name: capitalised after a cue of use, or followed by "the dog"."""
    if not strong and original[seq[i].start : seq[i].start + 1].isupper():
        return True
    return i + 2 < len(seq) and cs[i + 1] == "the" and cs[i + 2] in ANIMALS


def _dealing(
    seq: Sequence[Token], cs: list[str], original: str, i: int, used: set[int]
) -> StructHit | None:
    """A drug named within five words of an offer or a price per pill: "selling my Adderall",
    "weed available, dm me", "xans, 5 a pill"; not in news ("arrested for selling heroin")."""
    if distant(seq, cs, original, i):
        return None
    lo, hi = max(0, i - 5), min(len(seq), i + 6)
    for k in (*range(i + 1, hi), *range(i - 1, lo - 1, -1)):
        t = seq[k]
        if k in used or cs[k] not in DEALT_DRUGS or t.text.endswith("'s"):
            continue
        if cs[k] == "molly" and _named(seq, cs, original, k, False):
            continue  # "selling Molly's old bike": a name
        used.add(k)
        first, last = min(i, k), max(i, k)
        if cs[i] in UNIT:
            first = min(i - 1, k)
            what = f"{t.text!r} priced per {seq[i].text!r}"
        else:
            what = f"{t.text!r} offered for sale ({seq[i].text!r})"
        return StructHit(
            "drugs.dealing", first, last, (t.text, seq[i].text), what, negated(seq, first, 2)
        )
    return None


def _gap(original: str, seq: Sequence[Token], i: int, before: bool) -> str:
    """The text between token i and its neighbour (or the start or end of the post)."""
    if before:
        return original[seq[i - 1].end if i else 0 : seq[i].start]
    return original[seq[i].end : seq[i + 1].start if i + 1 < len(seq) else len(original)]


def _emoji_offered(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """A drug emoji standing for what is offered, by a person who asks to be contacted or
    offers it tonight: "❄️ available tonight", "selling 💊, dm me"."""
    c = cs[i]
    first = i - 1 if c == "sale" and i and cs[i - 1] == "for" else i
    before = _gap(original, seq, first, True)
    after = _gap(original, seq, i, False)
    for e in DRUG_EMOJI:
        # Before the offer, the emoji is its subject when no word leads up to it in the same
        # clause ("Winter range ❄️ available online" is a decoration); after "selling", when it
        # ends the clause ("selling ❄️ globes" is not).
        if e in before and (first == 0 or any(p in before[: before.index(e)] for p in _STOPS)):
            break
        if (
            e in after
            and c in SELL
            and (i + 1 == len(seq) or any(p in after[after.index(e) :] for p in _STOPS))
        ):
            break
    else:
        return None
    contact = _contact(seq, cs)
    if contact < 0:
        return None
    words = (e, seq[i].text, seq[contact].text)
    why = f"a drug emoji ({e!r}) offered ({seq[i].text!r}, {seq[contact].text!r})"
    return StructHit("drugs.dealing", first, i, words, why, negated(seq, first, 2))


def _contact(seq: Sequence[Token], cs: list[str]) -> int:
    """A person asking to be contacted, or offering tonight: "hmu", "dm me", "tonight"."""
    for k, c in enumerate(cs):
        if c in ("hmu", "tonight"):
            return k
        if c in CONTACT and k + 1 < len(seq) and cs[k + 1] == "me":
            return k
    return -1


def _euphemism_at(seq: Sequence[Token], cs: list[str], i: int) -> int:
    """First token of the euphemism at token i ("got a plug", "party favours"), else -1."""
    c = cs[i]
    if c != "plug":
        return i - 1 if i and cs[i - 1] == "party" else -1
    if i + 1 < len(seq) and cs[i + 1] in PLUG_AFTER:
        return -1
    for j in range(i - 1, max(-1, i - 3), -1):
        if cs[j] in PLUG_BEFORE:
            return -1
        if cs[j] in PLUG_LEAD:
            return j
    return -1


def _euphemism(seq: Sequence[Token], cs: list[str], i: int, emoji: str) -> StructHit | None:
    """A "plug" (dealer) or "party favours" beside a pill emoji, a drug name or the other:
    "got a plug? need party favours", "party favours 💊"; "party favours and a can of coke"
    is not (ambiguous slang is no sign here)."""
    first = _euphemism_at(seq, cs, i)
    if first < 0:
        return None
    sign = emoji
    for k, t in enumerate(seq):
        if sign:
            break
        c = cs[k]
        if c in DEALT_DRUGS:
            sign = t.text
        elif (
            c in EUPHEMISMS
            and (c == "plug") != (cs[i] == "plug")  # the other one
            and (j := _euphemism_at(seq, cs, k)) >= 0
        ):
            sign = span(seq, j, k)
    if not sign:
        return None
    words = (span(seq, first, i), sign)
    why = f"{words[0]!r} reads as drugs beside {sign!r}"
    return StructHit("drugs.euphemism", first, i, words, why, negated(seq, first, 2))
