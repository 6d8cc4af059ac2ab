"""Sexual remarks on a person's body and looks: a wish to see them naked, a compliment on a body
part ("nice legs @sam", "her legs look amazing"), a wish to touch their body, a body part in
what they wear ("her arse in those trousers"), calling them hot, "bend her over", a posture
watched ("leans over the desk in that blouse"), "hung like", and "undressing me with his eyes".
`sexual` dispatches to these by the word a remark rests on.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import repeat

from auditor.scoring.context import StructHit
from auditor.scoring.normalize import Token
from auditor.scoring.sexual_people import (
    OBJECTS,
    SENTENCE_END,
    SLANG_PEOPLE,
    person_object,
    phrase_goes_on,
    sexual_hit,
    wish_before,
)
from auditor.scoring.sexual_scenes import IMAGINE
from auditor.scoring.structures import (
    ADDRESSED,
    BEND,
    BODY_DETERMINERS,
    BODY_PARTS,
    BODY_WORDS,
    CLOTHING,
    COMPLIMENTS,
    HAVE,
    INTENSIFIERS,
    IS,
    LOOK,
    NOT_ATTRACTIVE_AFTER,
    OBJECT_DETERMINERS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    SEX_PEOPLE,
    SEX_VERBS,
    SUBJECT_IS,
    a_name,
)
from auditor.scoring.token_span import span


def naked_wish(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """desire + get/see/strip + person + naked: "I'd love to see her naked"."""
    if i < 2:
        return None
    person, verb = i - 1, i - 2
    if cs[person] in ("completely", "totally", "stark", "all") and i >= 3:
        person, verb = i - 2, i - 3
    if cs[person] not in SEX_PEOPLE and seq[person].kind != "mention":
        return None
    if cs[verb] in IMAGINE:  # "picturing her naked" needs no wish
        words = (seq[verb].text, seq[person].text, seq[i].text)
        why = f"a person pictured naked ({' '.join(words)!r})"
        return sexual_hit(seq, verb, i, words, why)
    if cs[verb] not in SEX_VERBS and cs[verb] not in ("strip", "undress"):
        return None
    start = wish_before(seq, cs, verb, 4)
    if start < 0:
        return None
    wish = (seq[start].text, seq[verb].text, seq[person].text, seq[i].text)
    why = f"a sexual wish about a person ({' '.join(wish)!r})"
    return sexual_hit(seq, start, i, wish, why, "sexual.advance")


def body_compliment(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """A compliment on a body part said to or about a person: "@sam nice legs today", "the
    new girl has a fantastic rack", "nice legs on her", "her legs look amazing"."""
    n = len(seq)
    if i < 1 or cs[i - 1] not in COMPLIMENTS:
        return _body_looks(seq, cs, i)
    if i + 1 < n and cs[i + 1] == "on":
        # "nice legs on her" is about a person, "nice legs on that table" is not.
        person = person_object(seq, cs, i + 2)
    elif phrase_goes_on(seq, cs, i):
        return None
    else:
        person = _owner(seq, cs, i - 2)
        if person < 0 and i + 1 < n and seq[i + 1].kind == "mention":
            person = i + 1  # "nice legs @sam"
    if person < 0:
        return None
    words = (seq[i - 1].text, seq[i].text)
    why = f"a remark on a body part ({' '.join(words)!r}) about a person ({seq[person].text!r})"
    return sexual_hit(seq, min(i - 1, person), max(i, person), words, why)


def _owner(seq: Sequence[Token], cs: list[str], k: int) -> int:
    """The person a body-part phrase ending before token k+1 is said to or about: "@sam (nice
    legs)", "she has (nice legs)", "the new girl in sales has a (fantastic rack)"; else -1."""
    while k >= 0 and cs[k] in BODY_DETERMINERS:
        k -= 1
    if k < 0:
        return -1
    if seq[k].kind == "mention" or cs[k] in ADDRESSED:
        return k
    if cs[k] not in HAVE:
        return -1
    s = k - 1
    if s >= 0 and cs[s] in ("you", "u", "i've", "you've", "youve", "he's", "she's"):
        return s if cs[s] != "i've" else -1
    # The subject before has/got, or a person noun with a place after it ("girl in sales").
    for j in range(s, max(-1, k - 5), -1):
        t = seq[j]
        c = cs[j]
        if t.kind == "mention" or c in ("he", "she") or c in PERSON_NOUNS:
            if j == s or cs[j + 1] in PLACE_PREPOSITIONS:
                return j
            return -1
    return -1


