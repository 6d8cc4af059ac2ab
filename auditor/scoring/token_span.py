"""Reading a post's tokens by position: the text at an index (empty outside the post) and the
words of a span, as the disclosure rules quote them in explanations."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from auditor.scoring.normalize import Token

TEXT = itemgetter(1)  # Token.text


def span(seq: Sequence[Token], first: int, last: int) -> str:
    """The tokens first..last (inclusive) joined by spaces: "announcement isn't until"."""
    return " ".join(t.text for t in seq[first : last + 1])


def at(seq: Sequence[Token], k: int) -> str:
    """The text of token k, or "" when k is outside the post."""
    return seq[k].text if 0 <= k < len(seq) else ""
