"""The patterns behind the credential detectors of `auditor.scoring.credentials`: tokens known by
their issuer's prefix, and values after a label ("password: ...", "token=...", a URL's
user:password@, "the password for the share is ...", "login is admin / ...", "door code changed
to 4471#"). Each value pattern names the secret part of its match with a group, so that
`masking.readable_ends` can keep the label and quotes readable and mask only the value.
`password_like` and `title_reading` judge a match the patterns alone cannot: whether a word
reads as a password, and whether "Password: ..." is the title of a talk.
"""

from __future__ import annotations

import re

PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:.{0,8000}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|.{0,8000})",
    re.S,
)
# Tokens known by their issuer's prefix, length and alphabet: (rule, pattern, what, the
# substrings one of which the text must hold for the pattern to be tried). The prefix up to
# the random part is public and stays readable (`TOKEN_PREFIX`).
PREFIXED: tuple[tuple[str, re.Pattern[str], str, tuple[str, ...]], ...] = (
    (
        "credentials.aws_key",
        re.compile(r"(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA)[A-Z0-9]{16}(?![A-Z0-9])"),
        "an AWS access key id",
        ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA"),
    ),
    (
        "credentials.github_token",
        re.compile(r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_\w{22,255})"),
        "a GitHub token",
        ("_",),
    ),
    (
        "credentials.slack_token",
        re.compile(r"(?<![A-Za-z0-9])xox[bpaors]-[A-Za-z0-9-]{10,250}"),
        "a Slack token",
        ("xox",),
    ),
    (
        "credentials.stripe_key",
        re.compile(
            r"(?<![A-Za-z0-9_])(?:[sr]k_(?:live|test)_[A-Za-z0-9]{24,247}|whsec_[A-Za-z0-9]{32,64})"
            r"(?![A-Za-z0-9])"
        ),
        "a Stripe secret key",
        ("k_live_", "k_test_", "whsec_"),
    ),
    (
        "credentials.gitlab_token",
        re.compile(
            r"(?<![A-Za-z0-9_-])gl(?:pat|dt|rt|ptt|ft|cbt|soat|oas|imt|agent)-[A-Za-z0-9_-]{20,300}"
            r"(?:\.[A-Za-z0-9_-]{1,64}){0,3}(?![A-Za-z0-9_-])"
        ),
        "a GitLab token",
        ("gl",),
    ),
    (
        "credentials.npm_token",
        re.compile(r"(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
        "an npm access token",
        ("npm_",),
    ),
    (
        "credentials.google_api_key",
        re.compile(r"(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])"),
        "a Google API key",
        ("AIza",),
    ),
    (
        "credentials.openai_key",
        re.compile(
            r"(?<![A-Za-z0-9_-])sk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,300}"
            r"|[A-Za-z0-9]{48})(?![A-Za-z0-9_-])"
        ),
        "an OpenAI API key",
        ("sk-",),
    ),
    (
        "credentials.anthropic_key",
        re.compile(
            r"(?<![A-Za-z0-9_-])sk-ant-[a-z]{3,8}\d{2}-[A-Za-z0-9_-]{20,300}(?![A-Za-z0-9_-])"
        ),
        "an Anthropic API key",
        ("sk-ant-",),
    ),
    (
        "credentials.huggingface_token",
        re.compile(r"(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z]{34}(?![A-Za-z0-9_])"),
        "a Hugging Face token",
        ("hf_", "api_org_"),
    ),
    (
        # A Twilio API key's SID ("SK" and 32 hex digits); its secret has no prefix.
        "credentials.twilio_key",
        re.compile(r"(?<![A-Za-z0-9_])SK[0-9a-fA-F]{32}(?![A-Za-z0-9_])"),
        "a Twilio API key",
        ("SK",),
    ),
    (
        "credentials.sendgrid_key",
        re.compile(r"(?<![A-Za-z0-9_])SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])"),
        "a SendGrid API key",
        ("SG.",),
    ),
    (
        # header.payload.signature, each base64url; a JSON header and payload start "ey".
        "credentials.jwt",
        re.compile(
            r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,4000}\.ey[A-Za-z0-9_-]{8,8000}"
            r"\.[A-Za-z0-9_-]{16,4000}(?![A-Za-z0-9_-])"
        ),
        "a JSON web token",
        ("eyJ",),
    ),
    (
        # scheme://user:password@host: the password is masked, user and host stay readable.
        "credentials.url_password",
        re.compile(
            r"(?i)(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{1,15}://[^\s:/@]{0,128}:"
            r"(?P<value>[^\s/]{1,256})@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*"
        ),
        "a password in a URL",
        ("://",),
    ),
)
# A quoted value runs to its closing quote (spaces included). Straight and curly quotes are
# interchangeable ("a b” is still one value).
_QUOTED = (
    ('"\u201c\u201d\u201e', '"\u201c\u201d'),
    ("'\u2018\u2019\u201a", "'\u2018\u2019"),
    ("\u00ab", "\u00bb"),
    ("\u00bb", "\u00ab"),
    ("\u300c", "\u300d"),
    ("\u300e", "\u300f"),
)


