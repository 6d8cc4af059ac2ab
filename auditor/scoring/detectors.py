"""Structural detectors for personal data and secrets, run on the ORIGINAL text (case matters).

Card numbers are Luhn-checked; national IDs are checked against their format's reserved values,
other ID numbers need their label ("passport number is ..."); a phone number or address the
author gives for themselves ("call me at", "I live at") is lower risk, and the organisation's
own contact address ("support@<org>.com", "call us", "we've moved to") or a shared mailbox
("jobs@", "help@") is not flagged at all (a near miss says why). Personal data that needs words
around it to be read as such is found only with them: a 7-digit local number given for a person
("call Jenny on 555-0142"), a street address where someone lives ("she lives at 22 Birch
Lane"), a full date of birth after its label ("born 3 May 1990", "DOB 03/05/1990") and another
person's health ("Dana is having chemo"; never the author's own).
Secrets and card/ID numbers are masked before they leave this module, so no output downstream
(store, report, logs) can show them. `mask_secret` is the one masked form every output uses: a
secret's value becomes a fixed `SECRET_MASK` (its length and punctuation are not shown; the
label before it and a token's public type prefix stay readable), a card or ID number keeps its
last four characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.scoring.secret_patterns import (
    LABELLED,
    PASSWORD,
    PREFIXED,
    PRIVATE_KEY,
    TOKEN_PREFIX,
    password_like,
    title_reading,
)

_DIGIT = re.compile(r"\d")
_CARD = re.compile(r"(?<![\d\w-])(?:\d[ -]?){12,18}\d(?![\d\w])")
_SSN = re.compile(r"(?<![\d-])(?P<a>\d{3})-(?P<g>\d{2})-(?P<s>\d{4})(?![\d-])")
_NINO = re.compile(
    r"(?<![A-Za-z0-9])(?P<p>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(?P<d>\d{2} ?\d{2} ?\d{2}) ?"
    r"(?P<s>[A-D])(?![A-Za-z0-9])"
)
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)"
)
_PHONE = re.compile(
    r"(?<![\w+.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,6}(?:[ .-]\d{2,6}){1,4}(?![\d])"
)
_PHONE_PLAIN = re.compile(r"(?<![\w+])\+?\d{10,13}(?!\w)")
_PHONE_CUE = re.compile(
    r"(?i)(?:call|text|phone|tel|cell|mobile|number|whatsapp|ring|sms)\W{0,3}\w{0,6}\W{0,3}$"
)
_SELF_CUE = re.compile(
    r"(?i)(?:call me|text me|ring me|reach me|email me|e-mail me|contact me|message me|dm me"
    r"|whatsapp me|my (?:number|cell|phone|mobile|email|e-mail|address|contact))\b[^\n]{0,20}$"
)
_OWN_CUE = re.compile(
    r"(?i)(?:call us|text us|email us|e-mail us|contact us|reach us|our (?:support|office|team|"
    r"helpline|hotline|number|email|desk)|customer (?:service|support)|support line|helpline|"
    r"hotline)\b[^\n]{0,20}$"
)


_LABEL_END = " \t=:#\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u300c\u300e"
# A shared mailbox reaches a desk, not a person: "jobs@", "no-reply@", "press.office@".
_ROLE_MAILBOXES = frozenset(
    (
        *("info", "help", "helpdesk", "servicedesk", "support", "jobs", "careers", "recruitment"),
        *("recruiting", "press", "media", "news", "newsletter", "security", "sales", "contact"),
        *("contactus", "hello", "hi", "team", "hr", "billing", "accounts", "privacy", "dpo"),
        *("abuse", "noreply", "donotreply", "webmaster", "postmaster", "hostmaster", "admin"),
        *("office", "enquiries", "inquiries", "enquiry", "inquiry", "feedback", "marketing"),
        *("partners", "partnerships", "investors", "ir", "legal", "compliance", "events"),
        *("customerservice", "customercare", "service", "reception", "orders", "bookings"),
    )
)
# Parts a shared mailbox's name may add to its role word ("jobs.uk@", "support-emea@").
_ROLE_QUALIFIERS = frozenset(("emea", "apac", "amer", "latam", "global", "intl", "desk", "line"))
# Capitalised words after "call ... on" that name a desk, not a person ("call Reception on").
_DESKS = _ROLE_MAILBOXES | {"facilities", "switchboard", "it", "payroll", "maintenance"}
# A 7-digit local number ("555-0142") is read as a phone number only after words that give it
# to a person: "call Jenny on", "call my colleague Jenny on", "her number is", "Sam's mobile:".
_LOCAL_PHONE = re.compile(r"(?<![\w+./-])(?<!\d[ .-])\d{3}[ .-]\d{4}(?![\w/-]|[.,]?\d|[ .-]\d)")
_PERSON_PHONE_CUE = re.compile(
    r"(?:\b(?i:call|text|ring|phone|reach|contact|whatsapp|message|try)\s+"
    r"(?:(?i:my|our|your|the)\s+(?:[a-z]+\s+){0,2})?(?P<who>[A-Z][a-z]+|him|her|them)"
    r"(?:\s+[A-Z][a-z]+)?\s+(?i:on|at)"
    r"|(?P<whose>\b[A-Z][a-z]+(?:'s|\u2019s)|\b(?i:his|her|their))\s+(?:[a-z]+\s+){0,2}"
    r"(?i:number|phone|mobile|cell)(?:\s+(?i:is|was))?\s*:?)\s*$"
)

# An ID number after its label: "passport number is 123456789", "NHS number: 943 476 5919". The
# label is needed (a bare number is an order or a reference); so are 5 or more digits.
_ID_NO = r"(?:\s+(?i:number|no\.?|num|#))"
_ID_LABELLED = re.compile(
    r"(?<![A-Za-z])(?P<label>(?i:passport)" + _ID_NO + "?"
    r"|(?i:(?:national|personal)\s+(?:id|identity)(?:\s+card)?|(?:id|identity)\s+card)"
    + _ID_NO
    + r"?|(?i:(?:id|identity)\s+number|social\s+security|national\s+insurance|ni|nhs)"
    + _ID_NO
    + r"?|(?i:driv(?:ing|er'?s)\s+licen[cs]e|tax(?:payer)?\s+(?:id|identification|reference))"
    + _ID_NO
    + r"?|(?i:ssn))"
    r"(?:\s+(?i:is|was))?\s*[:#=]?\s*(?P<id>[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,22})"
    r"(?![A-Za-z0-9])"
)
_ID_HINTS = ("passport", "number", "no.", "no:", "ssn", "#")
# Words before "ID number" that make it a record's number, not a person's.
_RECORD_WORDS = frozenset(
    (
        *("order", "ticket", "tracking", "reference", "transaction", "invoice", "booking"),
        *("case", "account", "customer", "employee", "staff", "session", "request", "product"),
        *("item", "serial", "batch", "job", "build", "version", "member", "application"),
    )
)
# A date of birth: a label ("born", "DOB", "date of birth") and a full date with its year.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_BIRTH = re.compile(
    r"(?i)(?<![A-Za-z])(?P<label>born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date)"
    r"(?![A-Za-z])\s*(?:is\s+|was\s+)?[:=-]?\s*(?:on\s+)?(?P<date>"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?P<y1>\d{4}|\d{2})|(?P<y2>\d{4})-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<y3>\d{{4}})"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}}))(?![\d/.-]\d)"
)
_BIRTH_HINTS = ("born", "dob", "d.o.b", "birth")
_SELF_BEFORE = re.compile(r"(?i)(?:\bI(?:'m| am| was)?|\bmy)\s+$")
# A street address ("22 Birch Lane", "7 Orchard Close") given as where someone lives: after
# "lives at", "home is", "'s address is", "moved to". Not followed by another capitalised word
# ("22 Birch Lane Primary School" is a school).
_STREET = re.compile(
    r"(?<![\w/.,-])\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z'\u2019]+\s+){1,3}"
    r"(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Court|Crescent|Place|Gardens"
    r"|Terrace|Grove|Mews|Row|Walk|Square|Boulevard|Parade|Rise|Hill|View)\b(?!\s+[A-Z][a-z])"
)
_HOME_CUE = re.compile(
    r"(?:\b(?P<who>[A-Za-z]+(?:['\u2019](?:s|ve|re|m|ll))?)\s+)?"
    r"(?P<mods>(?:(?i:new|current|old|home|own)\s+)*)"
    r"(?P<cue>(?i:lives|live|living|resides|reside|residing|stays|staying|moved|moving|home"
    r"|house|flat|apartment|address))"
    r"(?:\s+(?i:is|was|now|at|on|to|in|over|has been|will be))*\s*[:,-]?\s*$"
)
_HOME_HINTS = (
    *("live", "living", "resid", "stay", "moved", "moving", "home", "house", "flat"),
    *("apartment", "address"),
)
_FIRST_PERSON = frozenset(("i", "my", "me"))
_FIRST_PLURAL = frozenset(("we", "our", "us"))
_THIRD_PERSON = frozenset(
    ("he", "she", "they", "his", "her", "their", "him", "them", "you", "your", "who")
)
# Capitalised words that do not name a person ("The office moved to ...").
_NOT_PEOPLE = frozenset(
    (
        *("the", "this", "that", "it", "there", "here", "everyone", "everybody", "anyone"),
        *("anybody", "someone", "somebody", "nobody", "one", "who", "which", "what", "many"),
        *("most", "some", "each", "office", "team", "company", "shop", "store", "studio"),
        *("clinic", "branch", "depot", "headquarters", "business", "restaurant", "cafe", "pub"),
        *("research", "smoking", "nothing", "today", "now", "cancer", "welcome", "new"),
        *("people", "patients", "those", "children", "kids", "men", "women", "staff", "all"),
        *("colleagues", "employees", "workers", "customers", "adults", "teens", "parents"),
    )
)
# Health data of another person (special-category data): a clear health word with a person
# it is about ("Dana is having chemo", "Mark's cancer diagnosis", "her dementia"). Never read
# about the author ("my chemo", "I have cancer" are not flagged).
_HEALTH_WORDS = (
    r"(?:chemo(?:therapy)?|radiotherapy|cancer|tumou?r|leuka?emia|lymphoma|melanoma|dementia"
    r"|alzheimer'?s|parkinson'?s|hiv|epilepsy|seizures|schizophrenia|bipolar(?: disorder)?"
    r"|multiple sclerosis|miscarriage|ivf|dialysis|mastectomy|diabetes|depression|anorexia"
    r"|bulimia|eating disorder)"
)
# The words the health patterns can match, as `str.split` leaves them (punctuation attached):
# a frozenset lookup per word of the post instead of a substring search per health word.
_HEALTH_TOKENS = frozenset(
    word + end
    for word in (
        *("chemo", "chemotherapy", "radiotherapy", "cancer", "tumour", "tumor", "leukaemia"),
        *("leukemia", "lymphoma", "melanoma", "dementia", "alzheimer's", "alzheimers"),
        *("parkinson's", "parkinsons", "hiv", "epilepsy", "seizures", "schizophrenia"),
        *("bipolar", "sclerosis", "miscarriage", "ivf", "dialysis", "mastectomy", "diabetes"),
        *("depression", "anorexia", "bulimia", "disorder"),
    )
    for end in ("", ".", ",", "!", "?", ":", ";", ")", "'s", "\u2019s", "...", "!!", "-")
)
# The health word names a cause, a service or an event, not someone's condition.
_HEALTH_NOT = (
    r"(?!\s+(?i:research|charity|charities|awareness|screening|screenings|rates?|services?"
    r"|strategy|plans?|ward|unit|units|centre|center|trust|society|fund|foundation|patients"
    r"|policy|month|day|week|run|walk|appeal|nurses?|clinic|specialists?|survivors?|prevention"
    r"|drugs?|vaccines?|risks?|tests?|testing|checks?|crisis|backlog|cases|statistics|campaign"
    r"|fundraiser|support|team|conference|study|studies|trials?|medication|app|problem|epidemic)\b"
    r"|-)"
)
_FILLER = r"(?:(?!(?i:for|against|about|to|on|at|by|from|into|and|or|but)\b)[a-z0-9'-]+\s+)"
_HEALTH = re.compile(
    r"(?P<who>\b[A-Z][a-z]+(?:'s|\u2019s)|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+"
    rf"{_FILLER}{{0,2}}(?P<h>(?i:{_HEALTH_WORDS}))\b{_HEALTH_NOT}"
    r"|(?P<subj>\b[A-Z][a-z]+|\b(?:[Hh]e|[Ss]he))(?:'s|\u2019s|\s+(?:is|was|has been|had been))?"
    r"\s+(?:(?:now|just|recently|currently|still|been)\s+)?(?i:having|starting|started|undergoing"
    r"|underwent|receiving|getting|on|recovering from|battling|fighting|fought|beat|beating"
    r"|survived|suffers from|suffering from|(?:being )?treated for|diagnosed with|living with"
    r"|has|had|got|lost (?:his|her|their) (?:battle|fight) (?:with|to))"
    rf"\s+{_FILLER}{{0,2}}(?P<h2>(?i:{_HEALTH_WORDS}))\b{_HEALTH_NOT}"
)
# A treatment only a patient has ("chemo starts Monday") in a sentence about someone else ("she",
# "him", "get well soon"), when the words just before it are not the author's ("my chemo").
_TREATMENT = re.compile(
    rf"(?i)\b(?:chemo(?:therapy)?|radiotherapy|dialysis|mastectomy)\b{_HEALTH_NOT}"
)
_SOMEONE = re.compile(
    r"(?i)\b(?:she|he|her|him|his|she's|he's|she'll|he'll|she\u2019s|he\u2019s|get well)\b"
)


@dataclass(frozen=True, slots=True)
class Detection:
    category: str  # pii | credentials
    rule: str
    severity: str
    start: int
    end: int
    matched: str  # masked when secret
    explanation: str
    suppressed: str = ""  # non-empty: why this is not flagged (reported as a near miss)


def _has_email_shape(text: str) -> bool:
    """Cheap gate before the e-mail regex: a word character before an "@" (not a mention)."""
    at = text.find("@")
    while at != -1:
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "._%+-"):
            return True
        at = text.find("@", at + 1)
    return False


_FILE_EXTENSIONS = frozenset(
    [
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "bmp",
        "ico",
        "js",
        "css",
        "html",
        "htm",
        "pdf",
        "mp4",
        "mov",
        "mp3",
        "wav",
        "zip",
        "gz",
        "txt",
    ]
)
_NANP = re.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")
_UK = re.compile(r"0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}")
_IP_LIKE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def card_brand(digits: str) -> str:
    """The card scheme a number's prefix and length belong to, "" when none (ISO/IEC 7812)."""
    n = len(digits)
    two, four = int(digits[:2]), int(digits[:4])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= two <= 55 or 2221 <= four <= 2720) and n == 16:
        return "mastercard"
    if two in (34, 37) and n == 15:
        return "amex"
    if (four == 6011 or two == 65 or 644 <= int(digits[:3]) <= 649) and 16 <= n <= 19:
        return "discover"
    if 3528 <= four <= 3589 and 16 <= n <= 19:
        return "jcb"
    if two == 62 and 16 <= n <= 19:
        return "unionpay"
    if (two in (36, 38, 39) or 300 <= int(digits[:3]) <= 305) and 14 <= n <= 19:
        return "diners"
    return ""


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


