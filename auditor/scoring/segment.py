"""Split run-together hashtags ("#nbcpolitics" -> "nbc politics") against an English vocabulary.

The vocabulary is TextBlob's bundled spelling word list (word frequencies from public-domain
books; a plain data file shipped inside the textblob package, no NLTK corpora needed), plus the
policy's own terms and exceptions so that "#scunthorpeunited" reads as "scunthorpe united" and
never as "s cunt horpe united". Segmentation is the classic unigram dynamic programme: the split
with the highest product of word probabilities, unknown pieces heavily penalised.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

MAX_WORD = 24
_UNKNOWN_PER_CHAR = 12.0  # cost of one character no known word explains
_PIECE_COST = 4.0
_TRUSTED_COUNT = 50


@lru_cache(maxsize=1)
def english_vocabulary() -> dict[str, int]:
    """Word -> frequency from TextBlob's spelling list; empty when the file is unavailable."""
    words: dict[str, int] = {}
    try:
        data = resources.files("textblob.en").joinpath("en-spelling.txt").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return words
    for line in data.splitlines():
        if not line or line.startswith(";;;"):
            continue
        word, _, count = line.partition(" ")
        if word.isalpha():
            words[word.lower()] = words.get(word.lower(), 0) + (
                int(count) if count.isdigit() else 1
            )
    return words


@lru_cache(maxsize=1)
def _base_costs() -> tuple[dict[str, float], float]:
    vocab = english_vocabulary()
    total = float(sum(vocab.values()) or 1)
    # Cost = -log(probability); short common words must not beat longer meaningful ones,
    # so every piece also pays a fixed cost (fewer pieces win ties).
    return {w: -math.log(c / total) + _PIECE_COST for w, c in vocab.items()}, total


class Segmenter:
    """Unigram word segmentation over a fixed vocabulary (cached per input string)."""

    def __init__(self, extra_words: Iterable[str] = ()) -> None:
        base, total = _base_costs()
        costs = dict(base)
        # Policy words are trusted: give them a common word's weight.
        trusted = -math.log(_TRUSTED_COUNT / total) + _PIECE_COST
        for w in extra_words:
            for piece in w.lower().split():
                if piece.isalpha():
                    costs[piece] = min(costs.get(piece, math.inf), trusted)
        self._cost = costs
        self._split = lru_cache(maxsize=4096)(self._segment)

    def known(self, word: str) -> bool:
        return word in self._cost

    def split(self, text: str) -> tuple[tuple[int, int], ...]:
        """Spans of the pieces of `text` (lower-case letters), or () when no split is better."""
        return self._split(text)

    def _segment(self, text: str) -> tuple[tuple[int, int], ...]:
        n = len(text)
        best: list[float] = [0.0] + [math.inf] * n
        back: list[int] = [0] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - MAX_WORD), end):
                if best[start] == math.inf:
                    continue
                piece = text[start:end]
                cost = self._cost.get(piece)
                if cost is None:
                    cost = _UNKNOWN_PER_CHAR * len(piece) + 10.0
                total = best[start] + cost
                if total < best[end]:
                    best[end] = total
                    back[end] = start
        spans: list[tuple[int, int]] = []
        end = n
        while end > 0:
            start = back[end]
            spans.append((start, end))
            end = start
        spans.reverse()
        if len(spans) < 2:
            return ()
        return tuple(spans)
