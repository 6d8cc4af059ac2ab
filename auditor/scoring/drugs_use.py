"""Drugs used, sought or shared, told apart from drugs talked about: a drug named beside a person
or an act of taking, buying, selling or offering it ("I'm so cooked on shrooms", "who wants
MDMA for Saturday?"), but not in news, policy, a police seizure, a film or a recovery story
("Customs seized 2 tonnes of cocaine", "5 years clean from heroin"); a prescription drug sought
without a prescription, asked of anyone or snorted; a drug emoji asked for ("who's got the ❄️");
a dealt quantity with no drug named ("splitting a gram with Leo", "a cheeky bump in the loos").

The policy lists the drug names themselves as low terms: these rules raise a use to the
category's severity. `drugs` calls them; their start words are in `structures.DRUG_SLANG`.
"""

from __future__ import annotations

from collections.abc import Sequence

from auditor.scoring.context import NEGATION, StructHit, _w, negated, quoted, same_sentence
from auditor.scoring.normalize import Token
from auditor.scoring.structures import LAWFUL
from auditor.scoring.token_span import span

# Emoji that stand for drugs: pills, snow (cocaine), leaf and herb (cannabis), mushrooms. Only
# the pill is rarely a decoration ("winter party favours ❄️", "eco party favours 🌿").
PILL_EMOJI = "\U0001f48a"
DRUG_EMOJI = (PILL_EMOJI, "\u2744", "\U0001f343", "\U0001f33f", "\U0001f344")

_PILLS = _w("pill pills tablets tabs")
# A person in the sentence: the writer, the reader, someone asked.
_PERSON = _w(
    """
    i i'm im i've ive i'd i'll me my myself we we're us our you you're youre ur u your ya yall
    y'all anyone anybody any1 someone somebody who whoever bro lads
    """
)
# ...or an act of taking, buying, selling, sharing or being on a drug.
_ACTS = _w(
    """
    take took taking takes tried try trying do did doing done pop popped popping drop dropped
    dropping snort snorted snorting sniff sniffed smoke smoked smoking buy bought buying score
    scored scoring got get getting grab grabbed cop copped need needed want wants fancy sell
    selling sold bring bringing brought split splitting share sharing shared sorted stash high
    cooked wasted tripping rolling buzzing wired fried blitzed munted mashed hmu dm dms venmo
    tenner each
    """
)
# Not a use: news, the law, the police, a film or book, health, treatment or recovery.
DISTANCE = _w(
    """
    news article articles headline headlines report reports reported reporting according
    journalist documentary documentaries film films movie movies series episode episodes
    netflix book books novel memoir podcast podcasts lyrics police cops customs border seized
    seizure seizures bust busts raid raids arrested arrests charged convicted sentenced jail
    prison court smuggling smuggled smugglers trafficking traffickers cartel cartels crackdown
    law laws legal legally legalise legalize legalised legalized legalisation legalization
    decriminalise decriminalize decriminalised decriminalized decriminalisation
    decriminalization regulated regulation policy policies illegal ban banned government
    overdose overdoses overdosed addiction addictions addict addicts epidemic crisis deaths
    died killed kills ruined awareness prevention treatment therapy therapies clinic clinics
    clinical trial trials study studies research researchers scientists patients nurse nurses
    medical medicine anaesthetic anesthetic rehab recovery recovering sober sobriety relapse
    watched watching binge binged rewatch rewatching tv filmed character characters actor song
    songs album band paper thesis essay lecture paramedic paramedics anaesthetist anesthetist
    vet vets surgeon surgery ambulance pharmacology
    """
)
_TIME = _w("day days week weeks month months year years")
_REACH = 8  # how far from the drug a person or an act is looked for


def _sentence(seq: Sequence[Token], original: str, i: int) -> tuple[int, int]:
    """The first and last token of the sentence holding token i."""
    lo = i
    while lo > 0 and same_sentence(seq, original, lo - 1, lo):
        lo -= 1
    hi = i
    while hi + 1 < len(seq) and same_sentence(seq, original, hi, hi + 1):
        hi += 1
    return lo, hi


def distant(seq: Sequence[Token], cs: list[str], original: str, i: int) -> str:
    """The word that makes token i's sentence news, law, a film, health or recovery ("seized",
    "documentary", "5 years clean"), or the drug quoted as a title; "" when none does."""
    return _distant_in(seq, cs, original, i, *_sentence(seq, original, i))


def _distant_in(
    seq: Sequence[Token], cs: list[str], original: str, i: int, lo: int, hi: int
) -> str:
    """`distant` for token i, its sentence being tokens lo..hi."""
    for k in range(lo, hi + 1):
        c = cs[k]
        if c in DISTANCE or (c in LAWFUL and not negated(seq, k, 2) and _no_without(cs, k)):
            return seq[k].text
        if c == "clean" and k and cs[k - 1] in _TIME:
            return f"{seq[k - 1].text} {seq[k].text}"
    return "quoted" if quoted(original, seq[i].start) else ""


