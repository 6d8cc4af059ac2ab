"""Text normaliser for the scorer: folds obfuscation away and keeps a map to the original offsets.

Two layers:

* `normalize(text)` folds characters one by one: compatibility decomposition (fullwidth letters,
  ligatures), combining marks, zero-width/format characters and control characters other than
  whitespace (a NUL inside a word) dropped, case folded, Cyrillic
  and Greek look-alike letters mapped to Latin, curly apostrophes straightened. Every character
  of the result remembers the index of the original character it came from, so any span found
  in the normalised text maps back to a span of the original (`Normalized.to_original`).
  ASCII input without control characters (most posts) takes a fast path: lower-casing keeps
  offsets unchanged.
* `tokenize(norm)` splits the normalised text into tokens of kinds `word`, `number`, `mention`,
  `hashtag`, `url` and `part` (a camelCase or segmented piece of a hashtag or word), and
  `spaced_runs(norm)` finds letters spelled out one by one ("f u c k", "f.u.c.k.").

Word-level decoding (leetspeak, stretched letters, glued repeats, masks) lives in `forms()`;
mask resolution needs the lexicon, so the lexicon calls back into it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

# Format characters a poster can slip between letters; category Cf covers most, these are listed
# because some (soft hyphen, Mongolian vowel separator) are not Cf in every Unicode version.
_INVISIBLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")
# Look-alike letters (after case folding), mapped to the Latin letter they imitate.
_HOMOGLYPHS = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "з": "3",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "һ": "h",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "ү": "y",
        "ɡ": "g",
        # Armenian
        "ս": "u",
        "օ": "o",
        "ց": "g",
        "հ": "h",
        "ո": "n",
        # Greek
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "ω": "w",
        # punctuation look-alikes
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
    }
)
_DROP_CATEGORIES = frozenset(("Mn", "Me", "Cf"))


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """What one original character becomes in the normalised text (possibly nothing)."""
    if ch in _INVISIBLE:
        return ""
    if unicodedata.category(ch) == "Cc" and not ch.isspace():
        return ""  # C0/C1 controls ("sh\0it"); tabs and line breaks still separate words
    out: list[str] = []
    for c in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(c) in _DROP_CATEGORIES:
            continue
        out.append(c.casefold().translate(_HOMOGLYPHS))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, for non-ASCII input, the original index of every character."""

    original: str
    text: str
    offsets: tuple[int, ...] | None  # None: identity mapping (ASCII input)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text."""
        if self.offsets is None:
            return start, end
        if end <= start:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


# tuple.__new__ skips NamedTuple's Python-level constructor: tokens are made by the million.
_new = tuple.__new__
# Characters folded one by one: all but printable ASCII and ASCII whitespace. A text with none
# of them (most posts) takes the fast path.
_FOLDED = re.compile(r"[^\t-\r\x1c-\x7e]")


def normalize(text: str) -> Normalized:
    """Fold `text` for matching; see the module docstring."""
    if _FOLDED.search(text) is None:
        return Normalized(text, text.lower(), None)
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    # ASCII runs are copied in bulk; only the other characters are folded one by one.
    for m in _FOLDED.finditer(text):
        i = m.start()
        if i > pos:
            chars.append(text[pos:i].lower())
            offsets.extend(range(pos, i))
        folded = fold_char(m.group())
        if folded:
            chars.append(folded)
            offsets.extend([i] * len(folded))
        pos = i + 1
    if pos < len(text):
        chars.append(text[pos:].lower())
        offsets.extend(range(pos, len(text)))
    return Normalized(text, "".join(chars), tuple(offsets))


class Token(NamedTuple):
    """One token: `text` is the normalised form, start/end the span in the ORIGINAL text."""

    kind: str  # word | number | mention | hashtag | url | part
    text: str
    start: int
    end: int
    nstart: int  # span in the normalised text
    nend: int


# One pass of `findall` (much cheaper than match objects); spans are recovered with str.find,
# which is exact because every position that starts a token's text also starts a match.
# A word starts and ends with a word, leet or mask character, so edge "!" and quotes drop.
_TOKEN_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|#?[\w@$*](?:[\w@$!*'|]*[\w@$*])?")
_MENTION_RE = re.compile(r"@\w+")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CAMEL_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_HAS_CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
_NOT_HASHTAG_BEFORE = frozenset("&#_")


def tokenize(norm: Normalized) -> list[Token]:
    """Split normalised text into tokens; camelCase words and hashtags also yield `part`s."""
    out: list[Token] = []
    append = out.append
    text = norm.text
    find = text.find
    offsets = norm.offsets
    pos = 0
    for word in _TOKEN_RE.findall(text):
        ns = find(word, pos)
        ne = pos = ns + len(word)
        if word.isalpha():
            kind = "word"  # the common case: no further checks
        else:
            kind, word, ns, ne = _classify(text, word, ns, ne)
            if not kind:
                continue
        if offsets is None:
            append(_new(Token, (kind, word, ns, ne, ns, ne)))
        else:
            append(_new(Token, (kind, word, offsets[ns], offsets[ne - 1] + 1, ns, ne)))
    if _HAS_CAMEL.search(norm.original):
        return _with_camel_parts(out, norm.original)
    return out


# Every position where `_HAS_CAMEL` matches (a lookahead, so overlapping ones are found too).
_CAMEL_AT = re.compile(r"(?=[a-z][A-Z]|[A-Z]{2}[a-z])")
_START = attrgetter("start")


