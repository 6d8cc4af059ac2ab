"""Structural detectors for personal data and secrets, run on the ORIGINAL text (case matters).

Card numbers are Luhn-checked; national IDs are checked against their format's reserved values;
a phone number or address the author gives for themselves ("call me at") is lower risk, and the
organisation's own contact address ("support@<org>.com", "call us") is not flagged at all.
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
    PREFIXED,
    PRIVATE_KEY,
    SECRET_HINTS,
    TOKEN_PREFIX,
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
# Rules whose span is a label (or URL) around a value: only the value is secret.
_VALUED = {rule: rx for rule, rx, _ in LABELLED} | {
    rule: rx for rule, rx, *_ in PREFIXED if rule == "credentials.url_password"
}
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
        m = _VALUED[rule].match(span)
        if m is not None:
            group = next(g for g, v in m.groupdict().items() if v is not None)
            return m.start(group), len(span) - m.end(group)
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
    if any(map(lowered.__contains__, SECRET_HINTS)):
        for rule, rx, what in LABELLED:
            for found in rx.finditer(text):
                cut = _clear_of(rx, found, text, taken)
                if cut is None or (rule == "credentials.token" and not _mixed(cut["value"])):
                    continue
                taken.append(cut.span())
                masked = mask_secret(rule, cut.group())
                yield Detection(
                    "credentials", rule, "critical", *cut.span(), masked, f"{what} was posted"
                )
    if len(_DIGIT.findall(text)) >= 6:  # the shortest number looked for has 6 digits
        yield from _numbers(text, taken)
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


def _numbers(text: str, taken: list[tuple[int, int]]) -> Iterator[Detection]:
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
