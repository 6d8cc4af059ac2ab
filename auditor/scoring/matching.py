"""Term matching: hashtags and camelCase read as words, then every token looked up in the lexicon
(single words, phrases, masks), spelled-out letters, run-together compounds, and the policy's
regex patterns. Everything found here is a `Hit` whose context the engine judges afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from auditor.scoring.hits import Hit
from auditor.scoring.lexicon import Entry, Lexicon, Lookup, match_phrase, sev_rank
from auditor.scoring.masking import mask_secret
from auditor.scoring.normalize import MAX_WORD, Normalized, Token, leet, spaced_runs
from auditor.scoring.policy import PATTERN_TIMEOUT, Policy, compile_patterns
from auditor.scoring.segment import Segmenter

_COMPOUND_MIN = 4  # shortest term looked for inside a run-together word
_COMPOUND_CATEGORIES = ("profanity", "sexual", "hate", "insult")
_SECRET_CATEGORIES = frozenset(("credentials",))
_CACHE_SIZE = 50_000
_SPELLED_MAX = 14  # longest term looked for in letters spelled out one by one
_WordInfo = tuple[Lookup | None, tuple[tuple[Entry, ...], ...], tuple[str, str] | None]
_NOTHING: _WordInfo = (None, (), None)
log = logging.getLogger(__name__)
# The words abuse is glued to ("fuckface", "dumbshit", "shitstorm"). Any dictionary word would
# be too many: "cocktails", "stopcock" and "peacocks" are a term glued to a word as well.
_COMPOUND_PARTS = frozenset(
    str.split(
        """
    head heads face faces wit wits hole holes bag bags show shows storm storms tard tards wad
    wads stain stains nugget nuggets sucker suckers lord lords weasel weasels muppet muppets
    brain brains hat hats clown clowns stick sticks bucket buckets load loads nut nuts waffle
    licker lickers fest tastic dumb bull horse dip chicken ape bat holy cluster mother
    smart jack lame fat stupid big pig dog cow scum sleaze dirt butt lazy ugly greedy little
    """
    )
)


def _a(category: str) -> str:
    """The category with its article: "a profanity", "an insult"."""
    return f"an {category}" if category[0] in "aeiou" else f"a {category}"


class TermMatcher:
    """Finds the policy's terms and patterns in one post."""

    def __init__(self, policy: Policy, lexicon: Lexicon, segmenter: Segmenter) -> None:
        self.policy = policy
        self.lexicon = lexicon
        self.segmenter = segmenter
        # Strong one-word terms searched inside run-together words ("fuckface", "dumbshit").
        glue = sorted(
            {
                w
                for w, entries in lexicon.single.items()
                if len(w) >= _COMPOUND_MIN
                and w.isalpha()
                and any(
                    e.category in _COMPOUND_CATEGORIES and sev_rank(e.severity) >= 1
                    for e in entries
                )
            },
            key=lambda w: (-len(w), w),
        )
        self._words: dict[str, _WordInfo] = {}
        self._glue = frozenset(glue)
        self._glue_lengths = sorted({len(w) for w in glue}, reverse=True)
        # One alternation per category: a post is searched once per category.
        self._patterns: list[tuple[str, Any]] = []
        for cid in policy.enabled_categories():
            pats = policy.categories[cid].patterns
            if pats:
                self._patterns.append((cid, compile_patterns(pats)))
        self._single: dict[str, Any] = {}  # one pattern alone, compiled on first timeout
        self._timed_out: set[tuple[str, str]] = set()  # warned once each

    def inner_terms(self, word: str) -> list[tuple[str, Entry]]:
        """Strong terms hidden inside a word ("scunthorpe" holds "cunt"), for near misses."""
        return [
            (term, e) for _, _, term in self._inside(leet(word)) for e in self.lexicon.single[term]
        ]

    def patterns(self, text: str, norm: Normalized) -> list[Hit]:
        """The policy's regular expressions, over the normalised text."""
        hits: list[Hit] = []
        for cid, rx in self._patterns:
            try:
                found = list(rx.finditer(norm.text, timeout=PATTERN_TIMEOUT))
            except TimeoutError:
                found = self._one_by_one(cid, norm.text)
            for m in found:
                if m.end() <= m.start():
                    continue
                s, e = norm.to_original(*m.span())
                masked = (
                    mask_secret(f"{cid}.pattern", text[s:e]) if cid in _SECRET_CATEGORIES else None
                )
                hits.append(
                    Hit(
                        cid,
                        f"{cid}.pattern",
                        self.policy.categories[cid].severity,
                        s,
                        e,
                        m.start(),
                        masked or m.group(),
                        f"matches a {cid} pattern of the policy",
                        matched=masked,
                    )
                )
        return hits

    def _one_by_one(self, cid: str, text: str) -> list[Any]:
        """The matches of each of a category's patterns alone, skipping those that time out.

        Only for a post on which the category's alternation timed out: a hostile post then
        loses the slow pattern, not the category's other patterns.
        """
        found: list[Any] = []
        for pattern in self.policy.categories[cid].patterns:
            rx = self._single.get(pattern)
            if rx is None:
                rx = self._single[pattern] = compile_patterns((pattern,))
            try:
                found.extend(list(rx.finditer(text, timeout=PATTERN_TIMEOUT)))
            except TimeoutError:
                if (cid, pattern) not in self._timed_out:
                    self._timed_out.add((cid, pattern))
                    # The pattern comes from the policy file; the post's text is never logged.
                    log.warning(
                        "a %s pattern of the policy timed out (over %s s on a post) and was "
                        "skipped for that post, as on any post where it times out (warned "
                        "once): %r; simplify it, e.g. no nested quantifiers such as (a+)+",
                        cid,
                        PATTERN_TIMEOUT,
                        pattern,
                    )
        return sorted(found, key=lambda m: m.span())

    def sequence(self, norm: Normalized, tokens: list[Token]) -> list[Token]:
        """Running tokens: hashtags as their body, followed by their camelCase/segmented parts."""
        if "#" not in norm.text:  # no hashtag token: the sequence is the tokens
            return tokens
        seq: list[Token] = []
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if tok.kind != "hashtag":
                seq.append(tok)
                continue
            body = tok.text[1:]
            s, e = norm.to_original(tok.nstart + 1, tok.nend)
            body_tok = Token("hashtag", body, s, e, tok.nstart + 1, tok.nend)
            seq.append(body_tok)
            # camelCase parts (from the tokenizer, right after the hashtag) win over guessing.
            has_parts = i + 1 < n and tokens[i + 1].kind == "part"
            if (
                not has_parts
                and 6 <= len(body) <= 40
                and body.isalpha()
                and body.isascii()
                and e - s == len(body)
                and body not in self.lexicon.single
                and not self.segmenter.known(body)
            ):
                for a, b in self.segmenter.split(body):
                    seq.append(
                        Token(
                            "part",
                            body[a:b],
                            s + a,
                            s + b,
                            body_tok.nstart + a,
                            body_tok.nstart + b,
                        )
                    )
        return seq

    def lexical(self, text: str, norm: Normalized, seq: list[Token]) -> list[Hit]:
        """Every term of the policy in the token sequence, plus spelled-out letters."""
        hits: list[Hit] = []
        cache = self._words
        for i, tok in enumerate(seq):
            kind = tok.kind
            if kind == "mention" or kind == "url":
                continue
            info = cache.get(tok.text)
            if info is None:
                info = self._word_info(tok.text, kind)
                if len(tok.text) > MAX_WORD:
                    cache.pop(tok.text, None)  # hostile input must not fill memory
            if info is _NOTHING:
                continue
            found, heads, inner = info
            if found is not None:
                for e in found.entries:
                    hits.append(
                        self._term_hit(
                            e, tok.start, tok.end, tok.nstart, found.form, found.how, i, i, text
                        )
                    )
            nxt = seq[i + 1] if i + 1 < len(seq) else None
            for entries in heads:
                for e in entries:
                    if nxt is None:
                        break
                    # Cheap reject: a plain next word that is not the phrase's second word.
                    if nxt.kind != "part" and nxt.text != e.words[1] and nxt.text.isalpha():
                        continue
                    j = match_phrase(seq, i, e.words)
                    if j > 0:
                        hits.append(
                            self._term_hit(
                                e,
                                tok.start,
                                seq[j - 1].end,
                                tok.nstart,
                                " ".join(e.words),
                                "literal" if tok.text == e.words[0] else "inflected or decoded",
                                i,
                                j - 1,
                                text,
                            )
                        )
            if inner is not None:
                self._compound_hits(tok, i, inner, hits, text)
        if "." in norm.text or " " in norm.text:
            for letters, ns, ne in spaced_runs(norm):
                self._spaced(letters, ns, ne, norm, hits, text)
        return hits

    def _word_info(self, word: str, kind: str) -> _WordInfo:
        """Everything the lexicon knows about one word (cached: vocabularies are small)."""
        lex = self.lexicon
        found = lex.lookup(word)
        heads = tuple(entries for _, entries in lex.phrase_heads(word)) if lex.phrases else ()
        inner = None
        if found is None and kind != "number" and _COMPOUND_MIN < len(word) <= 40:
            inner = self._compound(word)
        info: _WordInfo = (found, heads, inner)
        if found is None and not heads and inner is None:
            info = _NOTHING
        if len(self._words) >= _CACHE_SIZE:
            self._words.clear()  # bounded: memory stays flat over any number of posts
        self._words[word] = info
        return info

    def _term_hit(
        self,
        e: Entry,
        start: int,
        end: int,
        nstart: int,
        form: str,
        how: str,
        first: int,
        last: int,
        text: str,
    ) -> Hit:
        raw = text[start:end]
        if how == "literal" and raw.lower() != form:
            how = "case, look-alike or invisible characters folded"
        if how == "literal":
            why = f"{raw!r} is {_a(e.category)} term of the policy"
        else:
            why = f"{raw!r} reads as {form!r} ({how}), {_a(e.category)} term of the policy"
        return Hit(
            e.category,
            f"{e.category}.term",
            e.severity,
            start,
            end,
            nstart,
            form,
            why,
            first,
            last,
            term=e.term,
        )

    def _inside(self, word: str) -> Iterator[tuple[int, int, str]]:
        """Strong terms inside `word`, longest first (substring lookups in a set: no regex)."""
        glue = self._glue
        n = len(word)
        for size in self._glue_lengths:
            for i in range(n - size + 1):
                piece = word[i : i + size]
                if piece in glue:
                    yield i, i + size, piece

    def _compound(self, text: str) -> tuple[str, str] | None:
        """(decoded word, hidden term) when a strong term is run together with other words."""
        word = leet(text)
        if not word.isalpha() or self.segmenter.known(word):
            return None
        found = next(self._inside(word), None)
        if found is None:
            return None
        start, end, term = found
        for piece in (word[:start], word[end:]):
            if piece and piece not in _COMPOUND_PARTS and piece not in self.lexicon.single:
                return None
        return word, term

    def _compound_hits(
        self, tok: Token, i: int, inner: tuple[str, str], hits: list[Hit], text: str
    ) -> None:
        word, term = inner
        for e in self.lexicon.single[term]:
            if e.category not in _COMPOUND_CATEGORIES:
                continue
            hits.append(
                Hit(
                    e.category,
                    f"{e.category}.compound",
                    e.severity,
                    tok.start,
                    tok.end,
                    tok.nstart,
                    word,
                    f"{text[tok.start : tok.end]!r} contains the {e.category} term "
                    f"{term!r} run together with other words",
                    i,
                    i,
                    term=e.term,
                )
            )

    def _spaced(
        self, letters: str, ns: int, ne: int, norm: Normalized, hits: list[Hit], text: str
    ) -> None:
        """Greedy left to right: the longest spelled-out term at each letter (linear in the run)."""
        n = len(letters)
        a = 0
        while a <= n - 3:
            for size in range(min(_SPELLED_MAX, n - a), 2, -1):
                found = self.lexicon.lookup(letters[a : a + size])
                if found is not None:
                    break
            else:
                a += 1
                continue
            s, e = norm.to_original(ns + 2 * a, ns + 2 * (a + size) - 1)
            for entry in found.entries:
                hits.append(
                    Hit(
                        entry.category,
                        f"{entry.category}.term",
                        entry.severity,
                        s,
                        e,
                        ns + 2 * a,
                        found.form,
                        f"{text[s:e]!r} spells out {found.form!r} (spaced letters), "
                        f"{_a(entry.category)} term of the policy",
                        term=entry.term,
                    )
                )
            a += size