def _classify(text: str, word: str, ns: int, ne: int) -> tuple[str, str, int, int]:
    """Kind of a token that is not plain letters; kind "" means: not a token."""
    first = word[0]
    if first == "#":
        before = text[ns - 1] if ns else " "
        if not (before.isalnum() or before in _NOT_HASHTAG_BEFORE):
            return "hashtag", word, ns, ne
        word = word[1:]  # "&#39;" or "a#b": not a hashtag
        ns += 1
    elif first == "@":
        m = _MENTION_RE.match(word)
        if m is not None:
            word = m.group()
            return "mention", word, ns, ns + len(word)
    elif word.startswith(("http://", "https://", "www.")):
        # Trailing sentence punctuation is not part of a link.
        while ne > ns and text[ne - 1] in ".,;:!?)'":
            ne -= 1
        return "url", text[ns:ne], ns, ne
    if word.isalpha():
        return "word", word, ns, ne
    if word.isdigit():
        return "number", word, ns, ne
    if _LETTER_RE.search(word):
        return "word", word, ns, ne
    return "", word, ns, ne


def _with_camel_parts(tokens: list[Token], original: str) -> list[Token]:
    # Only a token holding a match of `_HAS_CAMEL` can have parts (`_camel_parts` looks for
    # one in it), so only the tokens that start at or before such a match are looked at.
    starts = list(map(_START, tokens))
    marked = sorted({bisect_right(starts, m.start()) - 1 for m in _CAMEL_AT.finditer(original)})
    out: list[Token] = []
    done = 0
    for k in marked:
        if k < 0:
            continue
        tok = tokens[k]
        # Only words with a capital after their first letter ("The" is not camelCase).
        if (tok.kind == "word" or tok.kind == "hashtag") and original[
            tok.start + 1 : tok.end
        ] != tok.text[1:]:
            parts = list(_camel_parts(tok, original))
            if parts:
                out.extend(tokens[done : k + 1])
                out.extend(parts)
                done = k + 1
    out.extend(tokens[done:])
    return out


def _camel_parts(tok: Token, original: str) -> Iterator[Token]:
    """Pieces of a camelCase word or hashtag ("#ImportedFromDetroit"), by the original casing."""
    raw = original[tok.start : tok.end]
    # Only when the original slice maps one to one onto the normalised one.
    if not raw.isascii() or len(raw) != tok.nend - tok.nstart or not _HAS_CAMEL.search(raw):
        return
    base = 1 if raw.startswith("#") else 0
    pieces = list(_CAMEL_RE.finditer(raw, base))
    if len(pieces) < 2:
        return
    for p in pieces:
        s, e = p.span()
        yield Token(
            "part", raw[s:e].lower(), tok.start + s, tok.start + e, tok.nstart + s, tok.nstart + e
        )


_SPACED_RE = re.compile(r"(?<![\w*$@])[\w*$@](?:[ .\-_·][\w*$@]){2,}(?![\w*$@])")


def spaced_runs(norm: Normalized) -> Iterator[tuple[str, int, int]]:
    """Letters spelled out one by one: yields (letters, nstart, nend) for every run of 3 or more."""
    text = norm.text
    for m in _SPACED_RE.finditer(text):
        s, e = m.span()
        yield text[s:e:2], s, e


# --- word-level decoding ------------------------------------------------------------------------

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})
_LEET_MORE = str.maketrans({"$": "s", "!": "i", "|": "l", "9": "g", "8": "b"})
_LEET_L = str.maketrans({"1": "l", "!": "l", "|": "l"})
_LEET_RE = re.compile(r"[0134579@$!|8]")
_MASK_RE = re.compile(r"[*_]")
_RUN3 = re.compile(r"(.)\1\1+")
_RUN2 = re.compile(r"(.)\1+")
MASK_CHARS = frozenset("*_")


def leet(word: str) -> str:
    """Decode leetspeak digits and symbols ("$h1t" -> "shit")."""
    return word.translate(_LEET).translate(_LEET_MORE)


MAX_WORD = 64  # longer "words" are never cached (hostile input must not fill memory)


def forms(word: str) -> tuple[tuple[str, str], ...]:
    """Candidate readings of one word, most literal first: (form, how it was decoded).

    Cached: posts reuse a small vocabulary, and every rule asks for the same readings.
    """
    if len(word) > MAX_WORD:
        return tuple(_forms(word))
    return _cached_forms(word)


@lru_cache(maxsize=65536)
def _cached_forms(word: str) -> tuple[tuple[str, str], ...]:
    return tuple(_forms(word))


def _forms(word: str) -> Iterator[tuple[str, str]]:
    yield word, "literal"
    if word.endswith("'s") and len(word) > 3:
        yield word[:-2], "possessive"
    if "'" in word:
        yield word.replace("'", ""), "apostrophe"
    has_leet = _LEET_RE.search(word) is not None
    decoded = leet(word) if has_leet else word
    if has_leet and decoded != word:
        yield decoded, "leetspeak"
        alt = word.translate(_LEET_L).translate(_LEET).translate(_LEET_MORE)
        if alt != decoded:
            yield alt, "leetspeak"
    if _RUN3.search(decoded):
        yield _RUN3.sub(r"\1\1", decoded), "stretched letters"
        yield _RUN2.sub(r"\1", decoded), "stretched letters"
    n = len(decoded)
    if n >= 6:
        for p in range(3, n // 2 + 1):
            if n % p == 0 and decoded == decoded[:p] * (n // p):
                yield decoded[:p], "glued repeats"
                break


def has_mask(word: str) -> bool:
    """A masked word keeps at least one letter and hides others behind * or _ ("f***", "b_tch")."""
    return _MASK_RE.search(word) is not None and _LETTER_RE.search(word) is not None