def _quoted(prefix: str) -> str:
    return "|".join(
        f"[{o}](?P<{prefix}{i}>[^{c}\\n]{{1,128}})[{c}]" for i, (o, c) in enumerate(_QUOTED)
    )


def _code_value(prefix: str) -> str:
    """A code's value: quoted (groups named `prefix`0, 1 ...), or 3 to 12 digits with the
    keypad's "#" or "*" (group "code")."""
    return rf"(?:{_quoted(prefix)}|(?P<code>[#*]?(?:\d[ -]?){{2,11}}\d[#*]?)(?![\w.,/-]?\d))"


# An unquoted value runs to the end of its clause: over the words after it on the same line
# until a word ends in sentence punctuation (kept in the value: "Summer24!"), up to 12 words,
# and never over a word that labels something else ("password: x user: bob"). Its first word
# has at least 3 characters ("password is ok" is no password).
_LABEL_WORD = (
    r"(?:password|passwd|passphrase|passcode|pwd|pw|pass|pin|user(?:name)?|login|e-?mail|token"
    r"|secret|api[_-]?key)(?![A-Za-z])"
)
_CLAUSE = rf"(?=\S{{3}})(?:\S*[^\s.,;!?][ \t]+(?!{_LABEL_WORD})){{0,11}}\S+"
_PW_LABELS = (
    r"(?:password|passwd|passphrase|passcode|pwd|pw|pin code|passwort|kennwort|mot de passe"
    r"|contrase(?:\u00f1|n)a|senha|wachtwoord"
    r"|(?:wi-?fi|wlan|router|admin|root|login|account|user|e-?mail|vpn|ssh|db|server)"
    r"[ _-]?pass(?:word)?|(?:wi-?fi|wlan|network|router)[ _-]?(?:key|code|pin))"
    r"(?![A-Za-z])"
)
_IS = r"\s*(?:(?:is|was|ist|est|es|\u00e9)(?!\w)\s*[=:]?|[=:])\s*"
# A value in the group `word` is one word that must look generated (`password_like`: letters
# with digits or symbols, 6 or more characters), so that ordinary words after a label
# ("password manager") are not read as passwords.
_WORD = r"(?P<word>[^\s\"\u201c\u201d]{6,64})"
# "password: ...", "password is ...", and "password Tr0ub4dor&3" (only a space between: a
# generated-looking word). A bare "pass" ("bus pass: $20") is a password only with a quoted
# value or after "=".
PASSWORD = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:{_PW_LABELS}(?:{_IS}(?:{_quoted('q')}|(?P<value>{_CLAUSE}))"
    rf"|[ \t]+{_WORD})|pass(?![A-Za-z]){_IS}(?:{_quoted('r')})|pass\s*=\s*(?P<bare>{_CLAUSE}))"
)
# "changed my password to Winter26!", "wifi pw's Tr0ut44", "my password AGAIN. It's now
# Winter2026!!": a password-looking word after "to", "'s" or an "it's" that refers back to it.
PASSWORD_SAID = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:{_PW_LABELS}|pass(?![A-Za-z]))(?:['\u2019]s|\s+(?:(?:changed|set|reset"
    r"|updated)\s+)?to|[^\n]{0,80}?\b(?:it['\u2019]?s|it is|it was))(?:\s+(?:now|still|just))?"
    rf"\s*[=:]?\s+{_WORD}"
)
API_KEY = re.compile(
    r"(?i)\b(?:api[_-]?key|secret[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret"
    r"|aws_secret_access_key|bearer)\s*[=:]?\s*[\"']?(?P<value>[A-Za-z0-9_\-./+=]{16,256})"
)
# "token: ...", "secret=...", "refresh_token: ...": a label, "=" or ":", and a value of 12 or
# more token characters with letters and digits ("secret: santa" and "token: 3 of 12" are not).
TOKEN = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:token|secret)\s*[=:]\s*[\"']?(?P<value>[A-Za-z0-9_\-./+=~]{12,256})"
)
# "the token 9f8A7c6b5D4e3f2a1b0c": a token's label and a long value with 4 or more digits
# ("token of thanks" and "secret-santa-2024-list" are not one).
TOKEN_SPACED = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:token|secret)(?:\s+(?:is|was))?\s+[\"']?"
    r"(?P<value>[A-Za-z0-9_\-./+=~]{20,256})"
)
# "the password for the finance share is "payroll2024"": a few words naming what it opens.
PASSWORD_FOR = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:password|passwd|passphrase|passcode|pin)s?\s+(?:for|to|of|on)\s+"
    rf"(?:[^\s.,;:!?\"]+\s+){{1,5}}?(?:is|was)(?:\s+now)?\s*[=:]?\s*(?:{_quoted('f')}|{_WORD})"
)
# "the admin login is admin / Summer2024!": a user name and a password after a login label; the
# user name stays readable.
LOGIN = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:log-?in|sign-?in|credentials|creds)(?:\s+details)?"
    r"\s*(?:(?:is|are|was|were)(?!\w)\s*[=:]?|[=:])\s*[^\s/:|]{1,64}(?:\s+[/|]\s+|:)"
    r"(?P<word>[^\s\"\u201c\u201d/]{6,64})"
)
# "user ops-team / Pa$$w0rd-88", "user ops_team, pass Lisboa#77": a user name, a slash or bar
# or a password's label, and a password-looking word.
USER_PASSWORD = re.compile(
    r"(?i)(?<![A-Za-z0-9@])user(?:name)?\s*[=:]?\s*[^\s/:|,;]{1,64}(?:\s+[/|]\s+"
    r"|\s*[,;]?\s+(?:and\s+)?(?:pass(?:word)?|pwd?)\s*[=:]?\s*)"
    r"(?P<word>[^\s\"\u201c\u201d/]{6,64})"
)
# Codes that open a door, an alarm, a safe or a lock, and PINs: "door code changed to 4471#",
# "the alarm code is 1234", "the safe combination is 12-34-56", "PIN: 2580". The value is 3 to
# 12 digits (with "#" or "*" as a keypad has them) or quoted. A label that is also an ordinary
# word ("pin", "safe code", "lock code") needs "is", ":" or "=" before its value.
_CODE_FOR = r"(?:\s+(?:for|to|of|on)\s+(?:the\s+|our\s+|my\s+)?[\w-]+(?:\s+[\w-]+)?)?"
_CODE_CHANGED = r"(?:\s+(?:changed|set|reset|updated) to)"
_CODE_IS = r"(?:\s+(?:is|was|has been)(?:\s+now)?|\s+now)"
ACCESS_CODE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:(?:"
    r"(?:(?:front|back|side|main)[ -])?(?:door|alarm|gate|keypad|garage|locker|padlock"
    r"|lock ?box|key ?safe|key ?box)[ -]?(?:code|pin)|pin (?:code|number)"
    r"|(?:safe|lock|locker|padlock|vault)(?:'s)? combination"
    r"|combination (?:to|for|of) (?:the |my |our |his |her )?(?:[\w-]+ ){0,3}?"
    r"(?:safe|lock|locker|padlock|vault|key ?box|lock ?box|key ?safe|door|cabinet)s?"
    rf"){_CODE_FOR}{_CODE_IS}?{_CODE_CHANGED}?\s*[=:#]?"
    rf"|(?:pin|(?:safe|lock|entry|entrance) code)(?![A-Za-z]){_CODE_FOR}"
    rf"(?:\s*[=:]|{_CODE_IS}{_CODE_CHANGED}?\s*[=:]?|{_CODE_CHANGED}\s*[=:]?))\s*"
    + _code_value("c")
)
# "the safe opens with 18-42-07", "code for the back door: 4471#", "locker combo is 12 34 56":
# what a lock opens with, said in other words than ACCESS_CODE's labels.
_LOCK = (
    r"(?:safe|door|lock|padlock|gate|alarm|locker|vault|key ?safe|key ?box|lock ?box|cage"
    r"|cabinet|shutter|storeroom|store ?room|cupboard|entrance)s?"
)
_CODE = _code_value("o")
ACCESS_OPENS = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:{_LOCK}(?:\s+[\w'-]+){{0,5}}?\s+(?:opens|unlocks|disarms|open"
    r"|unlock|disarm)(?:\s+up)?\s+(?:with|using|by (?:typing|entering|punching in))"
    r"(?:\s+(?:the\s+)?(?:code|combo|combination|pin))?"
    rf"|(?:code|combo|combination|pin)\s+(?:for|to|of|on)\s+(?:the\s+|our\s+|my\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_LOCK}{_CODE_IS}?"
    rf"|{_LOCK}(?:'s)?\s+combo(?:\s+(?:is|was)(?:\s+now)?)?)\s*[=:]?\s*{_CODE}"
)
# "the key safe is 5512", "padlock's 0417", "back door = 4471#": a lock and its code after
# "is", "'s" or "=". A door, gate or alarm "is" many numbers (an alarm is a time): only with
# the keypad's "#" or "*".
ACCESS_BARE = re.compile(
    r"(?i)(?<![A-Za-z0-9])(?:(padlock|key ?safe|key ?box|lock ?box|locker|safe|keypad)"
    r"|door|gate|alarm)(?:['\u2019]s|\s+is|\s*[=:])\s*"
    r"(?P<code>[#*]?(?:\d[ -]?){2,11}\d(?(1)[#*]?|[#*]))(?![\w.,/-]?\d)"
    r"(?!\s*(?:years?|yrs?|months?|days?|hours?|mins?|minutes|kg|kilos?|lbs?|pounds|tons?"
    r"|tonnes?|feet|foot|ft|inches|metres?|meters?|cm|mm|km|miles?|%|percent|per cent|quid"
    r"|euros?|dollars|bucks|people|staff|times|items|units|boxes|pages|words)\b)"
)
# A value pasted with no label, in a post about a key or token: 20 or more characters with
# capitals, small letters and 3 or more digits ("4f9Ka82LmQz71XpRtY3vB0cW"); a commit hash or
# UUID (lower case) is not one, nor a part of a URL, nor a ticket's or an order's number.
LOOSE_TOKEN = re.compile(
    r"(?<!ticket )(?<!order )(?<!ref )(?<!case )(?<!invoice )(?<!booking )(?<!tracking )"
    r"(?<!commit )(?<!build )(?<!id )(?<![\w/.=?&:%+#@-])"
    r"(?=[\w-]*[A-Z])(?=[\w-]*[a-z])(?=(?:[A-Za-z_-]*\d){3})"
    r"(?P<value>[A-Za-z0-9_-]{20,200})(?![\w/.@-]|\.\w)"
)
# "the door code is four four seven one": a code's digits spelled out, three or more.
_SPOKEN = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)"
ACCESS_SPOKEN = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:{_LOCK}[ -]?(?:code|pin|combination|combo)|pin(?: code)?)"
    rf"(?:\s+(?:is|was)(?:\s+now)?|\s*[=:])\s*(?P<code>{_SPOKEN}(?:[ ,-]+{_SPOKEN}){{2,11}})"
    r"(?![A-Za-z])"
)
# (rule, pattern, what was posted, the lower-case words one of which the text must hold for the
# pattern to be tried, and the digits it must have: a cheap gate, tested once per gate and
# shared by the patterns with the same gate).
_PW_HINTS = ("pass", "pw", "pin", "wort", "contrase", "senha", "woord", "wifi", "wi-fi", "wlan")
_PW_HINTS_MORE = (*_PW_HINTS, "network", "router")
_KEY_HINTS = ("key", "token", "secret", "bearer")
LABELLED: tuple[tuple[str, re.Pattern[str], str, tuple[str, ...], int], ...] = (
    ("credentials.password", PASSWORD, "a password", _PW_HINTS_MORE, 0),
    ("credentials.password", PASSWORD_SAID, "a password", _PW_HINTS, 0),
    ("credentials.api_key", API_KEY, "an API key or token", _KEY_HINTS, 0),
    ("credentials.token", TOKEN, "a token or secret", _KEY_HINTS, 0),
    ("credentials.token", TOKEN_SPACED, "a token or secret", ("token", "secret"), 4),
    ("credentials.password", PASSWORD_FOR, "a password", _PW_HINTS, 0),
    ("credentials.password", LOGIN, "a password", ("log", "sign-in", "sign in", "cred"), 0),
    ("credentials.password", USER_PASSWORD, "a password", ("user",), 0),
    # A door code has 3 digits or more.
    ("credentials.access_code", ACCESS_CODE, "an access code or PIN", ("code", "combin", "pin"), 3),
    (
        "credentials.access_code",
        ACCESS_OPENS,
        "an access code or PIN",
        ("open", "unlock", "disarm", "code", "combo", "combin", "pin"),
        3,
    ),
    (
        "credentials.access_code",
        ACCESS_BARE,
        "an access code or PIN",
        ("door", "gate", "alarm", "padlock", "safe", "key", "lock", "keypad"),
        3,
    ),
    (
        "credentials.token",
        LOOSE_TOKEN,
        "a token or key",
        ("key", "token", "secret", "api", "cred"),
        3,
    ),
    (
        "credentials.access_code",
        ACCESS_SPOKEN,
        "an access code or PIN",
        ("code", "combo", "combin", "pin"),
        0,
    ),
)
TOKEN_PREFIX = re.compile(
    r"AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|gh[pousr]_|github_pat_|xox[bpaors]-|[sr]k_(?:live|test)_"
    r"|whsec_|gl(?:pat|dt|rt|ptt|ft|cbt|soat|oas|imt|agent)-|npm_|AIza"
    r"|sk-(?:proj-|svcacct-|admin-|ant-[a-z]{3,8}\d{2}-)?|hf_|api_org_|SK|SG\."
)


