"""The patterns behind the personal-data detectors of `auditor.scoring.pii`: e-mail addresses,
phone numbers and the words before them that say whose number it is, card and national ID
numbers, ID numbers after their label, dates of birth, street addresses and the words that make
one a home, and health words about a person. `card_brand` and `luhn_ok` judge a number the
patterns alone cannot: whether it is a payment card's.
"""

from __future__ import annotations

import re

CARD = re.compile(r"(?<![\d\w-])(?:\d[ -]?){12,18}\d(?![\d\w])")
# Card numbers payment providers publish for testing (Stripe, Braintree, Adyen, PayPal docs):
# no one's card. Read as such only where the post says it is testing (`TEST_CONTEXT`); a found
# card with one of these numbers is still someone's card to a reader otherwise.
TEST_CARDS = frozenset(
    (
        *("4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222"),
        *("5200828282828210", "5105105105105100", "378282246310005", "371449635398431"),
        *("6011111111111117", "6011000990139424", "3056930009020004", "36227206271667"),
        *("3566002020360505", "6200000000000005", "4111111111111111", "4012888888881881"),
        *("4222222222222", "5431111111111111", "4000000000000002", "4000000000009995"),
        *("4000000000000069", "4000000000000127", "4000000000000119", "4000002500003155"),
        *("4000002760003184", "4000000000003220", "5500000000000004", "340000000000009"),
        *("30000000000004", "6011000000000004", "4000000000000077", "4000000000000341"),
    )
)
TEST_CONTEXT = re.compile(
    r"(?i)\b(?:sandbox|staging|test(?:ing)?\s+(?:card|mode|env(?:ironment)?|number|checkout"
    r"|payments?|keys?|server|site|store|account)|dummy|fake|qa|dev (?:tip|env|environment|site)"
    r"|(?:stripe|braintree|adyen|paypal)\s+(?:test|docs)|test(?:ed|ing)? (?:with|using))\b"
)
SSN = re.compile(r"(?<![\d-])(?P<a>\d{3})-(?P<g>\d{2})-(?P<s>\d{4})(?![\d-])")
NINO = re.compile(
    r"(?<![A-Za-z0-9])(?P<p>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(?P<d>\d{2} ?\d{2} ?\d{2}) ?"
    r"(?P<s>[A-D])(?![A-Za-z0-9])"
)
EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)"
)
PHONE = re.compile(
    r"(?<![\w+.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,6}(?:[ .-]\d{2,6}){1,4}(?![\d])"
)
PHONE_PLAIN = re.compile(r"(?<![\w+])\+?\d{10,13}(?!\w)")
# What CARD, SSN, NINO and LOCAL_PHONE match, without the look-behind they start with (which
# makes the regex engine try them at every character): a post none of these is found in holds
# no match of theirs, and these scans skip straight to the digits (or the capitals) they need.
CARD_GATE = re.compile(r"\d(?:[ -]?\d){12}")
SSN_GATE = re.compile(r"\d\d\d-\d\d-\d\d\d\d")
NINO_GATE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]")
LOCAL_PHONE_GATE = re.compile(r"\d\d\d[ .-]\d\d\d\d")
PHONE_CUE = re.compile(
    r"(?i)(?:call|text|phone|tel|cell|mobile|number|whatsapp|ring|sms)\W{0,3}\w{0,6}\W{0,3}$"
)
SELF_CUE = re.compile(
    r"(?i)(?:call me|text me|ring me|reach me|email me|e-mail me|contact me|message me|dm me"
    r"|whatsapp me|my (?:number|cell|phone|mobile|email|e-mail|address|contact))\b[^\n]{0,20}$"
)
OWN_CUE = re.compile(
    r"(?i)(?:call us|text us|email us|e-mail us|contact us|reach us|our (?:support|office|team|"
    r"helpline|hotline|number|email|desk)|customer (?:service|support)|support line|helpline|"
    r"hotline)\b[^\n]{0,20}$"
)
# Freephone numbers (UK 0800/0808/0500, North American 800/888/877/866/855/844/833): only
# businesses and helplines have them.
TOLL_FREE = re.compile(
    r"(?:\+?1[\s.-]?)?\(?(?:800|888|877|866|855|844|833)\)?[\s.-]"
    r"|(?:\+44\s?\(?0?\)?\s?|0)(?:800|808|500)(?!\d)"
)


