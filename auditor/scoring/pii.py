"""Detectors for personal data posted in public (the policy's `pii` category), run on the ORIGINAL
text (case matters); the patterns are in `pii_patterns`.

Card numbers are Luhn-checked; national IDs are checked against their format's reserved values,
other ID numbers need their label ("passport number is ..."); a phone number or address the
author gives for themselves ("call me at", "I live at") is lower risk, and the organisation's
own contact address ("support@<org>.com", "call us", "we've moved to") or a shared mailbox
("jobs@", "help@") is not flagged at all (a near miss says why). Personal data that needs words
around it to be read as such is found only with them: a 7-digit local number given for a person
("call Jenny on 555-0142"), a street address where someone lives ("she lives at 22 Birch
Lane"), a full date of birth after its label ("born 3 May 1990", "DOB 03/05/1990") and another
person's health ("Dana is having chemo"; never the author's own). Card and ID numbers are masked
(`masking.mask_secret`) before they leave this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from auditor.scoring.masking import Detection, free, mask_secret
from auditor.scoring.pii_patterns import (
    BIRTH,
    BIRTH_HINTS,
    CARD,
    CARD_GATE,
    CONFIDED,
    CONTACT_AFTER,
    DESKS,
    EMAIL,
    FILE_EXTENSIONS,
    FIRST_PERSON,
    FIRST_PLURAL,
    HEALTH,
    HEALTH_TOKENS,
    HOME_CUE,
    HOME_HINTS,
    HOME_PHONE_CUE,
    ID_HINTS,
    ID_LABELLED,
    IP_LIKE,
    LOCAL_PHONE,
    LOCAL_PHONE_GATE,
    NANP,
    NINO,
    NINO_GATE,
    NOT_PEOPLE,
    NUMBER_DIGITS,
    OWN_CUE,
    PERSON_PHONE_CUE,
    PHONE,
    PHONE_CUE,
    PHONE_PLAIN,
    PREGNANT_PRONOUN,
    RECORD_WORDS,
    ROLE_MAILBOXES,
    ROLE_PEOPLE,
    ROLE_QUALIFIERS,
    SELF_BEFORE,
    SELF_CUE,
    SOMEONE,
    SSN,
    SSN_GATE,
    STREET,
    STREET_GATE,
    TEST_CARDS,
    TEST_CONTEXT,
    THIRD_PERSON,
    TOLL_FREE,
    TREATMENT,
    UK,
    card_brand,
    luhn_ok,
)


def detect_personal_data(
    text: str,
    lowered: str,
    digits: int,
    org_domains: frozenset[str],
    taken: list[tuple[int, int]],
) -> Iterator[Detection]:
    """Every piece of personal data in `text` (`lowered` is `text.lower()`, `digits` its number
    of digits), card and ID numbers masked; `org_domains` are the organisation's own e-mail
    domains. Each span found is added to `taken`, and a span already taken is not read again."""
    if digits >= NUMBER_DIGITS:
        yield from _numbers(text, lowered, digits, taken)
    if digits >= 4 and any(map(lowered.__contains__, BIRTH_HINTS)):  # "3/5/90" has 4
        yield from _birth_dates(text, taken)
    if digits and any(map(lowered.__contains__, HOME_HINTS)):
        yield from _addresses(text, taken)
    if not HEALTH_TOKENS.isdisjoint(lowered.split()):
        yield from _health(text, lowered, taken)
    if "@" in text and _has_email_shape(text):
        yield from _emails(text, org_domains, taken)


def _emails(
    text: str, org_domains: frozenset[str], taken: list[tuple[int, int]]
) -> Iterator[Detection]:
    for m in EMAIL.finditer(text):
        s, e = m.span()
        tld = m.group("domain").rsplit(".", 1)[-1].lower()
        if not free(taken, s, e) or not tld.isalpha() or tld in FILE_EXTENSIONS:
            continue  # "logo@2x.png" is a file name
        taken.append((s, e))
        labels = set(m.group("domain").lower().split("."))
        before = text[max(0, s - 40) : s]
        if labels & org_domains or OWN_CUE.search(before):
            yield Detection(
                "pii",
                "pii.email",
                "low",
                s,
                e,
                m.group(),
                "",
                suppressed="the organisation's own contact address",
            )
        elif role := _role_mailbox(m.group().split("@", 1)[0]):
            why = f"a shared mailbox ({role + '@'!r}), not a person's address"
            yield Detection("pii", "pii.email", "low", s, e, m.group(), "", suppressed=why)
        elif SELF_CUE.search(before):
            yield Detection(
                "pii",
                "pii.self_contact",
                "low",
                s,
                e,
                m.group(),
                "the author shares their own e-mail address",
            )
        else:
            yield Detection(
                "pii", "pii.email", "medium", s, e, m.group(), "an e-mail address was posted"
            )


def _has_email_shape(text: str) -> bool:
    """Cheap gate before the e-mail regex: a word character before an "@" (not a mention)."""
    at = text.find("@")
    while at != -1:
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "._%+-"):
            return True
        at = text.find("@", at + 1)
    return False


def _role_mailbox(local: str) -> str:
    """The role word of a shared mailbox's name ("jobs", "no-reply"), "" for a person's."""
    name = local.lower().split("+", 1)[0]
    if name.replace("-", "").replace("_", "").replace(".", "") in ROLE_MAILBOXES:
        return name
    first, *rest = re.split(r"[._-]", name)
    if first in ROLE_MAILBOXES and all(
        p in ROLE_MAILBOXES or p in ROLE_QUALIFIERS or (len(p) == 2 and p.isalpha()) for p in rest
    ):
        return first
    return ""


def _numbers(
    text: str, lowered: str, digits: int, taken: list[tuple[int, int]]
) -> Iterator[Detection]:
    # Each scan is skipped (exactly) in a post without the digits it needs or without its gate.
    for m in CARD.finditer(text) if digits >= 13 and CARD_GATE.search(text) else ():
        raw = m.group()
        number = raw.replace(" ", "").replace("-", "")
        if card_brand(number) and luhn_ok(number) and free(taken, *m.span()):
            taken.append(m.span())
            masked = mask_secret("pii.card", raw)
            if number in TEST_CARDS and (test := TEST_CONTEXT.search(text)) is not None:
                why = f"a published test card number in a test setting ({test.group()!r})"
                yield Detection("pii", "pii.card", "low", *m.span(), masked, "", suppressed=why)
                continue
            yield Detection(
                "pii",
                "pii.card",
                "high",
                *m.span(),
                masked,
                "a payment card number (passes the Luhn check) was posted",
            )
    for rx, gate, what in (
        (SSN, SSN_GATE, "a US social security number"),
        (NINO, NINO_GATE, "a UK National Insurance number"),
    ):
        for m in rx.finditer(text) if gate.search(text) else ():
            if _unissued(m) or not free(taken, *m.span()):
                continue
            taken.append(m.span())
            yield Detection(
                "pii",
                "pii.national_id",
                "high",
                *m.span(),
                mask_secret("pii.national_id", m.group()),
                f"{what} was posted",
            )
    if any(map(lowered.__contains__, ID_HINTS)):
        yield from _labelled_ids(text, taken)  # before phones: "NHS number: 943 476 5919"
    for rx in (PHONE, PHONE_PLAIN) if digits >= 10 else ():  # a phone number has 10 or more
        for m in rx.finditer(text):
            s, e = m.span()
            raw = m.group()
            ndigits = sum(c.isdigit() for c in raw)
            if not 10 <= ndigits <= 15 or not free(taken, s, e):
                continue
            before = text[max(0, s - 40) : s]
            plain = raw.lstrip("+").isdigit()
            cue = PHONE_CUE.search(before) is not None
            # A bare run of digits is a phone number only with a "+" or when the words before
            # say so; a grouped one must look like a dialled number (NANP, UK, "+", area code).
            if plain and not (raw.startswith("+") or cue):
                continue
            if not plain and not (
                raw.startswith(("+", "("))
                or (cue and not IP_LIKE.fullmatch(raw))
                or NANP.fullmatch(raw)
                or UK.fullmatch(raw)
            ):
                continue
            taken.append((s, e))
            yield _owned_number(before, s, e, raw, TOLL_FREE.match(raw) is not None) or Detection(
                "pii", "pii.phone", "medium", s, e, raw, "a phone number was posted"
            )
    for m in LOCAL_PHONE.finditer(text) if LOCAL_PHONE_GATE.search(text) else ():
        s, e = m.span()
        if not free(taken, s, e):
            continue
        before = text[max(0, s - 60) : s]
        person = PERSON_PHONE_CUE.search(before)
        who = person and (person["who"] or person["whose"])
        found = _owned_number(before, s, e, m.group())
        if found is None and who and who.lower() not in DESKS:
            what = f"a local phone number was posted (given for {who!r})"
            found = Detection("pii", "pii.phone", "medium", s, e, m.group(), what)
        if found is None and (said := _someones_number(before, text[e : e + 80])):
            what = f"a local phone number was posted ({said})"
            found = Detection("pii", "pii.phone", "medium", s, e, m.group(), what)
        if found is None:
            continue
        taken.append((s, e))
        yield found


def _someones_number(before: str, after: str) -> str:
    """Whose a local number is, by the words around it, when they name another person's home
    or personal number ("Kelly's home number ...:") or send the reader to the person it
    reaches ("... 555-0142. Give him a call"); "" when they do not."""
    home = HOME_PHONE_CUE.search(before)
    if home is not None and home["whose"].lower() not in ("my", "our", "i", "we"):
        return f"after {' '.join(home.group().split()[:4])!r}"
    ask = CONTACT_AFTER.search(after)
    if ask is not None:
        return f"the reader is told to {ask['ask']!r}"
    return ""


def _owned_number(
    before: str, s: int, e: int, raw: str, toll_free: bool = False
) -> Detection | None:
    """A phone number that is no one else's, by the words `before` it: the organisation's
    own line (or a toll-free one) as a near miss, the author's own as a low note; else None."""
    if toll_free or OWN_CUE.search(before):
        why = (
            "a toll-free number: a business line, not a person's"
            if toll_free
            else "the organisation's own contact number"
        )
        return Detection("pii", "pii.phone", "low", s, e, raw, "", suppressed=why)
    if SELF_CUE.search(before):
        what = "the author shares their own phone number"
        return Detection("pii", "pii.self_contact", "low", s, e, raw, what)
    return None


