"""Compiles the policy's terms and exceptions into dictionaries looked up once per token.

Single words go into one dict (form -> entries), with simple inflections of every one-word term
(-s, -es, -ed, -ing, -in, -er, -ers, -y; doubled final consonant), so "fucking" and "shitty" come
from "fuck" and "shit". Phrases are indexed by their first word. Masked words ("f***ing") are
resolved against all forms of the same length and shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.scoring.normalize import MASK_CHARS, MAX_WORD, Token, forms, has_mask, leet, normalize
from auditor.scoring.policy import SEVERITIES, Policy
from auditor.scoring.segment import english_vocabulary

_WORD_RE = re.compile(r"[\w@$*'|!]+")
_SUFFIXES = ("s", "es", "ed", "ing", "er", "ers", "y")
_VOWELS = frozenset("aeiou")
_CACHE_SIZE = 50_000
_INFLECTED_PHRASES = frozenset(("drugs", "sexual", "political", "confidential"))
_leet_cached = lru_cache(maxsize=65536)(leet)


def _leet(word: str) -> str:
    return _leet_cached(word) if len(word) <= MAX_WORD else leet(word)


def term_words(text: str) -> tuple[str, ...]:
    """A term or exception as the tokenizer would read it: normalised words."""
    out = []
    for m in _WORD_RE.finditer(normalize(text).text):
        w = m.group().strip("!'|")
        if w:
            out.append(w)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Entry:
    """One policy term: its category, the term as written, and its effective severity."""

    category: str
    term: str
    severity: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Lookup:
    form: str  # what the word was read as
    how: str  # literal, leetspeak, masked letters, ...
    entries: tuple[Entry, ...]


def sev_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


def _inflections(word: str) -> Iterable[str]:
    if not word.isalpha() or len(word) < 3:
        return
    for suffix in _SUFFIXES:
        yield word + suffix
    if len(word) >= 4:
        yield word + "in"
    if word.endswith("e"):
        yield word[:-1] + "ing"
        yield word + "d"
    last = word[-1]
    if last not in _VOWELS and last not in "wxy" and word[-2] in _VOWELS:
        for suffix in ("ing", "ed", "er", "ers", "y", "in"):
            yield word + last + suffix


_DEINFLECT = ("s", "es", "ed", "d", "ing", "er", "ers", "r", "y", "in")


def _ordinary_word(derived: str, term: str, vocab: Mapping[str, int]) -> bool:
    """Whether an inflection of `term` is, or inflects, an ordinary word: "spicy" is spice+y,
    not spic+y; "pricked" is a word. Such forms are never derived (list them to match them)."""
    if derived in vocab:
        return True
    for suffix in _DEINFLECT:
        if derived.endswith(suffix):
            stem = derived[: -len(suffix)]
            if any(w != term and w in vocab for w in (stem, stem + "e")):
                return True
    return False


class Lexicon:
    """Dictionary lookups for the terms of every enabled category of a policy."""

    def __init__(self, policy: Policy, extra: Sequence[Entry] = ()) -> None:
        explicit: dict[str, list[Entry]] = {}
        phrases: dict[str, list[Entry]] = {}
        for cid in policy.enabled_categories():
            cat = policy.categories[cid]
            for term in cat.terms:
                words = term_words(term.text)
                if not words:
                    continue
                entry = Entry(cid, term.text, term.severity or cat.severity, words)
                if len(words) == 1:
                    explicit.setdefault(words[0], []).append(entry)
                else:
                    phrases.setdefault(words[0], []).append(entry)
        for entry in extra:
            if len(entry.words) == 1:
                explicit.setdefault(entry.words[0], []).append(entry)
            elif entry.words:
                phrases.setdefault(entry.words[0], []).append(entry)
        single: dict[str, tuple[Entry, ...]] = {k: tuple(v) for k, v in explicit.items()}
        vocab = english_vocabulary()
        for form, entries in list(explicit.items()):
            for derived in _inflections(form):
                if derived not in single and not _ordinary_word(derived, form, vocab):
                    single[derived] = tuple(entries)
        self.single = single
        self._lookups: dict[str, Lookup | None] = {}
        self._heads: dict[str, list[tuple[str, tuple[Entry, ...]]]] = {}
        self._explicit = frozenset(explicit)
        # A phrase also starts with an inflection of its first word ("smoked a joint").
        # Only for activities: "pissed off" (angry) must not read as the insult "piss off".
        for first, entries in list(phrases.items()):
            active = [e for e in entries if e.category in _INFLECTED_PHRASES]
            for derived in _inflections(first) if active else ():
                phrases.setdefault(derived, []).extend(active)
        self.phrases = {k: tuple(dict.fromkeys(v)) for k, v in phrases.items()}
        by_len: dict[int, list[str]] = {}
        for form in single:
            by_len.setdefault(len(form), []).append(form)
        self._by_len = {n: sorted(v) for n, v in by_len.items()}
        self.all_words = frozenset(single) | frozenset(
            w for entries in self.phrases.values() for e in entries for w in e.words
        )

    def lookup(self, word: str) -> Lookup | None:
        """The first reading of `word` that is a term of the policy, or None."""
        cache = self._lookups
        try:  # not `in` then [] : another thread may clear the cache in between
            return cache[word]
        except KeyError:
            pass
        if len(word) > MAX_WORD:
            return self._lookup(word)  # not cached: hostile input must not fill memory
        if len(cache) >= _CACHE_SIZE:
            cache.clear()  # bounded: memory stays flat however many posts are scored
        found = cache[word] = self._lookup(word)
        return found

    def _lookup(self, word: str) -> Lookup | None:
        single = self.single
        for form, how in forms(word):
            hit = single.get(form)
            if hit:
                return Lookup(form, how, hit)
        if has_mask(word):
            return self._unmask(word)
        return None

    def phrase_heads(self, word: str) -> list[tuple[str, tuple[Entry, ...]]]:
        """Phrases whose first word is one reading of `word`."""
        cache = self._heads
        if len(word) > MAX_WORD:
            return self._phrase_heads(word)
        found = cache.get(word)
        if found is None:
            if len(cache) >= _CACHE_SIZE:
                cache.clear()
            found = cache[word] = self._phrase_heads(word)
        return found

    def _phrase_heads(self, word: str) -> list[tuple[str, tuple[Entry, ...]]]:
        out = []
        seen: set[str] = set()
        for form, _ in forms(word):
            if form in seen:
                continue
            seen.add(form)
            entries = self.phrases.get(form)
            if entries:
                out.append((form, entries))
        return out

    def _unmask(self, word: str) -> Lookup | None:
        # Letters kept visible (leet-decoded) must match; every mask character is any one letter.
        shape = leet("".join(c if c not in MASK_CHARS else "*" for c in word))
        if shape.count("*") >= len(shape):
            return None
        best: tuple[int, int, str] | None = None
        for form in self._by_len.get(len(shape), ()):
            if all(s == "*" or s == f for s, f in zip(shape, form, strict=True)):
                # A term as written beats a generated inflection ("f***ing" is "fucking"), then
                # the most severe reading; ties go to the alphabetically first (deterministic).
                explicit = 1 if form in self._explicit else 0
                rank = max(sev_rank(e.severity) for e in self.single[form])
                if best is None or (explicit, rank) > best[:2]:
                    best = (explicit, rank, form)
        if best is None:
            return None
        return Lookup(best[2], "masked letters", self.single[best[2]])


def match_phrase(seq: Sequence[Token], i: int, words: tuple[str, ...]) -> int:
    """Index after the last token if `words` (beyond the first) follow token i, else -1."""
    j = i + 1
    for w in words[1:]:
        # Skip the pieces of a camelCase word or hashtag that was matched as a whole.
        while j < len(seq) and seq[j].kind == "part" and seq[j].start < seq[j - 1].end:
            j += 1
        if j >= len(seq):
            return -1
        t = seq[j].text
        if t != w and not (t.endswith("'s") and t[:-2] == w) and _leet(t) != w:
            return -1
        j += 1
    return j