# A shared mailbox reaches a desk, not a person: "jobs@", "no-reply@", "press.office@".
ROLE_MAILBOXES = frozenset(
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
ROLE_QUALIFIERS = frozenset(("emea", "apac", "amer", "latam", "global", "intl", "desk", "line"))
# Capitalised words after "call ... on" that name a desk, not a person ("call Reception on").
DESKS = ROLE_MAILBOXES | {"facilities", "switchboard", "it", "payroll", "maintenance"}
# A 7-digit local number ("555-0142") is read as a phone number only after words that give it
# to a person: "call Jenny on", "call my colleague Jenny on", "her number is", "Sam's mobile:".
LOCAL_PHONE = re.compile(
    r"(?<![\w+./-])(?<!\d[ .-])(?:\+\d{1,3}[ .-]?)?\d{3}[ .-]\d{4}(?![\w/-]|[.,]?\d|[ .-]\d)"
)
PERSON_PHONE_CUE = re.compile(
    r"(?:\b(?i:call|text|ring|phone|reach|contact|whatsapp|message|try)\s+"
    r"(?:(?i:my|our|your|the)\s+(?:[a-z]+\s+){0,2})?(?P<who>[A-Z][a-z]+|him|her|them)"
    r"(?:\s+[A-Z][a-z]+)?\s+(?i:on|at)"
    r"|(?P<whose>\b[A-Z][a-z]+(?:'s|\u2019s)|\b(?i:his|her|their))\s+(?:[a-z]+\s+){0,2}"
    r"(?i:number|phone|mobile|cell)(?:\s+(?i:is|was))?\s*:?)\s*$"
)

# "Kelly's home number since she's ignoring your calls:", "the personal mobile of the customer
# who complained,": a number named as someone's home or personal one, up to the number.
HOME_PHONE_CUE = re.compile(
    r"(?i)\b(?P<whose>[a-z]+(?:'s|\u2019s)?)\s+(?:home|personal|private|own)\s+"
    r"(?:(?:phone|mobile|cell)\s+)?(?P<what>number|phone|mobile|cell|landline|no\.?)"
    r"(?![a-z])[^.!?\n]{0,50}$"
)
# After a number: the reader is sent to the person it reaches ("give him a call", "tell her
# what you think"; not "them": a shop or a desk is "them").
CONTACT_AFTER = re.compile(
    r"(?i)^[^\n]{0,60}?\b(?P<ask>(?:give|tell|call|ring|text|let|ask|remind|phone|message|visit"
    r"|see|pay)"
    r"\s+(?P<whom>him|her))\b"
)
# An ID number after its label: "passport number is 123456789", "NHS number: 943 476 5919". The
# label is needed (a bare number is an order or a reference); so are 5 or more digits.
_ID_NO = r"(?:\s+(?i:number|no\.?|num|#))"
ID_LABELLED = re.compile(
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
ID_HINTS = ("passport", "number", "no.", "no:", "ssn", "#")
# Words before "ID number" that make it a record's number, not a person's.
RECORD_WORDS = frozenset(
    (
        *("order", "ticket", "tracking", "reference", "transaction", "invoice", "booking"),
        *("case", "account", "customer", "employee", "staff", "session", "request", "product"),
        *("item", "serial", "batch", "job", "build", "version", "member", "application"),
    )
)
# A date of birth: a label ("born", "DOB", "date of birth", "birthday") and a full date with its
# year (a birthday's year must be an adult's: "birthday party 12/05/2024" is an event).
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
BIRTH = re.compile(
    r"(?i)(?<![A-Za-z])(?P<label>born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date"
    r"|birthday)(?![A-Za-z])"
    # "DOB for Ahmed Khan: ..."
    r"(?:\s+(?:of|for)\s+(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))?"
    r"\s*(?:is\s+|was\s+)?[:=-]?\s*(?:on\s+)?(?P<date>"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?P<y1>\d{4}|\d{2})|(?P<y2>\d{4})-\d{2}-\d{2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<y3>\d{{4}})"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}}))(?![\d/.-]\d)"
)
BIRTH_HINTS = ("born", "dob", "d.o.b", "birth")
SELF_BEFORE = re.compile(r"(?i)(?:\bI(?:'m| am| was)?|\bmy)\s+$")
# A street address ("22 Birch Lane", "7 Orchard Close") given as where someone lives: after
# "lives at", "home is", "'s address is", "moved to". Not followed by another capitalised word
# ("22 Birch Lane Primary School" is a school). A word or two such as "just" or "has" may stand
# between the person and the cue ("our CFO just moved in at").
_STREET_NAME = (
    r"[A-Za-z]?,?\s+(?:[A-Z][a-z'\u2019]+\s+){1,3}"
    r"(?:Street|St|Road|Rd|Lane|Avenue|Ave|Close|Drive|Way|Court|Crescent|Place|Gardens"
    r"|Terrace|Grove|Mews|Row|Walk|Square|Boulevard|Parade|Rise|Hill|View)\b"
)
STREET = re.compile(r"(?<![\w/.,-])\d{1,4}" + _STREET_NAME + r"(?!\s+[A-Z][a-z])")
# STREET without its look-arounds (see CARD_GATE); `\d\d{0,3}` is `\d{1,4}`, starting with a digit.
STREET_GATE = re.compile(r"\d\d{0,3}" + _STREET_NAME)
HOME_CUE = re.compile(
    r"(?:\b(?P<who>[A-Za-z]+(?:['\u2019](?:s|ve|re|m|ll))?)\s+"
    r"(?:(?i:just|recently|finally|now|apparently|actually|already|officially|has|have|had)\s+)"
    r"{0,2})?(?P<mods>(?:(?i:new|current|old|home|own)\s+)*)"
    r"(?P<cue>(?i:lives|live|living|resides|reside|residing|stays|staying|moved|moving|home"
    r"|house|flat|apartment|address))"
    r"(?:\s+(?i:is|was|now|at|on|to|in|over|has been|will be))*\s*[:,-]?\s*$"
)
HOME_HINTS = (
    *("live", "living", "resid", "stay", "moved", "moving", "home", "house", "flat"),
    *("apartment", "address"),
)
FIRST_PERSON = frozenset(("i", "my", "me"))
FIRST_PLURAL = frozenset(("we", "our", "us"))
THIRD_PERSON = frozenset(
    ("he", "she", "they", "his", "her", "their", "him", "them", "you", "your", "who")
)
# Lower-case words that name a person by their role ("our new sales director just moved to").
ROLE_PEOPLE = frozenset(
    (
        *("boss", "manager", "director", "ceo", "cfo", "cto", "coo", "vp", "supervisor"),
        *("colleague", "coworker", "co-worker", "neighbour", "neighbor", "landlord"),
        *("landlady", "intern", "founder", "owner", "chairman", "chairwoman", "chair"),
    )
)
# Capitalised words that do not name a person ("The office moved to ...").
NOT_PEOPLE = frozenset(
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
    r"|bulimia|eating disorder|adhd|ocd|ptsd|psychosis|addiction|alcoholism|hepatitis|herpes"
    r"|chlamydia|endometriosis|infertility|cirrhosis|lupus|stroke(?!\s+of)|heart attack"
    r"|panic attacks)"
)
# The words the health patterns can match, as `str.split` leaves them (punctuation attached):
# a frozenset lookup per word of the post instead of a substring search per health word.
_HEALTH_TOKEN_WORDS = (
    *("chemo", "chemotherapy", "radiotherapy", "cancer", "tumour", "tumor", "leukaemia"),
    *("leukemia", "lymphoma", "melanoma", "dementia", "alzheimer's", "alzheimers"),
    *("parkinson's", "parkinsons", "hiv", "epilepsy", "seizures", "schizophrenia"),
    *("bipolar", "sclerosis", "miscarriage", "ivf", "dialysis", "mastectomy", "diabetes"),
    *("depression", "anorexia", "bulimia", "disorder", "pregnant", "adhd", "ocd", "ptsd"),
    *("psychosis", "addiction", "alcoholism", "hepatitis", "herpes", "chlamydia"),
    *("endometriosis", "infertility", "cirrhosis", "lupus", "stroke", "attack", "attacks"),
)
HEALTH_TOKENS = frozenset(
    word + end
    for word in _HEALTH_TOKEN_WORDS
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
HEALTH = re.compile(
    r"(?P<who>\b[A-Z][a-z]+(?:'s|\u2019s)|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+"
    rf"{_FILLER}{{0,2}}(?P<h>(?i:{_HEALTH_WORDS}))\b{_HEALTH_NOT}"
    # "Raj from sales", "Tommy in the warehouse": a name and where they work
    r"|(?P<subj>\b[A-Z][a-z]+(?:\s+(?:in|from|on)\s+(?:the\s+)?[a-z]+)?|\b(?:[Hh]e|[Ss]he))"
    r"(?:'s|\u2019s|\s+(?:is|was|has been|had been))?"
    r"\s+(?:(?:now|just|recently|currently|still|been)\s+)?(?i:having|starting|started|undergoing"
    r"|underwent|receiving|getting|on|recovering from|battling|fighting|fought|beat|beating"
    r"|survived|suffers from|suffering from|(?:being )?treated for|diagnosed with|living with"
    r"|has|had|got|lost (?:his|her|their) (?:battle|fight) (?:with|to)|tested positive for"
    r"|off (?:sick )?(?:for|with)|in hospital (?:for|with)|signed off with"
    r"|in (?:rehab|therapy|treatment|recovery) for|taking|prescribed)"
    # "he's on lithium for bipolar": a medicine, then what it is for
    rf"\s+{_FILLER}{{0,2}}(?:(?i:for)\s+)?(?P<h2>(?i:{_HEALTH_WORDS}))\b{_HEALTH_NOT}"
    # "Ana in legal is 10 weeks pregnant"
    r"|(?P<preg>\b[A-Z][a-z]+(?:\s+(?:in|from|on)\s+(?:the\s+)?[a-z]+)?)(?:'s|\u2019s|\s+is)"
    r"\s+(?:(?:now|already|about)\s+)?(?:[0-9]+\s+(?:weeks?|months?)\s+)?(?P<h3>pregnant)\b"
)
# "she is pregnant" said of someone who has not told: only with words that say it was confided
# ("don't tell the boss", "keeping it quiet") or that she is a colleague ("my colleague Ana").
PREGNANT_PRONOUN = re.compile(
    r"(?i)\bshe(?:'s|\u2019s|\s+is|\s+was)\s+(?:(?:now|already|about)\s+)?"
    r"(?:\d+\s+(?:weeks?|months?)\s+)?pregnant\b"
)
CONFIDED = re.compile(
    r"(?i)\b(?:(?:don'?t|do not|not|no|never)\s+(?:tell|say|mention|share|spread|post)"
    r"|keep(?:ing)?\s+it\s+(?:quiet|secret|between)|secret|hasn'?t\s+(?:told|announced|said)"
    r"|not\s+(?:announced|public)\s+yet|between (?:us|you and me)|on the down ?low"
    r"|(?:my|our)\s+(?:colleague|co-?worker|teammate|boss|manager|supervisor))\b"
)
# A treatment only a patient has ("chemo starts Monday") in a sentence about someone else ("she",
# "him", "get well soon"), when the words just before it are not the author's ("my chemo").
TREATMENT = re.compile(
    rf"(?i)\b(?:chemo(?:therapy)?|radiotherapy|dialysis|mastectomy)\b{_HEALTH_NOT}"
)
SOMEONE = re.compile(
    r"(?i)\b(?:she|he|her|him|his|she's|he's|she'll|he'll|she\u2019s|he\u2019s|get well)\b"
)


FILE_EXTENSIONS = frozenset(
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
NANP = re.compile(r"\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")
UK = re.compile(r"0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}")
IP_LIKE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


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


# What the lower-case text of a post must hold for a detector of `pii` to find anything (the
# detectors skip a post that holds none of them with one scan): (digits the post must have, a
# substring, a pattern for the text right after it). The gates of `pii.detect_personal_data` as
# they are, but an e-mail address's: EMAIL's "x@host." (EMAIL is ASCII, so lower case keeps it).
# A post with NUMBER_DIGITS digits or more is always read: a number needs no word before it.
NUMBER_DIGITS = 6  # the shortest number looked for has 6 digits ("555-0142" has 7)
NEEDLES: tuple[tuple[int, str, str], ...] = (
    *((0, word.split("'")[0], "") for word in _HEALTH_TOKEN_WORDS),  # in each HEALTH_TOKENS
    (0, "@", r"(?<=[a-z0-9._%+-]@)[a-z0-9-]+\."),
    *((1, hint, "") for hint in HOME_HINTS),
    *((4, hint, "") for hint in BIRTH_HINTS),  # "3/5/90" has 4
)
