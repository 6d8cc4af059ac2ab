"""The normaliser folds obfuscation away and every span maps back inside the original text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from auditor.scoring.normalize import forms, leet, normalize, spaced_runs, tokenize

CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def words(text: str) -> list[tuple[str, str]]:
    return [(t.kind, t.text) for t in tokenize(normalize(text))]


def test_ascii_is_lower_cased_with_identity_offsets() -> None:
    norm = normalize("Hello World")
    assert norm.text == "hello world"
    assert norm.offsets is None
    assert norm.to_original(6, 11) == (6, 11)


def test_fullwidth_letters_fold_to_ascii() -> None:
    norm = normalize("ｆｕｃｋ off")
    assert norm.text == "fuck off"
    assert norm.to_original(0, 4) == (0, 4)


def test_zero_width_characters_are_removed_but_spans_cover_them() -> None:
    text = "f\u200bu\u200dck!"
    norm = normalize(text)
    assert norm.text == "fuck!"
    start, end = norm.to_original(0, 4)
    assert text[start:end] == "f\u200bu\u200dck"


def test_control_characters_inside_a_word_are_dropped_but_spans_cover_them() -> None:
    text = "sh\u0000it and f\u0007u\u009fck"
    norm = normalize(text)
    assert norm.text == "shit and fuck"
    start, end = norm.to_original(0, 4)
    assert text[start:end] == "sh\u0000it"
    start, end = norm.to_original(9, 13)
    assert text[start:end] == "f\u0007u\u009fck"


def test_line_breaks_and_tabs_still_separate_words() -> None:
    assert [t for _, t in words("shit\nhappens\tdaily\r\nok\x85x")] == [
        "shit",
        "happens",
        "daily",
        "ok",
        "x",
    ]


def test_cyrillic_and_greek_lookalikes_read_as_latin() -> None:
    assert normalize("ѕһіt").text == "shit"  # Cyrillic
    assert normalize("fυck").text == "fuck"  # Greek upsilon
    assert normalize("СОСК").text == "cock"  # upper-case Cyrillic folds first


def test_diacritics_are_stripped() -> None:
    assert normalize("fück").text == "fuck"


def test_expanding_characters_map_every_piece_to_their_source() -> None:
    text = "ﬁne ß"
    norm = normalize(text)
    assert norm.text == "fine ss"
    assert norm.to_original(0, 2) == (0, 1)  # "fi" both come from the ligature
    assert norm.to_original(5, 7) == (4, 5)


def test_leetspeak_decoding() -> None:
    assert leet("$h1t") == "shit"
    assert leet("b@st4rd") == "bastard"
    assert leet("sh!7") == "shit"
    assert leet("0") == "o"


def test_forms_cover_stretched_and_glued_words() -> None:
    readings = [f for f, _ in forms("fuuuuuck")]
    assert "fuck" in readings
    assert ("shit", "glued repeats") in forms("shitshitshit")
    assert ("asshole", "stretched letters") in forms("asssshole")


def test_tokens_keep_mentions_links_and_hashtags_apart() -> None:
    toks = words("@bob see https://x.example/a?b=1. #GoodDay ok")
    assert ("mention", "@bob") in toks
    assert ("url", "https://x.example/a?b=1") in toks
    assert ("hashtag", "#goodday") in toks
    assert ("word", "ok") in toks


def test_camel_case_hashtag_yields_its_words_with_original_spans() -> None:
    text = "#ImportedFromDetroit rocks"
    toks = tokenize(normalize(text))
    parts = [t for t in toks if t.kind == "part"]
    assert [p.text for p in parts] == ["imported", "from", "detroit"]
    assert [text[p.start : p.end] for p in parts] == ["Imported", "From", "Detroit"]


def test_edge_punctuation_is_not_part_of_a_word() -> None:
    assert words("shit! 'quoted'") == [("word", "shit"), ("word", "quoted")]


def test_masks_and_leet_stay_inside_words() -> None:
    assert words("f***ing $hit sh!t") == [("word", "f***ing"), ("word", "$hit"), ("word", "sh!t")]


def test_html_entity_is_not_a_hashtag() -> None:
    assert all(kind != "hashtag" for kind, _ in words("it&#39;s fine"))


def test_spaced_and_dotted_letters_are_found() -> None:
    assert [r[0] for r in spaced_runs(normalize("so f u c k it"))] == ["fuck"]
    assert [r[0] for r in spaced_runs(normalize("f.u.c.k. that"))] == ["fuck"]
    assert list(spaced_runs(normalize("a cat sat"))) == []


@given(st.text())
def test_offsets_always_map_inside_the_original(text: str) -> None:
    norm = normalize(text)
    if norm.offsets is not None:
        assert len(norm.offsets) == len(norm.text)
        assert all(0 <= o < len(text) for o in norm.offsets)
        assert list(norm.offsets) == sorted(norm.offsets)
    for tok in tokenize(norm):
        assert 0 <= tok.start <= tok.end <= len(text)
        assert 0 <= tok.nstart <= tok.nend <= len(norm.text)
    for _, ns, ne in spaced_runs(norm):
        s, e = norm.to_original(ns, ne)
        assert 0 <= s <= e <= len(text)


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_ascii_tokens_are_slices_of_the_original(text: str) -> None:
    # Control characters inside a word are dropped (as zero-width ones are), nothing else.
    for tok in tokenize(normalize(text)):
        assert CONTROLS.sub("", text[tok.start : tok.end]).lower() == tok.text


def test_run_together_hashtag_is_segmented_against_the_vocabulary() -> None:
    from auditor.scoring.segment import Segmenter

    seg = Segmenter(["scunthorpe"])
    body = "importedfromdetroit"
    assert [body[a:b] for a, b in seg.split(body)] == ["imported", "from", "detroit"]
    assert [("scunthorpeunited")[a:b] for a, b in seg.split("scunthorpeunited")] == [
        "scunthorpe",
        "united",
    ]
    assert seg.split("hello") == ()  # one known word: nothing to split


def test_a_nul_inside_a_word_does_not_hide_it_from_the_scorer() -> None:
    from auditor.models import Organization
    from auditor.scoring import Scorer, load_policy

    scorer = Scorer(load_policy(), Organization("Acme"))
    for text in ("sh\u0000it", "sh\u0000it happens", "s\u0001h\u007fit", "sh\u0090it"):
        score = scorer.score(text)
        assert "profanity" in score.categories, text
        f = next(f for f in score.findings if f.category == "profanity")
        assert text[f.start : f.end].startswith("s") and text[f.start : f.end].endswith("it")