SECRET_MASK = "********"  # noqa: S105 - the same for every secret: no length is told
NUMBER_RULES = frozenset(("pii.card", "pii.national_id"))  # masked in place, last four kept
_PREFIXED_RULES = frozenset(rule for rule, *_ in PREFIXED) - {
    "credentials.jwt",
    "credentials.url_password",
}
# Rules whose span is a label (or URL) around a value: only the value is secret. A rule may
# have several patterns ("password for the share is ...", "login is admin / ...").
_VALUED: dict[str, list[re.Pattern[str]]] = {}
for _rule, _rx, *_ in (*LABELLED, *PREFIXED):
    if _rule in ("credentials.url_password", *(r for r, *_ in LABELLED)):
        _VALUED.setdefault(_rule, []).append(_rx)
# The labelled patterns grouped by their gate (in their order), so each gate is tested once,
# with the digits the text must have first (a door code has 3 or more).
_BY_HINTS: dict[tuple[str, ...], list[tuple[str, re.Pattern[str], str]]] = {}
for _rule, _rx, _what, _hints in LABELLED:
    _BY_HINTS.setdefault(_hints, []).append((_rule, _rx, _what))
_LABELLED_BY_HINTS = tuple(
    (hints, 3 if patterns[0][0] == "credentials.access_code" else 0, patterns)
    for hints, patterns in _BY_HINTS.items()
)
_KEY_HEAD = re.compile(r"-----BEGIN [^\n]{0,80}?-----")
_KEY_TAIL = re.compile(r"-----END [^\n]{0,80}?-----\Z")