def _no_without(cs: list[str], k: int) -> bool:
    """Token k (a prescription) is not "without a prescription"."""
    return not any(c in ("without", "no") for c in cs[max(0, k - 2) : k])


def named_use(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """A drug named at token i in a sentence with a person or an act of use or dealing in it,
    and no news, law, film, health or recovery word ("I was cooked on shrooms at bowling")."""
    c = cs[i]
    if c == "mushrooms" and (i == 0 or cs[i - 1] != "magic"):
        return None
    if c == "ecstasy" and (i + 1 >= len(seq) or cs[i + 1] not in _PILLS):
        return None
    lo, hi = _sentence(seq, original, i)
    if _distant_in(seq, cs, original, i, lo, hi):
        return None
    if c.startswith("microdos"):  # the word names its own use
        why = f"{seq[i].text!r} names a drug taken"
        return StructHit("drugs.use", i, i, (seq[i].text,), why, negated(seq, i, 2))
    cue = _cue(cs, i, lo, hi)
    if cue < 0 or _likened(cs, lo, hi):
        return None
    first, last = min(cue, i), max(cue, i)
    no = negated(seq, first, 2) or not NEGATION.isdisjoint(cs[first:last])
    words = (seq[cue].text, seq[i].text)
    why = f"{seq[i].text!r} named with a person or an act of use ({seq[cue].text!r})"
    return StructHit("drugs.use", first, last, words, why, no)


# A drink or a sweet likened to a drug: "coffee is basically my cocaine", "sugar is like
# crack" (the likening word and the drink in the same sentence).
_TREATS = _w(
    """
    coffee coffees caffeine espresso latte lattes tea sugar chocolate matcha cake cakes
    doughnuts donuts biscuits redbull energy
    """
)
_LIKE = _w("is are was were like basically literally pure")


def _likened(cs: list[str], lo: int, hi: int) -> bool:
    """The sentence of tokens lo..hi likens a drink or a sweet to the drug."""
    words = set(cs[lo : hi + 1])
    return not (_TREATS.isdisjoint(words) or _LIKE.isdisjoint(words))


def _cue(cs: list[str], i: int, lo: int, hi: int) -> int:
    """The person or act of use nearest token i in its sentence, tokens lo..hi (before it on a
    tie), else -1."""
    for d in range(1, _REACH + 1):
        for k in (i - d, i + d):
            if lo <= k <= hi and (cs[k] in _PERSON or cs[k] in _ACTS):
                return k
    return -1


# A prescription drug given by someone: "my flatmate gave me some of her adderall".
_GIVE = _w("gave give gives giving sold sell slipped offered passed handed lent")
_GIVEN_FILLER = _w("some of her his their a an few couple one two handful bit")


def rx_given(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A prescription drug at token i given to the writer by someone else: "gave me some of her
    adderall", "slipped me one of his xanax"."""
    j = i - 1
    while j >= 0 and i - j <= 5 and cs[j] in _GIVEN_FILLER:
        j -= 1
    if j < 1 or cs[j] not in ("me", "us") or cs[j - 1] not in _GIVE or cs[i] in _GENERIC:
        return None
    said = f"{seq[j - 1].text} {seq[j].text}"
    why = f"someone else's prescription given ({said!r} ... {seq[i].text!r})"
    return StructHit("drugs.misuse", j - 1, i, (said, seq[i].text), why, negated(seq, j - 1, 2))


# A prescription drug asked of anyone: "anyone got any xanax?", "who sells adderall".
_ASK_WHO = _w("who anyone anybody any1 someone somebody")
_ASK_VERB = _w("got has have sells selling sell spare share")
_ASK_WHERE = _w("get buy score cop find")
_ASK_FILLER = _w("any some a few couple of spare extra the ur your me")
# Generic words for medicine: "anyone got any painkillers?" is a headache.
_GENERIC = _w("meds pills painkillers")


def rx_sought(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """A prescription drug at token i sought without a prescription ("where can I get Adderall
    without a prescription") or asked of anyone ("anyone got any xanax?")."""
    if cs[i] in _GENERIC:
        return None
    for k in range(i + 1, min(len(seq), i + 4)):
        if cs[k] in ("prescription", "script", "prescriptions") and not _no_without(cs, k):
            words = (seq[i].text, span(seq, k - 2, k))
            why = f"{seq[i].text!r} sought {words[1]!r}"
            return StructHit("drugs.misuse", i, k, words, why, negated(seq, i, 3))
    j = i - 1
    while j >= 0 and i - j <= 4 and cs[j] in _ASK_FILLER:
        j -= 1
    if j < 1 or distant(seq, cs, original, i):
        return None
    asked = (cs[j] in _ASK_VERB and cs[j - 1] in _ASK_WHO) or (
        cs[j] in _ASK_WHERE and "where" in cs[max(0, j - 4) : j]
    )
    if not asked:
        return None
    first = j - 1
    said = span(seq, first, j)
    why = f"{seq[i].text!r} asked for ({said!r})"
    return StructHit("drugs.misuse", first, i, (said, seq[i].text), why, negated(seq, first, 2))


_SNORTS = _w(
    """
    snort snorted snorting snorts sniff sniffed sniffing rail railed railing inject injected
    injecting
    """
)
_SNORTED_WHAT = _w("it them one some a my half the line lines")


def rx_snorted(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """A prescription drug at token i snorted or injected within a few words: "crush my
    Ritalin and snort it", "snorting a couple of my oxys"."""
    lo, hi = _sentence(seq, original, i)
    for k in range(max(lo, i - 5), min(hi, i + 5) + 1):
        if cs[k] not in _SNORTS:
            continue
        if k + 1 < len(seq) and (cs[k + 1] in _SNORTED_WHAT or k + 1 == i):
            first, last = min(k, i), max(k, i)
            words = (seq[k].text, seq[i].text)
            why = f"{seq[i].text!r} taken other than prescribed ({seq[k].text!r})"
            return StructHit("drugs.misuse", first, last, words, why, negated(seq, first, 2))
    return None


# A dealt quantity with no drug named: "splitting a gram", "racked up a line", "a cheeky bump
# in the loos". Not "a line of code", "a bump in the road", "the queue: a long line".
_SHARED = _w("gram grams eighth teener bump bumps")  # what "split" or "share" can take
_RACK = _w(
    """
    rack racked racking chop chopped chopping snort snorted snorting sniff sniffed sniffing
    """
)
_SPLIT = _w("split splitting splits share shared sharing")
_WEAK = _w("do did doing done had have having need needed want fancy grab grabbed")
_SNEAKY = _w("cheeky sneaky quick fat")
_QTY_FILLER = _w("a an another one two three couple of few some little half whole up")
_QTY_PLAIN_AFTER = _w(
    """
    of by manager managers dance item items edit edits break breaks replacement network strike
    strikes ticket tickets card cards
    """
)
TOILETS = _w(
    """
    toilet toilets loo loos bathroom bathrooms restroom restrooms gents cubicle cubicles lavatory
    bogs washroom washrooms
    """
)
_TOILET_FILLER = _w("the staff office work disabled accessible ladies gents men's women's a")


def unnamed_quantity(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A dealt quantity at token i with no drug named, racked or snorted, split with someone,
    or had in the toilets."""
    c = cs[i]
    if i + 1 < len(seq) and cs[i + 1] in _QTY_PLAIN_AFTER:
        return None
    j = i - 1
    sneaky = False
    while j >= 0 and i - j <= 4 and (cs[j] in _QTY_FILLER or cs[j] in _SNEAKY):
        sneaky = sneaky or cs[j] in _SNEAKY
        j -= 1
    verb = cs[j] if j >= 0 and j < i - 1 else ""  # a verb with a determiner between
    if verb in _RACK or (verb in _SPLIT and c in _SHARED):
        first = j
    elif verb in _WEAK or sneaky:
        toilet = _toilet_after(cs, i)
        if toilet < 0:
            return None
        first = j if verb else j + 1
        i = toilet
    else:
        return None
    words = (seq[first].text, seq[i].text)
    said = span(seq, first, i)
    why = f"a dealt quantity with no drug named ({said!r})"
    return StructHit("drugs.slang", first, i, words, why, negated(seq, first, 2))


def _toilet_after(cs: list[str], i: int) -> int:
    """The toilet named in "in/at the (staff) toilets" right after token i, else -1."""
    k = i + 1
    if k >= len(cs) or cs[k] not in ("in", "at"):
        return -1
    k += 1
    while k < len(cs) and k - i <= 5 and cs[k] not in TOILETS and cs[k] in _TOILET_FILLER:
        k += 1
    return k if k < len(cs) and cs[k] in TOILETS else -1


_WANT = _ASK_VERB | _w("want wants fancy")
_EMOJI_FILLER = _w("the some any a few couple of")


def emoji_asked(seq: Sequence[Token], cs: list[str], original: str) -> StructHit | None:
    """A drug emoji asked for or offered to anyone, right after the asking words: "who's got the
    🍃 for friday?", "anyone want some ❄️"; "winter party ❄️" is a decoration."""
    for k in range(1, len(seq)):
        if cs[k] not in _WANT or cs[k - 1] not in _ASK_WHO:
            continue
        m = k + 1
        while m < len(seq) and m - k <= 2 and cs[m] in _EMOJI_FILLER:
            m += 1
        gap = original[seq[k].end : seq[m].start if m < len(seq) else len(original)]
        e = next((e for e in DRUG_EMOJI if e in gap), "")
        if not e:
            continue
        said = span(seq, k - 1, k)
        why = f"a drug emoji ({e!r}) asked for or offered ({said!r})"
        return StructHit("drugs.dealing", k - 1, k, (said, e), why, negated(seq, k - 1, 2))
    return None