def password_like(word: str) -> bool:
    """One word that reads as a password, not as English: 6 or more characters, letters with
    digits or symbols ("payroll2024", "Tr0ub4dor&3"; not "manager", "reset", "2FA" or "12345";
    sentence punctuation at its end does not count)."""
    core = word.rstrip(".,;:!?)\u201d\"'")
    return len(core) >= 6 and any(c.isalpha() for c in core) and any(not c.isalpha() for c in core)


# "my password is older than my car", "the password is the same as the wifi": after "is" or
# "was", words that describe a password, not give one. Adverbs before the value are skipped
# ("password is still Summer24!" gives one); then a first word among these, a participle
# ("changed", "expiring") or a comparison ("longer than") describes.
PASSWORD_ADVERBS = frozenset(
    (
        *("still", "now", "just", "probably", "literally", "basically", "also", "really", "so"),
        *("actually", "officially", "apparently", "currently", "definitely", "clearly", "way"),
        *("honestly", "seriously", "pretty", "kinda", "always", "obviously", "quite", "even"),
    )
)
PASSWORD_DESCRIBED = frozenset(
    (
        *("weak", "strong", "easy", "hard", "simple", "short", "long", "secure", "insecure"),
        *("safe", "unsafe", "old", "new", "same", "different", "terrible", "awful", "bad"),
        *("good", "great", "fine", "okay", "obvious", "guessable", "random", "complicated"),
        *("complex", "impossible", "ridiculous", "stupid", "dumb", "horrible", "embarrassing"),
        *("required", "wrong", "incorrect", "invalid", "correct", "right", "too", "very"),
        *("not", "never", "a", "an", "the", "my", "your", "his", "her", "our", "their", "its"),
        *("this", "that", "these", "those", "some", "any", "no", "one", "something", "nothing"),
        *("like", "in", "on", "at", "for", "from", "about", "with", "without", "under", "over"),
        *("more", "less", "older", "longer", "shorter", "weaker", "stronger", "harder"),
        *("easier", "better", "worse", "case", "due", "based", "written"),
        *("how", "what", "why", "where", "when", "who", "because", "going", "gonna", "being"),
        *("getting", "expired", "changed", "reset"),
        *("there", "here", "only", "all", "so", "as", "and", "or", "but", "if", "then"),
    )
)
# "if your password is ...", "when ur wifi password is ...": the reader's password, supposed.
HYPOTHETICAL = re.compile(r"(?i)\b(?:if|when|unless|in case)\s+(?:your|ur)\s+(?:[\w-]+\s+){0,2}\Z")