def mask(value: str, *, keep_end: int = 0) -> str:
    """Every letter and digit as '*' except the last `keep_end`; separators stay."""
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    visible = set(alnum[len(alnum) - keep_end :]) if keep_end else set()
    return "".join(ch if (not ch.isalnum() or i in visible) else "*" for i, ch in enumerate(value))


def mask_secret(rule: str, span: str) -> str:
    """How every output shows the secret `span` that `rule` found (see the module docstring)."""
    if rule in NUMBER_RULES:
        return mask(span, keep_end=4)  # as on a receipt
    head, tail = readable_ends(rule, span)
    return span[:head] + SECRET_MASK + span[len(span) - tail :]


def readable_ends(rule: str, span: str) -> tuple[int, int]:
    """How many characters at each end of a secret's span are not secret (label, quotes)."""
    if rule in _VALUED:
        found = [v for v in (rx.match(span) for rx in _VALUED[rule]) if v is not None]
        # The pattern that found the span matches all of it; another may match a part only.
        for v in [v for v in found if v.end() == len(span)] or found:
            group = next(g for g, x in v.groupdict().items() if x is not None)
            return v.start(group), len(span) - v.end(group)
        at = span.find(SECRET_MASK)  # masked already: masking again changes nothing
        return (at, len(span) - at - len(SECRET_MASK)) if at >= 0 else (0, 0)
    if rule in _PREFIXED_RULES:
        m = TOKEN_PREFIX.match(span)
        return (m.end() if m else 0), 0
    if rule == "credentials.private_key":
        head, tail = _KEY_HEAD.match(span), _KEY_TAIL.search(span)
        return (head.end() if head else 0), (len(tail.group()) if tail else 0)
    return 0, 0