def _body_looks(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """Possessive person + body part + looks (so) great: "her legs look amazing"."""
    n = len(seq)
    person = i - 1
    if not _possessor(seq, cs, person):
        return None
    k = i + 1
    looks = k < n and cs[k] in LOOK
    if not looks and not (k + 1 < n and cs[k] in IS and cs[k + 1] in INTENSIFIERS):
        return None
    k += 1
    while k < n and cs[k] in INTENSIFIERS:
        k += 1
    if k >= n or cs[k] not in COMPLIMENTS:
        return None
    words = (seq[i].text, seq[k].text)
    why = f"a remark on a body part ({' '.join(words)!r}) about a person ({seq[person].text!r})"
    return sexual_hit(seq, person, k, words, why)


def _possessor(seq: Sequence[Token], cs: list[str], k: int) -> bool:
    """Token k (which may be -1, before the post) owns what follows: "her", "your", "@sam"."""
    return k >= 0 and (cs[k] in POSSESSIVES or seq[k].kind == "mention")


def touch_wish(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """wish + touch/grab/squeeze + her/his/your + body: "i want to touch her body", "I'd love to
    squeeze his bum"; "grab her coffee" is no body."""
    n = len(seq)
    wish = wish_before(seq, cs, i, 3)
    if wish < 0 or i + 2 >= n:
        return None
    owner = i + 1
    if not _possessor(seq, cs, owner):
        return None
    body = owner + 1 if cs[owner + 1] in _TOUCHED else -1
    if body < 0 and owner + 2 < n and cs[owner + 1] in COMPLIMENTS and cs[owner + 2] in _TOUCHED:
        body = owner + 2
    if body < 0 or (body + 1 < n and cs[body + 1] in _BODY_GOES_ON):
        return None  # "her body language", "his bum bag"
    words = (seq[wish].text, seq[i].text, seq[owner].text, seq[body].text)
    why = f"a wish to touch a person's body ({' '.join(words)!r})"
    return sexual_hit(seq, wish, body, words, why)


_TOUCHED = (BODY_PARTS | BODY_WORDS) - frozenset(("hands", "mouth"))
_BODY_GOES_ON = frozenset(("language", "bag", "of", "clock", "wash", "spray", "shop", "count"))


def body_in_clothes(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """Possessive person + body part + in (those) + clothing: "her arse in those work
    trousers", "@sam your legs in that skirt"."""
    n = len(seq)
    person = i - 1
    if not _possessor(seq, cs, person):
        return None
    if i + 1 >= n or cs[i + 1] != "in":
        return None
    end = next((k for k in range(i + 2, min(n, i + 6)) if cs[k] in CLOTHING), -1)
    if end < 0:
        return None
    said = span(seq, i, end)
    why = f"a remark on a body part in what a person wears ({said!r}, about {seq[person].text!r})"
    return sexual_hit(seq, person, end, (seq[person].text, said), why)


def called_attractive(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """person + is (so) + hot/sexy: "our client rep is so hot", "you're so sexy"."""
    if i + 1 < len(seq) and cs[i + 1] in NOT_ATTRACTIVE_AFTER:
        return None  # "he is hot on the topic", "she is hot under the collar"
    if phrase_goes_on(seq, cs, i):
        return None  # "she is a hot mess", "he's a hot prospect"
    k = i - 1
    while k >= 0 and i - k <= 3 and cs[k] in INTENSIFIERS:
        k -= 1
    if k < 0:
        return None
    c = cs[k]
    slang = -1
    if cs[i] == "thicc":  # "shorty in accounts lowkey thicc": slang says it without "is"
        slang = next(
            (
                j
                for j in range(k, max(-1, k - 5), -1)
                if cs[j] in PERSON_NOUNS or cs[j] in SLANG_PEOPLE or seq[j].kind == "mention"
            ),
            -1,
        )
    if slang >= 0:
        subject = slang
    elif c in SUBJECT_IS:
        subject = k
    elif c in IS and k >= 1:
        subject = k - 1
        s = cs[subject]
        person = s in ("he", "she", "you", "u") or s in PERSON_NOUNS
        if not person and seq[subject].kind != "mention":
            return None
    else:
        return None
    words = (seq[subject].text, seq[i].text)
    why = f"a person ({seq[subject].text!r}) called sexually attractive ({seq[i].text!r})"
    return sexual_hit(seq, subject, i, words, why)


def _object_at(seq: Sequence[Token], cs: list[str], k: int) -> int:
    """The last token of a person at token k: `person_object`'s, "me", or determiners and a
    person noun whose phrase goes on ("bend my manager over"); else -1."""
    found = person_object(seq, cs, k)
    if found >= 0:
        return found
    if k < len(seq) and cs[k] == "me":
        return k
    j = k
    while j < len(seq) and j - k < 3 and cs[j] in OBJECT_DETERMINERS:
        j += 1
    if j < len(seq) and j > k and cs[j] in PERSON_NOUNS:
        return j
    return -1


def _subject_near(
    seq: Sequence[Token], cs: list[str], i: int, reach: int, original: str = ""
) -> int:
    """A person among the `reach` tokens before token i: an @mention, a person noun or a
    third-person pronoun, or (given the post's text) a name; else -1."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        c = cs[k]
        if seq[k].kind == "mention" or c in PERSON_NOUNS or c in ("he", "she", "they"):
            return k
        if original and a_name(seq, cs, original, k):
            return k
    return -1


def bent_over(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """bend + person + over: "I want to bend my manager over her own desk"; "bend over
    backwards" and "bend the wire over" name nobody."""
    if cs[i] not in BEND:
        return None
    person = _object_at(seq, cs, i + 1)
    if person < 0 or person + 1 >= len(seq) or cs[person + 1] != "over":
        return None
    if person + 2 < len(seq) and cs[person + 2] in ("backwards", "backward"):
        return None
    words = (seq[i].text, seq[person].text, seq[person + 1].text)
    why = f"a sex position with a person as its object ({' '.join(words)!r})"
    return sexual_hit(seq, i, person + 1, words, why)


def posture(seq: Sequence[Token], cs: list[str], original: str, i: int) -> StructHit | None:
    """leans / bends over + "in that (tight) blouse", or a person + leans / bends over + "like
    that" / "on purpose" / "not complaining" / "the view" / a leering emoji: "can't focus when
    Priya leans over the desk in that blouse", "the new barista keeps bending over like that".
    Someone wearing "that blouse" is a person; the others need one named."""
    n = len(seq)
    if i + 1 >= n or cs[i + 1] != "over":
        return None
    for k in range(i + 2, min(n - 1, i + 9)):
        end, person = -1, -1
        if (cs[k], cs[k + 1]) in _LEERING:
            person = _subject_near(seq, cs, i, 5, original)
            end = k + 1 if person >= 0 else -1
        elif cs[k] == "in" and cs[k + 1] in _WORN_BY:
            end = next((m for m in (k + 2, k + 3) if m < n and cs[m] in CLOTHING), -1)
        if end >= 0:
            said = span(seq, k, end)
            about = f", about {seq[person].text!r}" if person >= 0 else ""
            words = (seq[i].text, seq[i + 1].text, said)
            why = f"a person's posture watched ({seq[i].text} {seq[i + 1].text} ... {said}{about})"
            return sexual_hit(seq, person if person >= 0 else i, end, words, why)
    # A leering emoji closing the sentence: "Sophie bends over the printer every morning 👀".
    after = seq[i + 1].end
    stop = min((p for p in map(original.find, SENTENCE_END, repeat(after)) if p >= 0), default=-1)
    tail = original[after : stop + 4] if stop >= 0 else original[after : after + 80]
    emoji = next((e for e in _LEER_EMOJI if e in tail), "")
    if emoji:
        person = _subject_near(seq, cs, i, 5, original)
        if person >= 0:
            seen = (seq[person].text, seq[i].text, seq[i + 1].text, emoji)
            why = f"a person's posture watched ({' '.join(seen)!r})"
            return sexual_hit(seq, person, i + 1, seen, why)
    return None


_WORN_BY = frozenset(("that", "those", "her", "his", "them"))
# After "bends over ...": the writer says the posture is watched.
_LEERING = frozenset(
    (
        ("like", "that"),
        ("on", "purpose"),
        ("not", "complaining"),
        ("the", "view"),
        ("what", "a"),  # "what a view"
    )
)
_LEER_EMOJI = ("\U0001f440", "\U0001f60d", "\U0001f924", "\U0001f60f", "\U0001f525")


def hung(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """person + is + hung like / well hung: "bet the new guy is hung like a horse"."""
    like = i + 1 < len(seq) and cs[i + 1] == "like"
    if not like and not (i and cs[i - 1] == "well"):
        return None
    k = i - 1 if like else i - 2
    while k > 0 and cs[k] in INTENSIFIERS:
        k -= 1  # "is so well hung"
    if k < 0 or (cs[k] not in IS and cs[k] != "be" and cs[k] not in SUBJECT_IS):
        return None
    person = k if cs[k] in SUBJECT_IS else _subject_near(seq, cs, k, 4)
    if person < 0:
        return None
    last = i + 1 if like else i
    words = (seq[person].text, span(seq, min(i, last - 1), last))
    why = f"a remark on a person's genitals ({words[1]!r} about {words[0]!r})"
    return sexual_hit(seq, person, last, words, why)


def undressing(seq: Sequence[Token], cs: list[str], i: int) -> StructHit | None:
    """undressing + person + with (his) eyes: "kept undressing me with his eyes"."""
    n = len(seq)
    person = i + 1
    if person >= n or (cs[person] not in OBJECTS and seq[person].kind != "mention"):
        return None
    k = person + 1
    if k + 2 >= n or cs[k] != "with" or cs[k + 2] != "eyes":
        return None
    words = (seq[i].text, seq[person].text, seq[k + 2].text)
    why = f"a person looked at sexually ({' '.join(words)!r})"
    return sexual_hit(seq, i, k + 2, words, why)