def _unissued(m: re.Match[str]) -> bool:
    """An SSN or NINO match no one holds: a reserved area, group or serial, or prefix."""
    if m.re is NINO:
        return m["p"] in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ")
    area = m["a"]
    return area in ("000", "666") or area[0] == "9" or m["g"] == "00" or m["s"] == "0000"


def _labelled_ids(text: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    for m in ID_LABELLED.finditer(text):
        s, e = m.span("id")
        prev = text[: m.start()].split()[-1:]
        if (
            sum(c.isdigit() for c in m["id"]) < 5
            or not free(taken, s, e)
            or (prev and prev[0].lower().strip(".,:;'\"(") in RECORD_WORDS)
        ):
            continue
        taken.append((s, e))
        label = " ".join(m["label"].split())
        yield Detection(
            "pii",
            "pii.national_id",
            "high",
            s,
            e,
            mask_secret("pii.national_id", m["id"]),
            f"an ID number was posted (after {label!r})",
        )


def _birth_dates(text: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    for m in BIRTH.finditer(text):
        s, e = m.span("date")
        year = next(y for y in (m["y1"], m["y2"], m["y3"], m["y4"]) if y)
        if (len(year) == 4 and int(year) < 1900) or not free(taken, s, e):
            continue  # "Mozart, born 27 January 1756" is history, not personal data
        if m["label"].lower() == "birthday" and (
            len(year) < 4 or int(year) > _ADULT_BORN or _whose(text, m.start()) in _NOT_OWNERS
        ):
            continue  # "birthday drinks 12/05/2024", "our company birthday": no one's birth
        taken.append((s, e))
        label = " ".join(m["label"].split())
        if SELF_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            what = f"the author gives their own date of birth (after {label!r})"
            yield Detection("pii", "pii.birth_date", "low", s, e, m["date"], what)
        else:
            what = f"a date of birth was posted (after {label!r})"
            yield Detection("pii", "pii.birth_date", "medium", s, e, m["date"], what)


# The latest year a colleague's birthday can be a date of birth in (16 years before this one).
_ADULT_BORN = date.today().year - 16
# Words before "birthday" that make it a founding day.
_NOT_BORN = frozenset(("our", "brand", "firm", "club", "blog", "channel", "podcast", "app"))
# Whose birthday is no one's date of birth: those, and words that name no person.
_NOT_OWNERS = NOT_PEOPLE | _NOT_BORN


def _whose(text: str, at: int) -> str:
    """The word before position `at`, lower case, without a possessive "'s"."""
    before = text[:at].split()[-1:]
    word = before[0].lower().strip(".,;:!?\"'()") if before else ""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _addresses(text: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    for m in STREET.finditer(text) if STREET_GATE.search(text) else ():
        s, e = m.span()
        cue = HOME_CUE.search(text[max(0, s - 60) : s])
        if cue is None or not free(taken, s, e):
            continue
        who = cue["who"] or ""
        low = who.lower().replace("\u2019", "'")
        base = low.split("'")[0]  # "she's" -> "she", "we've" -> "we", "Mark's" -> "mark"
        possessive = low.endswith("'s") or low in ("his", "her", "their", "my")
        if cue["cue"].lower() == "address" and not (possessive or "home" in cue["mods"].lower()):
            continue  # "Venue address: 1 Example Street" is no one's home
        said = " ".join(cue.group().split())
        if base in FIRST_PERSON:
            what = f"the author shares their own address (after {said!r})"
            found = Detection("pii", "pii.self_contact", "low", s, e, m.group(), what)
        elif base in FIRST_PLURAL:
            why = f"the organisation's own address (after {said!r})"
            found = Detection("pii", "pii.address", "low", s, e, m.group(), "", suppressed=why)
        elif (
            base in THIRD_PERSON
            or base in ROLE_PEOPLE
            or (who[:1].isupper() and base not in NOT_PEOPLE)
        ):
            what = f"a home address was posted (after {said!r})"
            found = Detection("pii", "pii.address", "medium", s, e, m.group(), what)
        elif (ask := CONTACT_AFTER.search(text[e : e + 80])) is not None and base not in NOT_PEOPLE:
            # "where the ref lives: 12 Oak Road. Pay him a visit"
            what = f"a home address was posted (after {said!r}; then {ask['ask']!r})"
            found = Detection("pii", "pii.address", "medium", s, e, m.group(), what)
        else:
            continue
        taken.append((s, e))
        yield found


# Words just before a health pattern that make it no disclosure: "her" after a giving verb is
# no owner ("gave her herpes"); a hope or wish is no fact ("I hope he's had a stroke").
_NOT_TOLD = frozenset(
    ("give", "gave", "given", "giving", "gives", "hope", "hoping", "wish", "pray", "praying")
)


def _health(text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    for m in HEALTH.finditer(text):
        who = m["who"] or m["subj"] or m["preg"]
        name = who.split("'")[0].split("\u2019")[0]
        if name.lower() in NOT_PEOPLE or not free(taken, *m.span()):
            continue
        before = text[max(0, m.start() - 24) : m.start()].lower().split()[-2:]
        if not _NOT_TOLD.isdisjoint(before):
            continue  # "gave her herpes" (her is no owner), "I hope he's had a stroke" (a wish)
        taken.append(m.span())
        term = m["h"] or m["h2"] or m["h3"]
        what = f"health details about another person ({who!r}, {term!r})"
        yield Detection("pii", "pii.health", "medium", *m.span(), m.group(), what)
    if "pregnant" in lowered and (told := CONFIDED.search(text)) is not None:
        for m in PREGNANT_PRONOUN.finditer(text):
            if free(taken, *m.span()):
                taken.append(m.span())
                what = f"health details about another person ({m.group()!r}; {told.group()!r})"
                yield Detection("pii", "pii.health", "medium", *m.span(), m.group(), what)
    for m in TREATMENT.finditer(text):
        if not free(taken, *m.span()):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
        sentence = text[start : min(ends, default=len(text))]
        someone = SOMEONE.search(sentence)
        just_before = text[start : m.start()].lower().replace("\u2019", "'").split()[-2:]
        if someone is None or any(w.split("'")[0] in FIRST_PERSON for w in just_before):
            continue
        taken.append(m.span())
        what = f"health details about another person ({someone.group()!r}, {m.group()!r})"
        yield Detection("pii", "pii.health", "medium", *m.span(), m.group(), what)