def detect(text: str, org_domains: frozenset[str] = frozenset()) -> Iterator[Detection]:
    """Every secret and piece of personal data in `text`, masked where needed."""
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    if "-----BEGIN" in text:
        for m in PRIVATE_KEY.finditer(text):
            taken.append(m.span())
            yield Detection(
                "credentials",
                "credentials.private_key",
                "critical",
                *m.span(),
                mask_secret("credentials.private_key", m.group()),
                "a private key block was posted",
            )
    for rule, rx, what, hints in PREFIXED:
        if not any(map(text.__contains__, hints)):
            continue
        for m in rx.finditer(text):
            if free(*m.span()):
                taken.append(m.span())
                yield Detection(
                    "credentials",
                    rule,
                    "critical",
                    *m.span(),
                    mask_secret(rule, m.group()),
                    f"{what} was posted",
                )
    lowered = text.lower()
    digits = len(_DIGIT.findall(text))
    for hints, needs_digits, patterns in _LABELLED_BY_HINTS:
        if digits < needs_digits or not any(map(lowered.__contains__, hints)):
            continue
        for rule, rx, what in patterns:
            yield from _labelled(text, rule, rx, what, taken)
    if digits >= 6:  # the shortest number looked for has 6 digits ("555-0142" has 7)
        yield from _numbers(text, lowered, taken)
    if digits >= 4 and any(map(lowered.__contains__, _BIRTH_HINTS)):  # "3/5/90" has 4
        yield from _birth_dates(text, taken)
    if digits and any(map(lowered.__contains__, _HOME_HINTS)):
        yield from _addresses(text, taken)
    if not _HEALTH_TOKENS.isdisjoint(lowered.split()):
        yield from _health(text, taken)
    if "@" in text and _has_email_shape(text):
        for m in _EMAIL.finditer(text):
            s, e = m.span()
            tld = m.group("domain").rsplit(".", 1)[-1].lower()
            if not free(s, e) or not tld.isalpha() or tld in _FILE_EXTENSIONS:
                continue  # "logo@2x.png" is a file name
            taken.append((s, e))
            labels = set(m.group("domain").lower().split("."))
            before = text[max(0, s - 40) : s]
            if labels & org_domains or _OWN_CUE.search(before):
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
            elif _SELF_CUE.search(before):
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


