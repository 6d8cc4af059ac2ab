"""A small learned signal: one additive (logistic) model per label over normalised words.

The weights are data (`auditor/scoring/data/model.json`, written by `benchmarks/train_model.py`);
this module only featurises and scores, in pure Python, so it costs a few microseconds per post.
A label's logit is its bias, plus the weights of the post's features scaled by 1/sqrt(feature
count), plus (format 2) each distinct word's lexicon score divided by the number of distinct
words, plus each distinct word's GloVe score divided by sqrt(the number of distinct words that
have one). Format 2 also adds one feature per distinct word: its word cluster ("k1024:17").
Every hit names the words that pushed it over its threshold, with their spans in the original
text, so a flag raised by the model is explained the same way a rule's flag is.

Featurisation (shared verbatim with the training script, which imports `Featurizer`):
tokens are runs of letters, digits and the usual leet/mask characters; each is NFKC-folded,
lower-cased, stripped of diacritics and look-alike letters when it is not ASCII, leet-decoded
(`b1tch`, `$hit`, `a$$`), squeezed (`fuuuuck`), and masked letters (`f**k`) are resolved against the
known vocabulary. Letters spelled out one by one (`f u c k`, `s.h.i.t`) read as one word.
Features are the unigrams, the adjacent bigrams and a 5-letter prefix of longer words.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import compress
from typing import Any, cast

MODEL_FILE = "model.json"
FORMAT_VERSION = 2
FORMATS = (1, 2)  # format 1: features only (no clusters, lexicon or GloVe scores)
MAX_WORDS = 5
MIN_SHARE = 0.2  # a named word weighs at least this fraction of the top word
PREFIX_LEN = 5
CHAR_MIN = 3
CHAR_MAX = 5
MEMO_SIZE = 200_000  # entries per cache; a full cache is cleared, not evicted one by one
MEMO_KEY_MAX = 64  # longer tokens are not cached
MASK_CANDIDATES = 300  # known words tried per (length, first letter) when unmasking f**k
NGRAM_WORD_MAX = 40  # longer "words" (keyboard mash, hashtag chains) get no n-grams: O(1) cost
USER = "<user>"
URL = "<url>"
NUM = "<num>"

# One regex over the original text, so every token keeps its span. Alternatives in order:
# links, letters spelled out with one and the same separator between them, then words:
# letters, digits, leet and mask characters, @ (mentions are told apart later) and invisible
# joiners (dropped later).
# (The lookahead after a first letter only fails early what the spelled-out alternatives would
# reject anyway: each goes on with a separator and a letter. Most words start there.)
# `findall` hands back plain strings, which `Featurizer._classify` tells apart again; one
# character class for words keeps the scan fast.
_TOKEN_RE = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w*$@])[^\W\d_](?=[ .\-_][^\W\d_])"
    r"(?:(?: [^\W\d_]){2,}|(?:\.[^\W\d_]){2,}|(?:-[^\W\d_]){2,}"
    r"|(?:_[^\W\d_]){2,})(?![\w*$@])"
    r"|[\w@$*!|+'’\u00ad\u200b-\u200d\u2060\ufeff]+"
)
_USER_RE = re.compile(r"@\w+")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
    | {"|": "i", "+": "t", "’": "'"}
)
# Cyrillic and Greek letters that look like Latin ones, used only inside mixed-script words.
_LOOKALIKE = str.maketrans("аеорсухкмтнвіјѕԁɡаοαερτυνκιχ", "aeopcyxkmthbijsdgaoaeptuvkix")
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
_EDGE_PUNCT_LEAD = "!'|+*’"
_EDGE_PUNCT_TRAIL = "!'|+’"
_RUN3 = re.compile(r"(.)\1\1+")
_RUN2 = re.compile(r"(.)\1+")
_SEPARATORS = re.compile(r"[ .\-_]")
_ASCII_LETTER = re.compile(r"[a-z]")
_SKIP = ("", 0, 0)  # a raw token that reads as nothing (e.g. "***")


# A token is (normalised word, start, end) in the original text; tuples keep predict cheap.
Token = tuple[str, int, int]


def char_ngrams(word: str) -> list[str]:
    """Character 3- to 5-grams of a word marked at both ends, so `<fu` differs from `fu`."""
    marked = f"<{word}>"
    size = len(marked)
    return [
        "c:" + marked[i : i + n] for n in range(CHAR_MIN, CHAR_MAX + 1) for i in range(size - n + 1)
    ]


# For each length of a marked word, the slices that cut it into its character n-grams, in the
# order of `char_ngrams`: the model featurises a new word without building "c:" strings.
_NGRAM_CUTS = [
    tuple(slice(i, i + n) for n in range(CHAR_MIN, CHAR_MAX + 1) for i in range(size - n + 1))
    for size in range(NGRAM_WORD_MAX + 3)
]


class Featurizer:
    """Turns text into tokens and features; `known` ranks words for squeezing and unmasking.

    A document's features: for every distinct token, its word, its 5-letter prefix (long words)
    and its character n-grams (counted once per distinct token); then every distinct pair of
    adjacent tokens. The vector is scaled by 1/sqrt(number of features), so long posts do not
    outweigh short ones.
    """

    def __init__(self, known: Mapping[str, float]) -> None:
        self._known = known
        self._by_shape: dict[tuple[int, str], list[str]] | None = None
        # Memo of raw word -> (normalised word, leading chars cut, trailing chars cut); words
        # repeat a lot across posts, so this keeps normalisation off the hot path.
        self._words: dict[str, tuple[str, int, int]] = {}
        self._norms: dict[str, str] = {}  # the same, normalised token only, for `norms`
        # Set once a normalised token holds a space (a compatibility form such as U+FDFA):
        # from then on bigrams are keyed by their joined text, as in training.
        self.spaced = False

    def norms(self, text: str) -> list[str]:
        """The normalised tokens of a text, in order (the hot path: no spans)."""
        return self.read(text)[1]

    def read(self, text: str) -> tuple[list[str], list[str]]:
        """The raw tokens as matched, and the normalised tokens (skipped ones left out)."""
        raws = _TOKEN_RE.findall(text)
        norms = list(map(self._norms.get, raws))
        if None in norms:  # only the words not remembered yet (and links) are read again
            norms = self._fill(raws, norms)
        if "" in norms:
            norms = [n for n in norms if n]
        return raws, norms  # type: ignore[return-value]

    def tokens(self, text: str) -> list[Token]:
        """The normalised tokens with their spans in the original text."""
        out: list[Token] = []
        for m in _TOKEN_RE.finditer(text):
            norm, lead, trail = self._lookup(m.group())
            if norm:
                out.append((norm, m.start() + lead, m.end() - trail))
        return out

    def first_spans(
        self, text: str, raws: list[str], wanted: Iterable[str]
    ) -> dict[str, tuple[int, int]]:
        """Span of the first occurrence of each wanted token; `raws` as `read` returned them.

        Tokens are matched left to right and the text between two of them holds no character a
        token can start with, so `str.find` from the end of one raw token finds the next one.
        """
        norms = list(map(self._norms.get, raws))
        if None in norms:  # links are not remembered
            norms = self._fill(raws, norms)
        firsts = {norms.index(n): n for n in wanted if n in norms}
        out: dict[str, tuple[int, int]] = {}
        if not firsts:
            return out
        find = text.find
        pos = 0
        last = max(firsts)
        for i, raw in enumerate(raws):
            pos = find(raw, pos)
            if i in firsts:
                _, lead, trail = self._lookup(raw)
                out[firsts[i]] = (pos + lead, pos + len(raw) - trail)
                if i == last:
                    break
            pos += len(raw)
        return out

    def _fill(self, raws: list[str], norms: list[str | None]) -> list[str | None]:
        """`norms` (the remembered readings of `raws`) with the missing ones looked up."""
        lookup = self._lookup
        return [lookup(raw)[0] if n is None else n for raw, n in zip(raws, norms, strict=True)]

    def _lookup(self, raw: str) -> tuple[str, int, int]:
        hit = self._words.get(raw)
        if hit is None:
            hit = self._classify(raw)
            if " " in hit[0]:
                self.spaced = True
            # Links and very long runs are nearly all unique: not worth remembering.
            if hit[0] != URL and len(raw) <= MEMO_KEY_MAX:
                if len(self._words) >= MEMO_SIZE:
                    self._words.clear()
                    self._norms.clear()
                self._words[raw] = hit
                self._norms[raw] = hit[0]
        return hit

    def _classify(self, raw: str) -> tuple[str, int, int]:
        """(normalised token or "" to skip, chars cut at the start, chars cut at the end)."""
        if raw.startswith(("http://", "https://", "www.")):
            return URL, 0, 0
        if raw[0] == "@" and _USER_RE.fullmatch(raw):
            return USER, 0, 0
        if _SEPARATORS.search(raw):  # only letters spelled out one by one contain these
            return self._fold(_SEPARATORS.sub("", raw)), 0, 0
        return self._word(raw)

    @staticmethod
    def token_features(norm: str) -> list[str]:
        """The features one token contributes: itself, its prefix, its character n-grams."""
        if norm[0] == "<" or len(norm) > NGRAM_WORD_MAX:
            return [norm]
        feats = [norm]
        if len(norm) > PREFIX_LEN:
            feats.append("p:" + norm[:PREFIX_LEN])
        feats.extend(char_ngrams(norm))
        return feats

    def analyze(self, text: str) -> list[str]:
        """Every feature of a document, repeated as often as it counts (the training analyser)."""
        norms = self.norms(text)
        feats: list[str] = []
        for norm in dict.fromkeys(norms):
            feats.extend(self.token_features(norm))
        feats.extend(dict.fromkeys(f"{a} {b}" for a, b in itertools.pairwise(norms)))
        return feats

    def _word(self, raw: str) -> tuple[str, int, int]:
        # Trailing "!" is punctuation; inside a word it is a leet "i" (sh!t).
        lead = len(raw) - len(raw.lstrip(_EDGE_PUNCT_LEAD))
        trail = len(raw) - len(raw.rstrip(_EDGE_PUNCT_TRAIL))
        if lead + trail >= len(raw):
            return _SKIP
        word = self._fold(raw[lead : len(raw) - trail])
        if not word:
            return _SKIP
        if not _ASCII_LETTER.search(word):
            if word.isdigit():
                return NUM, lead, trail
            if word.isascii():  # only leet/mask characters, e.g. "$$$" or "***"
                return _SKIP
        if not word.isalpha():
            word = word.translate(_LEET)
            if "*" in word:
                word = self._unmask(word)
        if _RUN3.search(word):
            word = self._squeeze(word)
        return (word, lead, trail) if word else _SKIP

    @staticmethod
    def _fold(raw: str) -> str:
        if raw.isascii():
            return raw.lower()
        word = unicodedata.normalize("NFKC", _INVISIBLE.sub("", raw)).casefold()
        if word.isascii():
            return word
        decomposed = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in decomposed if not unicodedata.combining(c))
        if _ASCII_LETTER.search(word):  # mixed script: read look-alike letters as Latin
            word = word.translate(_LOOKALIKE)
        return unicodedata.normalize("NFC", word)

    def _squeeze(self, word: str) -> str:
        """`fuuuuck` -> `fuck`, `asssshole` -> `asshole`: the likelier known reading wins."""
        two = _RUN3.sub(r"\1\1", word)
        one = _RUN2.sub(r"\1", word)
        known = self._known
        if one in known and (two not in known or known[one] > known[two]):
            return one
        return two

    def _unmask(self, word: str) -> str:
        """Resolve `f**k`-style masking: each `*` stands for one letter of a known word."""
        bare = word.replace("*", "")
        if not bare or word[0] == "*" or len(word) > NGRAM_WORD_MAX:
            return bare
        if self._by_shape is None:
            # Candidates by (length, first letter), most likely first, at most MASK_CANDIDATES
            # each: a post full of distinct masked words costs bounded work per word.
            shapes: dict[tuple[int, str], list[str]] = {}
            for known in sorted(self._known, key=lambda k: (-self._known[k], k)):
                if known.isalpha() and self._known[known] > 0:
                    group = shapes.setdefault((len(known), known[0]), [])
                    if len(group) < MASK_CANDIDATES:
                        group.append(known)
            self._by_shape = shapes
        fixed = [(i, c) for i, c in enumerate(word) if c != "*"]
        for candidate in self._by_shape.get((len(word), word[0]), ()):
            if all(candidate[i] == c for i, c in fixed):
                return candidate
        return bare


@dataclass(frozen=True, slots=True)
class WordWeight:
    """One word behind a hit: its span in the original text, that text, and its weight."""

    start: int
    end: int
    token: str
    weight: float


@dataclass(frozen=True, slots=True)
class ModelHit:
    """A label whose probability reached its threshold, with its top contributing words."""

    label: str
    probability: float
    words: tuple[WordWeight, ...]


class LinearModel:
    """An additive logistic model per label over the features of `Featurizer` (module doc).

    `clusters` maps a word to its cluster id, read as the feature `cluster_feature + id`;
    `lexicon` gives a word one score per label, `glove` one score per label of `glove_labels`.
    """

    def __init__(
        self,
        labels: tuple[str, ...],
        bias: tuple[float, ...],
        thresholds: tuple[float, ...],
        weights: Mapping[str, tuple[float, ...]],
        meta: Mapping[str, Any] | None = None,
        *,
        clusters: Mapping[str, int] | None = None,
        cluster_feature: str = "",
        lexicon: Mapping[str, tuple[float, ...]] | None = None,
        glove: Mapping[str, tuple[float, ...]] | None = None,
        glove_labels: tuple[str, ...] = (),
    ) -> None:
        n = len(labels)
        if len(bias) != n or len(thresholds) != n:
            raise ValueError("model labels, bias and thresholds differ in length")
        if any(len(w) != n for w in weights.values()):
            raise ValueError("model weights must have one value per label")
        if lexicon and any(len(v) != n for v in lexicon.values()):
            raise ValueError("model lexicon scores must have one value per label")
        if not set(glove_labels) <= set(labels) or (
            glove and any(len(v) != len(glove_labels) for v in glove.values())
        ):
            raise ValueError("model GloVe scores must have one value per GloVe label")
        if clusters and not cluster_feature:
            raise ValueError("model clusters need the name of their feature")
        self.labels = labels
        self.bias = bias
        self.thresholds = thresholds
        self.weights = dict(weights)
        self.meta: dict[str, Any] = dict(meta or {})
        self.clusters = clusters or {}
        self.cluster_feature = cluster_feature
        self.lexicon = lexicon or {}
        self.glove = glove or {}
        self.glove_labels = glove_labels
        # Where the parts of a word's memo entry sit (see `_entry`): feature weights per
        # label, the feature count, lexicon scores per label, GloVe scores, "has a GloVe score".
        self._lex_at = n + 1 if self.lexicon else 0
        glove_at = n + 1 + (n if self.lexicon else 0)
        used = glove_labels if self.glove else ()
        self._glove_at = {labels.index(g): glove_at + j for j, g in enumerate(used)}
        self._lex_zero = (0.0,) * n if self.lexicon else ()
        self._glove_zero = (*((0.0,) * len(glove_labels)), 0.0) if self.glove else ()
        # Per label: bias, then where its feature sum, lexicon sum and GloVe sum sit in the
        # summed entries, each of the last two with 1.0 (used) or 0.0 (the model has none).
        self._plan = [
            (
                bias[li],
                li,
                self._lex_at + li if self._lex_at else li,
                1.0 if self._lex_at else 0.0,
                self._glove_at.get(li, li),
                1.0 if li in self._glove_at else 0.0,
            )
            for li in range(n)
        ]
        # Words rank by how strongly they signal any label, which decides how a masked word
        # (f**k) is read: a writer who masks a word is hiding a rude one.
        not_words = ("p:", "c:", cluster_feature) if cluster_feature else ("p:", "c:")
        known = {
            f: max(w)
            for f, w in self.weights.items()
            if " " not in f and not f.startswith(not_words)
        }
        self.featurizer = Featurizer(known)
        # Bigram weights by word pair (features with one space; words never hold one, save
        # the rare Unicode word whose compatibility form does: see `Featurizer.spaced`).
        self._bigrams = {
            cast(tuple[str, str], tuple(f.split(" ", 1))): w
            for f, w in self.weights.items()
            if f.count(" ") == 1
        }
        # Character n-gram weights keyed by the n-gram itself ("c:" cut off), for `_entry`.
        self._chars = {f[2:]: w for f, w in self.weights.items() if f.startswith("c:")}
        self._memo: dict[str, tuple[float, ...]] = {}
        self._zero = [0.0] * len(labels)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearModel:
        if data.get("format") not in FORMATS:
            raise ValueError(
                f"unsupported model format {data.get('format')!r} (this version reads "
                f"{', '.join(map(str, FORMATS))}): retrain with benchmarks/train_model.py"
            )
        labels = tuple(str(x) for x in data["labels"])
        weights = {str(k): tuple(map(float, v)) for k, v in data["weights"].items()}
        # Format 2: the GloVe words once, in one string (fast to read), and per word its
        # cluster id and its GloVe score for each GloVe label, as lists in the same order.
        words = str(data.get("vocabulary", "")).split("\n") if "vocabulary" in data else []
        clusters = data.get("clusters", {})
        glove = data.get("glove", {})
        ids = clusters.get("ids", [])
        scores = glove.get("scores", [])
        if any(len(column) != len(words) for column in [ids, *scores] if column):
            raise ValueError("model clusters and GloVe scores must have one value per word")
        return cls(
            labels,
            tuple(float(x) for x in data["bias"]),
            tuple(float(x) for x in data["thresholds"]),
            weights,
            data.get("meta", {}),
            clusters=dict(zip(words, map(int, ids), strict=False)),
            cluster_feature=str(clusters.get("feature", "")),
            lexicon={str(k): tuple(map(float, v)) for k, v in data.get("lexicon", {}).items()},
            glove=dict(zip(words, zip(*scores, strict=True), strict=False)) if scores else {},
            glove_labels=tuple(str(x) for x in glove.get("labels", ())),
        )

    def probabilities(self, text: str) -> dict[str, float]:
        """Probability of every label (no threshold applied)."""
        z = self._score(text)[0]
        return {label: _sigmoid(v) for label, v in zip(self.labels, z, strict=True)}

    def predict(
        self, text: str, want: Callable[[str, float], bool] | None = None
    ) -> list[ModelHit]:
        """The labels at or above their threshold, each with the words behind it.

        `want(label, probability)` may turn a label down before its words are looked for:
        naming the words costs more than scoring, and a caller often needs only some labels.
        """
        z, scales, raws, distinct, entries, pairs, bigrams = self._score(text)
        found: list[tuple[str, float, list[tuple[str, float]]]] = []
        for li, label in enumerate(self.labels):
            p = _sigmoid(z[li])
            if p >= self.thresholds[li] and (want is None or want(label, p)):
                parts = self._parts(li, scales)
                top = _top_words(li, scales[0], parts, distinct, entries, pairs, bigrams)
                found.append((label, p, top))
        if not found:
            return []
        spans = self.featurizer.first_spans(text, raws, {n for *_, top in found for n, _ in top})
        return [
            ModelHit(
                label,
                p,
                tuple(
                    WordWeight(spans[n][0], spans[n][1], text[spans[n][0] : spans[n][1]], w)
                    for n, w in top
                ),
            )
            for label, p, top in found
        ]

    def _parts(self, li: int, scales: tuple[float, float, float]) -> list[tuple[int, float]]:
        """(position in a memo entry, multiplier) of every part of a word's logit for `li`,
        in units of the feature scale (`_top_words` multiplies by it last)."""
        scale, per_word, per_glove = scales
        parts = [(li, 1.0)]
        if not scale:  # no words at all
            return parts
        if self._lex_at:
            parts.append((self._lex_at + li, per_word / scale))
        if li in self._glove_at:
            parts.append((self._glove_at[li], per_glove / scale))
        return parts

    def _entry(self, norm: str) -> tuple[float, ...]:
        """One token's memo entry: its own features' summed weights per label, how many
        features it has, then its lexicon scores and GloVe scores, if the model has them."""
        entry = self._memo.get(norm)
        if entry is None:
            # The weights of `Featurizer.token_features(norm)`, found without building them.
            weights = self.weights
            own = [weights.get(norm)]
            if norm[0] != "<" and len(norm) <= NGRAM_WORD_MAX:
                if len(norm) > PREFIX_LEN:
                    own.append(weights.get("p:" + norm[:PREFIX_LEN]))
                cuts = _NGRAM_CUTS[len(norm) + 2]
                own.extend(map(self._chars.get, map(f"<{norm}>".__getitem__, cuts)))
            cluster = self.clusters.get(norm)
            if cluster is not None:  # one feature for the word's cluster
                own.append(weights.get(f"{self.cluster_feature}{cluster}"))
            # (weight tuples are never empty, so `filter(None, ...)` drops exactly the misses)
            vecs = list(filter(None, own))
            sums = list(map(math.fsum, zip(*vecs, strict=True))) if vecs else self._zero
            lex = self.lexicon.get(norm, self._lex_zero)
            glove = self.glove.get(norm)
            entry = (*sums, float(len(own)), *lex, *((*glove, 1.0) if glove else self._glove_zero))
            if len(norm) <= MEMO_KEY_MAX:
                if len(self._memo) >= MEMO_SIZE:
                    self._memo.clear()
                self._memo[norm] = entry
        return entry

    def _score(self, text: str) -> _Scored:
        """Per-label logits; the multipliers of feature weights, lexicon and GloVe scores;
        the raw tokens; the distinct words with their memo entries; and the distinct bigrams
        with their weights (None: not a feature)."""
        raws, norms = self.featurizer.read(text)
        distinct = list(dict.fromkeys(norms))
        entries = list(map(self._memo.get, distinct))
        if None in entries:  # only the words not remembered yet are featurised
            entry = self._entry
            entries = [
                entry(norm) if e is None else e for norm, e in zip(distinct, entries, strict=True)
            ]
        if not entries:
            return list(self.bias), (0.0, 0.0, 0.0), raws, [], [], [], []
        if not self.featurizer.spaced:
            # Pairs of words as tuples: no string to build or hash (each word caches its hash).
            pairs: list[tuple[str, str]] = list(dict.fromkeys(itertools.pairwise(norms)))
            bigrams = list(map(self._bigrams.get, pairs))
        else:  # a word with a space inside: pairs are told apart as the joined strings are
            joined = list(dict.fromkeys(map(" ".join, itertools.pairwise(norms))))
            bigrams = list(map(self.weights.get, joined))
            pairs = [cast(tuple[str, str], tuple(j.split(" ", 1))) for j in joined]
        # One pass sums every column of the entries (see `_entry`).
        sums = list(map(sum, zip(*entries, strict=True)))
        if bigrams.count(None) != len(bigrams):
            known = [w for w in bigrams if w is not None]
            for li, col in enumerate(zip(*known, strict=True)):
                sums[li] += sum(col)
        scale = 1.0 / math.sqrt(sums[len(self.bias)] + len(pairs))
        per_word = 1.0 / len(distinct)
        per_glove = 1.0 / math.sqrt(sums[-1]) if self.glove and sums[-1] else 0.0
        z = [
            b + scale * sums[li] + per_word * lm * sums[lx] + per_glove * gm * sums[gx]
            for b, li, lx, lm, gx, gm in self._plan
        ]
        scales = (scale, per_word, per_glove)
        return z, scales, raws, distinct, entries, pairs, bigrams  # type: ignore[return-value]


def _top_words(
    li: int,
    scale: float,
    parts: list[tuple[int, float]],
    distinct: list[str],
    entries: list[tuple[float, ...]],
    pairs: list[tuple[str, str]],
    bigrams: list[tuple[float, ...] | None],
) -> list[tuple[str, float]]:
    """The words that pushed label `li` up most, with their share of the logit.

    A word's share is everything it adds to the logit: its own features' weights, half of each
    known bigram it is part of, and its lexicon and GloVe scores (`parts`: where each sits in
    a memo entry and what it is multiplied by before the feature `scale`).
    """
    (a, ma), (b, mb), (c, mc) = (*parts, (li, 0.0), (li, 0.0))[:3]
    share = {n: e[a] * ma + e[b] * mb + e[c] * mc for n, e in zip(distinct, entries, strict=True)}
    # Only the known bigrams (most are not features), picked out without a Python loop.
    for (first, second), w in zip(compress(pairs, bigrams), filter(None, bigrams), strict=True):
        share[first] += w[li] / 2
        share[second] += w[li] / 2
    # (sorted is stable, so words of equal share keep their order in the post)
    top = sorted([n for n, v in share.items() if v > 0], key=share.__getitem__, reverse=True)
    del top[MAX_WORDS:]
    # Words that add little next to the strongest one ("the", "got") explain nothing.
    return [(n, round(share[n] * scale, 4)) for n in top if share[n] >= MIN_SHARE * share[top[0]]]


_Scored = tuple[
    list[float],
    tuple[float, float, float],
    list[str],
    list[str],
    list[tuple[float, ...]],
    list[tuple[str, str]],
    list[tuple[float, ...] | None],
]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def load_default_model() -> LinearModel | None:
    """The bundled model, or None when the package was built without one."""
    resource = resources.files("auditor.scoring").joinpath("data").joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    data = json.loads(resource.read_text(encoding="utf-8"))
    try:
        return LinearModel.from_dict(data)
    except ValueError as exc:
        raise ValueError(f"{resource}: {exc}") from None
