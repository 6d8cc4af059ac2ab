"""The tokenizer's shortcuts give what the plain loops gave: the hot path keeps its output."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.scoring.lexicon import Lexicon
from auditor.scoring.matching import TermMatcher
from auditor.scoring.normalize import Token, _camel_parts, normalize, tokenize
from auditor.scoring.policy import load_policy
from auditor.scoring.segment import Segmenter


def _camel_reference(tokens: list[Token], original: str) -> list[Token]:
    """The plain loop `_with_camel_parts` replaced: every word and hashtag is looked at."""
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        if (tok.kind == "word" or tok.kind == "hashtag") and original[
            tok.start + 1 : tok.end
        ] != tok.text[1:]:
            out.extend(_camel_parts(tok, original))
    return out


# Pieces that make camelCase, hashtags, shouting, non-ASCII folding (ligatures, fullwidth,
# U+FDFA, which folds to several words) and separators likely.
_PIECES = st.sampled_from(
    ["Imported", "From", "Detroit", "#", "@", "iPhone", "USA", "ok", "NBCPolitics", "a", "B",
     "ﬁne", "Ｆｕｃｋ", "\ufdfa", "é", "É", " ", "  ", ".", "-", "_", "'s", "123", "x2Y", "*"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=40)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_camel_parts_match_the_plain_loop(text: str) -> None:
    norm = normalize(text)
    got = tokenize(norm)
    # tokenize without its camelCase step: the tokens the plain loop would have been given
    plain = [t for t in got if t.kind != "part"]
    assert got == _camel_reference(plain, text)


_MATCHER: list[TermMatcher] = []


def _matcher() -> TermMatcher:
    if not _MATCHER:
        policy = load_policy()
        lexicon = Lexicon(policy)
        _MATCHER.append(TermMatcher(policy, lexicon, Segmenter(lexicon.all_words)))
    return _MATCHER[0]


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_a_post_without_hashtags_is_its_tokens(text: str) -> None:
    norm = normalize(text)
    seq = _matcher().sequence(norm, tokenize(norm))
    if "#" not in norm.text:
        assert seq == tokenize(norm)
    assert all(t.kind != "hashtag" or not t.text.startswith("#") for t in seq)