def description_reading(text: str, m: re.Match[str]) -> str:
    """Why a "password is ..." match describes a password instead of giving one, "" if it
    gives one: "my password is older than my car", "if your password is still password123,
    change it" (a reader's password in a conditional is an example, not a leak). Only an
    unquoted value after "is" or "was" is read so; "password: ..." always gives one."""
    value = m.groupdict().get("value")
    if value is None:
        return ""
    label = text[m.start() : m.start("value")]
    if ":" in label or "=" in label:
        return ""
    if (hyp := HYPOTHETICAL.search(text, max(0, m.start() - 40), m.start())) is not None:
        said = " ".join(text[hyp.start() : m.start("value")].split())
        return f"a conditional about the reader's password ({said!r}), not a password"
    if value[:1] in _QUOTE_CHARS + "'\u2018\u2019":
        return ""  # a quoted value, closed or not, is given
    rest = text[m.start("value") : m.start("value") + 120]
    cut = min((i for i in (rest.find(c) for c in ".!?\n") if i > 0), default=len(rest))
    if any(map(password_like, rest[:cut].split())):
        return ""  # "password is his dog's name plus a year, Biscuit2014" gives it after all
    words = [w.strip(".,;:!?()\"'").lower() for w in value.split()]
    k = 0
    while k < len(words) - 1 and words[k] in PASSWORD_ADVERBS:
        k += 1
    first = words[k]
    after = words[k + 1 : k + 3]
    if (
        first in PASSWORD_DESCRIBED
        or "than" in after
        or (first.isalpha() and first.endswith(("ed", "ing")) and len(first) > 4)
        or (
            k == len(words) - 1
            and first in PASSWORD_ADVERBS
            and not password_like((text[m.end() :].split() or [""])[0])
        )
    ):
        return f"describes the password ({first!r}), does not give it"
    return ""