def _labelled(
    text: str, rule: str, rx: re.Pattern[str], what: str, taken: list[tuple[int, int]]
) -> Iterator[Detection]:
    """The values `rx` finds after their label, masked; a title ("Killing the Password:
    Passkeys in Practice") is a near miss."""
    pos = 0
    while (found := rx.search(text, pos)) is not None:
        cut = _clear_of(rx, found, text, taken)
        if cut is None or not _plausible(rule, cut):
            # A value that is no password ("password manager") may hide a label after it
            # ("password password: hunter2"): look again from the next character.
            pos = found.start() + 1
            continue
        pos = found.end()
        masked = mask_secret(rule, cut.group())
        title = title_reading(text, cut) if rx is PASSWORD else ""
        if title:
            yield Detection("credentials", rule, "low", *cut.span(), masked, "", suppressed=title)
            continue
        taken.append(cut.span())
        label = cut.group()[: readable_ends(rule, cut.group())[0]].rstrip(_LABEL_END)
        explanation = f"{what} was posted (after {label!r})"
        yield Detection("credentials", rule, "critical", *cut.span(), masked, explanation)


def _role_mailbox(local: str) -> str:
    """The role word of a shared mailbox's name ("jobs", "no-reply"), "" for a person's."""
    name = local.lower().split("+", 1)[0]
    if name.replace("-", "").replace("_", "").replace(".", "") in _ROLE_MAILBOXES:
        return name
    first, *rest = re.split(r"[._-]", name)
    if first in _ROLE_MAILBOXES and all(
        p in _ROLE_MAILBOXES or p in _ROLE_QUALIFIERS or (len(p) == 2 and p.isalpha()) for p in rest
    ):
        return first
    return ""