# Small words a title leaves in lower case ("Passkeys in Practice").
TITLE_SMALL = frozenset(
    (
        *("a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or"),
        *("over", "the", "to", "vs", "with", "without"),
    )
)
_QUOTE_CHARS = '"\u201c\u201d\u00ab\u00bb'


def title_reading(text: str, m: re.Match[str]) -> str:
    """Why a "Password: ..." match reads as the title of a talk, book or article, "" if not.

    It does when the label is one word capitalised as in a title ("Password", not "password",
    "PASSWORD" or "Wifi Password"), its value is only capitalised words and small words up to a
    closing quote ("Passkeys in Practice"), and either a title's small word stands before the
    label ("Killing the Password:") or the value has one between its capitalised words.
    "Password: Summer2024!" (a digit) and "Password: Correct Horse Battery Staple" are still
    passwords."""
    value = m.groupdict().get("value")
    if value is None:
        return ""
    label = text[m.start() : m.start("value")].rstrip(" \t:=")
    if not (label.isalpha() and label[0].isupper() and label[1:].islower()):
        return ""
    words: list[str] = []
    for raw in value.split():
        words.append(raw.strip(_QUOTE_CHARS + ".,;:!?()'"))
        if raw.rstrip(".,;:!?)")[-1:] in _QUOTE_CHARS:
            break  # the title ends at its closing quote
    if not all(
        w in TITLE_SMALL or (w.isalpha() and w[0].isupper() and (w[1:].islower() or not w[1:]))
        for w in words
    ):
        return ""
    before = text[: m.start()].split()[-1:]
    prev = before[0] if before else ""
    if prev in TITLE_SMALL:
        return f"reads as a title ({prev + ' ' + label!r} in title case), not a password"
    if any(w in TITLE_SMALL for w in words[1:-1]):
        return f"reads as a title ({label!r} and a value in title case), not a password"
    return ""