def _clear_of(
    rx: re.Pattern[str], m: re.Match[str], text: str, taken: list[tuple[int, int]]
) -> re.Match[str] | None:
    """`m`, or the same label's value cut short before a secret already found inside it (a
    password's clause runs on over a token: "password: hunter2 AKIA..."), None if none is left."""
    s, e = m.span()
    inside = [a for a, b in taken if a < e and b > s]
    if not inside:
        return m
    short = rx.match(text, s, min(inside))
    if short is None or any(a < short.end() and b > s for a, b in taken):
        return None
    return short


def _mixed(value: str) -> bool:
    """Letters and digits both: a generated token, not a word ("secret: santa")."""
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _plausible(rule: str, m: re.Match[str]) -> bool:
    if rule == "credentials.token":
        return _mixed(m["value"])
    word = m.groupdict().get("word")
    return word is None or password_like(word)


def _numbers(text: str, lowered: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for m in _CARD.finditer(text):
        raw = m.group()
        digits = raw.replace(" ", "").replace("-", "")
        if card_brand(digits) and luhn_ok(digits) and free(*m.span()):
            taken.append(m.span())
            yield Detection(
                "pii",
                "pii.card",
                "high",
                *m.span(),
                mask_secret("pii.card", raw),
                "a payment card number (passes the Luhn check) was posted",
            )
    for m in _SSN.finditer(text):
        a, g, s_ = m.group("a"), m.group("g"), m.group("s")
        if a in ("000", "666") or a[0] == "9" or g == "00" or s_ == "0000" or not free(*m.span()):
            continue
        taken.append(m.span())
        yield Detection(
            "pii",
            "pii.national_id",
            "high",
            *m.span(),
            mask_secret("pii.national_id", m.group()),
            "a US social security number was posted",
        )
    for m in _NINO.finditer(text):
        if not free(*m.span()) or m.group("p") in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        taken.append(m.span())
        yield Detection(
            "pii",
            "pii.national_id",
            "high",
            *m.span(),
            mask_secret("pii.national_id", m.group()),
            "a UK National Insurance number was posted",
        )
    if any(map(lowered.__contains__, _ID_HINTS)):
        yield from _labelled_ids(text, taken)  # before phones: "NHS number: 943 476 5919"
    for rx in (_PHONE, _PHONE_PLAIN):
        for m in rx.finditer(text):
            s, e = m.span()
            raw = m.group()
            ndigits = sum(c.isdigit() for c in raw)
            if not 10 <= ndigits <= 15 or not free(s, e):
                continue
            before = text[max(0, s - 40) : s]
            plain = raw.lstrip("+").isdigit()
            cue = _PHONE_CUE.search(before) is not None
            # A bare run of digits is a phone number only with a "+" or when the words before
            # say so; a grouped one must look like a dialled number (NANP, UK, "+", area code).
            if plain and not (raw.startswith("+") or cue):
                continue
            if not plain and not (
                raw.startswith(("+", "("))
                or (cue and not _IP_LIKE.fullmatch(raw))
                or _NANP.fullmatch(raw)
                or _UK.fullmatch(raw)
            ):
                continue
            taken.append((s, e))
            if _OWN_CUE.search(before):
                yield Detection(
                    "pii",
                    "pii.phone",
                    "low",
                    s,
                    e,
                    raw,
                    "",
                    suppressed="the organisation's own contact number",
                )
            elif _SELF_CUE.search(before):
                yield Detection(
                    "pii",
                    "pii.self_contact",
                    "low",
                    s,
                    e,
                    raw,
                    "the author shares their own phone number",
                )
            else:
                yield Detection(
                    "pii", "pii.phone", "medium", s, e, raw, "a phone number was posted"
                )
    for m in _LOCAL_PHONE.finditer(text):
        s, e = m.span()
        if not free(s, e):
            continue
        before = text[max(0, s - 60) : s]
        person = _PERSON_PHONE_CUE.search(before)
        who = person and (person["who"] or person["whose"])
        if _OWN_CUE.search(before):
            why = "the organisation's own contact number"
            found = Detection("pii", "pii.phone", "low", s, e, m.group(), "", suppressed=why)
        elif _SELF_CUE.search(before):
            what = "the author shares their own phone number"
            found = Detection("pii", "pii.self_contact", "low", s, e, m.group(), what)
        elif who and who.lower() not in _DESKS:
            what = f"a local phone number was posted (given for {who!r})"
            found = Detection("pii", "pii.phone", "medium", s, e, m.group(), what)
        else:
            continue
        taken.append((s, e))
        yield found


def _free(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    return all(e <= a or s >= b for a, b in taken)


def _labelled_ids(text: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    for m in _ID_LABELLED.finditer(text):
        s, e = m.span("id")
        prev = text[: m.start()].split()[-1:]
        if (
            sum(c.isdigit() for c in m["id"]) < 5
            or not _free(taken, s, e)
            or (prev and prev[0].lower().strip(".,:;'\"(") in _RECORD_WORDS)
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
    for m in _BIRTH.finditer(text):
        s, e = m.span("date")
        year = next(y for y in (m["y1"], m["y2"], m["y3"], m["y4"]) if y)
        if (len(year) == 4 and int(year) < 1900) or not _free(taken, s, e):
            continue  # "Mozart, born 27 January 1756" is history, not personal data
        taken.append((s, e))
        label = " ".join(m["label"].split())
        if _SELF_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            what = f"the author gives their own date of birth (after {label!r})"
            yield Detection("pii", "pii.birth_date", "low", s, e, m["date"], what)
        else:
            what = f"a date of birth was posted (after {label!r})"
            yield Detection("pii", "pii.birth_date", "medium", s, e, m["date"], what)


def _addresses(text: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    for m in _STREET.finditer(text):
        s, e = m.span()
        cue = _HOME_CUE.search(text[max(0, s - 60) : s])
        if cue is None or not _free(taken, s, e):
            continue
        who = cue["who"] or ""
        low = who.lower().replace("\u2019", "'")
        base = low.split("'")[0]  # "she's" -> "she", "we've" -> "we", "Mark's" -> "mark"
        possessive = low.endswith("'s") or low in ("his", "her", "their", "my")
        if cue["cue"].lower() == "address" and not (possessive or "home" in cue["mods"].lower()):
            continue  # "Venue address: 1 Example Street" is no one's home
        said = " ".join(cue.group().split())
        if base in _FIRST_PERSON:
            what = f"the author shares their own address (after {said!r})"
            found = Detection("pii", "pii.self_contact", "low", s, e, m.group(), what)
        elif base in _FIRST_PLURAL:
            why = f"the organisation's own address (after {said!r})"
            found = Detection("pii", "pii.address", "low", s, e, m.group(), "", suppressed=why)
        elif base in _THIRD_PERSON or (who[:1].isupper() and base not in _NOT_PEOPLE):
            what = f"a home address was posted (after {said!r})"
            found = Detection("pii", "pii.address", "medium", s, e, m.group(), what)
        else:
            continue
        taken.append((s, e))
        yield found


def _health(text: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
    for m in _HEALTH.finditer(text):
        who = m["who"] or m["subj"]
        name = who.split("'")[0].split("\u2019")[0]
        if name.lower() in _NOT_PEOPLE or not _free(taken, *m.span()):
            continue
        taken.append(m.span())
        term = m["h"] or m["h2"]
        what = f"health details about another person ({who!r}, {term!r})"
        yield Detection("pii", "pii.health", "medium", *m.span(), m.group(), what)
    for m in _TREATMENT.finditer(text):
        if not _free(taken, *m.span()):
            continue
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0]
        sentence = text[start : min(ends, default=len(text))]
        someone = _SOMEONE.search(sentence)
        just_before = text[start : m.start()].lower().replace("\u2019", "'").split()[-2:]
        if someone is None or any(w.split("'")[0] in _FIRST_PERSON for w in just_before):
            continue
        taken.append(m.span())
        what = f"health details about another person ({someone.group()!r}, {m.group()!r})"
        yield Detection("pii", "pii.health", "medium", *m.span(), m.group(), what)