# What the lower-case text of a post must hold for a pattern above to match (the detectors skip
# a post that holds none of them with one scan): (digits the post must have, a substring, a
# pattern for the text right after it). Each is read off its pattern: a prefixed token's
# literal prefix lower-cased, a label's words with what must follow them. A label pattern is
# case-insensitive, which lower case gives, but for the few letters `(?i)` also matches
# otherwise ("ſ" is "s"): `detectors` sends a post with one of those the long way.
_API_VALUE = r"\s*[=:]?\s*[\"']?[a-z0-9_\-./+=]{16}"  # API_KEY's value after its label
NEEDLES: tuple[tuple[int, str, str], ...] = (
    (0, "-----begin", ""),
    *((0, aws, "[a-z0-9]{16}") for aws in ("akia", "asia", "agpa", "aida", "aroa", "anpa", "anva")),
    *((0, f"gh{kind}_", "") for kind in "pousr"),
    (0, "github_pat_", ""),
    (0, "xox", "[bpaors]-"),
    (0, "k_live_", ""),
    (0, "k_test_", ""),
    (0, "whsec_", ""),
    *((0, f"gl{kind}-", "") for kind in ("pat", "dt", "rt", "ptt", "ft", "cbt", "soat", "oas")),
    *((0, f"gl{kind}-", "") for kind in ("imt", "agent")),
    (0, "npm_", ""),
    (0, "aiza", ""),
    (0, "sk-", ""),  # OpenAI and Anthropic
    (0, "hf_", ""),
    (0, "api_org_", ""),
    (0, "sk", "[0-9a-f]{32}"),
    (0, "sg.", ""),
    (0, "eyj", ""),
    (0, "://", r"[^\s:/@]*:[^\s/]+@"),  # URL_PASSWORD's user:password@
    # PASSWORD's labels (a Wi-Fi password's and "mot de passe" hold "pass") and PASSWORD_FOR's;
    # no letter follows a label but PASSWORD_FOR's plural "s".
    (0, "pass", "(?:word|wd|phrase|code|wort|e)?s?(?![a-z])"),
    (0, "pw", "d?(?![a-z])"),
    *((0, label, "") for label in ("pin code", "kennwort", "contrase", "senha", "wachtwoord")),
    # ACCESS_SPOKEN's label and a spelled-out digit after it.
    *(
        (0, label, rf"[^.\n]{{0,40}}?{_SPOKEN}")
        for label in ("code", "combination", "combo", "pin")
    ),
    # PASSWORD's Wi-Fi and network keys and codes.
    *((0, net, "[ _-]?(?:key|code|pin)") for net in ("wifi", "wi-fi", "wlan", "network", "router")),
    (0, "pin", r"s?\s+(?:for|to|of|on)\s"),
    *((0, label, _API_VALUE) for label in ("key", "token", "secret", "bearer")),
    (0, "token", r"\s*[=:]"),  # TOKEN
    (0, "secret", r"\s*[=:]"),
    *((0, label, "") for label in ("login", "log-in", "signin", "sign-in", "credentials", "creds")),
    (0, "user", r"(?:name)?\s*[=:]?\s*[^\s/:|]{1,64}\s+[/|]\s"),  # USER_PASSWORD
    # A pattern tried only with some digits (ACCESS_CODE): its gate's words, as they are.
    *((digits, hint, "") for *_, hints, digits in LABELLED if digits for hint in hints),
)
